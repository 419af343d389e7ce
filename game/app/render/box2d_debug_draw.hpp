#pragma once
// Box2D's debug drawing (F3) through b2Draw: the world calls back with shapes
// in metres, drawn here as translucent outlines over the storybook art.
#include <box2d/box2d.h>
#include <SFML/Graphics.hpp>

namespace sb::app {

class Box2dDebugDraw : public b2Draw {
 public:
  explicit Box2dDebugDraw(float pixels_per_metre);

  void DrawPolygon(const b2Vec2* vertices, int32 count, const b2Color& color) override;
  void DrawSolidPolygon(const b2Vec2* vertices, int32 count, const b2Color& color) override;
  void DrawCircle(const b2Vec2& center, float radius, const b2Color& color) override;
  void DrawSolidCircle(const b2Vec2& center, float radius, const b2Vec2& axis, const b2Color& color) override;
  void DrawSegment(const b2Vec2& p1, const b2Vec2& p2, const b2Color& color) override;
  void DrawTransform(const b2Transform& xf) override;
  void DrawPoint(const b2Vec2& p, float size, const b2Color& color) override;

  // Draws what was collected since the last flush, then forgets it.
  void flush(sf::RenderTarget& target);
  std::size_t shape_count() const { return shapes_; }

 private:
  sf::Vector2f px(const b2Vec2& v) const { return {v.x * ppm_, v.y * ppm_}; }
  void outline(const sf::Vector2f* points, int count, sf::Color c);
  float ppm_;
  sf::VertexArray fills_{sf::Triangles};
  sf::VertexArray lines_{sf::Lines};
  std::size_t shapes_ = 0;
};

}  // namespace sb::app
