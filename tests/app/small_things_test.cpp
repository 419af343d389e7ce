// Issue 16, part 7's small things a player meets: "Last debrief" with nothing to show
// says so on screen; the quiz's number keys choose and Enter answers, as its hint says;
// a long seed in the debrief header is shown short; the rabbit looks like a rabbit.
#include <catch2/catch.hpp>

#include <chrono>
#include <filesystem>
#include <sstream>
#include <thread>

#include "app/art/room_art.hpp"
#include "app/render/canvas.hpp"
#include "app/screens/debrief/debrief_screen.hpp"
#include "app/screens/debrief/quiz_screen.hpp"
#include "app/screens/screen_stack.hpp"
#include "app/screens/title/title_screen.hpp"
#include "mind/caregiver_params.hpp"
#include "play_helpers.hpp"
#include "scenario/model.hpp"
#include "sim/recording.hpp"
#include "sim/session.hpp"
#include "storage/replays.hpp"
#include "text/strings.hpp"
#include "../storage/storage_test_env.hpp"

using namespace sb;
using namespace sb::app;

namespace {
std::vector<DrawnText> drawn(Screen& s) {
  sf::RenderTexture target;
  REQUIRE(target.create(1280, 720));
  TextRecorder rec;
  s.draw(target, Layout::fit({1280, 720}), 1.0);
  return rec.texts();
}
// The title's ticks until "Last debrief" has finished loading (it replays on a worker thread).
void tick_until_loaded(TitleScreen& title, ScreenStack& stack) {
  for (int i = 0; i < 1200 && title.loading_last_play(); ++i) {
    title.tick(InputMapper{}, stack);
    if (title.loading_last_play()) std::this_thread::sleep_for(std::chrono::milliseconds(25));
  }
  REQUIRE_FALSE(title.loading_last_play());
}
bool shows(const std::vector<DrawnText>& texts, const std::string& words) {
  for (const DrawnText& t : texts)
    if (t.text.find(words) != std::string::npos && t.box.left >= 0 && t.box.top >= 0 && t.box.left + t.box.width <= 1280 &&
        t.box.top + t.box.height <= 720)
      return true;
  return false;
}
}  // namespace

TEST_CASE("Last debrief on a fresh profile says on screen that there is no finished play yet") {
  storage_test::TempHome home;  // nothing played, no replays
  play_test::QuietApp app;
  ScreenStack stack;
  stack.push(std::make_unique<TitleScreen>(app.ctx));
  stack.apply();
  auto* title = dynamic_cast<TitleScreen*>(stack.top());
  REQUIRE(title);
  CHECK_FALSE(shows(drawn(*title), text::tr("title.no_last_play")));
  for (Action a : {Action::MoveDown, Action::MoveDown, Action::MoveDown, Action::Confirm}) title->on_action(a, stack);
  tick_until_loaded(*title, stack);
  stack.apply();
  CHECK(stack.top() == title);  // nothing opened...
  CHECK(title->notice() == text::tr("title.no_last_play"));
  CHECK(shows(drawn(*title), text::tr("title.no_last_play")));  // ...and it says why, on the screen
  title->on_action(Action::MoveUp, stack);  // the next key puts the key hint back
  CHECK(title->notice().empty());
  CHECK(shows(drawn(*title), text::tr("title.hint")));
}

TEST_CASE("Last debrief replays off the title's thread within a budget: a hostile or endless newest replay never freezes the title") {
  storage_test::TempHome home;
  storage::remember_last_play("");  // nothing from earlier tests in this process
  const auto paths = storage::Paths::from_environment();
  REQUIRE(paths);
  // Three hours of idle play in the free playroom: a valid file that takes long to replay...
  sim::Recording endless;
  endless.caregiver = mind::describe(mind::preset("sensitive"));
  endless.caregiver_style = "sensitive";
  endless.inputs.push_back({static_cast<std::uint32_t>(sim::Recording::kMaxTicks), {}});
  std::ostringstream text;
  sim::write_recording(text, endless);
  const auto long_file = storage::save_replay(*paths, "playroom", text.str());
  REQUIRE(long_file);
  // ...and, newer still, a hostile one that claims four billion ticks.
  std::string hostile = text.str();
  const std::string ticks = "ticks " + std::to_string(sim::Recording::kMaxTicks);
  REQUIRE(hostile.find(ticks) != std::string::npos);
  hostile.replace(hostile.find(ticks), ticks.size(), "ticks 4294967295");
  const auto hostile_file = storage::save_replay(*paths, "hostile", hostile);
  REQUIRE(hostile_file);
  const auto now = std::filesystem::file_time_type::clock::now();
  std::filesystem::last_write_time(*long_file, now - std::chrono::hours(1));
  std::filesystem::last_write_time(*hostile_file, now);
  REQUIRE(storage::list_replays(*paths).front().path == *hostile_file);

  play_test::QuietApp app;
  ScreenStack stack;
  stack.push(std::make_unique<TitleScreen>(app.ctx));
  stack.apply();
  auto* title = dynamic_cast<TitleScreen*>(stack.top());
  REQUIRE(title);
  title->set_last_play_budget(std::chrono::milliseconds(300));
  for (Action a : {Action::MoveDown, Action::MoveDown, Action::MoveDown, Action::Confirm}) title->on_action(a, stack);
  // Choosing it returned at once: the title is still on top and still answers the keys.
  CHECK(title->loading_last_play());
  CHECK(title->notice() == text::tr("title.last_play_loading"));
  CHECK(shows(drawn(*title), text::tr("title.last_play_loading")));
  const int chosen = title->menu().selected();
  title->on_action(Action::MoveUp, stack);
  CHECK(title->menu().selected() != chosen);
  tick_until_loaded(*title, stack);
  stack.apply();
  CHECK(stack.top() == title);
  // The hostile file was passed over; the endless one was stopped at the budget, and the player told.
  CHECK(title->notice() == text::tr("title.last_play_too_long"));
  CHECK(shows(drawn(*title), "securebase report"));
}

