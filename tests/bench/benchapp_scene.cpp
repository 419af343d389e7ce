// The busiest scenario scene (bedtime with the frightening caregiver in the
// nightmare: hazards, a choice menu over the dialogue box, the heartbeat, the
// felt-security shader) beside an empty SFML frame at 1280x720, vsync off; the
// same scene without the shader; time from start to the first drawn frame; and
// peak memory. Run under Xvfb; prints a Markdown table.
#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <functional>

#include <SFML/Graphics.hpp>

#include "app/platform/app_context.hpp"
#include "app/platform/display_probe.hpp"
#include "app/screens/play/play_setup.hpp"
#include "app/screens/play/scenario_screen.hpp"
#include "app/screens/screen_stack.hpp"
#include "frame_timer.hpp"
#include "sim/fixed_step.hpp"

using namespace sb::app;
using Clock = std::chrono::steady_clock;

namespace {
const auto kStart = Clock::now(); // as near to process start as C++ lets us
constexpr int kFrames = sb::bench::kMeasuredFrames;
}  // namespace

int main() {
  std::string why;
  if (!display_available(&why)) {
    std::fprintf(stderr, "%s\n", no_display_message(why).c_str());
    return 3;
  }
  sf::RenderWindow window(sf::VideoMode(1280, 720), "Secure Base bench", sf::Style::Default);
  window.setVerticalSyncEnabled(false);
  window.setFramerateLimit(0);
  const Layout layout = Layout::fit(window.getSize());
  auto pump = [&] {
    sf::Event e;
    while (window.pollEvent(e)) {
    }
  };

  Audio silent(false);
  AppContext ctx;
  ctx.audio = &silent;
  if (!load_fonts(ctx.fonts)) return 3;
  PlayChoice c;
  for (const ScenarioEntry& e : scenario_list())
    if (e.id == "bedtime") c.entry = e;
  if (!c.entry.scenario) return 1;
  c.style = "frightening";
  c.params = sb::mind::preset("frightening");
  c.autoplay = true;
  c.seed = 3;
  ScenarioScreen play(ctx, c);
  window.clear();
  play.draw(window, layout, 1.0);
  window.display();
  const double first_frame = std::chrono::duration<double>(Clock::now() - kStart).count();

  const double empty = sb::bench::mean_frame_seconds([&](double) {
    pump();
    window.clear(sf::Color(40, 32, 38));
    window.display();
  });

  // The renderer's own floor: one picture covering the window, copied, and then
  // drawn through a one-line shader. No scene can cost less than its background.
  sf::RenderTexture picture;
  picture.create(1280, 720);
  picture.clear(sf::Color(120, 150, 100));
  picture.display();
  const sf::Sprite whole(picture.getTexture());
  const double copy = sb::bench::mean_frame_seconds([&](double) {
    pump();
    window.clear();
    window.draw(whole, sf::BlendNone);
    window.display();
  });
  sf::Shader pass_through;
  const bool have_pass = sf::Shader::isAvailable() &&
                         pass_through.loadFromMemory("uniform sampler2D t; void main() { gl_FragColor = texture2D(t, gl_TexCoord[0].xy); }",
                                                     sf::Shader::Fragment);
  double shaded = 0;
  if (have_pass) {
    pass_through.setUniform("t", sf::Shader::CurrentTexture);
    shaded = sb::bench::mean_frame_seconds([&](double) {
      pump();
      window.clear();
      window.draw(whole, &pass_through);
      window.display();
    });
  }

  // Into the nightmare: shadows, thunder soon, a choice over the dialogue box.
  play.advance(60 * 150);
  play.set_inside_view(true);
  InputMapper input;
  ScreenStack stack;
  auto frame = [&](double dt) {
    static sb::sim::FixedStep step(sb::sim::kTickSeconds);
    pump();
    ctx.clock += dt;
    const int ticks = step.advance(dt);
    for (int i = 0; i < ticks && !play.session().ended(); ++i) play.tick(input, stack);
    window.clear(sf::Color(40, 32, 38));
    play.draw(window, layout, step.alpha());
    window.display();
  };
  const bool shader = play.shader_active();
  const double busy = sb::bench::mean_frame_seconds(frame);
  play.set_shader(false);
  const double fallback = sb::bench::mean_frame_seconds(frame);

  rusage ru{};
  getrusage(RUSAGE_SELF, &ru);
  std::printf("| scenario scene (1280x720, %d frames, vsync off) | mean frame | frames per second | x empty |\n", kFrames);
  std::printf("|---|---:|---:|---:|\n");
  auto row = [&](const char* name, double s) {
    std::printf("| %s | %.3f ms | %.0f | %.2f |\n", name, s * 1000, 1 / s, s / empty);
  };
  row("empty SFML window (the goal's yardstick)", empty);
  row("one window-sized picture, copied (no scene is cheaper)", copy);
  if (have_pass) row("one window-sized picture through a pass-through shader", shaded);
  row(shader ? "bedtime nightmare, frightening: shader, hazards, choices, heartbeat" : "bedtime nightmare (no shader available here)", busy);
  row("the same scene with the shader-free fallback", fallback);
  std::printf("\nstart to first drawn scenario frame: %.0f ms\npeak memory (max RSS): %.1f MB\n", first_frame * 1000,
              ru.ru_maxrss / 1024.0);
  return 0;
}
