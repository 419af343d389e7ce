#include "app/art/draw_kit.hpp"

#include <algorithm>
#include <cmath>

#include "app/render/comfort.hpp"
#include "app/render/layout_probe.hpp"

namespace sb::app::draw {
namespace {
constexpr float kPi = 3.14159265f;

void dot(Canvas& target, sf::Vector2f p, float r, sf::Color color) {
  sf::CircleShape c(r, 16);
  c.setOrigin(r, r);
  c.setPosition(p);
  c.setFillColor(color);
  target.draw(c);
}
}  // namespace

sf::ConvexShape ellipse(sf::Vector2f center, sf::Vector2f radii, sf::Color fill, sf::Color outline,
                        float thickness, int points) {
  sf::ConvexShape s(static_cast<std::size_t>(points));
  for (int i = 0; i < points; ++i) {
    const float a = 2.f * kPi * static_cast<float>(i) / static_cast<float>(points);
    s.setPoint(static_cast<std::size_t>(i), {std::cos(a) * radii.x, std::sin(a) * radii.y});
  }
  s.setPosition(center);
  s.setFillColor(fill);
  s.setOutlineColor(outline);
  s.setOutlineThickness(thickness);
  return s;
}

sf::ConvexShape rounded_rect(sf::FloatRect rect, float radius, sf::Color fill, sf::Color outline, float thickness) {
  radius = std::clamp(radius, 0.f, std::min(rect.width, rect.height) / 2.f);
  constexpr int kArc = 8;
  sf::ConvexShape s(4 * kArc);
  const sf::Vector2f corners[4] = {{rect.width - radius, radius},
                                   {rect.width - radius, rect.height - radius},
                                   {radius, rect.height - radius},
                                   {radius, radius}};
  std::size_t k = 0;
  for (int c = 0; c < 4; ++c) {
    for (int i = 0; i < kArc; ++i) {
      const float a = (-90.f + 90.f * static_cast<float>(c) + 90.f * static_cast<float>(i) / (kArc - 1)) * kPi / 180.f;
      s.setPoint(k++, {corners[c].x + std::cos(a) * radius, corners[c].y + std::sin(a) * radius});
    }
  }
  s.setPosition(rect.left, rect.top);
  s.setFillColor(fill);
  s.setOutlineColor(outline);
  s.setOutlineThickness(thickness);
  return s;
}

void heart(Canvas& t, sf::Vector2f c, float s, sf::Color col) {
  t.draw(ellipse(c + sf::Vector2f{-0.5f * s, -0.3f * s}, {0.6f * s, 0.6f * s}, col));
  t.draw(ellipse(c + sf::Vector2f{0.5f * s, -0.3f * s}, {0.6f * s, 0.6f * s}, col));
  sf::ConvexShape tip(3);
  tip.setPoint(0, c + sf::Vector2f{-1.07f * s, -0.1f * s});
  tip.setPoint(1, c + sf::Vector2f{1.07f * s, -0.1f * s});
  tip.setPoint(2, c + sf::Vector2f{0, 1.1f * s});
  tip.setFillColor(col);
  t.draw(tip);
}

void more_mark(Canvas& t, sf::Vector2f c, float half, bool up, sf::Color color, sf::Color outline, float thickness) {
  const float h = 0.8f * half; // a little flatter than wide
  sf::ConvexShape tri(3);
  tri.setPoint(0, {c.x - half, up ? c.y + h : c.y - h});
  tri.setPoint(1, {c.x + half, up ? c.y + h : c.y - h});
  tri.setPoint(2, {c.x, up ? c.y - h : c.y + h});
  tri.setFillColor(color);
  tri.setOutlineColor(outline);
  tri.setOutlineThickness(thickness);
  t.draw(tri);
}

void soft_shadow(Canvas& target, sf::Vector2f center, sf::Vector2f radii, sf::Color color,
                 const sf::RenderStates& states) {
  constexpr int kPoints = 28;
  sf::VertexArray fan(sf::TriangleFan, kPoints + 2);
  fan[0] = sf::Vertex(center, color);
  sf::Color rim = color;
  rim.a = 0;
  // A solid core out to 55% keeps the shadow readable; the rest fades.
  for (int i = 0; i <= kPoints; ++i) {
    const float a = 2.f * kPi * static_cast<float>(i) / kPoints;
    fan[static_cast<std::size_t>(i + 1)] = sf::Vertex({center.x + std::cos(a) * radii.x, center.y + std::sin(a) * radii.y}, rim);
  }
  target.draw(fan, states);
  sf::ConvexShape core = ellipse(center, {radii.x * 0.55f, radii.y * 0.55f}, sf::Color(color.r, color.g, color.b, color.a / 2));
  target.draw(core, states);
}

void radial_glow(Canvas& target, sf::Vector2f center, float radius, sf::Color inner, sf::Color outer,
                 const sf::RenderStates& states) {
  constexpr int kPoints = 48;
  sf::VertexArray fan(sf::TriangleFan, kPoints + 2);
  fan[0] = sf::Vertex(center, inner);
  for (int i = 0; i <= kPoints; ++i) {
    const float a = 2.f * kPi * static_cast<float>(i) / kPoints;
    fan[static_cast<std::size_t>(i + 1)] = sf::Vertex({center.x + std::cos(a) * radius, center.y + std::sin(a) * radius}, outer);
  }
  target.draw(fan, states);
}

void panel(Canvas& target, sf::FloatRect rect, float radius, sf::Color fill, sf::Color outline,
           float thickness, float shadow_offset) {
  if (shadow_offset > 0) {
    sf::FloatRect s = rect;
    s.left += shadow_offset * 0.4f;
    s.top += shadow_offset;
    target.draw(rounded_rect(s, radius, sf::Color(70, 45, 35, 45)));
  }
  target.draw(rounded_rect(rect, radius, fill, outline, thickness));
  PanelRecorder::note(target.target(), rect); // the layout test: texts on it must stay inside
}

void curve(Canvas& target, sf::Vector2f a, sf::Vector2f c, sf::Vector2f b, float width, sf::Color color) {
  constexpr int kSegments = 12;
  sf::VertexArray strip(sf::TriangleStrip, (kSegments + 1) * 2);
  auto at = [&](float t) {
    const float u = 1.f - t;
    return sf::Vector2f{u * u * a.x + 2 * u * t * c.x + t * t * b.x, u * u * a.y + 2 * u * t * c.y + t * t * b.y};
  };
  for (int i = 0; i <= kSegments; ++i) {
    const float t = static_cast<float>(i) / kSegments;
    const sf::Vector2f p = at(t);
    const sf::Vector2f q = at(std::min(1.f, t + 0.01f)) - at(std::max(0.f, t - 0.01f));
    const float len = std::max(1e-4f, std::hypot(q.x, q.y));
    const sf::Vector2f n{-q.y / len * width / 2, q.x / len * width / 2};
    strip[static_cast<std::size_t>(2 * i)] = sf::Vertex(p + n, color);
    strip[static_cast<std::size_t>(2 * i + 1)] = sf::Vertex(p - n, color);
  }
  target.draw(strip);
  dot(target, a, width / 2, color);
  dot(target, b, width / 2, color);
}

void line(Canvas& target, sf::Vector2f a, sf::Vector2f b, float width, sf::Color color) {
  curve(target, a, (a + b) / 2.f, b, width, color);
}

sf::Text text(const sf::Font& font, const std::string& utf8, float size, float ui_scale, sf::Color color) {
  const float scale = std::max(0.25f, ui_scale);
  size = scaled_text_size(size); // the player's text size applies to every label
  sf::Text t(sf::String::fromUtf8(utf8.begin(), utf8.end()), font,
             static_cast<unsigned>(std::lround(std::max(4.f, size * scale))));
  t.setScale(1.f / scale, 1.f / scale);
  t.setFillColor(color);
  return t;
}

void centre_origin(sf::Text& t) {
  const sf::FloatRect b = t.getLocalBounds();
  t.setOrigin(b.left + b.width / 2.f, b.top + b.height / 2.f);
}

}  // namespace sb::app::draw
