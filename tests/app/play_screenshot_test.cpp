// Screenshots of every scenario mid-play through the same path as `securebase
// screenshot --screen play --scenario ID`, with pixel checks: the people wear
// their colours where they stand, and a frightened child's world is darker and
// greyer than a secure child's, with the shader and without it.
#include <catch2/catch.hpp>

#include "text/strings.hpp"

#include <cmath>

#include "app/art/figures.hpp"
#include "app/game_app.hpp"
#include "app/art/palette.hpp"
#include "pixel_checks.hpp"
#include "app/screens/play/play_screenshot.hpp"
#include "app/screens/play/scenario_screen.hpp"
#include "app/art/security_shader.hpp"
#include "play_helpers.hpp"

using namespace sb::app;
using namespace sb::text;
using sb::test::best_match;
using sb::test::distance;
namespace pal = sb::app::palette;

namespace {


struct Look {
  double brightness = 0, saturation = 0;
};
Look measure(const sf::Image& img) {
  Look l;
  int n = 0;
  for (unsigned y = 0; y < img.getSize().y; y += 4)
    for (unsigned x = 0; x < img.getSize().x; x += 4, ++n) {
      const sf::Color c = img.getPixel(x, y);
      const double mx = std::max({c.r, c.g, c.b}) / 255.0, mn = std::min({c.r, c.g, c.b}) / 255.0;
      l.brightness += (c.r + c.g + c.b) / (3 * 255.0);
      l.saturation += mx > 0 ? (mx - mn) / mx : 0;
    }
  l.brightness /= n;
  l.saturation /= n;
  return l;
}

sb::sim::SessionConfig config(const std::string& id, const std::string& style) {
  sb::sim::SessionConfig c;
  c.scenario = play_test::entry(id).scenario;
  c.caregiver = sb::mind::preset(style);
  c.caregiver_style = style;
  c.seed = 3;
  c.ai_child = true;
  return c;
}

sf::Image render(ScenarioScreen& screen, bool shader = true) {
  screen.set_shader(shader);
  return play_test::render(screen);
}

}  // namespace

TEST_CASE("every scenario's screenshot shows the child and the caregiver in their colours") {
  for (const ScenarioEntry& e : scenario_list()) {
    DYNAMIC_SECTION(e.id) {
      ScreenshotRequest r;
      r.screen = "play";
      r.session = config(e.id, "sensitive");
      r.at = 25;
      std::string error;
      auto img = render_screenshot(r, &error);
      INFO(error);
      REQUIRE(img);
      REQUIRE(img->getSize() == sf::Vector2u(1280, 720));
      // The same frame again, to ask where everyone stands.
      Audio silent(false);
      AppContext ctx;
      ctx.audio = &silent;
      ctx.still = true;
      ctx.session = r.session;
      REQUIRE(load_fonts(ctx.fonts));
      auto screen = scenario_screenshot_screen(ctx, r.at);
      REQUIRE(screen);
      const auto child = screen->shirt_on_canvas(screen->session().agents().front().id);
      REQUIRE(child);
      // The colours as felt security shows them (the shader drains them when the child is unsure).
      const SecurityLook look = security_look(screen->drawn_light());
      auto seen = [&](sf::Color c) { return screen->shader_active() ? seen_through(c, look) : c; };
      CHECK(best_match(*img, *child, seen(pal::kChildShirt), 4) < 60);
      for (const auto& a : screen->session().agents()) {
        if (a.role != "caregiver" || !a.present) continue;
        const auto p = screen->shirt_on_canvas(a.id);
        REQUIRE(p);
        if (p->x < 20 || p->y < 60 || p->x > 1260 || p->y > 700) continue; // off this frame
        CHECK(best_match(*img, *p, seen(pal::kCaregiverShirt), 4) < 60);
      }
      // Not one flat colour: a drawn scene has many.
      const Look l = measure(*img);
      CHECK(l.brightness > 0.2);
      CHECK(l.saturation > 0.1);
    }
  }
}

TEST_CASE("high and low felt security look clearly different, with the shader and without") {
  Audio silent(false);
  AppContext ctx;
  ctx.audio = &silent;
  ctx.still = true;
  ctx.session = config("strange-situation", "sensitive");
  REQUIRE(load_fonts(ctx.fonts));
  for (bool shader : {true, false}) {
    INFO("shader " << shader);
    auto high = scenario_screenshot_screen(ctx, 20, 0.95);
    auto low = scenario_screenshot_screen(ctx, 20, 0.08);
    REQUIRE(high);
    REQUIRE(low);
    const Look h = measure(render(*high, shader));
    const Look l = measure(render(*low, shader));
    INFO("brightness " << h.brightness << " vs " << l.brightness << ", saturation " << h.saturation << " vs " << l.saturation);
    CHECK(h.brightness - l.brightness > 0.12);
    // The shader drains colour more than the shader-free veil can.
    CHECK(h.saturation - l.saturation > (shader ? 0.08 : 0.05));
  }
}

TEST_CASE("the what's-inside view draws a heartbeat beside the child's face") {
  Audio silent(false);
  AppContext ctx;
  ctx.audio = &silent;
  ctx.still = true;
  ctx.session = config("strange-situation", "rejecting");
  REQUIRE(load_fonts(ctx.fonts));
  auto screen = scenario_screenshot_screen(ctx, 30, 0.7);
  REQUIRE(screen);
  const sf::Image without = render(*screen);
  screen->set_inside_view(true);
  const sf::Image with = render(*screen);
  const auto child = screen->shirt_on_canvas(screen->session().agents().front().id);
  REQUIRE(child);
  // Something red appears up and to the right of the child's face.
  int red = 0;
  for (int dy = -140; dy < 20; dy += 2)
    for (int dx = 0; dx < 200; dx += 2) {
      const int x = int(child->x) + dx, y = int(child->y) + dy;
      if (x < 0 || y < 0 || x >= 1280 || y >= 720) continue;
      const sf::Color a = with.getPixel(unsigned(x), unsigned(y)), b = without.getPixel(unsigned(x), unsigned(y));
      if (a != b && a.r > 180 && a.g < 150 && a.b < 150) ++red;
    }
  CHECK(red > 20);
}
