#include "app/art/outdoor_ground.hpp"

#include <algorithm>
#include <cmath>
#include <vector>

#include "app/art/art_hash.hpp"
#include "app/art/draw_kit.hpp"
#include "app/art/outdoor_palette.hpp"
#include "app/art/outdoor_things.hpp"
#include "app/art/room_art.hpp"

namespace sb::app {
namespace {
namespace pal = palette;
namespace out = outdoor;
constexpr float kOutline = 2.5f;
constexpr float kPi = 3.14159265f;
constexpr float kEdge = 0.05f; // metres: how close to an edge counts as touching it

bool has(const std::string& s, const char* word) { return s.find(word) != std::string::npos; }
bool is_play_equipment(const std::string& k) { return has(k, "slide") || has(k, "climb") || has(k, "frame"); }
sf::Vector2f centre(sf::FloatRect r) { return {r.left + r.width / 2, r.top + r.height / 2}; }
sf::FloatRect grow(sf::FloatRect r, float l, float t, float rt, float b) {
  return {r.left - l, r.top - t, r.width + l + rt, r.height + t + b};
}

// Thousands of grains, pebbles and chips go straight into one triangle list:
// sf::ConvexShape recomputes itself for every point it is given, which adds up.
class Specks {
 public:
  void dot(sf::Vector2f c, sf::Vector2f r, sf::Color col, float angle = 0.f) {
    constexpr int kSides = 6;
    const float ca = std::cos(angle), sa = std::sin(angle);
    auto at = [&](int i) {
      const float a = 2 * kPi * static_cast<float>(i) / kSides;
      const sf::Vector2f p{std::cos(a) * r.x, std::sin(a) * r.y};
      return c + sf::Vector2f{p.x * ca - p.y * sa, p.x * sa + p.y * ca};
    };
    for (int i = 1; i + 1 < kSides; ++i) {
      tris_.append({at(0), col});
      tris_.append({at(i), col});
      tris_.append({at(i + 1), col});
    }
  }
  void draw(Canvas& t) const { t.draw(tris_); }

