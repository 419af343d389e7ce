#include "app/report/chart_picture.hpp"

#include <cmath>

#include <SFML/Graphics/CircleShape.hpp>
#include <SFML/Graphics/Text.hpp>
#include <SFML/Graphics/VertexArray.hpp>

namespace sb::app {

namespace {

// Painted at this many times the chart's size and shown smoothed at 1/kSupersample:
// each screen pixel averages 2 × 2 painted ones.
constexpr float kSupersample = 2.f;

sf::Color colour(report::Rgba c) { return to_sf(c); }

// Shapes gather into one triangle list, sent before each text (so painting order holds) and at the end.
class SfmlChartDrawer final : public report::ChartDrawer {
 public:
  SfmlChartDrawer(sf::RenderTarget& target, const Fonts& fonts) : target_(target), fonts_(fonts) {}
  ~SfmlChartDrawer() override { flush(); }

  void rect(float x, float y, float w, float h, report::Rgba c) override {
    quad({x, y}, {x + w, y}, {x + w, y + h}, {x, y + h}, colour(c));
  }
  void circle(float cx, float cy, float r, report::Rgba c) override {
    const sf::Color col = colour(c);
    const int steps = std::max(12, static_cast<int>(r * kSupersample));
    const float k = 6.2831853f / static_cast<float>(steps);
    for (int i = 0; i < steps; ++i) {
      tri({cx, cy}, {cx + r * std::cos(k * static_cast<float>(i)), cy + r * std::sin(k * static_cast<float>(i))},
          {cx + r * std::cos(k * static_cast<float>(i + 1)), cy + r * std::sin(k * static_cast<float>(i + 1))}, col);
    }
  }
  void line(float x0, float y0, float x1, float y1, float width, report::Rgba c) override {
    const float dx = x1 - x0, dy = y1 - y0, len = std::hypot(dx, dy);
    const float half = width / 2;
    if (len > 0) {
      const float nx = -dy / len * half, ny = dx / len * half;
      quad({x0 + nx, y0 + ny}, {x1 + nx, y1 + ny}, {x1 - nx, y1 - ny}, {x0 - nx, y0 - ny}, colour(c));
    }
    // Round ends, so the segments of a polyline join without gaps.
    circle(x1, y1, half, c);
  }
  void triangle(float x0, float y0, float x1, float y1, float x2, float y2, report::Rgba c) override {
    tri({x0, y0}, {x1, y1}, {x2, y2}, colour(c));
  }
  float text(const std::string& utf8, float x, float y, float size, report::Rgba c, bool bold, report::Align align) override {
    sf::Text t = label(utf8, size, bold);
    const float w = width_of(t);
    if (align == report::Align::Centre) x -= w / 2;
    if (align == report::Align::Right) x -= w;
    t.setPosition(std::round(x * kSupersample), std::round(y * kSupersample));
    t.setFillColor(colour(c));
    flush();
    target_.draw(t);
    return w;
  }
  float text_width(const std::string& utf8, float size, bool bold) override { return width_of(label(utf8, size, bold)); }

 private:
  sf::Text label(const std::string& utf8, float size, bool bold) const {
    sf::Text t(sf::String::fromUtf8(utf8.begin(), utf8.end()), bold ? fonts_.bold : fonts_.regular,
               static_cast<unsigned>(std::lround(std::max(4.f, size) * kSupersample)));
    return t;
  }
  // The pen's advance over the whole text, in chart pixels.
  static float width_of(const sf::Text& t) {
    return (t.findCharacterPos(t.getString().getSize()).x - t.findCharacterPos(0).x) / kSupersample;
  }
  void tri(sf::Vector2f a, sf::Vector2f b, sf::Vector2f c, sf::Color col) {
    for (sf::Vector2f p : {a, b, c}) batch_.append(sf::Vertex(p * kSupersample, col));
  }
  void quad(sf::Vector2f a, sf::Vector2f b, sf::Vector2f c, sf::Vector2f d, sf::Color col) {
    tri(a, b, c, col);
    tri(a, c, d, col);
  }
  void flush() {
    if (batch_.getVertexCount() == 0) return;
    target_.draw(batch_);
    batch_.clear();
  }

  sf::RenderTarget& target_;
  const Fonts& fonts_;
  sf::VertexArray batch_{sf::Triangles};
};

}  // namespace

ChartPicture::ChartPicture(unsigned width, unsigned height, const Fonts& fonts,
                           const std::function<void(report::ChartDrawer&)>& draw)
    : width_(width), height_(height), texture_(std::make_unique<sf::RenderTexture>()) {
  texture_->create(static_cast<unsigned>(static_cast<float>(width) * kSupersample),
                   static_cast<unsigned>(static_cast<float>(height) * kSupersample));
  texture_->clear(sf::Color::Transparent);
  {
    SfmlChartDrawer drawer(*texture_, fonts);
    draw(drawer);
  }
  texture_->display();
  texture_->setSmooth(true);
}

sf::Sprite ChartPicture::sprite(float scale) const {
  sf::Sprite s(texture_->getTexture());
  s.setScale(scale / kSupersample, scale / kSupersample);
  return s;
}

}  // namespace sb::app
