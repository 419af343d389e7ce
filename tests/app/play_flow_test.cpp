// The way into a scenario: life map -> caregiver -> content note -> the scene,
// with the keyboard through the real input map.
#include <catch2/catch.hpp>

#include "app/screens/play/caregiver_select_screen.hpp"
#include "app/screens/play/content_note_screen.hpp"
#include "app/screens/play/life_map_screen.hpp"
#include "app/screens/play/scenario_screen.hpp"
#include "play_helpers.hpp"

using namespace sb::app;
using play_test::press;
using play_test::top_name;
using K = sf::Keyboard;

namespace {
struct Flow {
  Audio audio{false};
  AppContext ctx;
  ScreenStack stack;
  InputMapper in;
  Flow() {
    ctx.audio = &audio;
    REQUIRE(load_fonts(ctx.fonts));
  }
};
}  // namespace

TEST_CASE("the life map offers the seven scenarios in the order of a life") {
  const auto& list = scenario_list();
  REQUIRE(list.size() == 7);
  CHECK(list.front().id == "strange-situation");
  CHECK(list[4].id == "first-day");
  CHECK(list.back().id == "earning-security");
  for (const auto& e : list) {
    INFO(e.id);
    CHECK(e.scenario->title.size() > 3);
    CHECK(!e.scenario->summary.empty());
  }
}

TEST_CASE("arrows move along the life map and Enter opens the caregiver choice for that place") {
  Flow f;
  f.stack.push(std::make_unique<LifeMapScreen>(f.ctx));
  f.stack.apply();
  press(f.in, f.stack, K::Right);
  press(f.in, f.stack, K::Right);
  auto* map = dynamic_cast<LifeMapScreen*>(f.stack.top());
  REQUIRE(map);
  CHECK(map->selected() == 2);
  press(f.in, f.stack, K::Left);
  CHECK(map->selected() == 1);
  press(f.in, f.stack, K::Enter);
  REQUIRE(top_name(f.stack) == "caregiver");
  auto* care = dynamic_cast<CaregiverSelectScreen*>(f.stack.top());
  CHECK(care->choice().entry.id == "park");
  // Esc goes back to the map, still on the park.
  press(f.in, f.stack, K::Escape);
  REQUIRE(top_name(f.stack) == "life-map");
  CHECK(dynamic_cast<LifeMapScreen*>(f.stack.top())->selected() == 1);
}

TEST_CASE("the mouse picks a place on the life map") {
  Flow f;
  f.stack.push(std::make_unique<LifeMapScreen>(f.ctx));
  f.stack.apply();
  f.stack.top()->on_pointer(LifeMapScreen::place_centre(5), false, f.stack);
  CHECK(dynamic_cast<LifeMapScreen*>(f.stack.top())->selected() == 5);
  f.stack.top()->on_pointer(LifeMapScreen::place_centre(5), true, f.stack);
  f.stack.apply();
  REQUIRE(top_name(f.stack) == "caregiver");
  CHECK(dynamic_cast<CaregiverSelectScreen*>(f.stack.top())->choice().entry.id == "grown-up");
}

TEST_CASE("presets, custom sliders, surprise and autoplay on the caregiver screen") {
  Flow f;
  f.stack.push(std::make_unique<CaregiverSelectScreen>(f.ctx, play_test::entry("strange-situation"), 0));
  f.stack.apply();
  auto* care = dynamic_cast<CaregiverSelectScreen*>(f.stack.top());
  CHECK(care->choice().style == "sensitive");
  press(f.in, f.stack, K::Down);
  CHECK(care->choice().style == "rejecting");
  CHECK(care->choice().params.acceptance < 5);
  // Custom: Enter steps into the sliders; right raises sensitivity by one.
  for (int i = 0; i < 4; ++i) press(f.in, f.stack, K::Down);
  CHECK(care->choice().style == "custom");
  press(f.in, f.stack, K::Enter);
  CHECK(care->focus() == CaregiverSelectScreen::kSlider0);
  const double before = care->choice().params.sensitivity;
  press(f.in, f.stack, K::Left);
  CHECK(care->choice().params.sensitivity == Approx(before - 1));
  // The frightening slider moves in tenths and stays within 0..1.
  for (int i = 0; i < 4; ++i) press(f.in, f.stack, K::Down);
  CHECK(care->focus() == CaregiverSelectScreen::kSlider4);
  for (int i = 0; i < 15; ++i) press(f.in, f.stack, K::Right);
  CHECK(care->choice().params.frightening == Approx(1.0));
  // Autoplay toggles with left/right.
  press(f.in, f.stack, K::Down);
  CHECK(care->focus() == CaregiverSelectScreen::kAutoplay);
  CHECK_FALSE(care->choice().autoplay);
  press(f.in, f.stack, K::Right);
  CHECK(care->choice().autoplay);
  // Surprise me picks one of the four presets and keeps it hidden.
  press(f.in, f.stack, K::Num1);
  for (int i = 0; i < 4; ++i) press(f.in, f.stack, K::Down);
  CHECK(care->choice().surprise);
  const std::string hidden = care->choice().style;
  CHECK((hidden == "sensitive" || hidden == "rejecting" || hidden == "inconsistent" || hidden == "frightening"));
}

TEST_CASE("a content note comes first, and offers another caregiver or another scene") {
  Flow f;
  PlayChoice c;
  c.entry = play_test::entry("bedtime");
  c.style = "frightening";
  c.params = sb::mind::preset("frightening");
  PlayComfort comfort;
  CHECK(needs_content_note(c, comfort));
  comfort.content_notes = false; // the settings switch turns the notes off
  CHECK_FALSE(needs_content_note(c, comfort));

  f.stack.push(std::make_unique<ContentNoteScreen>(f.ctx, c));
  f.stack.apply();
  auto* note = dynamic_cast<ContentNoteScreen*>(f.stack.top());
  const auto notes = note->notes();
  REQUIRE(notes.size() == c.entry.scenario->content_notes.size() + 1); // the scenario's, plus the caregiver's
  press(f.in, f.stack, K::Down);
  press(f.in, f.stack, K::Enter);
  REQUIRE(top_name(f.stack) == "caregiver");
  CHECK(dynamic_cast<CaregiverSelectScreen*>(f.stack.top())->choice().entry.id == "bedtime");

  f.stack.replace(std::make_unique<ContentNoteScreen>(f.ctx, c));
  f.stack.apply();
  press(f.in, f.stack, K::Escape); // Esc: another scene
  CHECK(top_name(f.stack) == "life-map");

  f.stack.replace(std::make_unique<ContentNoteScreen>(f.ctx, c));
  f.stack.apply();
  press(f.in, f.stack, K::Enter); // Continue: the scene
  REQUIRE(top_name(f.stack) == "scenario");
  CHECK(dynamic_cast<ScenarioScreen*>(f.stack.top())->session().config().caregiver_style == "frightening");
}

TEST_CASE("the surprise caregiver's note never names the hidden style") {
  PlayChoice c;
  c.entry = play_test::entry("park");
  c.surprise = true;
  c.style = "sensitive";
  Audio audio(false);
  AppContext ctx;
  ctx.audio = &audio;
  ContentNoteScreen note(ctx, c);
  const auto with_sensitive = note.notes();
  c.style = "frightening";
  c.params = sb::mind::preset("frightening");
  ContentNoteScreen note2(ctx, c);
  CHECK(note2.notes() == with_sensitive);
}
