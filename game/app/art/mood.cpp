#include "app/art/mood.hpp"

#include <algorithm>
#include <cmath>

namespace sb::app {

Mood mood_for(double felt_security) {
  const float s = static_cast<float>(std::clamp(felt_security, 0.0, 1.0));
  Mood m;
  m.light_radius = 200.f + 560.f * s;
  m.vignette = static_cast<sf::Uint8>(std::lround(40 + 180 * (1 - s) * (1 - s)));
  m.veil = static_cast<sf::Uint8>(std::lround(s >= 0.6f ? 0 : (0.6f - s) / 0.6f * 130));
  return m;
}

void draw_mood(Canvas& t, const Layout& layout, sf::Vector2f focus, const Mood& mood) {
  t.set_view(layout.canvas_view());
  if (mood.veil > 0) {
    sf::RectangleShape veil({kCanvasWidth, kCanvasHeight});
    veil.setFillColor(sf::Color(150, 145, 150, mood.veil));
    t.draw(veil);
  }
  // A soft ring from clear (at light_radius) to dark, then dark beyond the corners.
  constexpr int kSegments = 64;
  const float fade = mood.light_radius + 420.f;
  const float outer = 3000.f;
  const sf::Color clear(36, 26, 40, 0), dark(36, 26, 40, mood.vignette);
  sf::VertexArray ring(sf::TriangleStrip);
  sf::VertexArray rim(sf::TriangleStrip, (kSegments + 1) * 2);
  for (int i = 0; i <= kSegments; ++i) {
    const float a = 6.2831853f * static_cast<float>(i) / kSegments;
    const sf::Vector2f d{std::cos(a), std::sin(a)};
    ring.append(sf::Vertex(focus + d * mood.light_radius, clear));
    ring.append(sf::Vertex(focus + d * fade, dark));
    rim[static_cast<std::size_t>(2 * i)] = sf::Vertex(focus + d * fade, dark);
    rim[static_cast<std::size_t>(2 * i + 1)] = sf::Vertex(focus + d * outer, dark);
  }
  t.draw(ring);
  t.draw(rim);
}

}  // namespace sb::app
