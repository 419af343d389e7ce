// Frame time of the game's screens at 1280x720 beside the floor measured in the
// same run (one window-sized picture copied and shown) and an empty SFML window,
// vsync off and no frame limit. Run under Xvfb by scripts/bench; prints a Markdown
// table (and JSON with --json FILE).
#include <chrono>
#include <cstdlib>
#include <cstdio>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include <SFML/Graphics.hpp>
#include <SFML/OpenGL.hpp>

#include "app/platform/app_context.hpp"
#include "app/platform/display_probe.hpp"
#include "app/screens/play/play_screen.hpp"
#include "app/screens/screen_stack.hpp"
#include "app/screens/title/title_screen.hpp"
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
  sb::bench::Report report("frame", argc, argv);
  std::string why;
  if (!display_available(&why)) {
    std::fprintf(stderr, "%s\n", no_display_message(why).c_str());
    return 3;
  }
  // The game's own window policy: 4x antialiasing, none on a software renderer
  // (SB_BENCH_AA=N forces a level).
  sf::ContextSettings settings;
  settings.antialiasingLevel = 4;
  sf::RenderWindow window(sf::VideoMode(1280, 720), "Secure Base bench", sf::Style::Default, settings);
  std::string renderer = "unknown";
  if (window.setActive(true))
    if (const auto* r = reinterpret_cast<const char*>(glGetString(GL_RENDERER))) renderer = r;
  const bool software = renderer.find("llvmpipe") != std::string::npos || renderer.find("softpipe") != std::string::npos;
  const char* forced = std::getenv("SB_BENCH_AA");
  if (software || forced) {
    settings.antialiasingLevel = forced ? static_cast<unsigned>(std::atoi(forced)) : 0;
    window.create(sf::VideoMode(1280, 720), "Secure Base bench", sf::Style::Default, settings);
  }
  std::printf("renderer: %s\n\n", renderer.c_str());
  report.note("renderer", renderer);
  window.setVerticalSyncEnabled(false);
  window.setFramerateLimit(0);
  const Layout layout = Layout::fit(window.getSize());
  auto pump = [&] {
    sf::Event e;
    while (window.pollEvent(e)) {
    }
  };

  const double empty = sb::bench::mean_frame_seconds([&](double) {
    pump();
    window.clear(sf::Color(40, 32, 38));
    window.display();
  });

  const double floor = sb::bench::picture_floor(window, pump);

  // Calibration: what blending four full-window layers costs on this renderer.
  sf::RectangleShape layer({1280, 720});
  layer.setFillColor(sf::Color(200, 180, 160, 128));
  const double four_layers = sb::bench::mean_frame_seconds([&](double) {
    pump();
    window.clear(sf::Color(40, 32, 38));
    for (int i = 0; i < 4; ++i) window.draw(layer);
    window.display();
  });

  Audio silent(false);
  AppContext ctx;
  ctx.audio = &silent;
  if (!load_fonts(ctx.fonts)) return 3;
  InputMapper input;
  ScreenStack stack;

  auto screen_frame = [&](Screen& screen) {
    auto step = std::make_shared<sb::sim::FixedStep>(sb::sim::kTickSeconds);
    return [&, step](double dt) {
      pump();
      ctx.clock += dt;
      const int ticks = step->advance(dt);
      for (int i = 0; i < ticks; ++i) screen.tick(input, stack);
      ctx.stats.frame(dt, ticks);
      window.clear(sf::Color(40, 32, 38));
      screen.draw(window, layout, step->alpha());
      window.display();
    };
  };

  TitleScreen title(ctx);
  const double title_s = sb::bench::mean_frame_seconds(screen_frame(title));
  ctx.session.ai_child = true; // the AI child walks about, so the camera and the art move
  PlayScreen play(ctx);
  const double play_s = sb::bench::mean_frame_seconds(screen_frame(play));
  ctx.debug_overlay = true;
  const double debug_s = sb::bench::mean_frame_seconds(screen_frame(play));

  report.floor("picture", floor, "s", "one window-sized picture copied to the window and shown (the floor)");
  report.floor("empty", empty, "s", "an empty SFML window: clear and display");
  report.note("antialiasing", window.getSettings().antialiasingLevel);
  std::printf("| scene (1280x720, %d frames, vsync off, %ux antialiasing) | mean frame | frames per second | x empty | x floor (one picture) |\n",
              kFrames, window.getSettings().antialiasingLevel);
  std::printf("|---|---:|---:|---:|---:|\n");
  auto row = [&](const char* id, const char* name, double s) {
    std::printf("| %s | %.3f ms | %.0f | %.2f | **%.2f** |\n", name, s * 1000, 1 / s, s / empty, s / floor);
    if (id) report.figure(id, s, "s", name, "picture");
  };
  row(nullptr, "empty SFML window", empty);
  row(nullptr, "one window-sized picture, copied: the floor", floor);
  row("four_layers", "calibration: 4 translucent full-window rectangles", four_layers);
  row("title", "title screen", title_s);
  row("playroom", "play screen (playroom)", play_s);
  row("playroom_debug", "play screen + F3 debug overlay", debug_s);
  return 0;
}
