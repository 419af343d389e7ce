#include "app/render/box2d_debug_draw.hpp"

#include <cmath>
#include <vector>

namespace sb::app {
namespace {
sf::Color colour(const b2Color& c, float alpha) {
  auto u = [](float v) { return static_cast<sf::Uint8>(std::lround(std::fmin(1.f, std::fmax(0.f, v)) * 255.f)); };
  return {u(c.r), u(c.g), u(c.b), u(alpha)};
}
constexpr int kCircleSegments = 20;
}  // namespace

Box2dDebugDraw::Box2dDebugDraw(float pixels_per_metre) : ppm_(pixels_per_metre) {
  SetFlags(e_shapeBit | e_jointBit | e_centerOfMassBit);
}

void Box2dDebugDraw::outline(const sf::Vector2f* p, int count, sf::Color c) {
  for (int i = 0; i < count; ++i) {
    lines_.append({p[i], c});
    lines_.append({p[(i + 1) % count], c});
  }
}

void Box2dDebugDraw::DrawPolygon(const b2Vec2* v, int32 count, const b2Color& color) {
  std::vector<sf::Vector2f> p;
  for (int i = 0; i < count; ++i) p.push_back(px(v[i]));
  outline(p.data(), count, colour(color, 1.f));
  ++shapes_;
}

void Box2dDebugDraw::DrawSolidPolygon(const b2Vec2* v, int32 count, const b2Color& color) {
  std::vector<sf::Vector2f> p;
  for (int i = 0; i < count; ++i) p.push_back(px(v[i]));
  const sf::Color fill = colour(color, 0.25f);
  for (int i = 1; i + 1 < count; ++i) {
    fills_.append({p[0], fill});
    fills_.append({p[static_cast<std::size_t>(i)], fill});
    fills_.append({p[static_cast<std::size_t>(i + 1)], fill});
  }
  outline(p.data(), count, colour(color, 1.f));
  ++shapes_;
}

void Box2dDebugDraw::DrawCircle(const b2Vec2& center, float radius, const b2Color& color) {
  sf::Vector2f p[kCircleSegments];
  for (int i = 0; i < kCircleSegments; ++i) {
    const float a = 6.2831853f * static_cast<float>(i) / kCircleSegments;
    p[i] = px(center + b2Vec2(std::cos(a) * radius, std::sin(a) * radius));
  }
  outline(p, kCircleSegments, colour(color, 1.f));
  ++shapes_;
}

void Box2dDebugDraw::DrawSolidCircle(const b2Vec2& center, float radius, const b2Vec2& axis, const b2Color& color) {
  sf::Vector2f p[kCircleSegments];
  for (int i = 0; i < kCircleSegments; ++i) {
    const float a = 6.2831853f * static_cast<float>(i) / kCircleSegments;
    p[i] = px(center + b2Vec2(std::cos(a) * radius, std::sin(a) * radius));
  }
  const sf::Color fill = colour(color, 0.25f);
  for (int i = 0; i < kCircleSegments; ++i) {
    fills_.append({px(center), fill});
    fills_.append({p[i], fill});
    fills_.append({p[(i + 1) % kCircleSegments], fill});
  }
  outline(p, kCircleSegments, colour(color, 1.f));
  lines_.append({px(center), colour(color, 1.f)});
  lines_.append({px(center + radius * axis), colour(color, 1.f)});
  ++shapes_;
}

void Box2dDebugDraw::DrawSegment(const b2Vec2& a, const b2Vec2& b, const b2Color& color) {
  lines_.append({px(a), colour(color, 1.f)});
  lines_.append({px(b), colour(color, 1.f)});
}

void Box2dDebugDraw::DrawTransform(const b2Transform& xf) {
  constexpr float kAxis = 0.3f;
  lines_.append({px(xf.p), sf::Color::Red});
  lines_.append({px(xf.p + kAxis * xf.q.GetXAxis()), sf::Color::Red});
  lines_.append({px(xf.p), sf::Color::Green});
  lines_.append({px(xf.p + kAxis * xf.q.GetYAxis()), sf::Color::Green});
}

void Box2dDebugDraw::DrawPoint(const b2Vec2& p, float size, const b2Color& color) {
  const sf::Vector2f c = px(p);
  const float h = size / 2;
  const sf::Color col = colour(color, 1.f);
  fills_.append({{c.x - h, c.y - h}, col});
  fills_.append({{c.x + h, c.y - h}, col});
  fills_.append({{c.x + h, c.y + h}, col});
  fills_.append({{c.x - h, c.y - h}, col});
  fills_.append({{c.x + h, c.y + h}, col});
  fills_.append({{c.x - h, c.y + h}, col});
}

void Box2dDebugDraw::flush(sf::RenderTarget& target) {
  target.draw(fills_);
  target.draw(lines_);
  fills_.clear();
  lines_.clear();
  shapes_ = 0;
}

}  // namespace sb::app
