#include "app/art/hazard_art.hpp"

#include <algorithm>
#include <cmath>

#include "app/art/draw_kit.hpp"
#include "app/art/palette.hpp"

namespace sb::app {
namespace pal = palette;
using scenario::HazardKind;

std::vector<ActiveHazard> active_hazards(const sim::StoryRuntime& story) {
  std::vector<ActiveHazard> out;
  const std::string& ep = story.episode().id;
  const double t = story.episode_time();
  for (const scenario::Hazard& h : story.scenario().world.hazards) {
    if (!h.episodes.empty() && std::find(h.episodes.begin(), h.episodes.end(), ep) == h.episodes.end()) continue;
    if (t < h.from || (h.until && t >= *h.until)) continue;
    out.push_back({&h, t - h.from});
  }
  return out;
}

float loom_factor(double felt_security, double intensity) {
  const double fear = 1 - std::clamp(felt_security, 0.0, 1.0);
  return static_cast<float>(1 + fear * (0.5 + std::clamp(intensity, 0.0, 1.0)));
}

bool is_world_hazard(const scenario::Hazard& h) {
  return h.x && h.y && (h.kind == HazardKind::Dog || h.kind == HazardKind::Noise || h.kind == HazardKind::Other);
}

namespace {

void dog(Canvas& t, sf::Vector2f f, float s, float clock, bool still) {
  const sf::Color fur(196, 150, 104), dark(128, 92, 66);
  const float wag = still ? 0.4f : std::sin(clock * 14.f);
  draw::soft_shadow(t, f, sf::Vector2f{46, 12} * s, pal::kShadow);
  // Legs, body, tail, head with a floppy ear.
  for (float x : {-24.f, -12.f, 14.f, 26.f})
    t.draw(draw::rounded_rect({f.x + x * s - 4 * s, f.y - 24 * s, 8 * s, 24 * s}, 3 * s, dark, pal::kInk, 1.5f));
  draw::line(t, f + sf::Vector2f{-34, -34} * s, f + sf::Vector2f{-48, -52 + 8 * wag} * s, 6 * s + 3, pal::kInk);
  draw::line(t, f + sf::Vector2f{-34, -34} * s, f + sf::Vector2f{-48, -52 + 8 * wag} * s, 6 * s, fur);
  t.draw(draw::ellipse(f + sf::Vector2f{0, -36} * s, sf::Vector2f{38, 18} * s, fur, pal::kInk, 2.f));
  const sf::Vector2f head = f + sf::Vector2f{36, -56} * s;
  t.draw(draw::ellipse(head, sf::Vector2f{18, 16} * s, fur, pal::kInk, 2.f));
  t.draw(draw::ellipse(head + sf::Vector2f{16, 5} * s, sf::Vector2f{10, 7} * s, sf::Color(230, 200, 160), pal::kInk, 1.5f));
  t.draw(draw::ellipse(head + sf::Vector2f{24, 2} * s, sf::Vector2f{3.5f, 3} * s, pal::kInk));
  t.draw(draw::ellipse(head + sf::Vector2f{-8, 2} * s, sf::Vector2f{7, 13} * s, dark, pal::kInk, 1.5f));
  t.draw(draw::ellipse(head + sf::Vector2f{6, -4} * s, sf::Vector2f{2.6f, 3} * s, pal::kInk));
  // Barks: arcs from the mouth, every other half second.
  const bool barking = still || std::fmod(clock, 1.f) < 0.5f;
  if (barking)
    for (int i = 1; i <= 3; ++i) {
      const sf::Vector2f m = head + sf::Vector2f{30 + 9.f * i, 4} * s;
      draw::curve(t, m + sf::Vector2f{0, -7.f * i} * s, m + sf::Vector2f{6, 0} * s, m + sf::Vector2f{0, 7.f * i} * s, 2.5f,
                  pal::with_alpha(pal::kInk, static_cast<sf::Uint8>(200 - 45 * i)));
    }
}

void noise(Canvas& t, sf::Vector2f c, float s, float clock, bool still) {
  const float pulse = still ? 0.5f : std::fmod(clock * 1.5f, 1.f);
  for (int i = 0; i < 3; ++i) {
    const float r = (18 + 16 * (i + pulse)) * s;
    const sf::Uint8 a = static_cast<sf::Uint8>(160 * (1 - (i + pulse) / 3.f));
    for (float side : {-1.f, 1.f})
      draw::curve(t, c + sf::Vector2f{side * r * 0.5f, -r}, c + sf::Vector2f{side * r * 1.1f, 0},
                  c + sf::Vector2f{side * r * 0.5f, r}, 3.f, pal::with_alpha(pal::kInk, a));
  }
}

void mist(Canvas& t, sf::Vector2f c, float s, float clock, bool still, sf::Uint8 alpha) {
  for (int i = 0; i < 7; ++i) {
    const float a = 0.9f * i + (still ? 0 : clock * 0.15f);
    const sf::Vector2f p = c + sf::Vector2f{std::cos(a) * 300 * s, std::sin(a) * 170 * s};
    draw::radial_glow(t, p, 150 * s, sf::Color(60, 52, 78, alpha), sf::Color(60, 52, 78, 0));
  }
}

// The mist into the haze layer when there is one.
void hazy_mist(Canvas& t, HazeLayer* haze, sf::Vector2f c, float s, float clock, bool still, sf::Uint8 alpha) {
  Canvas* soft = haze ? haze->soft(t) : nullptr;
  mist(soft ? *soft : t, c, s, clock, still, alpha);
}

}  // namespace

Canvas* HazeLayer::soft(Canvas& t) {
  if (failed_) return nullptr;
  if (canvas_) return canvas_.get();
  t.flush();
  const sf::RenderTarget& target = t.target();
  const sf::IntRect port = target.getViewport(target.getView());
  const sf::Vector2u size{std::max(1u, static_cast<unsigned>(port.width) / kShrink), std::max(1u, static_cast<unsigned>(port.height) / kShrink)};
  if (size != size_) {
    if (!layer_.create(size.x, size.y)) {
      failed_ = true;
      return nullptr;
    }
    layer_.setSmooth(true);
    size_ = size;
  }
  sf::View view = target.getView();
  view.setViewport({0, 0, 1, 1});
  layer_.setView(view);
  layer_.clear(sf::Color::Transparent);
  canvas_ = std::make_unique<Canvas>(layer_);
  return canvas_.get();
}

void HazeLayer::lay(Canvas& t) {
  if (!canvas_) return;
  canvas_.reset(); // flushes the glows into the layer
  layer_.display();
  // Drawn with the usual alpha blend into a clear layer, the colours are premultiplied.
  const sf::View& view = t.target().getView();
  sf::Sprite sprite(layer_.getTexture());
  sprite.setPosition(view.getCenter() - view.getSize() / 2.f);
  sprite.setScale(view.getSize().x / static_cast<float>(size_.x), view.getSize().y / static_cast<float>(size_.y));
  t.draw(sprite, sf::RenderStates(sf::BlendMode(sf::BlendMode::One, sf::BlendMode::OneMinusSrcAlpha)));
}

void draw_world_hazard(Canvas& t, const ActiveHazard& h, sf::Vector2f at, float loom, float clock, bool still) {
  if (h.def->kind == HazardKind::Dog) return dog(t, at, 1.1f * loom, clock, still);
  if (h.def->kind == HazardKind::Noise) return noise(t, at, loom, clock, still);
  mist(t, at, 0.4f * loom, clock, still, 90);
}

void draw_sky_hazard(Canvas& t, const ActiveHazard& h, sf::Vector2f focus, float loom, float clock, bool still, HazeLayer* haze) {
  const float k = static_cast<float>(h.def->intensity);
  switch (h.def->kind) {
    case HazardKind::Thunder: {
      if (haze) haze->lay(t);
      // A heavy cloud over the top of the picture; lightning now and then (never under reduced motion).
      const float s = loom;
      const sf::Color cloud(92, 96, 118, 230);
      for (int i = 0; i < 6; ++i) {
        const sf::Vector2f c{140.f + 200.f * i, 30 + 18.f * static_cast<float>(i % 2)};
        t.draw(draw::ellipse(c, sf::Vector2f{130, 70} * s, cloud));
      }
      const float cycle = std::fmod(static_cast<float>(h.age) + 1.3f, 5.5f);
      if (!still && cycle < 0.12f) {
        sf::RectangleShape flash({1280, 720});
        flash.setFillColor(sf::Color(255, 255, 240, static_cast<sf::Uint8>(90 * k)));
        t.draw(flash);
      }
      if (still || cycle < 0.5f) {
        const sf::Vector2f top{focus.x + 260, 60 * s};
        sf::ConvexShape bolt(6);
        bolt.setPoint(0, top);
        bolt.setPoint(1, top + sf::Vector2f{-36, 90} * s);
        bolt.setPoint(2, top + sf::Vector2f{-8, 86} * s);
        bolt.setPoint(3, top + sf::Vector2f{-30, 170} * s);
        bolt.setPoint(4, top + sf::Vector2f{22, 70} * s);
        bolt.setPoint(5, top + sf::Vector2f{-6, 74} * s);
        bolt.setFillColor(sf::Color(255, 236, 150));
        bolt.setOutlineColor(pal::kInk);
        bolt.setOutlineThickness(2);
        t.draw(bolt);
      }
      break;
    }
    case HazardKind::Nightmare: {
      // Shadows with eyes at the edge of the light, creeping closer as security falls.
      hazy_mist(t, haze, focus, loom, clock, still, static_cast<sf::Uint8>(90 + 80 * k));
      if (haze) haze->lay(t);
      for (int i = 0; i < 4; ++i) {
        const float a = 0.6f + 1.57f * i + (still ? 0 : 0.1f * std::sin(clock * 0.7f + i));
        const float d = 330.f / loom;
        const sf::Vector2f c = focus + sf::Vector2f{std::cos(a) * d * 1.5f, std::sin(a) * d * 0.8f};
        t.draw(draw::ellipse(c, sf::Vector2f{70, 90} * loom * 0.6f, sf::Color(44, 36, 58, 200)));
        for (float side : {-1.f, 1.f})
          t.draw(draw::ellipse(c + sf::Vector2f{side * 12, -12} * loom * 0.6f, sf::Vector2f{6, 4} * loom * 0.6f,
                               sf::Color(250, 230, 150, 220)));
      }
      break;
    }
    case HazardKind::Noise:
      if (haze) haze->lay(t);
      noise(t, focus + sf::Vector2f{-300, -180}, loom * 1.4f, clock, still);
      break;
    case HazardKind::Stranger: break; // the stranger is a person in the room: draw_figure looms them
    default: hazy_mist(t, haze, focus, loom * (0.6f + k), clock, still, static_cast<sf::Uint8>(60 + 80 * k)); break;
  }
}

}  // namespace sb::app
