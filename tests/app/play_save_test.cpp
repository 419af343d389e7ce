// Issue 16 part 1 in the window's screens: closing mid-scene saves the play; the title
// offers to continue it; resuming re-simulates to the saved tick and state; the pause
// menu restarts, saves and quits; a damaged save is set aside and said on the title.
#include <catch2/catch.hpp>

#include "app/screens/play/pause_screen.hpp"
#include "app/screens/play/play_save.hpp"
#include "app/screens/play/resume_screen.hpp"
#include "app/screens/play/scenario_screen.hpp"
#include "app/screens/title/title_screen.hpp"
#include "play_helpers.hpp"
#include "storage/saved_play.hpp"
#include "text/strings.hpp"
#include "../storage/storage_test_env.hpp"

using namespace sb;
using namespace play_test;

namespace {

app::PlayChoice park_choice() {
  app::PlayChoice c;
  c.entry = entry("park");
  c.style = "rejecting";
  c.params = mind::preset("rejecting");
  c.autoplay = true; // the AI child plays while nobody holds the keys
  c.seed = 99;
  return c;
}

// Ticks the stack until a scenario screen is on top again (the resume screen hands over).
app::ScenarioScreen* resume_through(app::InputMapper& in, app::ScreenStack& stack, int limit = 2000) {
  for (int i = 0; i < limit && top_name(stack) == "resume"; ++i) tick(in, stack);
  REQUIRE(top_name(stack) == "scenario");
  return dynamic_cast<app::ScenarioScreen*>(stack.top());
}

}  // namespace

TEST_CASE("play save: closing mid-scene saves, and Continue comes back to the same tick and state", "[app][save]") {
  storage_test::TempHome home;
  QuietApp app(false); // a live game, not a screenshot: screenshots never save
  app::InputMapper in;
  app::ScreenStack stack;
  stack.push(std::make_unique<app::ScenarioScreen>(app.ctx, park_choice()));
  stack.apply();
  auto* scene = dynamic_cast<app::ScenarioScreen*>(stack.top());
  scene->advance(1500);
  const std::uint64_t tick_saved = scene->session().tick();
  const std::uint64_t hash_saved = scene->session().hash();
  REQUIRE_FALSE(scene->session().ended());

  stack.notify_quit(); // the window's close button
  stack.quit();
  stack.apply();
  const auto file = storage::saved_play_file(home.paths());
  REQUIRE(std::filesystem::exists(file));
  CHECK(storage_test::mode_of(file) == 0600);

  // The next start: the title's first item continues the park.
  app::ScreenStack again;
  again.push(std::make_unique<app::TitleScreen>(app.ctx));
  again.apply();
  auto* title = dynamic_cast<app::TitleScreen*>(again.top());
  REQUIRE(title->saved_scene().has_value());
  CHECK(title->menu().size() == 7);
  CHECK(title->menu().label(0) == tr("title.continue", {tr_line("scenario.park.title", entry("park").scenario->title),
                                                        app::play_time(tick_saved)}));
  press(in, again, sf::Keyboard::Enter);
  REQUIRE(top_name(again) == "resume");
  auto* resumed = resume_through(in, again);
  CHECK(resumed->session().tick() == tick_saved);
  CHECK(resumed->session().hash() == hash_saved);
  CHECK(resumed->choice().style == "rejecting");
  CHECK(resumed->choice().seed == 99);
  CHECK(resumed->recording().ticks() == tick_saved);
}

