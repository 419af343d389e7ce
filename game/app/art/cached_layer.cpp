#include "app/art/cached_layer.hpp"

#include <algorithm>
#include <cmath>

#include <spdlog/spdlog.h>

#include "app/art/palette.hpp"

namespace sb::app {

namespace {
// A tile out of sight for this many draws (about two seconds at 60 frames a second)
// is dropped, so walking back and forth along an edge does not repaint it each time.
constexpr unsigned kKeepDraws = 120;
}  // namespace

CachedLayer::CachedLayer(sf::FloatRect area, Painter paint, bool opaque)
    : area_(area), paint_(std::move(paint)), opaque_(opaque) {}

CachedLayer::~CachedLayer() = default;

sf::FloatRect CachedLayer::tile_area(int col, int row) const {
  const float side = static_cast<float>(kTilePx) / built_scale_;
  return {area_.left + static_cast<float>(col) * side, area_.top + static_cast<float>(row) * side, side, side};
}

bool CachedLayer::paint(Tile& tile) {
  if (!scratch_) {
    scratch_ = std::make_unique<sf::RenderTexture>();
    sf::ContextSettings settings;
    settings.antialiasingLevel = 4;
    if (!scratch_->create(kTilePx, kTilePx, settings)) {
      scratch_.reset();
      return false;
    }
  }
  scratch_->clear(sf::Color::Transparent);
  const sf::FloatRect area = tile_area(tile.col, tile.row);
  scratch_->setView(sf::View(area));
  if (recording_) {
    const float margin = 2.f / built_scale_; // antialiasing reaches a pixel past an edge
    recording_->replay(*scratch_, {area.left - margin, area.top - margin, area.width + 2 * margin, area.height + 2 * margin});
  } else {
    Canvas c(*scratch_);
    paint_(c);
  }
  scratch_->display();
  if (!tile.texture.create(kTilePx, kTilePx)) return false;
  tile.texture.update(scratch_->getTexture());
  return true;
}

void CachedLayer::paint_now(sf::RenderTarget& target) {
  if (recording_) {
    const sf::View& view = target.getView();
    recording_->replay(target, {view.getCenter() - view.getSize() / 2.f, view.getSize()});
    return;
  }
  Canvas c(target);
  paint_(c);
}

void CachedLayer::draw(sf::RenderTarget& target, float scale) {
  const float wanted = scale;
  scale = std::clamp(scale, 0.25f, kMaxScale);
  if (!recorded_ || recorded_generation_ != palette::generation()) {
    recorded_ = true;
    recorded_generation_ = palette::generation();
    recording_.reset();
    auto recording = std::make_unique<CanvasRecording>();
    {
      Canvas c(target, *recording);
      paint_(c);
    }
    if (recording->replayable) recording_ = std::move(recording);
  }
  if (failed_) {
    paint_now(target);
    return;
  }
  if (std::abs(scale - built_scale_) > 1e-3f || built_generation_ != palette::generation()) {
    tiles_.clear();
    built_scale_ = scale;
    built_generation_ = palette::generation();
  }
  ++draws_;

  // The tiles under the view, of those that cover the area.
  const sf::View& view = target.getView();
  const sf::FloatRect seen{view.getCenter() - view.getSize() / 2.f, view.getSize()};
  const float side = static_cast<float>(kTilePx) / built_scale_;
  const int cols = std::max(1, static_cast<int>(std::ceil(area_.width / side)));
  const int rows = std::max(1, static_cast<int>(std::ceil(area_.height / side)));
  auto index = [&](float from, float at) { return static_cast<int>(std::floor((at - from) / side)); };
  const int c0 = std::max(0, index(area_.left, seen.left)), c1 = std::min(cols - 1, index(area_.left, seen.left + seen.width));
  const int r0 = std::max(0, index(area_.top, seen.top)), r1 = std::min(rows - 1, index(area_.top, seen.top + seen.height));

  // Texel for pixel, nearest is exact and cheaper; stretched (past kMaxScale), smooth.
  const bool smooth = std::abs(wanted - built_scale_) > 1e-3f;
  // Premultiplied: the tiles' edges were painted onto transparent black.
  // Opaque layers are copied without blending, which a software renderer does much faster.
  const sf::RenderStates states = opaque_ ? sf::RenderStates(sf::BlendNone)
                                          : sf::RenderStates(sf::BlendMode(sf::BlendMode::One, sf::BlendMode::OneMinusSrcAlpha));
  for (int row = r0; row <= r1; ++row)
    for (int col = c0; col <= c1; ++col) {
      auto it = std::find_if(tiles_.begin(), tiles_.end(), [&](const auto& t) { return t->col == col && t->row == row; });
      if (it == tiles_.end()) {
        auto tile = std::make_unique<Tile>();
        tile->col = col;
        tile->row = row;
        if (!paint(*tile)) {
          failed_ = true;
          tiles_.clear();
          scratch_.reset();
          spdlog::debug("could not paint a {}px tile of a cached layer; painting it every frame", kTilePx);
          paint_now(target);
          return;
        }
        tiles_.push_back(std::move(tile));
        it = tiles_.end() - 1;
      }
      Tile& tile = **it;
      tile.last_drawn = draws_;
      tile.texture.setSmooth(smooth);
      // Only the part inside the area: past its right and bottom edges a tile is empty.
      const sf::FloatRect at = tile_area(col, row);
      const float w = std::min(at.width, area_.left + area_.width - at.left), h = std::min(at.height, area_.top + area_.height - at.top);
      sf::Sprite sprite(tile.texture, {0, 0, static_cast<int>(std::ceil(w * built_scale_)), static_cast<int>(std::ceil(h * built_scale_))});
      sprite.setPosition(at.left, at.top);
      sprite.setScale(1.f / built_scale_, 1.f / built_scale_);
      target.draw(sprite, states);
    }
  // The scratch target is only needed while painting; its antialiasing buffers are large.
  scratch_.reset();
  tiles_.erase(std::remove_if(tiles_.begin(), tiles_.end(), [&](const auto& t) { return draws_ - t->last_drawn > kKeepDraws; }),
               tiles_.end());
}

}  // namespace sb::app
