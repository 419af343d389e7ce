#include "app/art/props_art.hpp"

#include <cmath>

#include "app/art/draw_kit.hpp"
#include "app/art/palette.hpp"

namespace sb::app {
namespace pal = palette;
namespace {

// A rectangle of half-size (w, h) turned by `deg` about `c`.
void box(Canvas& t, sf::Vector2f c, float w, float h, float deg, sf::Color fill, float round = 0.15f, float outline = 2) {
  sf::ConvexShape s = draw::rounded_rect({-w, -h, 2 * w, 2 * h}, std::min(w, h) * round * 2, fill, pal::kInk, outline);
  s.setPosition(c);
  s.setRotation(deg);
  t.draw(s);
}
sf::Vector2f turn(sf::Vector2f v, float a) { return {v.x * std::cos(a) - v.y * std::sin(a), v.x * std::sin(a) + v.y * std::cos(a)}; }

void book(Canvas& t, sf::Vector2f c, float r, float a, float deg) {
  box(t, c, r * 1.1f, r * 0.8f, deg, sf::Color(150, 70, 72));
  box(t, c + turn({r * 0.08f, 0}, a), r * 0.95f, r * 0.66f, deg, sf::Color(252, 246, 232), 0.05f, 1);
  draw::line(t, c + turn({0, -r * 0.66f}, a), c + turn({0, r * 0.66f}, a), 2, pal::kInk); // the spine between the pages
  for (float y : {-0.35f, 0.f, 0.35f})
    for (float side : {-1.f, 1.f})
      draw::line(t, c + turn({side * r * 0.2f, y * r}, a), c + turn({side * r * 0.75f, y * r}, a), 1, pal::kInkSoft);
}
void phone(Canvas& t, sf::Vector2f c, float r, float deg, float a) {
  box(t, c, r * 0.6f, r * 1.05f, deg, sf::Color(60, 62, 70), 0.25f);
  box(t, c, r * 0.46f, r * 0.85f, deg, sf::Color(120, 170, 210), 0.1f, 0);
  t.draw(draw::ellipse(c + turn({0, r * 0.95f}, a), {r * 0.08f, r * 0.08f}, sf::Color(200, 200, 210)));
}
void mug(Canvas& t, sf::Vector2f c, float r) {
  t.draw(draw::ellipse(c + sf::Vector2f{r * 0.95f, 0}, {r * 0.35f, r * 0.3f}, sf::Color::Transparent, pal::kInk, 3));
  t.draw(draw::ellipse(c, {r, r}, sf::Color(236, 232, 222), pal::kInk, 2));
  t.draw(draw::ellipse(c, {r * 0.74f, r * 0.74f}, sf::Color(120, 78, 52))); // tea
  t.draw(draw::ellipse(c + sf::Vector2f{-r * 0.25f, -r * 0.25f}, {r * 0.18f, r * 0.1f}, sf::Color(255, 255, 255, 90)));
}
void plant(Canvas& t, sf::Vector2f c, float r) {
  for (int i = 0; i < 7; ++i) {
    const float a = static_cast<float>(i) * 0.9f;
    const sf::Vector2f d{std::cos(a), std::sin(a)};
    t.draw(draw::ellipse(c + d * (r * 0.7f), {r * 0.42f, r * 0.42f}, i % 2 ? pal::kPlant : pal::mix(pal::kPlant, sf::Color(40, 90, 50), 0.3f),
                         pal::kInk, 1.5f));
  }
  t.draw(draw::ellipse(c, {r * 0.45f, r * 0.45f}, sf::Color(176, 104, 72), pal::kInk, 2)); // the pot's rim between the leaves
  t.draw(draw::ellipse(c, {r * 0.3f, r * 0.3f}, sf::Color(110, 80, 60)));
}
void tissues(Canvas& t, sf::Vector2f c, float r, float deg) {
  box(t, c, r * 1.1f, r * 0.7f, deg, sf::Color(170, 200, 226));
  box(t, c, r * 0.55f, r * 0.16f, deg, sf::Color(120, 150, 176), 0.5f, 0);
  t.draw(draw::ellipse(c + sf::Vector2f{0, -r * 0.15f}, {r * 0.42f, r * 0.3f}, sf::Color::White, pal::kInk, 1.5f)); // one pulled up
}
void keys(Canvas& t, sf::Vector2f c, float r, float a) {
  t.draw(draw::ellipse(c, {r * 0.45f, r * 0.45f}, sf::Color::Transparent, pal::kInk, 2.5f)); // the ring
  for (float k : {-0.6f, 0.5f}) {
    const sf::Vector2f d = turn({std::cos(k), std::sin(k)}, a);
    const sf::Vector2f head = c + d * (r * 0.75f);
    t.draw(draw::ellipse(head, {r * 0.3f, r * 0.3f}, sf::Color(214, 178, 90), pal::kInk, 1.5f));
    draw::line(t, head + d * (r * 0.25f), head + d * (r * 1.0f), r * 0.18f, sf::Color(196, 160, 80));
  }
}
void coat(Canvas& t, sf::Vector2f c, float r, float deg) {
  box(t, c, r * 0.75f, r * 1.0f, deg, sf::Color(96, 110, 84), 0.3f);
  for (float side : {-1.f, 1.f}) {
    sf::ConvexShape sleeve = draw::rounded_rect({-r * 0.22f, -r * 0.9f, r * 0.44f, r * 1.5f}, r * 0.2f, sf::Color(86, 100, 76), pal::kInk, 1.5f);
    sleeve.setPosition(c + sf::Vector2f{side * r * 0.95f, 0});
    sleeve.setRotation(deg + side * 12);
    t.draw(sleeve);
  }
  draw::line(t, c + sf::Vector2f{0, -r * 0.9f}, c + sf::Vector2f{0, r * 0.9f}, 1.5f, pal::kInk);
  for (float y : {-0.4f, 0.1f, 0.6f}) t.draw(draw::ellipse(c + sf::Vector2f{r * 0.15f, y * r}, {r * 0.07f, r * 0.07f}, pal::kInk));
}
void photo(Canvas& t, sf::Vector2f c, float r, float deg) {
  box(t, c, r * 1.0f, r * 0.8f, deg, sf::Color(140, 104, 70), 0.1f);
  box(t, c, r * 0.78f, r * 0.58f, deg, sf::Color(196, 220, 236), 0.05f, 0);
  for (float x : {-0.3f, 0.3f}) {
    t.draw(draw::ellipse(c + sf::Vector2f{x * r, -r * 0.12f}, {r * 0.13f, r * 0.13f}, pal::kCaregiverSkin)); // two faces in the picture
    t.draw(draw::ellipse(c + sf::Vector2f{x * r, r * 0.25f}, {r * 0.2f, r * 0.18f}, x < 0 ? pal::kCaregiverShirt : pal::kChildShirt));
  }
}
void cushion(Canvas& t, sf::Vector2f c, float r, float deg) {
  box(t, c, r, r, deg, pal::kCushion, 0.45f);
  t.draw(draw::ellipse(c, {r * 0.12f, r * 0.12f}, pal::mix(pal::kCushion, pal::kInk, 0.3f)));
}
void car(Canvas& t, sf::Vector2f c, float r, float deg, float a) {
  box(t, c, r * 1.1f, r * 0.6f, deg, pal::kWood, 0.3f);
  box(t, c + turn({-r * 0.1f, 0}, a), r * 0.5f, r * 0.45f, deg, pal::kWoodDark, 0.3f, 1);
  for (float x : {-0.7f, 0.7f})
    for (float y : {-0.62f, 0.62f}) t.draw(draw::ellipse(c + turn({x * r, y * r}, a), {r * 0.22f, r * 0.16f}, pal::kInk));
}
void doll(Canvas& t, sf::Vector2f c, float r) {
  t.draw(draw::ellipse(c + sf::Vector2f{0, r * 0.35f}, {r * 0.6f, r * 0.7f}, sf::Color(226, 120, 150), pal::kInk, 2));
  t.draw(draw::ellipse(c + sf::Vector2f{0, -r * 0.45f}, {r * 0.45f, r * 0.45f}, pal::kChildSkin, pal::kInk, 2));
  t.draw(draw::ellipse(c + sf::Vector2f{0, -r * 0.75f}, {r * 0.45f, r * 0.2f}, sf::Color(200, 150, 60)));
}

}  // namespace

bool draw_prop(Canvas& t, const std::string& kind, sf::Vector2f c, float r, float angle) {
  const float deg = angle * 57.29578f;
  if (kind == "book") return book(t, c, r, angle, deg), true;
  if (kind == "phone") return phone(t, c, r, deg, angle), true;
  if (kind == "mug") return mug(t, c, r), true;
  if (kind == "plant") return plant(t, c, r), true;
  if (kind == "tissues") return tissues(t, c, r, deg), true;
  if (kind == "keys") return keys(t, c, r, angle), true;
  if (kind == "coat") return coat(t, c, r, deg), true;
  if (kind == "photo") return photo(t, c, r, deg), true;
  if (kind == "cushion") return cushion(t, c, r, deg), true;
  if (kind == "car") return car(t, c, r, deg, angle), true;
  if (kind == "doll") return doll(t, c, r), true;
  return false;
}

}  // namespace sb::app
