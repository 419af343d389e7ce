#pragma once
// The game is laid out on a 1280x720 canvas; a window of any other size shows
// that canvas scaled to fit, letterboxed, so every screen is designed once.
#include <SFML/Graphics/Rect.hpp>
#include <SFML/Graphics/View.hpp>
#include <SFML/System/Vector2.hpp>

namespace sb::app {

constexpr float kCanvasWidth = 1280.f;
constexpr float kCanvasHeight = 720.f;

struct Layout {
  sf::Vector2u target_size{1280, 720}; // device pixels
  sf::FloatRect viewport{0, 0, 1, 1};  // normalised, as sf::View wants it
  float ui_scale = 1.f;                // device pixels per canvas pixel

  static Layout fit(sf::Vector2u target_size);
  sf::View canvas_view() const;        // canvas coordinates, letterboxed
  // A view of `size` world units centred on `centre`, sharing the letterbox.
  sf::View world_view(sf::Vector2f centre, sf::Vector2f size) const;
  sf::Vector2f to_canvas(sf::Vector2i device_pixel) const;
};

}  // namespace sb::app
