#pragma once
// Art that never changes (the floor, the walls, a piece of furniture, the title's
// backdrop) is painted once into a texture and then drawn as one sprite: a
// software renderer (Xvfb, a school laptop) then spends its time on what moves.
// If no texture can be made, it paints directly every frame instead.
#include <functional>

#include <SFML/Graphics.hpp>

namespace sb::app {

class CachedLayer {
 public:
  using Painter = std::function<void(sf::RenderTarget&)>;
  // `area`: the part of the world (or canvas) the painter covers, in its own units.
  // `opaque`: the painter covers every pixel of `area` (a floor, a backdrop).
  CachedLayer(sf::FloatRect area, Painter paint, bool opaque = false)
      : area_(area), paint_(std::move(paint)), opaque_(opaque) {}

  // `scale`: device pixels per unit; the texture is remade when it changes.
  void draw(sf::RenderTarget& target, float scale);

  static constexpr float kMaxScale = 2.5f; // keeps textures within what any GPU accepts

 private:
  bool build(float scale);
  sf::FloatRect area_;
  Painter paint_;
  bool opaque_;
  sf::RenderTexture texture_;
  float built_scale_ = 0;
  unsigned built_generation_ = 0; // palette::generation() when painted: a new scheme repaints
  bool failed_ = false;
};

}  // namespace sb::app