TEST_CASE("the quiz's number keys choose an answer and Enter gives it, as the hint says") {
  play_test::QuietApp app;
  ScreenStack stack;
  debrief::QuizScreen quiz(app.ctx, "strange-situation");
  CHECK(text::tr("quiz.keys").find("Enter") != std::string::npos);
  quiz.on_action(Action::Choice2, stack);
  CHECK_FALSE(quiz.answered());  // chosen, not yet answered
  CHECK(quiz.hovered() == 1);
  quiz.on_action(Action::Choice3, stack);  // a change of mind is still possible
  CHECK(quiz.hovered() == 2);
  quiz.on_action(Action::Confirm, stack);
  CHECK(quiz.answered());
  quiz.on_action(Action::Choice1, stack);  // once answered, a number changes nothing
  CHECK(quiz.hovered() == 2);
}

TEST_CASE("a 19-digit seed is shown short in the debrief header") {
  play_test::QuietApp app;
  sim::SessionConfig c;
  c.scenario = play_test::entry("park").scenario;
  c.caregiver = mind::preset("sensitive");
  c.caregiver_style = "sensitive";
  c.seed = 1844674407370955161ull;
  sim::Session session(c);
  for (int i = 0; i < 60; ++i) session.step({});
  debrief::DebriefScreen screen(app.ctx, report::from_session(session));
  const auto texts = drawn(screen);
  CHECK(shows(texts, "1844\u20265161"));
  CHECK_FALSE(shows(texts, "1844674407370955161"));
}

TEST_CASE("the bedtime rabbit is drawn as a rabbit: long ears above its head, where a bear has none") {
  auto ink_above_head = [](const std::string& kind) {
    sf::RenderTexture target;
    REQUIRE(target.create(200, 200));
    target.clear(sf::Color::Black);
    {
      Canvas t(target);
      draw_toy(t, kind, {100, 130}, 30, 0.f, 0);
    }
    target.display();
    const sf::Image img = target.getTexture().copyToImage();
    int lit = 0;  // the band from 1.3 to 1.8 radii above the centre, over the head's width
    for (unsigned y = 130 - 54; y < 130 - 39; ++y)
      for (unsigned x = 70; x < 130; ++x) lit += img.getPixel(x, y) != sf::Color::Black;
    return lit;
  };
  CHECK(ink_above_head("rabbit") > 150);
  CHECK(ink_above_head("bear") == 0);
  // The bedtime scenario's rabbit is of the rabbit kind, so that is how it is drawn.
  const auto bedtime = play_test::entry("bedtime").scenario;
  REQUIRE(bedtime);
  bool found = false;
  for (const auto& toy : bedtime->world.toys)
    if (toy.id == "rabbit") {
      found = true;
      CHECK(toy.kind == "rabbit");
    }
  CHECK(found);
}

TEST_CASE("a damaged reflections file is reported on the debrief's screen, with how many notes were kept") {
  storage_test::TempHome home;
  const auto file = home.paths().reflections_file();
  storage_test::write_bytes(file,
                            "kind = \"reflections\"\nformat = 1\n\n"
                            "[[reflection]]\nscenario = \"park\"\nprompt = \"debrief.reflect.prompt.moment\"\n"
                            "written = \"2026-11-29T09:30:00Z\"\ntext = \"The swing.\"\n\n"
                            "[[reflection]]\nscenario = \"park\"\nprompt = \"debrief.reflect.prompt.familiar\"\n"
                            "written = \"not a time\"\ntext = \"My sister.\"\n");
  play_test::QuietApp app;
  sim::SessionConfig c;
  c.scenario = play_test::entry("park").scenario;
  c.caregiver = mind::preset("sensitive");
  c.caregiver_style = "sensitive";
  sim::Session session(c);
  session.step({});
  debrief::DebriefScreen screen(app.ctx, report::from_session(session));
  const auto kept = storage_test::files_starting_with(home.paths().data, "reflections.ini.damaged-");
  REQUIRE(kept.size() == 1);
  CHECK(screen.status() == text::tr("debrief.reflect.damaged", {"1", kept.front().filename().string()}));
  CHECK(shows(drawn(screen), kept.front().filename().string()));
  // The intact note is back in place for the Reflect page and the next save.
  CHECK(storage_test::read_bytes(file).find("The swing.") != std::string::npos);
}
