#include "app/render/layout.hpp"

#include <algorithm>

namespace sb::app {

Layout Layout::fit(sf::Vector2u target_size) {
  Layout l;
  l.target_size = target_size;
  const float w = static_cast<float>(std::max(1u, target_size.x));
  const float h = static_cast<float>(std::max(1u, target_size.y));
  l.ui_scale = std::min(w / kCanvasWidth, h / kCanvasHeight);
  const float vw = kCanvasWidth * l.ui_scale / w;
  const float vh = kCanvasHeight * l.ui_scale / h;
  l.viewport = {(1.f - vw) / 2.f, (1.f - vh) / 2.f, vw, vh};
  return l;
}

sf::View Layout::canvas_view() const {
  sf::View v(sf::FloatRect(0, 0, kCanvasWidth, kCanvasHeight));
  v.setViewport(viewport);
  return v;
}

sf::View Layout::world_view(sf::Vector2f centre, sf::Vector2f size) const {
  sf::View v(centre, size);
  v.setViewport(viewport);
  return v;
}

sf::Vector2f Layout::to_canvas(sf::Vector2i p) const {
  const float w = static_cast<float>(std::max(1u, target_size.x));
  const float h = static_cast<float>(std::max(1u, target_size.y));
  const float x = (static_cast<float>(p.x) / w - viewport.left) / viewport.width;
  const float y = (static_cast<float>(p.y) / h - viewport.top) / viewport.height;
  return {x * kCanvasWidth, y * kCanvasHeight};
}

}  // namespace sb::app
