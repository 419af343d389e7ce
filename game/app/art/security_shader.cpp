#include "app/art/security_shader.hpp"

#include <algorithm>

#include <spdlog/spdlog.h>

#include "app/art/mood.hpp"

namespace sb::app {

const char* SecurityShader::fragment_source() {
  return R"(
uniform sampler2D scene;
uniform vec2 focus;        // device pixels, origin top-left
uniform float height;      // the target's height in device pixels
uniform float radius;      // device pixels of clear light
uniform float fade;        // device pixels from clear to dark
uniform float vignette;    // 0..1
uniform float saturation;  // 0..1.2
uniform float warmth;      // -1..1
void main() {
  vec3 c = texture2D(scene, gl_TexCoord[0].xy).rgb;
  vec2 p = vec2(gl_FragCoord.x, height - gl_FragCoord.y) - focus;
  // smoothstep(radius, radius + fade, |p|), written out: a software renderer runs
  // this for every pixel of every frame, and the spelled-out form is cheaper there.
  float dark = clamp((length(p) - radius) / fade, 0.0, 1.0);
  dark = dark * dark * (3.0 - 2.0 * dark) * vignette;
  float grey = dot(c, vec3(0.299, 0.587, 0.114));
  vec3 col = mix(vec3(grey), c, saturation) + warmth * vec3(0.035, 0.02, -0.03);
  gl_FragColor = vec4(mix(col, vec3(0.14, 0.10, 0.16), dark), 1.0);
}
)";
}

SecurityLook security_look(double felt_security) {
  const float s = static_cast<float>(std::clamp(felt_security, 0.0, 1.0));
  SecurityLook l;
  l.light_radius = 170.f + 620.f * s;
  l.fade = 260.f + 260.f * s;
  l.vignette = 0.18f + 0.72f * (1 - s) * (1 - s);
  l.saturation = 0.22f + 0.88f * s; // drained when frightened, a touch richer when safe
  l.warmth = 2 * s - 1;
  return l;
}

sf::Color seen_through(sf::Color c, const SecurityLook& l) {
  const float grey = 0.299f * c.r + 0.587f * c.g + 0.114f * c.b;
  auto ch = [&](float v, float tint) {
    return static_cast<sf::Uint8>(std::clamp(grey + (v - grey) * l.saturation + l.warmth * tint * 255.f, 0.f, 255.f));
  };
  return {ch(c.r, 0.035f), ch(c.g, 0.02f), ch(c.b, -0.03f), 255};
}

SecurityShader::SecurityShader() {
  if (!sf::Shader::isAvailable()) {
    spdlog::info("play: shaders are not available here; felt security is drawn without them");
    return;
  }
  active_ = shader_.loadFromMemory(fragment_source(), sf::Shader::Fragment);
  if (!active_) spdlog::warn("play: the felt-security shader did not compile; drawing without it");
}

sf::RenderTexture& SecurityShader::scene(sf::Vector2u size) {
  if (size != size_) {
    // No multisampling: on software renderers (Xvfb, school laptops) resolving it every
    // frame costs more than the whole scene; outlines are drawn thick enough without it.
    if (!scene_.create(size.x, size.y)) {
      spdlog::warn("play: no offscreen picture for the shader; drawing without it");
      active_ = false;
    }
    size_ = size;
  }
  return scene_;
}

void SecurityShader::present(sf::RenderTarget& target, const Layout& layout, sf::Vector2f focus, const SecurityLook& look) {
  scene_.display();
  const float k = layout.ui_scale;
  const sf::Vector2f origin{layout.viewport.left * static_cast<float>(layout.target_size.x),
                            layout.viewport.top * static_cast<float>(layout.target_size.y)};
  shader_.setUniform("scene", sf::Shader::CurrentTexture);
  shader_.setUniform("focus", origin + focus * k);
  shader_.setUniform("height", static_cast<float>(target.getSize().y));
  shader_.setUniform("radius", look.light_radius * k);
  shader_.setUniform("fade", look.fade * k);
  shader_.setUniform("vignette", look.vignette);
  shader_.setUniform("saturation", look.saturation);
  shader_.setUniform("warmth", look.warmth);
  const sf::View saved = target.getView();
  target.setView(target.getDefaultView());
  sf::Sprite sprite(scene_.getTexture());
  // The picture covers the whole target and is opaque: no blending to pay for.
  sf::RenderStates states(&shader_);
  states.blendMode = sf::BlendNone;
  target.draw(sprite, states);
  target.setView(saved);
}

void SecurityShader::fallback(Canvas& t, const Layout& layout, sf::Vector2f focus, double felt_security) {
  draw_mood(t, layout, focus, mood_for(felt_security));
}

}  // namespace sb::app
