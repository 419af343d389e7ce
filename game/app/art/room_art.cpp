#include "app/art/room_art.hpp"

#include "app/art/props_art.hpp"

#include <algorithm>
#include <cmath>

#include "app/art/draw_kit.hpp"
#include "app/art/outdoor_ground.hpp"
#include "app/art/outdoor_things.hpp"
#include "app/art/palette.hpp"

namespace sb::app {
namespace {
namespace pal = palette;
constexpr float kOutline = 2.5f;

bool has(const std::string& s, const char* word) { return s.find(word) != std::string::npos; }

void draw_rug(Canvas& t, sf::FloatRect r) {
  t.draw(draw::rounded_rect(r, 26, pal::kRugBorder, pal::with_alpha(pal::kInk, 120), 2));
  sf::FloatRect inner{r.left + 12, r.top + 12, r.width - 24, r.height - 24};
  t.draw(draw::rounded_rect(inner, 18, pal::kRug));
  // A row of soft dots around the border and a flower in the middle.
  const sf::Vector2f c{inner.left + inner.width / 2, inner.top + inner.height / 2};
  for (float x = inner.left + 22; x < inner.left + inner.width - 12; x += 34) {
    t.draw(draw::ellipse({x, inner.top + 14}, {5, 5}, pal::kRugPattern));
    t.draw(draw::ellipse({x, inner.top + inner.height - 14}, {5, 5}, pal::kRugPattern));
  }
  for (int i = 0; i < 6; ++i) {
    const float a = static_cast<float>(i) * 3.14159f / 3.f;
    t.draw(draw::ellipse(c + sf::Vector2f{std::cos(a) * 26, std::sin(a) * 16}, {16, 11}, pal::kRugPattern));
  }
  t.draw(draw::ellipse(c, {12, 9}, pal::kRugBorder));
}

void draw_wall(Canvas& t, sf::FloatRect r) {
  t.draw(draw::rounded_rect(r, 6, pal::kWall, pal::kInk, kOutline));
  // A lighter top face so walls read as having height.
  sf::FloatRect top{r.left + 4, r.top + 4, r.width - 8, std::min(r.height - 8, 14.f)};
  if (top.height > 2 && top.width > 2) t.draw(draw::rounded_rect(top, 5, pal::kWallTop));
}

void draw_shelf(Canvas& t, sf::FloatRect r) {
  t.draw(draw::rounded_rect(r, 8, pal::kWood, pal::kInk, kOutline));
  const sf::Color books[] = {pal::kBlockA, pal::kBall, pal::kBlockB, pal::kBlockC, pal::kCushion};
  const bool wide = r.width >= r.height;
  const float len = wide ? r.width : r.height;
  int k = 0;
  for (float s = 10; s + 12 < len - 6; s += 16, ++k) {
    const float h = 0.55f + 0.25f * static_cast<float>((k * 7) % 3) / 2.f;
    sf::FloatRect b = wide ? sf::FloatRect{r.left + s, r.top + r.height * (1 - h) - 6, 12, r.height * h}
                           : sf::FloatRect{r.left + r.width * (1 - h) - 6, r.top + s, r.width * h, 12};
    t.draw(draw::rounded_rect(b, 3, books[k % 5], pal::with_alpha(pal::kInk, 160), 1.5f));
  }
}

void draw_sofa(Canvas& t, sf::FloatRect r) {
  t.draw(draw::rounded_rect(r, 18, pal::kCushion, pal::kInk, kOutline));
  const float arm = std::min(r.width, r.height) * 0.28f;
  t.draw(draw::rounded_rect({r.left, r.top, r.width, arm}, 14, pal::mix(pal::kCushion, pal::kInk, 0.12f), pal::kInk, 2));
  const float side = std::min(r.width * 0.16f, 24.f);
  const sf::Color darker = pal::mix(pal::kCushion, pal::kInk, 0.12f);
  t.draw(draw::rounded_rect({r.left, r.top + arm * 0.5f, side, r.height - arm * 0.5f}, side / 2, darker, pal::kInk, 2));
  t.draw(draw::rounded_rect({r.left + r.width - side, r.top + arm * 0.5f, side, r.height - arm * 0.5f}, side / 2, darker, pal::kInk, 2));
  const float inner = r.width - 2 * side - 8;
  const int seats = std::max(1, static_cast<int>(inner / 70));
  const float w = inner / static_cast<float>(seats);
  for (int i = 0; i < seats; ++i)
    t.draw(draw::rounded_rect({r.left + side + 4 + w * static_cast<float>(i) + 2, r.top + arm + 4, w - 4, r.height - arm - 12}, 12,
                              pal::mix(pal::kCushion, sf::Color::White, 0.2f), pal::with_alpha(pal::kInk, 140), 1.5f));
}

void draw_table(Canvas& t, sf::FloatRect r) {
  t.draw(draw::rounded_rect(r, 14, pal::kWood, pal::kInk, kOutline));
  t.draw(draw::rounded_rect({r.left + 8, r.top + 8, r.width - 16, r.height - 16}, 10, pal::mix(pal::kWood, sf::Color::White, 0.15f)));
  // A cup and a little vase make it someone's table.
  const sf::Vector2f c{r.left + r.width * 0.3f, r.top + r.height * 0.45f};
  t.draw(draw::ellipse(c, {9, 9}, sf::Color(255, 250, 240), pal::kInk, 1.5f));
  t.draw(draw::ellipse(c, {5, 5}, sf::Color(160, 110, 80)));
  const sf::Vector2f v{r.left + r.width * 0.68f, r.top + r.height * 0.5f};
  t.draw(draw::ellipse(v, {8, 8}, pal::kBlockA, pal::kInk, 1.5f));
  for (int i = 0; i < 5; ++i) {
    const float a = static_cast<float>(i) * 1.2566f;
    t.draw(draw::ellipse(v + sf::Vector2f{std::cos(a) * 7, std::sin(a) * 7 - 10}, {5, 5}, pal::kBall));
  }
}

void draw_plant(Canvas& t, sf::FloatRect r) {
  const sf::Vector2f c{r.left + r.width / 2, r.top + r.height / 2};
  const float s = std::min(r.width, r.height) / 2;
  for (int i = 0; i < 7; ++i) {
    const float a = static_cast<float>(i) * 0.8976f;
    t.draw(draw::ellipse(c + sf::Vector2f{std::cos(a) * s * 0.55f, std::sin(a) * s * 0.55f}, {s * 0.45f, s * 0.45f},
                         pal::kPlant, pal::kInk, 1.5f));
  }
  t.draw(draw::ellipse(c, {s * 0.5f, s * 0.5f}, pal::mix(pal::kPlant, sf::Color::White, 0.15f)));
}

void draw_bed(Canvas& t, sf::FloatRect r) {
  t.draw(draw::rounded_rect(r, 14, pal::kWood, pal::kInk, kOutline));
  t.draw(draw::rounded_rect({r.left + 6, r.top + 6, r.width - 12, r.height - 12}, 10, sf::Color(250, 246, 238)));
  t.draw(draw::rounded_rect({r.left + 6, r.top + r.height * 0.35f, r.width - 12, r.height * 0.65f - 6}, 10, pal::kBlockC,
                            pal::with_alpha(pal::kInk, 140), 1.5f));
  t.draw(draw::rounded_rect({r.left + r.width * 0.25f, r.top + 10, r.width * 0.5f, r.height * 0.18f}, 10, sf::Color::White,
                            pal::with_alpha(pal::kInk, 140), 1.5f));
}

void draw_box(Canvas& t, sf::FloatRect r, bool toys) {
  if (toys) {
    // Toys peeking over the rim of the toy box.
    t.draw(draw::ellipse({r.left + r.width * 0.3f, r.top + 4}, {13, 13}, pal::kBall, pal::kInk, 2));
    t.draw(draw::rounded_rect({r.left + r.width * 0.55f, r.top - 12, 22, 22}, 5, pal::kBlockA, pal::kInk, 2));
  }
  t.draw(draw::rounded_rect(r, 10, pal::kWood, pal::kInk, kOutline));
  t.draw(draw::rounded_rect({r.left + 6, r.top + 6, r.width - 12, std::min(12.f, r.height - 12)}, 6,
                            pal::mix(pal::kWood, sf::Color::White, 0.2f)));
}

}  // namespace

sf::FloatRect room_art_area(const world::RoomDef& room) {
  constexpr float kMargin = 120.f;
  const float w = room.width * kPixelsPerMetre, h = room.height * kPixelsPerMetre;
  return {-kWallPx - kMargin, -kBackWallPx - kMargin, w + 2 * (kWallPx + kMargin), h + kBackWallPx + kWallPx + 2 * kMargin};
}

sf::FloatRect obstacle_art_area(const world::ObstacleDef& o) {
  const sf::FloatRect r = to_px(o.rect);
  const float m = 0.2f * std::max(r.width, r.height) + 30.f; // shadow, toys peeking over the rim
  const float rise = outdoor_thing_rise_px(o);                // a tree's crown, a slide's ladder
  return {r.left - m, r.top - m - rise, r.width + 2 * m, r.height + 2 * m + rise};
}

void draw_room_floor(Canvas& t, const world::RoomDef& room) {
  if (is_outdoors(room)) return draw_outdoor_ground(t, room);
  const float w = room.width * kPixelsPerMetre, h = room.height * kPixelsPerMetre;
  const float wall = kWallPx;
  // Outside the room: a quiet garden green, so the edges of the world are soft.
  t.draw(draw::rounded_rect(room_art_area(room), 0, pal::kOutside));
  // The back wall, seen face on, with a window and a picture.
  const sf::FloatRect back{-wall, -kBackWallPx, w + 2 * wall, kBackWallPx};
  t.draw(draw::rounded_rect(back, 4, pal::kWall, pal::kInk, 2.5f));
  for (float x = back.left + 24; x < back.left + back.width; x += 48)
    t.draw(draw::rounded_rect({x, back.top + 8, 18, back.height - 30}, 9, pal::with_alpha(pal::kWallTop, 120)));
  t.draw(draw::rounded_rect({-wall, -22, w + 2 * wall, 22}, 2, pal::kWoodDark, pal::kInk, 2)); // skirting board
  const sf::Vector2f door = to_px(room.door);
  const sf::FloatRect door_r{door.x - 50, back.top + 14, 100, kBackWallPx - 18};
  t.draw(draw::rounded_rect(door_r, 12, pal::kWood, pal::kInk, 2.5f));
  t.draw(draw::rounded_rect({door_r.left + 12, door_r.top + 12, door_r.width - 24, door_r.height * 0.4f}, 8,
                            pal::mix(pal::kWood, sf::Color::White, 0.18f), pal::with_alpha(pal::kInk, 120), 1.5f));
  t.draw(draw::ellipse({door_r.left + door_r.width - 18, door_r.top + door_r.height * 0.58f}, {5, 5}, pal::kBlockB, pal::kInk, 1.5f));
  const float win_x = w * 0.24f;
  const sf::FloatRect win{win_x - 70, back.top + 16, 140, 70};
  t.draw(draw::rounded_rect(win, 10, sf::Color(200, 228, 240), pal::kInk, 3));
  draw::radial_glow(t, {win.left + 40, win.top + 20}, 50, sf::Color(255, 255, 255, 140), sf::Color(255, 255, 255, 0));
  draw::line(t, {win.left + win.width / 2, win.top}, {win.left + win.width / 2, win.top + win.height}, 3, pal::kInk);
  draw::line(t, {win.left, win.top + win.height / 2}, {win.left + win.width, win.top + win.height / 2}, 3, pal::kInk);
  const sf::FloatRect pic{w * 0.78f - 40, back.top + 22, 80, 58};
  t.draw(draw::rounded_rect(pic, 6, pal::kWoodDark, pal::kInk, 2.5f));
  t.draw(draw::rounded_rect({pic.left + 8, pic.top + 8, pic.width - 16, pic.height - 16}, 4, sf::Color(250, 236, 206)));
  t.draw(draw::ellipse({pic.left + pic.width / 2 + 10, pic.top + 24}, {9, 9}, pal::kBlockB));
  t.draw(draw::ellipse({pic.left + pic.width / 2 - 10, pic.top + pic.height - 14}, {22, 8}, pal::kPlant));

  // The floor, in planks with joints staggered row by row.
  t.draw(draw::rounded_rect({0, 0, w, h}, 0, pal::kFloor));
  const float plank = 0.5f * kPixelsPerMetre;
  sf::VertexArray lines(sf::Lines);
  int row = 0;
  for (float y = plank; y < h; y += plank) {
    lines.append({{0, y}, pal::kFloorPlank});
    lines.append({{w, y}, pal::kFloorPlank});
  }
  for (float y = 0; y < h; y += plank, ++row) {
    for (float x = (row % 2 ? 1.1f : 0.45f) * kPixelsPerMetre; x < w; x += 1.6f * kPixelsPerMetre) {
      lines.append({{x, y}, pal::kFloorPlank});
      lines.append({{x, std::min(h, y + plank)}, pal::kFloorPlank});
    }
  }
  t.draw(lines);
  // The back wall casts a soft band of shade onto the floor.
  sf::VertexArray shade(sf::TriangleStrip, 4);
  shade[0] = sf::Vertex({0, 0}, sf::Color(70, 45, 35, 50));
  shade[1] = sf::Vertex({w, 0}, sf::Color(70, 45, 35, 50));
  shade[2] = sf::Vertex({0, 40}, sf::Color(70, 45, 35, 0));
  shade[3] = sf::Vertex({w, 40}, sf::Color(70, 45, 35, 0));
  t.draw(shade);
  for (const auto& region : room.regions)
    if (has(region.kind, "rug")) draw_rug(t, to_px(region.rect));
  // Side and front walls, seen from above.
  draw_wall(t, {-wall, -4, wall, h + wall + 4});
  draw_wall(t, {w, -4, wall, h + wall + 4});
  draw_wall(t, {-wall, h, w + 2 * wall, wall});
}

void draw_obstacle(Canvas& t, const world::ObstacleDef& o) {
  const sf::FloatRect r = to_px(o.rect);
  const std::string& k = o.kind;
  if (has(k, "wall")) return draw_wall(t, r);
  if (is_outdoor_thing(k)) return draw_outdoor_thing(t, o); // each casts its own shadow
  draw::soft_shadow(t, {r.left + r.width / 2 + 6, r.top + r.height / 2 + 10}, {r.width * 0.62f, r.height * 0.62f},
                    pal::with_alpha(pal::kShadow, 40));
  if (has(k, "shelf") || has(k, "book")) return draw_shelf(t, r);
  if (has(k, "sofa") || has(k, "couch") || has(k, "chair") || has(k, "armchair")) return draw_sofa(t, r);
  if (has(k, "table") || has(k, "desk")) return draw_table(t, r);
  if (has(k, "plant")) return draw_plant(t, r);
  if (has(k, "bed") || has(k, "crib") || has(k, "cot")) return draw_bed(t, r);
  draw_box(t, r, has(k, "toy"));
}

void draw_toy(Canvas& t, const std::string& kind, sf::Vector2f c, float r, float angle, int variant) {
  draw::soft_shadow(t, c + sf::Vector2f{3, r * 0.55f}, {r * 1.1f, r * 0.5f}, pal::kShadow);
  if (draw_prop(t, kind, c, r, angle)) return; // everyday things as themselves (props_art)
  const float deg = angle * 57.29578f;
  if (has(kind, "block") || has(kind, "box")) {
    const sf::Color colours[] = {pal::kBlockA, pal::kBlockB, pal::kBlockC};
    const sf::Color fill = colours[static_cast<std::size_t>(variant < 0 ? -variant : variant) % 3];
    sf::ConvexShape s = draw::rounded_rect({-r, -r, 2 * r, 2 * r}, r * 0.3f, fill, pal::kInk, 2);
    s.setPosition(c);
    s.setRotation(deg);
    t.draw(s);
    sf::ConvexShape inner = draw::rounded_rect({-r * 0.5f, -r * 0.5f, r, r}, r * 0.2f, pal::mix(fill, sf::Color::White, 0.35f));
    inner.setPosition(c);
    inner.setRotation(deg);
    t.draw(inner);
    return;
  }
  if (has(kind, "drum")) {
    t.draw(draw::ellipse(c, {r, r}, pal::kBall, pal::kInk, 2));
    for (int i = 0; i < 8; ++i) {
      const float a = angle + static_cast<float>(i) * 0.785f;
      draw::line(t, c + sf::Vector2f{std::cos(a), std::sin(a)} * (r * 0.78f), c + sf::Vector2f{std::cos(a + 0.39f), std::sin(a + 0.39f)} * (r * 0.98f),
                 2, pal::kBallStripe);
    }
    t.draw(draw::ellipse(c, {r * 0.72f, r * 0.72f}, sf::Color(252, 242, 222), pal::kInk, 1.5f));
    draw::line(t, c + sf::Vector2f{-r * 0.5f, -r * 0.2f}, c + sf::Vector2f{r * 0.4f, r * 0.35f}, 3, pal::kWoodDark);
    return;
  }
  if (has(kind, "rabbit") || has(kind, "bunny")) {
    // Long upright ears with pink insides (what says "rabbit" rather than "bear"),
    // a round face, a small pink nose and whiskers.
    // Read from the palette while drawing, so high-contrast and colour-blind schemes apply.
    const sf::Color fur = pal::mix(pal::kBallStripe, pal::kInkSoft, 0.12f), inner = pal::with_alpha(pal::kCheek, 255);
    for (float side : {-1.f, 1.f}) {
      sf::ConvexShape ear = draw::ellipse({0, 0}, {r * 0.24f, r * 0.72f}, fur, pal::kInk, 2);
      ear.setPosition(c + sf::Vector2f{side * r * 0.36f, -r * 1.25f});
      ear.setRotation(side * 12.f);
      t.draw(ear);
      sf::ConvexShape in = draw::ellipse({0, 0}, {r * 0.11f, r * 0.5f}, inner);
      in.setPosition(c + sf::Vector2f{side * r * 0.36f, -r * 1.2f});
      in.setRotation(side * 12.f);
      t.draw(in);
    }
    t.draw(draw::ellipse(c, {r, r * 0.9f}, fur, pal::kInk, 2));
    for (float side : {-1.f, 1.f}) {
      t.draw(draw::ellipse(c + sf::Vector2f{side * r * 0.34f, -r * 0.12f}, {r * 0.1f, r * 0.13f}, pal::kInk));
      draw::line(t, c + sf::Vector2f{side * r * 0.2f, r * 0.3f}, c + sf::Vector2f{side * r * 0.75f, r * 0.22f}, 1.2f, pal::kInkSoft);
    }
    t.draw(draw::ellipse(c + sf::Vector2f{0, r * 0.2f}, {r * 0.13f, r * 0.09f}, inner, pal::kInk, 1));
    return;
  }
  if (has(kind, "bear") || has(kind, "teddy")) {
    for (float side : {-1.f, 1.f})
      t.draw(draw::ellipse(c + sf::Vector2f{side * r * 0.62f, -r * 0.62f}, {r * 0.32f, r * 0.32f}, pal::kBear, pal::kInk, 2));
    t.draw(draw::ellipse(c, {r, r * 0.95f}, pal::kBear, pal::kInk, 2));
    t.draw(draw::ellipse(c + sf::Vector2f{0, r * 0.25f}, {r * 0.4f, r * 0.3f}, pal::kBearMuzzle));
    t.draw(draw::ellipse(c + sf::Vector2f{0, r * 0.14f}, {r * 0.12f, r * 0.09f}, pal::kInk));
    for (float side : {-1.f, 1.f})
      t.draw(draw::ellipse(c + sf::Vector2f{side * r * 0.33f, -r * 0.15f}, {r * 0.1f, r * 0.12f}, pal::kInk));
    return;
  }
  // A ball: the stripe turns with the body so rolling shows.
  t.draw(draw::ellipse(c, {r, r}, pal::kBall, pal::kInk, 2));
  const sf::Vector2f d{std::cos(angle), std::sin(angle)};
  const sf::Vector2f n{-d.y, d.x};
  draw::curve(t, c - d * (r * 0.92f), c + n * (r * 0.35f), c + d * (r * 0.92f), r * 0.28f, pal::kBallStripe);
  t.draw(draw::ellipse(c + sf::Vector2f{-r * 0.35f, -r * 0.4f}, {r * 0.22f, r * 0.15f}, sf::Color(255, 255, 255, 120)));
}

}  // namespace sb::app
