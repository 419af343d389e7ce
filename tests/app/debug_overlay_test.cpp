// F3's overlay in every scenario (issue 11, part 8): what the model sees is drawn over
// the scene, its felt-security and arousal bars filled as far as the model's values,
// and F3 again hides it.
#include <catch2/catch.hpp>

#include "app/screens/play/debug_overlay.hpp"
#include "app/screens/play/play_screenshot.hpp"
#include "app/screens/play/scenario_screen.hpp"
#include "pixel_checks.hpp"
#include "play_helpers.hpp"
#include "watched_scene.hpp"

using namespace sb::app;
using sb::test::distance;

namespace {

// How much of a bar's track is filled, read from the picture along its middle row.
float filled(const sf::Image& img, const sf::FloatRect& track, sf::Color fill) {
  int n = 0, all = 0;
  const unsigned y = static_cast<unsigned>(track.top + track.height / 2);
  for (float x = track.left + 2; x < track.left + track.width - 2; x += 1, ++all)
    n += distance(img.getPixel(static_cast<unsigned>(x), y), fill) < 40;
  return static_cast<float>(n) / static_cast<float>(all);
}

}  // namespace

TEST_CASE("F3 shows what the model sees in every scenario, and F3 again hides it") {
  for (const ScenarioEntry& e : scenario_list()) {
    DYNAMIC_SECTION(e.id) {
      play_test::QuietApp app;
      play_test::watch(app, e.scenario, "rejecting", 4);
      auto screen = scenario_screenshot_screen(app.ctx, 30);
      REQUIRE(screen);
      sb::app::ScreenStack stack;
      screen->on_action(Action::DebugToggle, stack);
      REQUIRE(app.ctx.debug_overlay);
      const sf::Image img = play_test::render(*screen);
      REQUIRE(screen->debug_bars());
      const DebugBars bars = *screen->debug_bars();
      const auto& child = screen->session().child();
      INFO("felt security " << child.felt_security << ", arousal " << child.arousal << ", shown " << child.expressed_distress);
      CHECK(filled(img, bars.felt_security, sf::Color(120, 200, 140)) == Approx(child.felt_security).margin(0.06));
      CHECK(filled(img, bars.arousal_hidden, sf::Color(230, 110, 100)) == Approx(child.arousal).margin(0.06));
      CHECK(filled(img, bars.arousal_shown, sf::Color(240, 190, 90)) == Approx(child.expressed_distress).margin(0.06));
      CHECK_FALSE(behaviour_system(screen->session()).empty());
      screen->on_action(Action::DebugToggle, stack);
      play_test::render(*screen);
      CHECK_FALSE(screen->debug_bars());
    }
  }
}
