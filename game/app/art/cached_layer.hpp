#pragma once
// Art that never changes (the floor, the walls, a piece of furniture, the title's
// backdrop) is painted once into textures and then drawn as sprites: a software
// renderer (Xvfb, a school laptop) then spends its time on what moves.
//
// The layer is cut into square tiles of kTilePx device pixels, and only the tiles
// the view can see are painted and kept: a park or a school yard is several screens
// wide, and one texture of all of it cost 300 MB and most of a second before the
// first frame. Tiles that have been out of sight for a while are dropped, and
// painted again if the camera comes back. Each tile is painted with antialiasing
// into one scratch target and copied into its own plain texture.
// The painter runs once into a recording (render/canvas) and each tile is painted
// from that, only the triangles that touch it: building a park's thousands of
// shapes once per tile cost most of the first frame.
// If no texture can be made, the layer paints directly every frame instead.
#include <functional>
#include <memory>
#include <vector>

#include <SFML/Graphics.hpp>

#include "app/render/canvas.hpp"

namespace sb::app {

class CachedLayer {
 public:
  using Painter = std::function<void(Canvas&)>;
  // `area`: the part of the world (or canvas) the painter covers, in its own units.
  // `opaque`: the painter covers every pixel of `area` (a floor, a backdrop).
  CachedLayer(sf::FloatRect area, Painter paint, bool opaque = false);
  ~CachedLayer();
  CachedLayer(const CachedLayer&) = delete;
  CachedLayer& operator=(const CachedLayer&) = delete;

  // Draws the part of the layer inside target's view. `scale`: device pixels per
  // unit; the tiles are repainted when it changes (and when the palette does).
  void draw(sf::RenderTarget& target, float scale);

  static constexpr float kMaxScale = 2.5f;  // keeps device pixels per unit within reason
  static constexpr unsigned kTilePx = 512;  // a tile's side, device pixels
  // How many tiles are painted and held now (tests and the bench ask).
  std::size_t tiles_held() const { return tiles_.size(); }

 private:
  struct Tile {
    int col = 0, row = 0;
    sf::Texture texture;
    unsigned last_drawn = 0; // draw count when last seen
  };
  bool paint(Tile& tile);
  void paint_now(sf::RenderTarget& target); // without tiles: from the recording, or the painter
  sf::FloatRect tile_area(int col, int row) const; // in the layer's units

  sf::FloatRect area_;
  Painter paint_;
  std::unique_ptr<CanvasRecording> recording_; // null until made, or when it cannot be replayed
  bool recorded_ = false;                      // tried, for the palette of recorded_generation_
  unsigned recorded_generation_ = 0;
  bool opaque_;
  std::vector<std::unique_ptr<Tile>> tiles_;
  std::unique_ptr<sf::RenderTexture> scratch_; // only while tiles are being painted
  float built_scale_ = 0;
  unsigned built_generation_ = 0; // palette::generation() when painted: a new scheme repaints
  unsigned draws_ = 0;
  bool failed_ = false;
};

}  // namespace sb::app
