// Playing the caregiver (issue 14) as the player sees it: the child's own story
// options are hers to weigh, so no menu of words meant for the child covers the
// scene or the answer bar; the bar itself is there, its first answer highlighted.
// And the debrief's preset marks never hide each other where presets sit close.
#include <catch2/catch.hpp>

#include <memory>

#include "app/art/palette.hpp"
#include "app/screens/play/caregiver_screen.hpp"
#include "app/screens/play/first_year_screen.hpp"
#include "app/screens/play/play_screenshot.hpp"
#include "app/screens/play/story_overlay.hpp"
#include "app/screens/play/scenario_screen.hpp"
#include "mind/caregiver_params.hpp"
#include "pixel_checks.hpp"
#include "play_helpers.hpp"
#include "watched_scene.hpp"
#include "text/strings.hpp"

using namespace sb;
using namespace sb::app;
using sb::test::best_match;
namespace pal = sb::app::palette;

namespace {

sf::Vector2f centre(const sf::FloatRect& r) { return {r.left + r.width / 2, r.top + r.height / 2}; }

// A scene played as the caregiver, after a sensitive history, shot at `at` seconds.
std::unique_ptr<Screen> caregiver_scene(play_test::QuietApp& app, const std::string& scenario, std::uint64_t seed, double at) {
  play_test::watch(app, play_test::entry(scenario).scenario, "sensitive", seed, true);
  auto screen = caregiver_screenshot_screen(app.ctx, at);
  REQUIRE(screen);
  return screen;
}

}  // namespace

TEST_CASE("playing the caregiver, the child's story options are not drawn as the player's menu") {
  play_test::QuietApp app;
  // The park's first choice ("Where to first?") is up by 20 s.
  auto screen = caregiver_scene(app, "park", 7, 20);
  auto& care = static_cast<CaregiverScreen&>(*screen);
  REQUIRE_FALSE(care.scene().choices().empty());  // the story is waiting on the child's choice
  const sf::Image img = play_test::render(*screen);

  // A drawn menu would put its highlighted first option here, in the button colour.
  const sf::Vector2f option = centre(care.scene().choices().option_rect(0));
  INFO("first option's centre " << option.x << "," << option.y);
  CHECK(best_match(img, option, pal::kButtonHot, 6) > 40.f);
  // The story's box stops short of the answer bar: no line runs under it.
  CHECK(dialogue_rect().left + dialogue_rect().width <= kAnswerBarLeft);
  // The answer bar is drawn, its first answer ("Go to her") in the bar's focus colour.
  const sf::Vector2f answer = centre(CaregiverScreen::button_rect(0));
  CHECK(best_match(img, answer, sf::Color(255, 214, 150), 6) < 20.f);

  // Played as the child, the same moment shows the menu where the test looked.
  play_test::QuietApp child_app;
  child_app.ctx.session = app.ctx.session;
  child_app.ctx.session.caregiver_played = false;
  auto child_screen = scenario_screenshot_screen(child_app.ctx, 20);
  REQUIRE(child_screen);
  const sf::Image child_img = play_test::render(*child_screen);
  CHECK(best_match(child_img, centre(child_screen->choices().option_rect(0)), pal::kButtonHot, 6) < 20.f);
}

TEST_CASE("months in minutes: the year is lived by the same child the Strange Situation then shows") {
  std::vector<double> soothabilities;
  for (std::uint64_t seed : {3u, 4u, 5u}) {
    play_test::QuietApp app;
    app.ctx.session.scenario = play_test::entry("strange-situation").scenario;
    app.ctx.session.caregiver = mind::preset("sensitive");
    app.ctx.session.caregiver_style = "sensitive";
    app.ctx.session.seed = seed;
    auto screen = first_year_screenshot(app.ctx, 0);
    REQUIRE(screen);
    const auto& year = static_cast<FirstYearScreen&>(*screen);
    // The scene after the year, made the way the game makes it, has this child's temperament.
    PlayChoice c = choice_from_session(app.ctx);
    c.caregiver_role = true;
    CaregiverScreen scene(app.ctx, c);
    CHECK(year.soothability() == Approx(scene.scene().session().mind().temperament().soothability));
    soothabilities.push_back(year.soothability());
  }
  // Not one fixed child for every player: the seed draws the temperament.
  CHECK((soothabilities[0] != soothabilities[1] || soothabilities[1] != soothabilities[2]));
}

TEST_CASE("playing the caregiver, the cue card never covers the player's own figure or the child") {
  play_test::QuietApp app;
  // At a minute the parent sits in the chair by the top-left wall, where the card used to be.
  auto screen = caregiver_scene(app, "strange-situation", 1, 60);
  auto& care = static_cast<CaregiverScreen&>(*screen);
  play_test::render(*screen);
  const sf::FloatRect card = care.cue_card();
  REQUIRE(card.width > 0);  // a cue is up
  for (const sim::AgentView& a : care.scene().session().agents()) {
    const auto shirt = care.scene().shirt_on_canvas(a.id);
    if (!a.present || !shirt) continue;
    INFO(a.id << " at " << shirt->x << "," << shirt->y << "; card at " << card.left << "," << card.top);
    CHECK_FALSE(card.contains(*shirt));
    CHECK_FALSE(card.contains(*shirt + sf::Vector2f{0, -70}));  // the face
  }
}
