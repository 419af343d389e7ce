#include "app/screens/debrief/adult_plane.hpp"

#include <algorithm>

#include "app/art/draw_kit.hpp"
#include "app/art/palette.hpp"
#include "app/ui/ui_kit.hpp"
#include "text/strings.hpp"

namespace sb::app::debrief {
namespace pal = palette;
namespace {

constexpr float kMargin = 44; // room for the axis names

struct Region {
  mind::Prototype p;
  double anxiety, avoidance; // a typical place: an illustration, not a published mean
  sf::Color tint;
};
// Quadrant tints: secure green, preoccupied warm, dismissing cool, fearful violet.
const Region kRegions[4] = {
    {mind::Prototype::Secure, 2.3, 2.3, sf::Color(150, 200, 140)},
    {mind::Prototype::Preoccupied, 5.7, 2.3, sf::Color(240, 180, 110)},
    {mind::Prototype::Dismissing, 2.3, 5.7, sf::Color(130, 165, 215)},
    {mind::Prototype::Fearful, 5.7, 5.7, sf::Color(195, 150, 205)},
};

sf::FloatRect inner(sf::FloatRect a) { return {a.left + kMargin, a.top + 8, a.width - kMargin - 8, a.height - kMargin - 8}; }

}  // namespace

sf::Vector2f plane_position(sf::FloatRect area, double anxiety, double avoidance) {
  const sf::FloatRect r = inner(area);
  const float x = r.left + r.width * static_cast<float>((std::clamp(anxiety, 1.0, 7.0) - 1) / 6);
  const float y = r.top + r.height * static_cast<float>(1 - (std::clamp(avoidance, 1.0, 7.0) - 1) / 6);
  return {x, y};
}

void draw_adult_plane(Canvas& t, const sf::Font& regular, const sf::Font& bold, sf::FloatRect area, float s,
                      const mind::AdultCoding& coding, int chosen) {
  const sf::FloatRect r = inner(area);
  const sf::Vector2f mid = plane_position(area, mind::kAdultScaleMid, mind::kAdultScaleMid);
  // The four regions, each with its name in its outer corner and its typical place.
  for (const Region& g : kRegions) {
    const bool right = g.anxiety > mind::kAdultScaleMid, top = g.avoidance > mind::kAdultScaleMid;
    const sf::FloatRect q{right ? mid.x : r.left, top ? r.top : mid.y, right ? r.left + r.width - mid.x : mid.x - r.left,
                          top ? mid.y - r.top : r.top + r.height - mid.y};
    const bool landed = g.p == coding.prototype;
    t.draw(draw::rounded_rect(q, 4, pal::with_alpha(g.tint, landed ? 150 : 80)));
    const std::string name = tr(std::string("debrief.prototype.") + mind::to_string(g.p) + ".name");
    play_ui::label_fit(t, landed ? bold : regular, name, 16, s, {q.left + 10, top ? q.top + 6 : q.top + q.height - 28}, q.width - 20,
                       pal::kInk);
    const sf::Vector2f typical = plane_position(area, g.anxiety, g.avoidance);
    t.draw(draw::ellipse(typical, {34, 26}, sf::Color::Transparent, pal::with_alpha(pal::kInk, 90), 1.5f));
  }
  // Axes through the middle, and their names along the edges.
  draw::line(t, {mid.x, r.top}, {mid.x, r.top + r.height}, 1.5f, pal::with_alpha(pal::kInk, 120));
  draw::line(t, {r.left, mid.y}, {r.left + r.width, mid.y}, 1.5f, pal::with_alpha(pal::kInk, 120));
  t.draw(draw::rounded_rect(r, 4, sf::Color::Transparent, pal::kInk, 1.5f));
  play_ui::label_fit(t, regular, tr("debrief.plane.anxiety"), 15, s, {r.left, r.top + r.height + 8}, r.width, pal::kInkSoft);
  sf::Text up = draw::text(regular, tr("debrief.plane.avoidance"), 15, s, pal::kInkSoft);
  play_ui::fit_width(up, r.height);
  up.setRotation(-90);
  up.setPosition(area.left + 6, r.top + r.height);
  t.draw(up);
  // The way the point travelled, then the point.
  const std::vector<mind::PlanePoint> path = mind::adult_path(coding);
  for (std::size_t i = 1; i < path.size(); ++i) {
    const sf::Vector2f a = plane_position(area, path[i - 1].anxiety, path[i - 1].avoidance);
    const sf::Vector2f b = plane_position(area, path[i].anxiety, path[i].avoidance);
    const bool on = static_cast<int>(i) - 1 == chosen;
    draw::line(t, a, b, on ? 4.f : 2.5f, pal::with_alpha(pal::kInk, on ? 230 : 140));
    t.draw(draw::ellipse(b, {on ? 6.f : 3.5f, on ? 6.f : 3.5f}, on ? pal::kBall : pal::kInk));
  }
  const sf::Vector2f dot = plane_position(area, coding.anxiety, coding.avoidance);
  t.draw(draw::ellipse(dot, {11, 11}, pal::kBall, pal::kInk, 2.5f));
}

}  // namespace sb::app::debrief
