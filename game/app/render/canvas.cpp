#include "app/render/canvas.hpp"

#include <algorithm>
#include <cmath>
#include <vector>

namespace sb::app {
namespace {
bool plain(const sf::RenderStates& s) {
  return s.texture == nullptr && s.shader == nullptr && s.blendMode == sf::BlendAlpha;
}
sf::Vector2f normal(sf::Vector2f a, sf::Vector2f b) {
  sf::Vector2f n{a.y - b.y, b.x - a.x};
  const float len = std::hypot(n.x, n.y);
  return len > 0 ? n / len : n;
}
TextRecorder* g_recorder = nullptr;
}  // namespace

TextRecorder::TextRecorder() : previous_(g_recorder) { g_recorder = this; }
TextRecorder::~TextRecorder() { g_recorder = previous_; }

void TextRecorder::note(const sf::RenderTarget& target, const sf::Text& text, const sf::RenderStates& states) {
  if (!g_recorder || text.getString().isEmpty() || text.getFillColor().a == 0) return;
  const sf::FloatRect b = states.transform.transformRect(text.getGlobalBounds());
  const sf::Vector2i a = target.mapCoordsToPixel({b.left, b.top});
  const sf::Vector2i z = target.mapCoordsToPixel({b.left + b.width, b.top + b.height});
  const sf::IntRect v = target.getViewport(target.getView());
  const auto utf8 = text.getString().toUtf8();
  // The em as drawn: the glyphs' size through the text's and the states' scale and the view.
  const float view_scale = static_cast<float>(v.height) / std::max(1.f, target.getView().getSize().y);
  const float em = static_cast<float>(text.getCharacterSize()) * std::abs(text.getScale().y) *
                   std::abs(states.transform.getMatrix()[5]) * view_scale;
  const float made = static_cast<float>(std::max(1u, text.getCharacterSize()));
  g_recorder->texts_.push_back({sf::FloatRect(static_cast<float>(a.x), static_cast<float>(a.y), static_cast<float>(z.x - a.x),
                                              static_cast<float>(z.y - a.y)),
                                sf::FloatRect(v), std::string(utf8.begin(), utf8.end()), em, em / made});
}

void Canvas::triangle(sf::Vector2f a, sf::Vector2f b, sf::Vector2f c, sf::Color col) {
  tris_.append({a, col});
  tris_.append({b, col});
  tris_.append({c, col});
}

void Canvas::draw(const sf::Shape& s) {
  if (s.getTexture()) {
    draw(static_cast<const sf::Drawable&>(s));
    return;
  }
  const std::size_t n = s.getPointCount();
  if (n < 3) return;
  const sf::Transform& xf = s.getTransform();
  std::vector<sf::Vector2f> p(n);
  for (std::size_t i = 0; i < n; ++i) p[i] = xf.transformPoint(s.getPoint(i));
  const sf::Color fill = s.getFillColor();
  if (fill.a > 0)
    for (std::size_t i = 1; i + 1 < n; ++i) triangle(p[0], p[i], p[i + 1], fill);
  const float thick = s.getOutlineThickness();
  const sf::Color line = s.getOutlineColor();
  if (thick == 0 || line.a == 0) return;
  // The outline as SFML makes it: each corner pushed out along its mitred normal.
  sf::Vector2f centre{0, 0};
  for (const auto& q : p) centre += q;
  centre /= static_cast<float>(n);
  const float scale = std::sqrt(std::abs(xf.getMatrix()[0] * xf.getMatrix()[5] - xf.getMatrix()[1] * xf.getMatrix()[4]));
  std::vector<sf::Vector2f> outer(n);
  for (std::size_t i = 0; i < n; ++i) {
    const sf::Vector2f p0 = p[(i + n - 1) % n], p1 = p[i], p2 = p[(i + 1) % n];
    sf::Vector2f n1 = normal(p0, p1), n2 = normal(p1, p2);
    if (n1.x * (centre.x - p1.x) + n1.y * (centre.y - p1.y) > 0) n1 = -n1;
    if (n2.x * (centre.x - p1.x) + n2.y * (centre.y - p1.y) > 0) n2 = -n2;
    const float factor = 1.f + (n1.x * n2.x + n1.y * n2.y);
    const sf::Vector2f mitre = factor > 1e-3f ? (n1 + n2) / factor : n1;
    outer[i] = p1 + mitre * (thick * scale);
  }
  for (std::size_t i = 0; i < n; ++i) {
    const std::size_t j = (i + 1) % n;
    triangle(p[i], outer[i], p[j], line);
    triangle(p[j], outer[i], outer[j], line);
  }
}

void Canvas::draw(const sf::VertexArray& v, const sf::RenderStates& states) {
  if (!plain(states) || v.getPrimitiveType() == sf::Lines || v.getPrimitiveType() == sf::LineStrip ||
      v.getPrimitiveType() == sf::Points) {
    draw(static_cast<const sf::Drawable&>(v), states);
    return;
  }
  const std::size_t n = v.getVertexCount();
  auto at = [&](std::size_t i) {
    sf::Vertex x = v[i];
    x.position = states.transform.transformPoint(x.position);
    return x;
  };
  switch (v.getPrimitiveType()) {
    case sf::Triangles:
      for (std::size_t i = 0; i + 2 < n; i += 3) tris_.append(at(i)), tris_.append(at(i + 1)), tris_.append(at(i + 2));
      break;
    case sf::TriangleStrip:
      for (std::size_t i = 0; i + 2 < n; ++i) tris_.append(at(i)), tris_.append(at(i + 1)), tris_.append(at(i + 2));
      break;
    case sf::TriangleFan:
      for (std::size_t i = 1; i + 1 < n; ++i) tris_.append(at(0)), tris_.append(at(i)), tris_.append(at(i + 1));
      break;
    case sf::Quads:
      for (std::size_t i = 0; i + 3 < n; i += 4) {
        tris_.append(at(i)), tris_.append(at(i + 1)), tris_.append(at(i + 2));
        tris_.append(at(i)), tris_.append(at(i + 2)), tris_.append(at(i + 3));
      }
      break;
    default: break;
  }
}

void Canvas::draw(const sf::Drawable& d, const sf::RenderStates& states) {
  flush();
  if (g_recorder)
    if (const auto* text = dynamic_cast<const sf::Text*>(&d)) TextRecorder::note(target_, *text, states);
  target_.draw(d, states);
  ++calls_;
}

void Canvas::set_view(const sf::View& v) {
  flush();
  target_.setView(v);
}

void Canvas::flush() {
  if (tris_.getVertexCount() == 0) return;
  target_.draw(tris_);
  tris_.clear();
  ++calls_;
}

}  // namespace sb::app