 private:
  sf::VertexArray tris_{sf::Triangles};
};

struct Scene {
  const world::RoomDef& room;
  float w, h;
  sf::FloatRect area;
  bool hard;
};

// ---- the ground itself -------------------------------------------------------

void draw_grass(Canvas& t, const Scene& s) {
  t.draw(draw::rounded_rect({-kWallPx, -kBackWallPx - 200, s.w + 2 * kWallPx, s.h + kBackWallPx + 200 + kWallPx}, 0, out::grass()));
  // Broad soft patches of lighter and darker grass, so the lawn is not one flat colour.
  const float cell = 1.6f * kPixelsPerMetre;
  for (int j = -2; j * cell < s.h + cell; ++j)
    for (int i = -1; i * cell < s.w + cell; ++i) {
      const sf::Vector2f c{(static_cast<float>(i) + art::unit(i, j, 1)) * cell, (static_cast<float>(j) + art::unit(i, j, 2)) * cell};
      const sf::Color tint = art::unit(i, j, 3) < 0.5f ? out::grass_light() : out::grass_dark();
      draw::radial_glow(t, c, cell * (0.5f + 0.3f * art::unit(i, j, 4)), pal::with_alpha(tint, 110), pal::with_alpha(tint, 0));
    }
  // Tufts and the odd daisy on a jittered grid.
  const float step = 0.42f * kPixelsPerMetre;
  const sf::Color tuft = pal::with_alpha(out::tuft(), 170);
  // Blades are single thin triangles, all in one array: there are thousands of them.
  sf::VertexArray blades(sf::Triangles);
  auto blade = [&](sf::Vector2f base, sf::Vector2f tip) {
    blades.append({base + sf::Vector2f{-1.7f, 0}, tuft});
    blades.append({base + sf::Vector2f{1.7f, 0}, tuft});
    blades.append({tip, tuft});
  };
  for (int j = -3; j * step < s.h; ++j)
    for (int i = -1; i * step < s.w + step; ++i) {
      const sf::Vector2f p{(static_cast<float>(i) + art::unit(i, j, 6)) * step, (static_cast<float>(j) + art::unit(i, j, 7)) * step};
      const float roll = art::unit(i, j, 8);
      if (roll < 0.05f) {
        for (int k = 0; k < 5; ++k) {
          const float a = static_cast<float>(k) * 2 * kPi / 5;
          t.draw(draw::ellipse(p + sf::Vector2f{std::cos(a), std::sin(a)} * 3.2f, {2.6f, 2.6f}, sf::Color(255, 253, 246), {}, 0, 10));
        }
        t.draw(draw::ellipse(p, {2.2f, 2.2f}, sf::Color(246, 200, 80), {}, 0, 10));
      } else if (roll < 0.7f) {
        const float lean = (art::unit(i, j, 9) - 0.5f) * 4.f;
        blade(p, p + sf::Vector2f{-4.f + lean, -8.5f});
        blade(p, p + sf::Vector2f{lean, -11.f});
        blade(p, p + sf::Vector2f{4.f + lean, -7.5f});
      }
    }
  t.draw(blades);
}

void draw_tarmac(Canvas& t, const Scene& s) {
  t.draw(draw::rounded_rect({-kWallPx, 0, s.w + 2 * kWallPx, s.h + kWallPx}, 0, out::tarmac()));
  // A fine speckle of grit, and gentle worn patches.
  const float cell = 1.8f * kPixelsPerMetre;
  for (int j = 0; j * cell < s.h + cell; ++j)
    for (int i = 0; i * cell < s.w + cell; ++i) {
      const sf::Vector2f c{(static_cast<float>(i) + art::unit(i, j, 31)) * cell, (static_cast<float>(j) + art::unit(i, j, 32)) * cell};
      const sf::Color tint = art::unit(i, j, 33) < 0.5f ? pal::kFloor : out::tarmac_fleck();
      draw::radial_glow(t, c, cell * 0.6f, pal::with_alpha(tint, 30), pal::with_alpha(tint, 0));
    }
  const float step = 0.16f * kPixelsPerMetre;
  Specks grit;
  for (int j = 0; j * step < s.h; ++j)
    for (int i = 0; i * step < s.w; ++i) {
      const float roll = art::unit(i, j, 34);
      if (roll > 0.45f) continue;
      const sf::Vector2f p{(static_cast<float>(i) + art::unit(i, j, 35)) * step, (static_cast<float>(j) + art::unit(i, j, 36)) * step};
      grit.dot(p, {1.4f, 1.2f}, roll < 0.15f ? pal::with_alpha(sf::Color::White, 90) : pal::with_alpha(out::tarmac_fleck(), 150));
    }
  grit.draw(t);
}

// ---- paths, sand and soft ground -------------------------------------------

struct Path { sf::Vector2f a, c, b; };

void draw_paths(Canvas& t, const std::vector<Path>& paths, const std::vector<sf::FloatRect>& pads) {
  constexpr float kWidth = 64.f;
  for (const sf::FloatRect& p : pads) t.draw(draw::rounded_rect(grow(p, 4, 4, 4, 4), 34, out::gravel_edge()));
  for (const Path& p : paths) draw::curve(t, p.a, p.c, p.b, kWidth + 8, out::gravel_edge());
  for (const sf::FloatRect& p : pads) t.draw(draw::rounded_rect(p, 30, out::gravel()));
  for (const Path& p : paths) draw::curve(t, p.a, p.c, p.b, kWidth, out::gravel());
  // Pebbles, so the paths read as gravel rather than paint.
  Specks pebbles;
  auto pebble = [&](sf::Vector2f q, int i, int j) {
    const float roll = art::unit(i, j, 41);
    const sf::Color c = roll < 0.5f ? pal::with_alpha(out::gravel_edge(), 170) : pal::with_alpha(sf::Color::White, 150);
    pebbles.dot(q, {1.8f + 1.4f * art::unit(i, j, 42), 1.5f + 0.8f * art::unit(i, j, 43)}, c);
  };
  int k = 0;
  for (const Path& p : paths) {
    const float len = std::hypot(p.b.x - p.a.x, p.b.y - p.a.y) + 1;
    const int n = static_cast<int>(len / 5);
    for (int i = 0; i <= n; ++i, ++k) {
      const float u = static_cast<float>(i) / static_cast<float>(std::max(1, n)), v = 1 - u;
      const sf::Vector2f q = v * v * p.a + 2 * u * v * p.c + u * u * p.b;
      pebble(q + sf::Vector2f{(art::unit(k, 1, 44) - 0.5f) * kWidth * 0.8f, (art::unit(k, 2, 44) - 0.5f) * kWidth * 0.8f}, k, 0);
    }
  }
  for (const sf::FloatRect& p : pads)
    for (int i = 0; i < static_cast<int>(p.width * p.height / 260); ++i, ++k)
      pebble({p.left + 10 + (p.width - 20) * art::unit(k, 3, 45), p.top + 10 + (p.height - 20) * art::unit(k, 4, 45)}, k, 1);
  pebbles.draw(t);
}

void draw_sandpit(Canvas& t, sf::FloatRect r) {
  draw::soft_shadow(t, centre(r) + sf::Vector2f{6, 10}, {r.width * 0.6f, r.height * 0.6f}, pal::with_alpha(pal::kShadow, 40));
  // A wooden frame of four planks with a sitting ledge, then the sand.
  t.draw(draw::rounded_rect(r, 14, pal::kWood, pal::kInk, kOutline));
  const float plank = 16.f;
  const float seam = plank * 0.5f - 2; // the line between the frame's two planks
  t.draw(draw::rounded_rect(grow(r, -seam, -seam, -seam, -seam), 12, sf::Color::Transparent, pal::with_alpha(pal::kInk, 70), 1.5f));
  const sf::FloatRect sand = grow(r, -plank, -plank, -plank, -plank);
  t.draw(draw::rounded_rect(sand, 8, out::sand(), pal::with_alpha(pal::kInk, 160), 2));
  // The frame's shadow on the sand along the back edge.
  t.draw(draw::rounded_rect({sand.left, sand.top, sand.width, 10}, 6, pal::with_alpha(out::sand_dark(), 110)));
  const int n = static_cast<int>(sand.width * sand.height / 90);
  Specks grains;
  for (int i = 0; i < n; ++i) {
    const sf::Vector2f p{sand.left + 6 + (sand.width - 12) * art::unit(i, 1, 51), sand.top + 12 + (sand.height - 18) * art::unit(i, 2, 51)};
    const bool dark = art::unit(i, 3, 51) < 0.6f;
    grains.dot(p, {1.6f, 1.3f}, dark ? pal::with_alpha(out::sand_dark(), 140) : pal::with_alpha(sf::Color::White, 150));
  }
  grains.draw(t);
  // Raked ripples and a little castle someone left behind.
  for (int i = 0; i < 4; ++i) {
    const float y = sand.top + sand.height * (0.25f + 0.17f * static_cast<float>(i));
    const float x0 = sand.left + sand.width * (0.08f + 0.1f * art::unit(i, 4, 52)), x1 = x0 + sand.width * 0.35f;
    draw::curve(t, {x0, y}, {(x0 + x1) / 2, y - 8}, {x1, y}, 2.f, pal::with_alpha(out::sand_dark(), 130));
  }
  const sf::Vector2f castle{sand.left + sand.width * 0.72f, sand.top + sand.height * 0.4f};
  for (int i = 0; i < 3; ++i) {
    const sf::Vector2f m{sand.left + sand.width * (0.2f + 0.22f * static_cast<float>(i)), sand.top + sand.height * (0.72f - 0.08f * static_cast<float>(i % 2))};
    t.draw(draw::ellipse(m + sf::Vector2f{3, 5}, {26, 11}, pal::with_alpha(out::sand_dark(), 120)));
    t.draw(draw::ellipse(m, {24, 12}, pal::mix(out::sand(), sf::Color::White, 0.2f), pal::with_alpha(pal::kInk, 90), 1.5f));
  }
  t.draw(draw::ellipse(castle + sf::Vector2f{4, 16}, {52, 16}, pal::with_alpha(out::sand_dark(), 110)));
  const sf::Color wet = pal::mix(out::sand(), pal::kWoodDark, 0.15f);
  for (float dx : {-26.f, 26.f}) {
    t.draw(draw::rounded_rect({castle.x + dx - 15, castle.y - 14, 30, 32}, 5, wet, pal::kInk, 2));
    t.draw(draw::rounded_rect({castle.x + dx - 15, castle.y - 14, 30, 9}, 4, pal::mix(wet, sf::Color::White, 0.3f)));
    for (float bx : {-9.f, 0.f, 9.f}) t.draw(draw::rounded_rect({castle.x + dx + bx - 3, castle.y - 20, 6, 8}, 2, wet, pal::kInk, 1.5f));
  }
  t.draw(draw::rounded_rect({castle.x - 16, castle.y - 32, 32, 46}, 5, wet, pal::kInk, 2));
  t.draw(draw::rounded_rect({castle.x - 16, castle.y - 32, 32, 9}, 4, pal::mix(wet, sf::Color::White, 0.3f)));
  t.draw(draw::rounded_rect({castle.x - 7, castle.y - 2, 14, 16}, 7, pal::mix(wet, pal::kInk, 0.35f)));
  draw::line(t, {castle.x, castle.y - 32}, {castle.x, castle.y - 56}, 2, pal::kInk);
  sf::ConvexShape flag(3);
  flag.setPoint(0, {castle.x, castle.y - 56});
  flag.setPoint(1, {castle.x + 18, castle.y - 50});
  flag.setPoint(2, {castle.x, castle.y - 44});
  flag.setFillColor(pal::kBall);
  flag.setOutlineColor(pal::kInk);
  flag.setOutlineThickness(1.5f);
  t.draw(flag);
}

// Bark chips (grass) or a soft rubber mat (playground) under anything to climb.
void draw_soft_ground(Canvas& t, sf::FloatRect r, bool hard) {
  const sf::Color fill = hard ? out::soft_surface() : out::bark();
  t.draw(draw::rounded_rect(r, 30, fill, pal::with_alpha(pal::kInk, hard ? 120 : 0), hard ? 2.f : 0.f));
  if (!hard) t.draw(draw::rounded_rect(r, 30, sf::Color::Transparent, pal::with_alpha(out::grass_dark(), 200), 5.f));
  const int n = static_cast<int>(r.width * r.height / (hard ? 150 : 70));
  Specks chips;
  for (int i = 0; i < n; ++i) {
    const sf::Vector2f p{r.left + 10 + (r.width - 20) * art::unit(i, 1, 61), r.top + 10 + (r.height - 20) * art::unit(i, 2, 61)};
    const float roll = art::unit(i, 3, 61);
    const sf::Color c = roll < 0.5f ? pal::mix(fill, pal::kInk, 0.25f) : pal::mix(fill, sf::Color::White, 0.3f);
    if (hard) chips.dot(p, {1.6f, 1.6f}, pal::with_alpha(c, 150));
    else chips.dot(p, {4.f + 2.f * roll, 1.8f}, pal::with_alpha(c, 200), art::unit(i, 4, 61) * kPi);
  }
  chips.draw(t);
}

// ---- painted games on the playground ----------------------------------------

// A chalky digit in seven strokes (centred on c, s tall).
void draw_digit(Canvas& t, int d, sf::Vector2f c, float s, sf::Color col) {
  static const char* segs[] = {"abcdef", "bc", "abged", "abgcd", "fgbc", "afgcd", "afgedc", "abc", "abcdefg", "abcdfg"};
  const float hw = s * 0.28f, hh = s * 0.5f;
  const sf::Vector2f tl = c + sf::Vector2f{-hw, -hh}, tr = c + sf::Vector2f{hw, -hh}, ml = c + sf::Vector2f{-hw, 0},
                     mr = c + sf::Vector2f{hw, 0}, bl = c + sf::Vector2f{-hw, hh}, br = c + sf::Vector2f{hw, hh};
  for (const char* p = segs[std::clamp(d, 0, 9)]; *p; ++p) {
    switch (*p) {
      case 'a': draw::line(t, tl, tr, 3, col); break;
      case 'b': draw::line(t, tr, mr, 3, col); break;
      case 'c': draw::line(t, mr, br, 3, col); break;
      case 'd': draw::line(t, bl, br, 3, col); break;
      case 'e': draw::line(t, ml, bl, 3, col); break;
      case 'f': draw::line(t, tl, ml, 3, col); break;
      case 'g': draw::line(t, ml, mr, 3, col); break;
    }
  }
}

void draw_hopscotch(Canvas& t, sf::FloatRect r) {
  const bool across = r.width >= r.height;
  const float len = across ? r.width : r.height, wide = across ? r.height : r.width;
  const float cell = std::min(len / 6.9f, wide / 2.1f);
  // Rows along the long side: 1, 2, 3, 4|5, 6, 7|8, then a round "home".
  const int rows[][2] = {{1, 0}, {2, 0}, {3, 0}, {4, 5}, {6, 0}, {7, 8}};
  const float start = (len - cell * 6.9f) / 2;
  auto at = [&](float along, float cross) {
    return across ? sf::Vector2f{r.left + along, r.top + wide / 2 + cross} : sf::Vector2f{r.left + wide / 2 + cross, r.top + r.height - along};
  };
  const sf::Color fills[] = {pal::kBlockB, pal::kBlockA, pal::kRug, pal::kBlockC};
  int k = 0;
  for (int i = 0; i < 6; ++i) {
    const bool pair = rows[i][1] != 0;
    for (int j = 0; j < (pair ? 2 : 1); ++j, ++k) {
      const float cross = pair ? (j == 0 ? -cell / 2 : cell / 2) : 0;
      const sf::Vector2f c = at(start + cell * (static_cast<float>(i) + 0.5f), cross);
      t.draw(draw::rounded_rect({c.x - cell / 2 + 2, c.y - cell / 2 + 2, cell - 4, cell - 4}, 5,
                                pal::with_alpha(fills[k % 4], 150), out::chalk(), 3));
      draw_digit(t, rows[i][j], c, cell * 0.42f, out::chalk());
    }
  }
  const sf::Vector2f home = at(start + cell * 6.45f, 0);
  t.draw(draw::ellipse(home, across ? sf::Vector2f{cell * 0.5f, cell * 0.75f} : sf::Vector2f{cell * 0.75f, cell * 0.5f},
                       pal::with_alpha(pal::kBlockB, 120), out::chalk(), 3));
  // A chalk sun in home, as children draw it.
  t.draw(draw::ellipse(home, {cell * 0.16f, cell * 0.16f}, out::chalk()));
  for (int i = 0; i < 8; ++i) {
    const float a = static_cast<float>(i) * kPi / 4;
    const sf::Vector2f d{std::cos(a), std::sin(a)};
    draw::line(t, home + d * (cell * 0.24f), home + d * (cell * 0.34f), 2.5f, out::chalk());
  }
}

// Painted footprints from the gate to the classroom door: the way in, for small feet.
void draw_footprints(Canvas& t, sf::Vector2f a, sf::Vector2f b) {
  const sf::Vector2f d = b - a;
  const float len = std::hypot(d.x, d.y);
  if (len < 60) return;
  const sf::Vector2f u = d / len, n{-u.y, u.x};
  const float angle = std::atan2(u.y, u.x) * 180.f / kPi - 90.f;
  const sf::Color paint = pal::mix(pal::kBlockB, sf::Color::White, 0.15f);
  // A shape drawn around `p`, turned to face the way the feet walk.
  auto stamp = [&](sf::Vector2f p, sf::Vector2f offset, sf::Vector2f radii) {
    sf::ConvexShape e = draw::ellipse({0, 0}, radii, paint, pal::with_alpha(pal::kInk, 110), 1.f, 16);
    e.setOrigin(-offset);
    e.setPosition(p);
    e.setRotation(angle);
    t.draw(e);
  };
  int i = 0;
  for (float s = 60; s < len - 40; s += 52, ++i) {
    const float side = i % 2 ? 1.f : -1.f;
    const sf::Vector2f p = a + u * s + n * (side * 10.f);
    stamp(p, {0, -9}, {5.f, 7.f});   // the heel (behind, along the walk)
    stamp(p, {side * 0.8f, 1}, {6.5f, 9.f}); // the ball of the foot, joined to the heel
    for (int toe = 0; toe < 4; ++toe)
      stamp(p, {(static_cast<float>(toe) - 1.5f) * 3.8f * -side, 13.f - std::abs(static_cast<float>(toe) - 1.f) * 1.2f}, {2.3f, 2.6f});
  }
}

// A painted ring of coloured spots round a chalk sun: a game of stepping stones.
void draw_stepping_spots(Canvas& t, sf::Vector2f c) {
  const sf::Color spots[] = {pal::kBall, pal::kBlockB, pal::kBlockA, pal::kBlockC};
  t.draw(draw::ellipse(c, {78, 62}, sf::Color::Transparent, pal::with_alpha(out::chalk(), 200), 3.f, 48));
  for (int i = 0; i < 10; ++i) {
    const float a = static_cast<float>(i) * 2 * kPi / 10;
    t.draw(draw::ellipse(c + sf::Vector2f{std::cos(a) * 78, std::sin(a) * 62}, {15, 12}, spots[i % 4], out::chalk(), 2.5f, 24));
  }
  t.draw(draw::ellipse(c, {20, 20}, pal::with_alpha(pal::kBlockB, 220), out::chalk(), 2.5f, 28));
  for (int i = 0; i < 8; ++i) {
    const float a = static_cast<float>(i) * kPi / 4;
    const sf::Vector2f d{std::cos(a), std::sin(a)};
    draw::line(t, c + d * 27.f, c + d * 38.f, 3.f, pal::with_alpha(pal::kBlockB, 220));
  }
}

// Children's chalk drawings: a flower, a house, a heart, a smiling sun, in pastel chalk.
void draw_chalk_doodle(Canvas& t, sf::Vector2f c, int which) {
  const sf::Color pink = pal::mix(pal::kRug, sf::Color::White, 0.35f), blue = pal::mix(pal::kCushion, sf::Color::White, 0.35f),
                  yellow = pal::mix(pal::kBlockB, sf::Color::White, 0.3f), green = pal::mix(pal::kPlant, sf::Color::White, 0.3f);
  constexpr float kW = 3.f;
  switch (which % 4) {
    case 0:  // a flower on a stem
      draw::curve(t, c + sf::Vector2f{0, 8}, c + sf::Vector2f{-8, 30}, c + sf::Vector2f{2, 52}, kW, green);
      draw::curve(t, c + sf::Vector2f{-3, 34}, c + sf::Vector2f{-22, 26}, c + sf::Vector2f{-20, 40}, kW, green);
      for (int i = 0; i < 6; ++i) {
        const float a = static_cast<float>(i) * kPi / 3;
        t.draw(draw::ellipse(c + sf::Vector2f{std::cos(a), std::sin(a)} * 14.f, {8, 8}, sf::Color::Transparent, pink, kW, 20));
      }
      t.draw(draw::ellipse(c, {6, 6}, yellow, {}, 0, 16));
      break;
    case 1: {  // a house with a door
      const sf::FloatRect h{c.x - 26, c.y - 8, 52, 40};
      t.draw(draw::rounded_rect(h, 2, sf::Color::Transparent, blue, kW));
      draw::line(t, {h.left - 6, h.top}, {c.x, h.top - 30}, kW, pink);
      draw::line(t, {c.x, h.top - 30}, {h.left + h.width + 6, h.top}, kW, pink);
      draw::line(t, {h.left - 6, h.top}, {h.left + h.width + 6, h.top}, kW, pink);
      t.draw(draw::rounded_rect({c.x - 7, h.top + h.height - 20, 14, 20}, 2, sf::Color::Transparent, yellow, kW));
      t.draw(draw::rounded_rect({h.left + 8, h.top + 8, 10, 10}, 1, sf::Color::Transparent, yellow, 2.5f));
      break;
    }
    case 2:  // a heart
      draw::curve(t, c + sf::Vector2f{0, 26}, c + sf::Vector2f{-40, -4}, c + sf::Vector2f{-18, -16}, kW, pink);
      draw::curve(t, c + sf::Vector2f{-18, -16}, c + sf::Vector2f{-4, -22}, c + sf::Vector2f{0, -6}, kW, pink);
      draw::curve(t, c + sf::Vector2f{0, 26}, c + sf::Vector2f{40, -4}, c + sf::Vector2f{18, -16}, kW, pink);
      draw::curve(t, c + sf::Vector2f{18, -16}, c + sf::Vector2f{4, -22}, c + sf::Vector2f{0, -6}, kW, pink);
      break;
    default:  // a smiling sun
      t.draw(draw::ellipse(c, {18, 18}, sf::Color::Transparent, yellow, kW, 28));
      for (int i = 0; i < 10; ++i) {
        const float a = static_cast<float>(i) * kPi / 5;
        const sf::Vector2f d{std::cos(a), std::sin(a)};
        draw::line(t, c + d * 25.f, c + d * 35.f, kW, yellow);
      }
      t.draw(draw::ellipse(c + sf::Vector2f{-6, -4}, {2.2f, 2.2f}, blue, {}, 0, 10));
      t.draw(draw::ellipse(c + sf::Vector2f{6, -4}, {2.2f, 2.2f}, blue, {}, 0, 10));
      draw::curve(t, c + sf::Vector2f{-8, 5}, c + sf::Vector2f{0, 12}, c + sf::Vector2f{8, 5}, 2.5f, pink);
      break;
  }
}

// Log stools in a quiet corner, for sitting and looking at a book.
void draw_stool(Canvas& t, sf::Vector2f c, float r) {
  draw::soft_shadow(t, c + sf::Vector2f{4, 8}, {r * 1.2f, r * 0.7f}, pal::with_alpha(pal::kShadow, 60));
  t.draw(draw::rounded_rect({c.x - r, c.y, 2 * r, 12}, 5, pal::kWoodDark, pal::kInk, 2));
  t.draw(draw::ellipse(c, {r, r * 0.7f}, pal::mix(pal::kWood, sf::Color::White, 0.2f), pal::kInk, 2, 28));
  t.draw(draw::ellipse(c, {r * 0.6f, r * 0.42f}, sf::Color::Transparent, pal::with_alpha(pal::kWoodDark, 200), 1.5f, 24));
  t.draw(draw::ellipse(c, {r * 0.25f, r * 0.18f}, pal::with_alpha(pal::kWoodDark, 200), {}, 0, 16));
}

// The freest ground for painted games or wild flowers: points on a half-metre grid,
// chosen greedily by their distance from every region, obstacle, person and the way
// in from the gate, and at least `apart` metres from each other.
std::vector<sf::Vector2f> free_spots(const world::RoomDef& room, float need_m, float apart_m, int want) {
  auto gap = [](float x, float y, const world::Rect& r) {
    const float dx = std::max({r.x - x, 0.f, x - r.x - r.w}), dy = std::max({r.y - y, 0.f, y - r.y - r.h});
    return std::hypot(dx, dy);
  };
  std::vector<sf::Vector2f> found;
  while (static_cast<int>(found.size()) < want) {
    float best = need_m;
    sf::Vector2f pick{-1, -1};
    for (float y = 1.5f; y <= room.height - 1.5f; y += 0.5f)
      for (float x = 1.5f; x <= room.width - 1.5f; x += 0.5f) {
        float clear = std::min({x, y, room.width - x, room.height - y, std::abs(x - room.door.x)});
        for (const auto& g : room.regions)
          if (!(g.kind == "yard" && g.rect.w >= room.width - kEdge)) clear = std::min(clear, gap(x, y, g.rect));
        for (const auto& o : room.obstacles) clear = std::min(clear, gap(x, y, o.rect));
        for (const auto& a : room.agents) clear = std::min(clear, std::hypot(x - a.position.x, y - a.position.y));
        bool far = true;
        for (const auto& q : found) far = far && std::hypot(x - q.x, y - q.y) >= apart_m;
        if (far && clear > best) best = clear, pick = {x, y};
      }
    if (pick.x < 0) break;
    found.push_back(pick);
  }
  for (auto& q : found) q *= kPixelsPerMetre;
  return found;
}

// A drift of daisies and clover, the kind small children pick for their grown-ups.
void draw_wild_flowers(Canvas& t, sf::Vector2f c, int seed) {
  for (int i = 0; i < 26; ++i) {
    const float a = art::unit(i, seed, 91) * 2 * kPi, d = 70.f * std::sqrt(art::unit(i, seed, 92));
    const sf::Vector2f p = c + sf::Vector2f{std::cos(a) * d * 1.3f, std::sin(a) * d * 0.8f};
    if (art::unit(i, seed, 93) < 0.35f) {
      for (int k = 0; k < 3; ++k) {
        const float b = static_cast<float>(k) * 2 * kPi / 3 - kPi / 2;
        t.draw(draw::ellipse(p + sf::Vector2f{std::cos(b), std::sin(b)} * 3.5f, {3.6f, 3.6f}, out::grass_dark(), pal::with_alpha(pal::kInk, 60), 1.f, 12));
      }
    } else {
      for (int k = 0; k < 6; ++k) {
        const float b = static_cast<float>(k) * kPi / 3;
        t.draw(draw::ellipse(p + sf::Vector2f{std::cos(b), std::sin(b)} * 4.f, {3.f, 3.f}, sf::Color(255, 253, 246), {}, 0, 10));
      }
      t.draw(draw::ellipse(p, {2.6f, 2.6f}, sf::Color(246, 200, 80), {}, 0, 10));
    }
  }
}

// ---- the edges: hedges, railings, the gate, the school building -------------

void draw_hedge_strip(Canvas& t, sf::FloatRect r, bool vertical, std::uint32_t salt) {
  t.draw(draw::rounded_rect(r, 0, pal::mix(out::hedge(), pal::kInk, 0.12f)));
  const float len = vertical ? r.height : r.width;
  const int n = static_cast<int>(len / 46) + 1;
  // Back row first; bumps of different sizes and shades so it reads as a living hedge.
  for (int row = 0; row < 2; ++row)
    for (int i = 0; i < n; ++i) {
      const float along = (static_cast<float>(i) + 0.5f * static_cast<float>(row) + 0.35f * art::unit(i, row, salt + 2)) * len / static_cast<float>(n);
      const float depth = (row == 0 ? 0.3f : 0.72f) + 0.12f * (art::unit(i, row, salt + 3) - 0.5f);
      const sf::Vector2f c = vertical ? sf::Vector2f{r.left + r.width * depth, r.top + along}
                                      : sf::Vector2f{r.left + along, r.top + r.height * depth};
      const float roll = art::unit(i, row, salt + 1);
      const sf::Color leaf = roll < 0.2f ? out::hedge_light() : roll < 0.8f ? out::hedge() : pal::mix(out::hedge(), out::leaf(), 0.5f);
      draw_bush(t, c, 30.f + 16.f * art::unit(i, row, salt), leaf);
    }
  // Flowers tucked into the hedge.
  const sf::Color petals[] = {pal::kBall, pal::kBlockB, sf::Color(255, 250, 244), pal::kBlockC, pal::kRug};
  for (int i = 0; i < n * 2; ++i) {
    if (art::unit(i, 7, salt) > 0.45f) continue;
    const float along = (static_cast<float>(i) + art::unit(i, 8, salt)) * len / static_cast<float>(n * 2);
    const float depth = 0.15f + 0.7f * art::unit(i, 9, salt);
    const sf::Vector2f c = vertical ? sf::Vector2f{r.left + r.width * depth, r.top + along} : sf::Vector2f{r.left + along, r.top + r.height * depth};
    const sf::Color petal = petals[art::hash(i, 10, salt) % 5];
    for (int k = 0; k < 5; ++k) {
      const float a = static_cast<float>(k) * 2 * kPi / 5;
      t.draw(draw::ellipse(c + sf::Vector2f{std::cos(a), std::sin(a)} * 3.4f, {2.8f, 2.8f}, petal, {}, 0, 10));
    }
    t.draw(draw::ellipse(c, {2.2f, 2.2f}, sf::Color(250, 206, 86), {}, 0, 10));
  }
}

void draw_back_trees(Canvas& t, const Scene& s, float y) {
  const float step = 2.6f * kPixelsPerMetre;
  for (int i = -1; i * step < s.w + step; ++i) {
    const sf::Vector2f c{(static_cast<float>(i) + art::unit(i, 0, 71)) * step, y - 20 * art::unit(i, 0, 72)};
    const float r = 60 + 30 * art::unit(i, 0, 73);
    for (int k = 0; k < 5; ++k) {
      const float a = static_cast<float>(k) * 2 * kPi / 5 + art::unit(i, k, 74);
      draw_bush(t, c + sf::Vector2f{std::cos(a) * r * 0.5f, std::sin(a) * r * 0.35f}, r * 0.55f,
                pal::mix(out::leaf(), out::hedge(), 0.3f + 0.4f * art::unit(i, k, 75)));
    }
  }
}

void draw_gate(Canvas& t, float x0, float x1, float base_y, bool school) {
  const sf::Color stone = out::stone(), iron = out::iron();
  // An arch over the opening, with a round sign on it.
  const float top = base_y - 118;
  draw::curve(t, {x0, top + 8}, {(x0 + x1) / 2, top - 46}, {x1, top + 8}, 10, pal::kInk);
  draw::curve(t, {x0, top + 8}, {(x0 + x1) / 2, top - 46}, {x1, top + 8}, 5, iron);
  const sf::Vector2f sign{(x0 + x1) / 2, top - 22};
  t.draw(draw::ellipse(sign, {22, 22}, school ? pal::kBlockA : pal::kPlant, pal::kInk, 2.5f));
  if (school) {
    // A little painted apple.
    t.draw(draw::ellipse(sign + sf::Vector2f{0, 2}, {10, 9}, pal::kBall, pal::kInk, 1.5f));
    draw::line(t, sign + sf::Vector2f{0, -6}, sign + sf::Vector2f{2, -12}, 2, pal::kInk);
    t.draw(draw::ellipse(sign + sf::Vector2f{6, -10}, {5, 2.5f}, pal::kPlant));
  } else {
    // A little painted tree.
    t.draw(draw::rounded_rect({sign.x - 2, sign.y, 4, 12}, 2, pal::kWoodDark));
    t.draw(draw::ellipse(sign + sf::Vector2f{0, -4}, {11, 10}, out::leaf_light(), pal::kInk, 1.5f));
  }
  for (float x : {x0, x1}) {
    t.draw(draw::rounded_rect({x - 13, top, 26, base_y - top + 6}, 5, stone, pal::kInk, kOutline));
    t.draw(draw::rounded_rect({x - 9, top + 4, 18, 10}, 4, pal::mix(stone, sf::Color::White, 0.35f)));
    t.draw(draw::ellipse({x, top - 4}, {10, 10}, stone, pal::kInk, 2.f));
  }
}

void draw_school_building(Canvas& t, const Scene& s) {
  // The building's wall top runs along the bottom edge; beyond it, its roof tiles.
  const float y = s.h;
  t.draw(draw::rounded_rect({s.area.left, y, s.area.width, s.area.top + s.area.height - y}, 0, out::roof()));
  for (int row = 0; y + kWallPx + static_cast<float>(row) * 22 < s.area.top + s.area.height; ++row)
    for (float x = s.area.left + (row % 2 ? 0.f : 18.f); x < s.area.left + s.area.width; x += 36)
      draw::curve(t, {x - 18, y + kWallPx + 12 + static_cast<float>(row) * 22}, {x, y + kWallPx + 26 + static_cast<float>(row) * 22},
                  {x + 18, y + kWallPx + 12 + static_cast<float>(row) * 22}, 2.f, pal::with_alpha(pal::kInk, 90));
  t.draw(draw::rounded_rect({s.area.left, y, s.area.width, kWallPx}, 0, out::brick(), pal::kInk, 2));
  for (float x = s.area.left; x < s.area.left + s.area.width; x += 30)
    draw::line(t, {x, y + kWallPx * 0.5f}, {x + 26, y + kWallPx * 0.5f}, 1.2f, pal::with_alpha(pal::kInk, 70));
  t.draw(draw::rounded_rect({s.area.left, y - 4, s.area.width, 8}, 2, out::stone(), pal::kInk, 1.5f)); // coping
}

void draw_doorstep(Canvas& t, sf::FloatRect r, float edge_y) {
  // A wide stone step up to a coloured door in the wall, a mat, and pots of flowers.
  draw::soft_shadow(t, centre(r) + sf::Vector2f{0, 6}, {r.width * 0.6f, r.height * 0.6f}, pal::with_alpha(pal::kShadow, 40));
  const sf::Color stone = out::stone();
  t.draw(draw::rounded_rect(grow(r, -6, -4, -6, 0), 8, pal::mix(stone, pal::kInk, 0.08f), pal::kInk, 2));
  const sf::FloatRect upper = grow(r, -24, -r.height * 0.35f, -24, 0);
  t.draw(draw::rounded_rect(upper, 6, stone, pal::kInk, 2));
  t.draw(draw::rounded_rect({upper.left + 4, upper.top + 3, upper.width - 8, 6}, 3, pal::mix(stone, sf::Color::White, 0.4f)));
  // Joints between the stone slabs of both steps.
  for (float x = r.left + 60; x < r.left + r.width - 20; x += 66) {
    draw::line(t, {x, r.top + 2}, {x, upper.top - 3}, 1.5f, pal::with_alpha(pal::kInk, 70));
    if (x > upper.left + 10 && x < upper.left + upper.width - 10)
      draw::line(t, {x + 33, upper.top + 12}, {x + 33, upper.top + upper.height - 4}, 1.5f, pal::with_alpha(pal::kInk, 60));
  }
  const float door_w = std::min(150.f, r.width * 0.55f);
  const sf::FloatRect door{r.left + r.width / 2 - door_w / 2, edge_y - 8, door_w, kWallPx + 16};
  // A striped canopy over the door, out on the roof: the way in, seen from the yard.
  const sf::FloatRect canopy{door.left - 22, edge_y + kWallPx - 2, door.width + 44, 30};
  t.draw(draw::rounded_rect(grow(canopy, 0, 0, 0, 6), 8, pal::with_alpha(pal::kShadow, 60)));
  t.draw(draw::rounded_rect(canopy, 6, pal::kButton, pal::kInk, kOutline));
  const int stripes = 7;
  for (int i = 0; i < stripes; i += 2) {
    const float sw = canopy.width / stripes;
    t.draw(draw::rounded_rect({canopy.left + sw * static_cast<float>(i) + 1, canopy.top + 1, sw - 2, canopy.height - 2}, 4, pal::kBlockA));
  }
  for (int i = 0; i < stripes; ++i) {
    const float sw = canopy.width / stripes;
    t.draw(draw::ellipse({canopy.left + sw * (static_cast<float>(i) + 0.5f), canopy.top + canopy.height}, {sw / 2, 7},
                         i % 2 ? pal::kButton : pal::kBlockA, pal::kInk, 1.5f, 20));
  }
  t.draw(draw::rounded_rect(door, 6, pal::kBlockA, pal::kInk, kOutline));
  draw::line(t, {door.left + door.width / 2, door.top + 4}, {door.left + door.width / 2, door.top + door.height - 4}, 2, pal::kInk);
  for (float side : {-1.f, 1.f}) {
    const float cx = door.left + door.width / 2 + side * door.width * 0.25f;
    t.draw(draw::rounded_rect({cx - 14, door.top + 8, 28, 14}, 4, sf::Color(214, 232, 240), pal::kInk, 1.5f));
    t.draw(draw::ellipse({door.left + door.width / 2 + side * 8, door.top + door.height * 0.7f}, {3, 3}, pal::kBlockB, pal::kInk, 1));
  }
  const sf::FloatRect mat{door.left + 16, upper.top + upper.height * 0.3f, door.width - 32, upper.height * 0.38f};
  t.draw(draw::rounded_rect(mat, 6, pal::kRug, pal::with_alpha(pal::kInk, 140), 1.5f));
  for (float x = mat.left + 8; x < mat.left + mat.width - 4; x += 8)
    draw::line(t, {x, mat.top + 5}, {x, mat.top + mat.height - 5}, 1.2f, pal::with_alpha(pal::kRugPattern, 200));
  for (float side : {-1.f, 1.f}) {
    const sf::Vector2f pot{r.left + r.width / 2 + side * (door_w / 2 + 40), upper.top + upper.height * 0.5f};
    t.draw(draw::rounded_rect({pot.x - 16, pot.y - 4, 32, 26}, 6, pal::mix(pal::kRug, pal::kWoodDark, 0.4f), pal::kInk, 2));
    draw_bush(t, pot + sf::Vector2f{0, -10}, 18, out::leaf());
    const sf::Color petals[] = {pal::kBall, pal::kBlockB, pal::kBlockC};
    for (int i = 0; i < 3; ++i)
      t.draw(draw::ellipse(pot + sf::Vector2f{-9.f + 9.f * static_cast<float>(i), -16.f + 4.f * static_cast<float>(i % 2)}, {4.5f, 4.5f},
                           petals[i], pal::with_alpha(pal::kInk, 150), 1.f, 12));
  }
}

// The x-spans along the top edge where a fence stands: everywhere except gates and
// railings that are already obstacles of their own.
std::vector<std::pair<float, float>> fence_spans(const Scene& s) {
  std::vector<std::pair<float, float>> gaps;
  for (const auto& g : s.room.regions)
    if (g.kind == "gate" && g.rect.y < 1.f) gaps.push_back({g.rect.x * kPixelsPerMetre, (g.rect.x + g.rect.w) * kPixelsPerMetre});
  for (const auto& o : s.room.obstacles)
    if ((has(o.kind, "railing") || has(o.kind, "fence") || has(o.kind, "wall")) && o.rect.y < 0.6f)
      gaps.push_back({o.rect.x * kPixelsPerMetre, (o.rect.x + o.rect.w) * kPixelsPerMetre});
  std::sort(gaps.begin(), gaps.end());
  std::vector<std::pair<float, float>> spans;
  float x = -kWallPx;
  for (const auto& [a, b] : gaps) {
    if (a > x) spans.push_back({x, a});
    x = std::max(x, b);
  }
  if (x < s.w + kWallPx) spans.push_back({x, s.w + kWallPx});
  return spans;
}

bool railings_along_top(const world::RoomDef& room) {
  for (const auto& o : room.obstacles)
    if ((has(o.kind, "railing") || has(o.kind, "fence")) && o.rect.y < 0.6f) return true;
  return false;
}

bool is_doorstep(const world::RegionDef& g, const world::RoomDef& room) {
  return g.kind == "room" && g.rect.y + g.rect.h >= room.height - kEdge;
}

// Behind the top edge: trees and a hedge beyond a park's fence; a pavement outside a school.
void draw_beyond_the_fence(Canvas& t, const Scene& s, float fence_y) {
  if (!s.hard) {
    draw_back_trees(t, s, -kBackWallPx - 60);
    draw_hedge_strip(t, {s.area.left, -kBackWallPx - 40, s.area.width, 70}, false, 81);
    return;
  }
  t.draw(draw::rounded_rect({s.area.left, s.area.top, s.area.width, -s.area.top + fence_y}, 0, out::paving()));
  int row = 0;
  for (float y = fence_y; y > s.area.top; y -= 40, ++row) {
    draw::line(t, {s.area.left, y - 40}, {s.area.left + s.area.width, y - 40}, 1.5f, pal::with_alpha(pal::kInk, 50));
    for (float x = s.area.left + (row % 2 ? 30.f : 0.f); x < s.area.left + s.area.width; x += 60)
      draw::line(t, {x, y}, {x, y - 40}, 1.5f, pal::with_alpha(pal::kInk, 50));
  }
  draw_hedge_strip(t, {s.area.left, s.area.top, s.area.width, -kBackWallPx - s.area.top + 10}, false, 80);
}

// A park: gravel paths from the gate to a pad under the bench and on to each
// sandpit and slide, drifts of daisies, sandpits, bark under what children climb.
void draw_park(Canvas& t, const Scene& s) {
  const world::RoomDef& room = s.room;
  std::vector<sf::FloatRect> pads;
  std::vector<Path> paths;
  const sf::Vector2f gate = to_px(room.door);
  sf::Vector2f hub{s.w / 2, s.h * 0.5f};
  for (const auto& o : room.obstacles)
    if (has(o.kind, "bench")) {
      const sf::FloatRect b = to_px(o.rect);
      pads.push_back(grow(b, 36, 56, 36, 84));
      hub = {b.left + b.width / 2, b.top + b.height + 84};
      break;
    }
  const float top = pads.empty() ? hub.y : pads.front().top + 20;
  paths.push_back({{gate.x, s.area.top}, {gate.x, (s.area.top + top) / 2}, {gate.x + (hub.x - gate.x) * 0.5f, top}});
  auto to = [&](sf::Vector2f dest) {
    const sf::Vector2f c{hub.x + (dest.x - hub.x) * 0.85f, hub.y + (dest.y - hub.y) * 0.12f};
    paths.push_back({hub, c, dest});
  };
  for (const auto& g : room.regions)
    if (g.kind == "rug") to({(g.rect.x + g.rect.w / 2) * kPixelsPerMetre, g.rect.y * kPixelsPerMetre + 10});
  for (const auto& o : room.obstacles)
    if (is_play_equipment(o.kind)) to({(o.rect.x + o.rect.w / 2) * kPixelsPerMetre, o.rect.y * kPixelsPerMetre - 40});
  int seed = 0;
  for (const sf::Vector2f& spot : free_spots(room, 1.f, 3.5f, 4)) draw_wild_flowers(t, spot, seed++);
  draw_paths(t, paths, pads); // over the flowers: nobody picks daisies off the gravel
  for (const auto& o : room.obstacles)
    if (is_play_equipment(o.kind)) draw_soft_ground(t, grow(to_px(o.rect), 40, 70, 40, 36), false);
  for (const auto& g : room.regions)
    if (g.kind == "rug") draw_sandpit(t, to_px(g.rect));
}

// A school yard: tarmac with a soft mat under the climbing frame, a quiet corner,
// hopscotch, painted games and chalk drawings, tree pits and footprints to the door.
void draw_playground(Canvas& t, const Scene& s, float fence_y) {
  const world::RoomDef& room = s.room;
  draw_tarmac(t, s);
  for (const auto& g : room.regions) {
    const bool whole = g.rect.w >= room.width - kEdge && g.rect.h >= room.height - kEdge;
    if (g.kind != "yard" || whole) continue;
    const sf::FloatRect r = to_px(g.rect);
    t.draw(draw::rounded_rect(r, 26, out::soft_surface(), pal::with_alpha(pal::kInk, 110), 2));
    t.draw(draw::rounded_rect(grow(r, -10, -10, -10, -10), 20, sf::Color::Transparent, pal::with_alpha(out::chalk(), 170), 2));
    // Stools along its back edge, out of everyone's way.
    for (float u : {0.2f, 0.5f, 0.8f}) draw_stool(t, {r.left + r.width * u, r.top + 38}, 23);
  }
  for (const auto& o : room.obstacles)
    if (is_play_equipment(o.kind)) draw_soft_ground(t, grow(to_px(o.rect), 40, 70, 40, 36), true);
  for (const auto& g : room.regions)
    if (g.kind == "rug") draw_hopscotch(t, to_px(g.rect));
  for (const auto& o : room.obstacles)
    if (has(o.kind, "tree")) {
      // A round tree pit with a stone ring, so the tree grows out of the playground.
      const sf::FloatRect r = to_px(o.rect);
      const sf::Vector2f foot{r.left + r.width / 2, r.top + r.height * 0.72f};
      t.draw(draw::ellipse(foot, {r.width * 0.42f, r.height * 0.26f}, pal::mix(pal::kWoodDark, pal::kInk, 0.2f), out::stone(), 5));
    }
  // Painted games in the two freest places, chalk drawings in the next freest.
  const auto spots = free_spots(room, 0.8f, 3.f, 6);
  for (std::size_t i = 0; i < spots.size(); ++i)
    i < 2 ? draw_stepping_spots(t, spots[i]) : draw_chalk_doodle(t, spots[i], static_cast<int>(i - 2));
  const sf::Vector2f gate = to_px(room.door);
  for (const auto& g : room.regions)
    if (is_doorstep(g, room))
      draw_footprints(t, {gate.x, fence_y}, {(g.rect.x + g.rect.w / 2) * kPixelsPerMetre, g.rect.y * kPixelsPerMetre});
}

}  // namespace

bool is_outdoors(const world::RoomDef& room) {
  for (const auto& g : room.regions)
    if (g.kind == "yard" && g.rect.x <= kEdge && g.rect.y <= kEdge && g.rect.x + g.rect.w >= room.width - kEdge &&
        g.rect.y + g.rect.h >= room.height - kEdge)
      return true;
  return false;
}

bool has_hard_ground(const world::RoomDef& room) {
  for (const auto& g : room.regions)
    if (g.kind == "room" && (g.rect.x <= kEdge || g.rect.y <= kEdge || g.rect.x + g.rect.w >= room.width - kEdge ||
                             g.rect.y + g.rect.h >= room.height - kEdge))
      return true;
  return false;
}

void draw_outdoor_ground(Canvas& t, const world::RoomDef& room) {
  const Scene s{room, room.width * kPixelsPerMetre, room.height * kPixelsPerMetre, room_art_area(room), has_hard_ground(room)};
  // Beyond the edges: a deep hedge-green, so the world fades out softly.
  t.draw(draw::rounded_rect(s.area, 0, pal::mix(out::hedge(), pal::kInk, 0.18f)));
  draw_grass(t, s); // also the verge behind the top fence
  // Railings that are obstacles of their own stand a little inside the top edge; the fence drawn here lines up with them.
  const float fence_y = railings_along_top(room) ? 0.21f * kPixelsPerMetre : -0.14f * kPixelsPerMetre;
  draw_beyond_the_fence(t, s, fence_y);
  s.hard ? draw_playground(t, s, fence_y) : draw_park(t, s);

  // The top edge: railings with the gate.
  for (const auto& [a, b] : fence_spans(s)) draw_railings(t, a, b, fence_y);
  for (const auto& g : room.regions)
    if (g.kind == "gate" && g.rect.y < 1.f) draw_gate(t, g.rect.x * kPixelsPerMetre, (g.rect.x + g.rect.w) * kPixelsPerMetre, fence_y, s.hard);

  // Hedges down the sides, and along the bottom unless a building stands there.
  draw_hedge_strip(t, {s.area.left, s.area.top, -s.area.left + 6, s.area.height}, true, 82);
  draw_hedge_strip(t, {s.w - 6, s.area.top, s.area.left + s.area.width - s.w + 6, s.area.height}, true, 83);
  const bool building = std::any_of(room.regions.begin(), room.regions.end(), [&](const auto& g) { return is_doorstep(g, room); });
  if (!building) return draw_hedge_strip(t, {s.area.left, s.h - 6, s.area.width, s.area.top + s.area.height - s.h + 6}, false, 84);
  draw_school_building(t, s);
  for (const auto& g : room.regions)
    if (is_doorstep(g, room)) draw_doorstep(t, to_px(g.rect), s.h);
}

}  // namespace sb::app
