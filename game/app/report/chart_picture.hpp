#pragma once
// The report's charts on screen: an SFML ChartDrawer paints a chart (report/charts)
// once into a texture, at twice its size, and the sprite shows it at its own size,
// so lines and text come out smooth even where the renderer has no antialiasing.
// Screens keep a ChartPicture and draw its sprite each frame (paint once, as
// art/cached_layer does).
#include <functional>
#include <memory>

#include <SFML/Graphics/RenderTexture.hpp>
#include <SFML/Graphics/Sprite.hpp>

#include "app/platform/fonts.hpp"
#include "report/chart_drawer.hpp"

namespace sb::app {

// A chart colour as SFML wants it (screens colour labels like the charts).
inline sf::Color to_sf(report::Rgba c) { return {c.r, c.g, c.b, c.a}; }

class ChartPicture {
 public:
  // Paints `draw` onto a width × height chart (pixels). `fonts` must outlive the call only.
  ChartPicture(unsigned width, unsigned height, const Fonts& fonts, const std::function<void(report::ChartDrawer&)>& draw);

  // The chart at `scale` times its size, its top-left at the origin.
  sf::Sprite sprite(float scale = 1.f) const;
  sf::Vector2u size() const { return {width_, height_}; }

 private:
  unsigned width_, height_;
  std::unique_ptr<sf::RenderTexture> texture_; // RenderTexture cannot move; the picture can
};

}  // namespace sb::app
