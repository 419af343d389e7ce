// The busiest scenario scene (bedtime with the frightening caregiver in the
// nightmare: hazards, a choice menu over the dialogue box, the heartbeat, the
// felt-security shader) beside the floor, one window-sized picture drawn at
// 1280x720 in the same run, vsync off; the same scene without the shader. The goal:
// at most 2.5 times the floor. Run under Xvfb; prints a Markdown table (and JSON
// with --json FILE). Start-up and memory per scenario: benchapp_start.
#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <cstring>
#include <functional>

#include <SFML/Graphics.hpp>

#include "app/platform/app_context.hpp"
#include "app/platform/display_probe.hpp"
#include "app/screens/play/play_setup.hpp"
#include "app/screens/play/scenario_screen.hpp"
#include "app/screens/screen_stack.hpp"
#include "bench_report.hpp"
#include "frame_timer.hpp"
#include "sim/fixed_step.hpp"
#include "window_floor.hpp"

using namespace sb::app;
using Clock = std::chrono::steady_clock;

namespace {
constexpr int kFrames = sb::bench::kMeasuredFrames;
}  // namespace

int main(int argc, char** argv) {
  sb::bench::Report report("scene", argc, argv);
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

  const double empty = sb::bench::mean_frame_seconds([&](double) {
    pump();
    window.clear(sf::Color(40, 32, 38));
    window.display();
  });

  // The renderer's own floor: one picture covering the window, copied, and then
  // drawn through a one-line shader. No scene can cost less than its background.
  const double copy = sb::bench::picture_floor(window, pump);
  sf::RenderTexture picture;
  picture.create(1280, 720);
  picture.clear(sf::Color(120, 150, 100));
  picture.display();
  const sf::Sprite whole(picture.getTexture());
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
  // `--shot FILE`: the busiest frame as a PNG, to compare the look before and after a change.
  for (int i = 1; i + 1 < argc; ++i)
    if (std::strcmp(argv[i], "--shot") == 0) {
      window.clear(sf::Color(40, 32, 38));
      play.draw(window, layout, 1.0);
      sf::Texture shot;
      if (shot.create(window.getSize().x, window.getSize().y)) {
        shot.update(window);
        if (!shot.copyToImage().saveToFile(argv[i + 1])) std::fprintf(stderr, "could not write %s\n", argv[i + 1]);
      }
      window.display();
    }
  const bool shader = play.shader_active();
  const double busy = sb::bench::mean_frame_seconds(frame);
  play.set_shader(false);
  const double fallback = sb::bench::mean_frame_seconds(frame);

  rusage ru{};
  getrusage(RUSAGE_SELF, &ru);
  report.floor("picture", copy, "s", "one window-sized picture copied to the window and shown (the floor)");
  report.floor("empty", empty, "s", "an empty SFML window: clear and display");
  std::printf("| scenario scene (1280x720, %d frames, vsync off) | mean frame | frames per second | x empty | x floor (one picture) |\n",
              kFrames);
  std::printf("|---|---:|---:|---:|---:|\n");
  auto row = [&](const char* name, double s, const char* goal = "") {
    std::printf("| %s | %.3f ms | %.0f | %.2f | **%.2f**%s |\n", name, s * 1000, 1 / s, s / empty, s / copy, goal);
  };
  row("empty SFML window", empty);
  row("one window-sized picture, copied: the floor", copy);
  if (have_pass) row("one window-sized picture through a pass-through shader", shaded);
  const bool met = report.figure("busiest_frame", busy, "s",
                                 shader ? "bedtime nightmare, frightening: shader, hazards, choices, heartbeat"
                                        : "bedtime nightmare (no shader available here)",
                                 "picture", sb::bench::Goal::at_most(2.5));
  row(shader ? "bedtime nightmare, frightening: shader, hazards, choices, heartbeat" : "bedtime nightmare (no shader available here)", busy,
      met ? " (goal at most 2.5: met)" : " (goal at most 2.5: NOT met)");
  row("the same scene with the shader-free fallback", fallback);
  if (have_pass) report.figure("pass_through_shader", shaded, "s", "one window-sized picture through a pass-through shader", "picture");
  report.figure("busiest_frame_without_shader", fallback, "s", "the same scene with the shader-free fallback", "picture");
  report.figure("busiest_process_peak_memory", ru.ru_maxrss / 1024.0, "MB", "peak memory (max RSS) of this process");
  std::printf("\npeak memory of this process (max RSS): %.1f MB (start-up and memory per scenario: the next table)\n",
              ru.ru_maxrss / 1024.0);
  return 0;
}
