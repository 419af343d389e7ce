#pragma once
// Felt security as light: the world is drawn into a texture, then shown through a
// GLSL shader whose light radius, vignette and colour saturation follow how safe
// the child feels. Where shaders are unavailable (old drivers, some VMs) the
// app's shader-free mood (mood.hpp: a veil and a ring of darkness) does the job.
#include <SFML/Graphics.hpp>

#include "app/render/canvas.hpp"
#include "app/render/layout.hpp"

namespace sb::app {

struct SecurityLook {
  float light_radius = 700; // canvas pixels of clear view around the child
  float fade = 420;         // canvas pixels from clear to dark
  float vignette = 0.2f;    // 0..1 darkness beyond the fade
  float saturation = 1.f;   // 0 grey .. 1 as painted (slightly above: richer)
  float warmth = 0.f;       // -1 cold blue cast .. +1 warm gold cast
};
SecurityLook security_look(double felt_security);
// A colour as the shader shows it inside the light (saturation and warmth only); tests use it.
sf::Color seen_through(sf::Color c, const SecurityLook& look);

class SecurityShader {
 public:
  SecurityShader(); // compiles the shader when shaders are available
  bool active() const { return active_; }
  void set_enabled(bool on) { enabled_ = on; }

  // The scene's offscreen picture, sized to the target (device pixels).
  sf::RenderTexture& scene(sf::Vector2u size);
  // Shows the scene on `target`; `focus` is the child in canvas pixels.
  void present(sf::RenderTarget& target, const Layout& layout, sf::Vector2f focus, const SecurityLook& look);
  // Without a shader: the app's mood over a scene already drawn on the target.
  static void fallback(Canvas& t, const Layout& layout, sf::Vector2f focus, double felt_security);

  static const char* fragment_source();

 private:
  bool active_ = false;
  bool enabled_ = true;
  sf::Shader shader_;
  sf::RenderTexture scene_;
  sf::Vector2u size_{0, 0};
};

}  // namespace sb::app
