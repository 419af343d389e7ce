#include "app/art/cached_layer.hpp"

#include <algorithm>
#include <cmath>

#include <spdlog/spdlog.h>

#include "app/art/palette.hpp"

namespace sb::app {

bool CachedLayer::build(float scale) {
  const unsigned w = static_cast<unsigned>(std::ceil(area_.width * scale));
  const unsigned h = static_cast<unsigned>(std::ceil(area_.height * scale));
  if (w == 0 || h == 0 || w > sf::Texture::getMaximumSize() || h > sf::Texture::getMaximumSize()) return false;
  sf::ContextSettings settings;
  settings.antialiasingLevel = 4;
  if (!texture_.create(w, h, settings)) return false;
  texture_.clear(sf::Color::Transparent);
  sf::View view(area_);
  texture_.setView(view);
  paint_(texture_);
  texture_.display();
  built_scale_ = scale;
  built_generation_ = palette::generation();
  return true;
}

void CachedLayer::draw(sf::RenderTarget& target, float scale) {
  const float wanted = scale;
  scale = std::clamp(scale, 0.25f, kMaxScale);
  if (!failed_ && (std::abs(scale - built_scale_) > 1e-3f || built_generation_ != palette::generation()) && !build(scale)) {
    failed_ = true;
    spdlog::debug("could not cache a {}x{} layer; painting it every frame", area_.width * scale, area_.height * scale);
  }
  if (failed_) {
    paint_(target);
    return;
  }
  // Texel for pixel, nearest is exact and cheaper; stretched (past kMaxScale), smooth.
  texture_.setSmooth(std::abs(wanted - built_scale_) > 1e-3f);
  sf::Sprite sprite(texture_.getTexture());
  sprite.setPosition(area_.left, area_.top);
  sprite.setScale(1.f / built_scale_, 1.f / built_scale_);
  // Premultiplied: the texture's edges were painted onto transparent black.
  // Opaque layers are copied without blending, which a software renderer does much faster.
  target.draw(sprite, opaque_ ? sf::RenderStates(sf::BlendNone)
                              : sf::RenderStates(sf::BlendMode(sf::BlendMode::One, sf::BlendMode::OneMinusSrcAlpha)));
}

}  // namespace sb::app
