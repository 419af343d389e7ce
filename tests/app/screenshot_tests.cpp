// Screenshots through the same path as `securebase screenshot`: the picture is
// 1280x720 and shows what should be where (needs a display; ctest runs under Xvfb).
#include <catch2/catch.hpp>

#include <cmath>

#include "app/platform/app_context.hpp"
#include "app/art/figures.hpp"
#include "app/game_app.hpp"
#include "app/art/palette.hpp"
#include "pixel_checks.hpp"
#include "screenshot_shot.hpp"
#include "app/screens/play/play_screen.hpp"
#include "app/render/comfort.hpp"
#include "text/strings.hpp"
#include "app/screens/title/title_screen.hpp"

using namespace sb::app;
using sb::test::best_match;
using sb::test::distance;
namespace pal = sb::app::palette;

namespace {
using sb::test::shot;
}  // namespace

TEST_CASE("the title screenshot shows the name, the menu and the two figures") {
  const sf::Image img = shot("title");
  REQUIRE(img.getSize() == sf::Vector2u(1280, 720));
  // The name is written in ink: a good share of its box is dark.
  const sf::FloatRect name = TitleScreen::title_region();
  int ink = 0, total = 0;
  for (float y = name.top; y < name.top + name.height; y += 3)
    for (float x = name.left; x < name.left + name.width; x += 3, ++total)
      if (distance(img.getPixel(unsigned(x), unsigned(y)), pal::kInk) < 60) ++ink;
  CHECK(ink > total / 10);
  // Away from everything, just paper.
  CHECK(distance(img.getPixel(40, 20), pal::kPaper) < 25);
  // The figures wear their colours where they sit and stand.
  FigurePose adult;
  adult.feet = TitleScreen::adult_feet();
  adult.sitting = true;
  adult.warmth = 0.95f;
  FigureLook adult_look = look_for_role("caregiver");
  adult_look.scale = TitleScreen::kArtScale;
  CHECK(best_match(img, shirt_point(adult_look, adult), pal::kCaregiverShirt) < 40);
  FigurePose child;
  child.feet = TitleScreen::child_feet();
  FigureLook child_look = look_for_role("child");
  child_look.scale = TitleScreen::kArtScale;
  CHECK(best_match(img, shirt_point(child_look, child), pal::kChildShirt) < 40);
  // The first button (Play) is lit, the second is not.
  Audio audio(false);
  AppContext ctx;
  ctx.audio = &audio;
  const TitleScreen title(ctx);
  const sf::FloatRect play = title.menu().button(0), next = title.menu().button(1);
  CHECK(best_match(img, {play.left + 60, play.top + play.height / 2}, pal::kButtonHot) < 20);
  CHECK(best_match(img, {next.left + 60, next.top + next.height / 2}, pal::kButton) < 20);
}

TEST_CASE("the play screenshot shows the child and the caregiver where they are") {
  for (double at : {0.0, 3.0}) {
    DYNAMIC_SECTION("after " << at << " s") {
      const sf::Image img = shot("play", at);
      REQUIRE(img.getSize() == sf::Vector2u(1280, 720));
      // Rebuild the same deterministic session to know where everyone stands.
      Audio audio(false);
      AppContext ctx;
      ctx.audio = &audio;
      ctx.still = true;
      ctx.session.ai_child = true;
      PlayScreen play(ctx);
      play.advance(int(at * 60 + 0.5));
      const auto child = play.shirt_of("child");
      const auto carer = play.shirt_of("caregiver");
      REQUIRE(child);
      REQUIRE(carer);
      const sf::Vector2f c = play.canvas_point(*child), g = play.canvas_point(*carer);
      INFO("child at " << c.x << "," << c.y << "; caregiver at " << g.x << "," << g.y);
      CHECK(best_match(img, c, pal::kChildShirt) < 50);
      CHECK(best_match(img, g, pal::kCaregiverShirt) < 50);
      // And the two are not mixed up.
      CHECK(best_match(img, c, pal::kCaregiverShirt, 1) > 80);
      CHECK(best_match(img, g, pal::kChildShirt, 1) > 80);
    }
  }
}

TEST_CASE("the pause screenshot dims the scene under a card") {
  const sf::Image play = shot("play");
  const sf::Image pause = shot("pause");
  REQUIRE(pause.getSize() == sf::Vector2u(1280, 720));
  // A corner of the scene is darker under the pause card's dimming.
  const sf::Color a = play.getPixel(60, 660), b = pause.getPixel(60, 660);
  CHECK(int(a.r) + a.g + a.b > int(b.r) + b.g + b.b + 60);
  // The card itself is paper.
  CHECK(distance(pause.getPixel(640, 190), pal::kPaper) < 30);
}

TEST_CASE("an unknown screen or a bad time is refused, not drawn") {
  std::string error;
  ScreenshotRequest r;
  r.screen = "credits";
  CHECK_FALSE(render_screenshot(r, &error).has_value());
  CHECK(error.find("unknown screen") != std::string::npos);
  r.screen = "play";
  r.at = -1;
  CHECK_FALSE(render_screenshot(r, &error).has_value());
}

TEST_CASE("a screenshot can be taken as a German reader with the largest text would see it") {
  const std::string lang_before = language();
  const float scale_before = comfort().text_scale;
  ScreenshotRequest r;
  r.screen = "title";
  r.lang = "en";
  std::string error;
  const auto english = render_screenshot(r, &error);
  REQUIRE(english.has_value());
  r.lang = "de";
  const auto german = render_screenshot(r, &error);
  REQUIRE(german.has_value());
  r.lang = "en";
  r.text_size_percent = 200;
  const auto large = render_screenshot(r, &error);
  REQUIRE(large.has_value());
  auto differing = [](const sf::Image& a, const sf::Image& b) {
    int n = 0;
    for (unsigned y = 0; y < 720; y += 2)
      for (unsigned x = 0; x < 1280; x += 2) n += distance(a.getPixel(x, y), b.getPixel(x, y)) > 60;
    return n;
  };
  CHECK(differing(*english, *german) > 200); // the menu reads differently
  CHECK(differing(*english, *large) > 200);  // and larger
  // The process's own language and text size are untouched afterwards.
  CHECK(language() == lang_before);
  CHECK(comfort().text_scale == Approx(scale_before));

  r.text_size_percent = 300;
  CHECK_FALSE(render_screenshot(r, &error).has_value());
  CHECK(error.find("--text-size") != std::string::npos);
  r.text_size_percent.reset();
  r.lang = "xx";
  CHECK_FALSE(render_screenshot(r, &error).has_value());
  CHECK(error.find("unknown language") != std::string::npos);
}