TEST_CASE("play save: a scene that ends empties the save slot; a title without one offers no Continue", "[app][save]") {
  storage_test::TempHome home;
  QuietApp app(false);
  app::InputMapper in;
  app::ScreenStack stack;
  stack.push(std::make_unique<app::ScenarioScreen>(app.ctx, park_choice()));
  stack.apply();
  auto* scene = dynamic_cast<app::ScenarioScreen*>(stack.top());
  scene->advance(600);
  REQUIRE_FALSE(scene->save_now().has_value());
  REQUIRE(std::filesystem::exists(storage::saved_play_file(home.paths())));
  for (int i = 0; i < 60 * 60 * 15 && top_name(stack) == "scenario"; ++i) {
    scene->advance(59);
    tick(in, stack); // the tick that sees the end hands over to the epilogue
  }
  REQUIRE(top_name(stack) == "epilogue");
  CHECK_FALSE(std::filesystem::exists(storage::saved_play_file(home.paths())));
  app::TitleScreen title(app.ctx);
  CHECK_FALSE(title.saved_scene().has_value());
  CHECK(title.menu().size() == 6);
  CHECK(title.menu().label(0) == tr("title.play"));
}

TEST_CASE("play save: the pause menu over a scene restarts it, and saves and quits", "[app][save][pause]") {
  storage_test::TempHome home;
  QuietApp app(false);
  app::InputMapper in;
  app::ScreenStack stack;
  stack.push(std::make_unique<app::ScenarioScreen>(app.ctx, park_choice()));
  stack.apply();
  dynamic_cast<app::ScenarioScreen*>(stack.top())->advance(900);
  press(in, stack, sf::Keyboard::Escape);
  REQUIRE(top_name(stack) == "pause");
  const auto* pause = dynamic_cast<app::PauseScreen*>(stack.top());
  REQUIRE(pause->menu().size() == 5);
  CHECK(pause->menu().label(0) == tr("pause.resume"));
  CHECK(pause->menu().label(1) == tr("pause.restart"));
  CHECK(pause->menu().label(2) == tr("pause.save_quit"));
  CHECK(pause->menu().label(3) == tr("pause.settings"));
  CHECK(pause->menu().label(4) == tr("pause.title"));

  SECTION("Restart scene: the same scene from its first tick") {
    press(in, stack, sf::Keyboard::Down);
    press(in, stack, sf::Keyboard::Enter);
    REQUIRE(top_name(stack) == "scenario");
    CHECK(stack.size() == 1);
    auto* fresh = dynamic_cast<app::ScenarioScreen*>(stack.top());
    CHECK(fresh->session().tick() == 0);
    CHECK(fresh->choice().seed == 99);
  }
  SECTION("Save and quit: the play is in the slot and the game ends") {
    press(in, stack, sf::Keyboard::Down);
    press(in, stack, sf::Keyboard::Down);
    press(in, stack, sf::Keyboard::Enter);
    CHECK(stack.empty());
    const auto saved = storage::load_saved_play(home.paths());
    REQUIRE(saved.value.has_value());
    CHECK(saved.value->tick == 900);
    CHECK(saved.value->scenario == "park");
  }
  SECTION("Back to title keeps the scene to continue") {
    for (int i = 0; i < 4; ++i) press(in, stack, sf::Keyboard::Down);
    press(in, stack, sf::Keyboard::Enter);
    REQUIRE(top_name(stack) == "title");
    CHECK(dynamic_cast<app::TitleScreen*>(stack.top())->saved_scene().has_value());
  }
}

TEST_CASE("play save: a damaged save is kept aside and said on the title, clear of the menu", "[app][save]") {
  storage_test::TempHome home;
  QuietApp app(false);
  storage_test::write_bytes(storage::saved_play_file(home.paths()), "kind = \"saved-play\"\nformat = 1\n[play]\nscenario = 7 7\n");
  app::TitleScreen title(app.ctx);
  CHECK_FALSE(title.saved_scene().has_value());
  REQUIRE_FALSE(title.save_notice().empty());
  const auto aside = storage_test::files_starting_with(home.paths().data, "saved-play.ini.damaged-");
  REQUIRE(aside.size() == 1);
  CHECK(title.save_notice().find(aside[0].filename().string()) != std::string::npos);
  for (int i = 0; i < static_cast<int>(title.menu().size()); ++i)
    CHECK_FALSE(title.menu().button(i).intersects(title.save_notice_box()));
}
