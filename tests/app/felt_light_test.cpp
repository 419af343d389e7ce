// Felt security reads truly (issue 11, part 7): the secure range stays light, so a
// child exploring near a sensitive parent sees a warm, open room; the dark deepens
// below it, and further when the child is frightened or alone.
#include <catch2/catch.hpp>

#include "app/art/security_shader.hpp"
#include "app/screens/play/felt_light.hpp"
#include "app/screens/play/play_screenshot.hpp"
#include "app/screens/play/scenario_screen.hpp"
#include "play_helpers.hpp"
#include "watched_scene.hpp"

using namespace sb::app;

namespace {

double brightness(const sf::Image& img, sf::FloatRect r) {
  double sum = 0;
  int n = 0;
  for (float y = r.top; y < r.top + r.height; y += 3)
    for (float x = r.left; x < r.left + r.width; x += 3, ++n) {
      const sf::Color c = img.getPixel(static_cast<unsigned>(x), static_cast<unsigned>(y));
      sum += (c.r + c.g + c.b) / (3 * 255.0);
    }
  return sum / n;
}

}  // namespace

TEST_CASE("the light keeps the secure range open and deepens with fear and being alone") {
  for (double felt = 0.3; felt <= 1.0; felt += 0.05) CHECK(drawn_security(felt, 0.3, true) == Approx(1.0));
  double last = -1;
  for (double felt = 0.0; felt <= 1.0; felt += 0.02) {
    const double l = drawn_security(felt, 0.3, true);
    CHECK(l >= last);
    last = l;
  }
  CHECK(drawn_security(0.05, 0.3, true) == Approx(0.0));
  CHECK(drawn_security(0.2, 0.9, true) < drawn_security(0.2, 0.3, true) - 0.2); // frightened: darker
  CHECK(drawn_security(0.7, 0.3, false) < drawn_security(0.7, 0.3, true));      // alone: darker
  // What the shader makes of it: no vignette within the open room's light.
  CHECK(security_look(drawn_security(0.35, 0.3, true)).light_radius >= 780);
}

TEST_CASE("exploring the park near a sensitive parent, the room is open to its corners; a frightened child's is not") {
  play_test::QuietApp app;
  play_test::watch(app, play_test::entry("park").scenario, "sensitive", 3);
  auto screen = scenario_screenshot_screen(app.ctx, 25);
  REQUIRE(screen);
  INFO("felt security " << screen->session().child().felt_security << ", arousal " << screen->session().child().arousal);
  REQUIRE(screen->session().child().felt_security >= 0.3);
  REQUIRE(screen->session().child().arousal < 0.5);
  CHECK(screen->drawn_light() == Approx(1.0));
  auto render = [&] { return play_test::render(*screen); };
  // The bottom corners (below the labels, beside the dialogue box) against a patch of lawn near the middle.
  auto corners = [&](const sf::Image& img) { return (brightness(img, {0, 560, 140, 150}) + brightness(img, {1140, 560, 140, 150})) / 2; };
  const sf::Image open = render();
  screen->show_security(0.05); // as a frightened child feels it
  const sf::Image narrow = render();
  INFO("corners open " << corners(open) << ", narrow " << corners(narrow));
  CHECK(corners(open) > 0.45);
  CHECK(corners(narrow) < corners(open) * 0.7);
}
