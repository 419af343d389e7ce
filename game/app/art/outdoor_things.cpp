#include "app/art/outdoor_things.hpp"

#include <algorithm>
#include <cmath>
#include <vector>

#include "app/art/art_hash.hpp"
#include "app/art/draw_kit.hpp"
#include "app/art/outdoor_palette.hpp"
#include "app/art/room_art.hpp"

namespace sb::app {
namespace {
namespace pal = palette;
namespace out = outdoor;
constexpr float kOutline = 2.5f;
constexpr float kPi = 3.14159265f;

bool has(const std::string& s, const char* word) { return s.find(word) != std::string::npos; }
bool is_tree(const std::string& k) { return has(k, "tree"); }
bool is_slide(const std::string& k) { return has(k, "slide"); }
bool is_frame(const std::string& k) { return has(k, "climb") || has(k, "frame"); }
bool is_planter(const std::string& k) { return has(k, "planter") || has(k, "flower"); }
bool is_railings(const std::string& k) { return has(k, "railing") || has(k, "fence"); }
bool is_bench(const std::string& k) { return has(k, "bench"); }

// A bar with an ink outline: posts, rungs, ladders.
void bar(Canvas& t, sf::Vector2f a, sf::Vector2f b, float width, sf::Color fill) {
  draw::line(t, a, b, width + 2 * 2.f, pal::kInk);
  draw::line(t, a, b, width, fill);
}

// A crown of leaves as one silhouette: every blob's outline first, then the
// dark undersides, then the lit faces a little up and to the left, then highlights.
struct Blob { sf::Vector2f c; float r; };
void draw_crown(Canvas& t, const std::vector<Blob>& blobs, sf::Color base, float seed) {
  const sf::Color dark = pal::mix(base, pal::kInk, 0.24f), light = pal::mix(base, sf::Color(236, 242, 176), 0.32f);
  for (const Blob& b : blobs) t.draw(draw::ellipse(b.c, {b.r + kOutline, b.r + kOutline}, pal::kInk, {}, 0, 28));
  for (const Blob& b : blobs) t.draw(draw::ellipse(b.c, {b.r, b.r}, dark, {}, 0, 28));
  for (const Blob& b : blobs) t.draw(draw::ellipse(b.c + sf::Vector2f{-b.r * 0.1f, -b.r * 0.14f}, {b.r * 0.86f, b.r * 0.84f}, base, {}, 0, 28));
  for (const Blob& b : blobs)
    t.draw(draw::ellipse(b.c + sf::Vector2f{-b.r * 0.3f, -b.r * 0.36f}, {b.r * 0.38f, b.r * 0.3f}, pal::with_alpha(light, 190), {}, 0, 20));
  // Little leaf strokes for texture, placed by hash so the tree is always the same.
  int k = 0;
  for (const Blob& b : blobs)
    for (int i = 0; i < 3; ++i, ++k) {
      const float a = art::unit(k, static_cast<std::int32_t>(seed), 11) * 2 * kPi;
      const float d = b.r * (0.25f + 0.45f * art::unit(k, static_cast<std::int32_t>(seed), 12));
      const sf::Vector2f p = b.c + sf::Vector2f{std::cos(a) * d, std::sin(a) * d * 0.8f};
      draw::curve(t, p + sf::Vector2f{-5, 0}, p + sf::Vector2f{0, 4}, p + sf::Vector2f{5, 0}, 2.f, pal::with_alpha(dark, 200));
    }
}

void draw_tree(Canvas& t, sf::FloatRect r, const std::string& id) {
  const float seed = std::floor(r.left * 7.f + r.top * 13.f);
  const float cx = r.left + r.width / 2, foot = r.top + r.height * 0.72f;
  const float R = std::max(r.width, r.height) * 0.66f + 12.f;
  const sf::Vector2f crown{cx, foot - R * 1.45f};
  // The crown's shade on the grass, and a darker core right under the leaves.
  draw::soft_shadow(t, {cx + 12, r.top + r.height * 0.55f}, {R * 1.15f, R * 0.62f}, pal::with_alpha(pal::kShadow, 75));
  const bool birch = has(id, "birch");
  const sf::Color bark = birch ? sf::Color(246, 242, 232) : pal::mix(pal::kWoodDark, pal::kInk, 0.15f);
  const float tw = std::max(12.f, R * 0.24f);
  t.draw(draw::ellipse({cx, foot}, {tw * 0.95f, tw * 0.38f}, bark, pal::kInk, 2.f));
  t.draw(draw::rounded_rect({cx - tw / 2, crown.y, tw, foot - crown.y}, tw * 0.35f, bark, pal::kInk, kOutline));
  if (birch)
    for (int i = 0; i < 4; ++i) {
      const float y = foot - 12 - static_cast<float>(i) * 11.f;
      draw::line(t, {cx - tw * 0.3f, y}, {cx + tw * 0.05f, y - 2}, 2.5f, pal::kInk);
    }
  else
    draw::curve(t, {cx - tw * 0.15f, foot - 6}, {cx + tw * 0.1f, (foot + crown.y) / 2}, {cx - tw * 0.1f, crown.y + R * 0.6f}, 2.f,
                pal::with_alpha(pal::kInk, 110));
  // Round clumps of leaves in a ring around the crown's middle, a little flattened, one on top.
  std::vector<Blob> blobs;
  const int n = 7;
  for (int i = 0; i < n; ++i) {
    const float a = (static_cast<float>(i) + 0.3f * art::unit(i, static_cast<std::int32_t>(seed), 3)) * 2 * kPi / n;
    const float rr = R * (0.46f + 0.1f * art::unit(i, static_cast<std::int32_t>(seed), 4));
    blobs.push_back({crown + sf::Vector2f{std::cos(a) * R * 0.52f, std::sin(a) * R * 0.44f}, rr});
  }
  blobs.push_back({crown + sf::Vector2f{R * 0.05f, -R * 0.12f}, R * 0.58f});
  // Lower blobs first, so the upper ones overlap them as leaves nearer the sun would.
  std::sort(blobs.begin(), blobs.end(), [](const Blob& a, const Blob& b) { return a.c.y > b.c.y; });
  const sf::Color base = birch ? out::leaf_light() : pal::mix(out::leaf(), sf::Color(150, 170, 80), 0.25f * art::unit(1, static_cast<std::int32_t>(seed), 5));
  draw_crown(t, blobs, base, seed);
}

void draw_bench(Canvas& t, sf::FloatRect r) {
  draw::soft_shadow(t, {r.left + r.width / 2 + 6, r.top + r.height * 0.8f}, {r.width * 0.58f, r.height * 0.9f},
                    pal::with_alpha(pal::kShadow, 60));
  const sf::Color iron = out::iron();
  const sf::Color wood = pal::kWood, wood_light = pal::mix(pal::kWood, sf::Color::White, 0.16f);
  const float back_top = r.top - 40;
  const float ends[2] = {r.left + 12, r.left + r.width - 12};
  // The iron end frames: back post up to the backrest, a curled arm, a front leg.
  for (float x : ends) bar(t, {x, back_top + 4}, {x, r.top + r.height + 6}, 5, iron);
  // The backrest: two slats between the iron posts.
  for (int i = 0; i < 2; ++i)
    t.draw(draw::rounded_rect({r.left + 2, back_top + static_cast<float>(i) * 16.f, r.width - 4, 12}, 4, i ? wood : wood_light, pal::kInk, 2));
  // The seat: slats running along the bench, with the gaps showing the ground.
  const int slats = 3;
  const float slat_h = (r.height - 2) / slats;
  for (int i = 0; i < slats; ++i)
    t.draw(draw::rounded_rect({r.left, r.top + static_cast<float>(i) * slat_h, r.width, slat_h - 3}, 4, i % 2 ? wood : wood_light,
                              pal::kInk, 2));
  // The seat's front edge seen from above has a little thickness.
  t.draw(draw::rounded_rect({r.left + 2, r.top + r.height - 4, r.width - 4, 6}, 3, pal::kWoodDark, pal::kInk, 1.5f));
  // Curled iron arms over the ends and short front legs.
  for (float x : ends) {
    const float side = x < r.left + r.width / 2 ? -1.f : 1.f;
    draw::curve(t, {x, back_top + 18}, {x + side * 14, r.top + 4}, {x + side * 2, r.top + r.height * 0.7f}, 7, pal::kInk);
    draw::curve(t, {x, back_top + 18}, {x + side * 14, r.top + 4}, {x + side * 2, r.top + r.height * 0.7f}, 3.5f, iron);
    t.draw(draw::ellipse({x + side * 2, r.top + r.height * 0.7f}, {4, 4}, iron, pal::kInk, 1.5f));
    bar(t, {x, r.top + r.height}, {x, r.top + r.height + 10}, 5, iron);
  }
}

void draw_slide(Canvas& t, sf::FloatRect r) {
  const float cx = r.left + r.width / 2, w = r.width, h = r.height;
  draw::soft_shadow(t, {cx + 8, r.top + h * 0.55f}, {w * 0.75f, h * 0.58f}, pal::with_alpha(pal::kShadow, 60));
  const sf::Color metal = pal::mix(out::iron(), sf::Color(180, 196, 206), 0.5f);
  // The ladder, climbing from the grass behind up to the platform.
  const float ladder_foot = r.top - 48, platform_top = r.top + h * 0.1f;
  const float lx0 = cx - w * 0.26f, lx1 = cx + w * 0.26f;
  for (float y = ladder_foot + 10; y < platform_top + 6; y += 14) bar(t, {lx0, y}, {lx1, y}, 4, metal);
  bar(t, {lx0, ladder_foot}, {lx0, platform_top + 10}, 5, metal);
  bar(t, {lx1, ladder_foot}, {lx1, platform_top + 10}, 5, metal);
  // The platform on its four legs, with a hand-rail behind.
  const sf::FloatRect plat{cx - w * 0.42f, platform_top, w * 0.84f, h * 0.2f};
  for (float x : {plat.left + 6, plat.left + plat.width - 6}) bar(t, {x, plat.top + plat.height}, {x, plat.top + plat.height + 34}, 5, metal);
  t.draw(draw::rounded_rect(plat, 6, pal::kWood, pal::kInk, kOutline));
  for (float y = plat.top + 9; y < plat.top + plat.height - 4; y += 9)
    draw::line(t, {plat.left + 6, y}, {plat.left + plat.width - 6, y}, 1.5f, pal::with_alpha(pal::kInk, 90));
  // Safety rails on both sides of the deck, rising from its corners.
  constexpr float kRail = 26.f;
  for (float x : {plat.left + 5, plat.left + plat.width - 5}) {
    bar(t, {x, plat.top + 4}, {x, plat.top + 4 - kRail}, 4, pal::kBlockA);
    bar(t, {x, plat.top + plat.height - 4}, {x, plat.top + plat.height - 4 - kRail}, 4, pal::kBlockA);
    bar(t, {x, plat.top + 4 - kRail}, {x, plat.top + plat.height - 4 - kRail}, 4, pal::kBlockA);
  }
  // The chute: sides in a deeper red, a bright bed and a shine, running out onto the grass.
  const float top = plat.top + plat.height - 4, bottom = r.top + h - 10;
  const float half_top = w * 0.3f, half_bottom = w * 0.34f;
  sf::ConvexShape side(4);
  side.setPoint(0, {cx - half_top, top});
  side.setPoint(1, {cx + half_top, top});
  side.setPoint(2, {cx + half_bottom, bottom});
  side.setPoint(3, {cx - half_bottom, bottom});
  side.setFillColor(pal::mix(pal::kBall, pal::kInk, 0.18f));
  side.setOutlineColor(pal::kInk);
  side.setOutlineThickness(kOutline);
  t.draw(side);
  t.draw(draw::ellipse({cx, bottom}, {half_bottom + 4, 12}, pal::mix(pal::kBall, pal::kInk, 0.18f), pal::kInk, kOutline));
  sf::ConvexShape bed(4);
  bed.setPoint(0, {cx - half_top + 8, top + 2});
  bed.setPoint(1, {cx + half_top - 8, top + 2});
  bed.setPoint(2, {cx + half_bottom - 8, bottom});
  bed.setPoint(3, {cx - half_bottom + 8, bottom});
  bed.setFillColor(pal::mix(pal::kBall, sf::Color::White, 0.22f));
  t.draw(bed);
  t.draw(draw::ellipse({cx, bottom}, {half_bottom - 8, 7}, pal::mix(pal::kBall, sf::Color::White, 0.22f)));
  draw::line(t, {cx - half_top + 16, top + 10}, {cx - half_bottom + 18, bottom - 14}, 4, sf::Color(255, 255, 255, 120));
}

// A climbing dome: a half globe of bars, rings of latitude and meridians up to a
// cap, seen from the 3/4 view (a point at elevation phi lifts by up*sin(phi)).
void draw_climbing_frame(Canvas& t, sf::FloatRect r) {
  const sf::Vector2f c{r.left + r.width / 2, r.top + r.height / 2};
  const float a = r.width / 2 - 6, b = r.height / 2 - 6, up = std::min(120.f, 0.5f * std::max(r.width, r.height));
  draw::soft_shadow(t, c + sf::Vector2f{10, 6}, {a * 1.05f, b * 1.0f}, pal::with_alpha(pal::kShadow, 60));
  auto at = [&](float alpha, float phi) {
    return sf::Vector2f{c.x + a * std::cos(phi) * std::cos(alpha), c.y + b * std::cos(phi) * std::sin(alpha) - up * std::sin(phi)};
  };
  const float rings[] = {0.f, 0.5f, 0.95f, 1.3f};
  const sf::Color ring_colour[] = {pal::kBall, pal::kBlockB, pal::kBlockB, pal::kBall};
  constexpr int kMeridians = 10;
  constexpr int kSteps = 10;
  // Back half first (thin and shaded, seen through the bars), then the front half.
  // Each half's ink goes down before its colours, so joints between pieces stay clean.
  struct Seg { sf::Vector2f p, q; sf::Color col; };
  for (int pass = 0; pass < 2; ++pass) {
    const bool front = pass == 1;
    std::vector<Seg> segs;
    for (int m = 0; m < kMeridians; ++m) {
      const float alpha = (static_cast<float>(m) + 0.5f) * 2 * kPi / kMeridians;
      if ((std::sin(alpha) >= 0) != front) continue;
      for (int k = 0; k < kSteps; ++k)
        segs.push_back({at(alpha, rings[3] * static_cast<float>(k) / kSteps), at(alpha, rings[3] * static_cast<float>(k + 1) / kSteps), pal::kBlockA});
    }
    for (int i = 0; i < 4; ++i) {
      constexpr int kArc = 24;
      for (int k = 0; k < kArc; ++k) {
        const float a0 = (front ? 0.f : kPi) + kPi * static_cast<float>(k) / kArc, a1 = a0 + kPi / kArc;
        segs.push_back({at(a0, rings[i]), at(a1, rings[i]), ring_colour[i]});
      }
    }
    const float width = front ? 5.f : 3.5f;
    for (const Seg& g : segs) draw::line(t, g.p, g.q, width + 4, front ? pal::kInk : pal::with_alpha(pal::kInk, 90));
    for (const Seg& g : segs) draw::line(t, g.p, g.q, width, front ? g.col : pal::mix(g.col, pal::kInk, 0.35f));
  }
  // Feet where the meridians meet the ground, at the front.
  for (int m = 0; m < kMeridians; ++m) {
    const float alpha = (static_cast<float>(m) + 0.5f) * 2 * kPi / kMeridians;
    if (std::sin(alpha) >= 0) t.draw(draw::ellipse(at(alpha, 0), {6, 3.5f}, pal::mix(pal::kBlockA, pal::kInk, 0.3f), pal::kInk, 1.5f, 14));
  }
}

void draw_flower(Canvas& t, sf::Vector2f c, float s, sf::Color petal) {
  for (int i = 0; i < 5; ++i) {
    const float a = static_cast<float>(i) * 2 * kPi / 5 - kPi / 2;
    t.draw(draw::ellipse(c + sf::Vector2f{std::cos(a), std::sin(a)} * (s * 0.7f), {s * 0.55f, s * 0.55f}, petal,
                         pal::with_alpha(pal::kInk, 150), 1.f, 14));
  }
  t.draw(draw::ellipse(c, {s * 0.42f, s * 0.42f}, sf::Color(250, 206, 86), {}, 0, 12));
}

void draw_planter(Canvas& t, sf::FloatRect r) {
  draw::soft_shadow(t, {r.left + r.width / 2 + 6, r.top + r.height * 0.7f}, {r.width * 0.62f, r.height * 0.62f},
                    pal::with_alpha(pal::kShadow, 60));
  const float face = std::min(26.f, r.height * 0.3f);
  const sf::FloatRect top{r.left, r.top, r.width, r.height - face};
  // The front of the box: planks seen side on.
  const sf::FloatRect front{r.left, r.top + r.height - face - 6, r.width, face + 6};
  t.draw(draw::rounded_rect(front, 6, pal::kWoodDark, pal::kInk, kOutline));
  for (float y = front.top + 10; y < front.top + front.height - 4; y += 9)
    draw::line(t, {front.left + 4, y}, {front.left + front.width - 4, y}, 1.5f, pal::with_alpha(pal::kInk, 80));
  t.draw(draw::rounded_rect(top, 8, pal::kWood, pal::kInk, kOutline));
  const sf::FloatRect soil{top.left + 8, top.top + 8, top.width - 16, top.height - 16};
  t.draw(draw::rounded_rect(soil, 6, sf::Color(132, 96, 74)));
  // Greenery then flowers, spread over the soil by hash.
  const sf::Color petals[] = {pal::kBall, pal::kBlockB, pal::kBlockC, sf::Color(255, 250, 244), pal::kRug};
  const int cols = std::max(2, static_cast<int>(soil.width / 26)), rows = std::max(1, static_cast<int>(soil.height / 24));
  for (int j = 0; j < rows; ++j)
    for (int i = 0; i < cols; ++i) {
      const sf::Vector2f c{soil.left + (static_cast<float>(i) + 0.5f) * soil.width / static_cast<float>(cols),
                           soil.top + (static_cast<float>(j) + 0.5f) * soil.height / static_cast<float>(rows)};
      draw_bush(t, c + sf::Vector2f{0, -4}, 13.f + 3.f * art::unit(i, j, 21), out::leaf());
    }
  for (int j = 0; j < rows; ++j)
    for (int i = 0; i < cols; ++i) {
      const sf::Vector2f c{soil.left + (static_cast<float>(i) + 0.25f + 0.5f * art::unit(i, j, 22)) * soil.width / static_cast<float>(cols),
                           soil.top + (static_cast<float>(j) + 0.2f + 0.4f * art::unit(i, j, 23)) * soil.height / static_cast<float>(rows) - 10};
      draw_flower(t, c, 7.f + 2.f * art::unit(i, j, 24), petals[art::hash(i, j, 25) % 5]);
    }
}

}  // namespace

void draw_bush(Canvas& t, sf::Vector2f c, float radius, sf::Color fill) {
  t.draw(draw::ellipse(c, {radius, radius * 0.9f}, pal::mix(fill, pal::kInk, 0.2f), pal::kInk, 2.f, 24));
  t.draw(draw::ellipse(c + sf::Vector2f{-radius * 0.1f, -radius * 0.14f}, {radius * 0.84f, radius * 0.72f}, fill, {}, 0, 24));
  t.draw(draw::ellipse(c + sf::Vector2f{-radius * 0.32f, -radius * 0.36f}, {radius * 0.34f, radius * 0.24f},
                       pal::mix(fill, sf::Color(236, 242, 176), 0.35f), {}, 0, 16));
}

void draw_railings(Canvas& t, float x0, float x1, float base_y) {
  if (x1 - x0 < 2) return;
  constexpr float kHeight = 84.f;
  const sf::Color iron = outdoor::iron();
  t.draw(draw::rounded_rect({x0, base_y - 3, x1 - x0, 12}, 5, pal::with_alpha(pal::kShadow, 45)));
  // Bars with rounded finials, a stout post every couple of metres.
  const float step = 15.f;
  const int bars = std::max(1, static_cast<int>((x1 - x0 - 6) / step));
  const float gap = (x1 - x0 - 6) / static_cast<float>(bars);
  for (int i = 0; i <= bars; ++i) {
    const float x = x0 + 3 + gap * static_cast<float>(i);
    draw::line(t, {x, base_y}, {x, base_y - kHeight}, 6.f, pal::kInk);
    draw::line(t, {x, base_y}, {x, base_y - kHeight}, 3.f, iron);
    t.draw(draw::ellipse({x, base_y - kHeight - 2}, {3.5f, 4.5f}, iron, pal::kInk, 1.5f, 12));
  }
  for (float y : {base_y - 12, base_y - kHeight + 14})
    t.draw(draw::rounded_rect({x0, y - 3, x1 - x0, 7}, 3, iron, pal::kInk, 1.5f));
  const float post_every = 2.2f * kPixelsPerMetre;
  const int posts = static_cast<int>((x1 - x0) / post_every);
  for (int i = 0; i <= posts; ++i) {
    const float x = posts == 0 ? x0 + 4 : x0 + 4 + (x1 - x0 - 8) * static_cast<float>(i) / static_cast<float>(posts);
    t.draw(draw::rounded_rect({x - 4, base_y - kHeight - 2, 8, kHeight + 4}, 3, iron, pal::kInk, 2));
    t.draw(draw::ellipse({x, base_y - kHeight - 6}, {6, 6}, iron, pal::kInk, 2, 14));
  }
}

bool is_outdoor_thing(const std::string& k) {
  return is_tree(k) || is_slide(k) || is_frame(k) || is_planter(k) || is_railings(k) || is_bench(k);
}

float outdoor_thing_rise_px(const world::ObstacleDef& o) {
  const sf::FloatRect r = to_px(o.rect);
  if (is_tree(o.kind)) return 2.2f * (std::max(r.width, r.height) * 0.66f + 12.f);
  if (is_slide(o.kind)) return 70.f;
  if (is_frame(o.kind)) return 40.f;
  if (is_railings(o.kind)) return 100.f;
  if (is_bench(o.kind)) return 50.f;
  if (is_planter(o.kind)) return 30.f;
  return 0.f;
}

void draw_outdoor_thing(Canvas& t, const world::ObstacleDef& o) {
  const sf::FloatRect r = to_px(o.rect);
  const std::string& k = o.kind;
  if (is_tree(k)) return draw_tree(t, r, o.id);
  if (is_slide(k)) return draw_slide(t, r);
  if (is_frame(k)) return draw_climbing_frame(t, r);
  if (is_planter(k)) return draw_planter(t, r);
  if (is_railings(k)) return draw_railings(t, r.left, r.left + r.width, r.top + r.height * 0.7f);
  if (is_bench(k)) return draw_bench(t, r);
}

}  // namespace sb::app
