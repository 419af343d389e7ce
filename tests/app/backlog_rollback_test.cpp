// Issue 16 parts 2–4 in the scene: the backlog lists the story so far with speakers,
// scrolls, is read aloud by self-voicing, and steps back to a moment; Backspace steps
// back to the previous line or choice and a different answer is noted for the debrief;
// holding the skip key passes over lines read before and stops at new ones.
#include <catch2/catch.hpp>

#include <filesystem>

#include "app/art/palette.hpp"
#include "app/platform/voice/voice.hpp"
#include "app/render/canvas.hpp"
#include "app/screens/play/backlog_screen.hpp"
#include "app/screens/play/scenario_screen.hpp"
#include "pixel_checks.hpp"
#include "play_helpers.hpp"
#include "storage/seen_lines.hpp"
#include "text/strings.hpp"
#include "../storage/storage_test_env.hpp"

using namespace sb;
using namespace play_test;

namespace {

app::PlayChoice choice(const std::string& scenario, bool autoplay = true) {
  app::PlayChoice c;
  c.entry = entry(scenario);
  c.style = "sensitive";
  c.params = mind::preset("sensitive");
  c.autoplay = autoplay;
  c.seed = 5;
  return c;
}

app::ScenarioScreen* top_scene(app::ScreenStack& s) { return dynamic_cast<app::ScenarioScreen*>(s.top()); }

// Ticks until the resume screen has handed back to a scene.
void settle(app::InputMapper& in, app::ScreenStack& stack) {
  for (int i = 0; i < 3000 && top_name(stack) == "resume"; ++i) tick(in, stack);
  REQUIRE(top_name(stack) == "scenario");
}

std::filesystem::path shot(const std::string& name) {
  const auto dir = std::filesystem::current_path() / "comfort-shots";
  std::filesystem::create_directories(dir);
  return dir / (name + ".png");
}

}  // namespace

TEST_CASE("backlog: the lines so far with their speakers, drawn over the scene, newest chosen and read aloud",
          "[app][backlog]") {
  QuietApp app;
  app::Voice voice(false);
  voice.set_enabled(true);
  app.ctx.voice = &voice;
  app::InputMapper in;
  app::ScreenStack stack;
  stack.push(std::make_unique<app::ScenarioScreen>(app.ctx, choice("strange-situation")));
  stack.apply();
  top_scene(stack)->advance(60 * 100);
  const app::Backlog& log = top_scene(stack)->backlog();
  REQUIRE(log.entries().size() >= 3);
  bool spoken_line = false;
  for (const auto& e : log.entries()) spoken_line = spoken_line || !e.speaker.empty();
  CHECK(spoken_line); // someone speaks, not only narration

  press(in, stack, sf::Keyboard::PageUp);
  REQUIRE(top_name(stack) == "backlog");
  auto* backlog = dynamic_cast<app::BacklogScreen*>(stack.top());
  CHECK(backlog->selected() == static_cast<int>(log.entries().size()) - 1);
  const auto& last = log.entries().back();
  CHECK(voice.last_text().find(last.text) != std::string::npos); // self-voicing reads the chosen line

  sf::RenderTexture target;
  REQUIRE(target.create(1280, 720));
  target.clear();
  app::TextRecorder texts;
  stack.draw(target, app::Layout::fit({1280, 720}), 1.0);
  target.display();
  const sf::Image img = target.getTexture().copyToImage();
  img.saveToFile(shot("backlog").string());
  bool title = false, newest = false;
  for (const app::DrawnText& t : texts.texts()) {
    title = title || t.text == tr("backlog.title");
    newest = newest || last.text.find(t.text) != std::string::npos;
  }
  CHECK(title);
  CHECK(newest);
  // The paper card over the dimmed scene: paper inside, the scene darker outside it.
  const sf::FloatRect p = app::BacklogScreen::panel();
  CHECK(test::best_match(img, {p.left + 12, p.top + p.height / 2}, app::palette::kPaper, 2) < 12);
  // Every entry's box lies in the list's width.
  for (const sf::FloatRect& b : backlog->entry_boxes()) {
    CHECK(b.left >= app::BacklogScreen::list_area().left - 0.5f);
    CHECK(b.left + b.width <= app::BacklogScreen::list_area().left + app::BacklogScreen::list_area().width + 0.5f);
  }

  press(in, stack, sf::Keyboard::Up); // reads back: the entry before, read aloud
  CHECK(backlog->selected() == static_cast<int>(log.entries().size()) - 2);
  const auto& before = log.entries()[log.entries().size() - 2];
  CHECK(voice.last_text().find(before.text) != std::string::npos);
  press(in, stack, sf::Keyboard::Escape);
  CHECK(top_name(stack) == "scenario");
}

TEST_CASE("backlog: Enter on an earlier line goes back to that moment", "[app][backlog][rollback]") {
  QuietApp app;
  app::InputMapper in;
  app::ScreenStack stack;
  stack.push(std::make_unique<app::ScenarioScreen>(app.ctx, choice("strange-situation")));
  stack.apply();
  top_scene(stack)->advance(60 * 100);
  const auto entries = top_scene(stack)->backlog().entries();
  REQUIRE(entries.size() >= 3);
  press(in, stack, sf::Keyboard::PageUp);
  press(in, stack, sf::Keyboard::Up);
  press(in, stack, sf::Keyboard::Up);
  press(in, stack, sf::Keyboard::Enter);
  REQUIRE(top_name(stack) == "resume");
  settle(in, stack);
  const auto& target = entries[entries.size() - 3];
  CHECK(top_scene(stack)->session().tick() == target.tick);
  CHECK(top_scene(stack)->backlog().entries().back().text == target.text);
  REQUIRE(top_scene(stack)->session().story()->line());
  CHECK(top_scene(stack)->session().story()->line()->id == target.id);
}

TEST_CASE("rollback: Backspace at a choice steps back; choosing otherwise is noted, and equals a straight play",
          "[app][rollback]") {
  QuietApp app;
  app::InputMapper in;
  app::ScreenStack stack;
  stack.push(std::make_unique<app::ScenarioScreen>(app.ctx, choice("park", false)));
  stack.apply();
  // A person reads: Enter for each line until the first choice.
  auto until_choice = [&](app::ScreenStack& s) {
    for (int i = 0; i < 60 * 120 && top_scene(s)->choices().empty(); ++i) {
      if (top_scene(s)->session().story()->line() && i % 30 == 0) press(in, s, sf::Keyboard::Enter);
      tick(in, s);
    }
    REQUIRE_FALSE(top_scene(s)->choices().empty());
  };
  until_choice(stack);
  const std::uint64_t offered = top_scene(stack)->session().tick();
  press(in, stack, sf::Keyboard::Num1);
  for (int i = 0; i < 120; ++i) tick(in, stack);
  // Back to the choice: Backspace from a line steps to the moment before it, as often as needed.
  for (int n = 0; n < 6 && top_scene(stack)->session().tick() != offered; ++n) {
    press(in, stack, sf::Keyboard::Backspace);
    REQUIRE(top_name(stack) == "resume");
    settle(in, stack);
  }
  REQUIRE(top_scene(stack)->session().tick() == offered);
  REQUIRE_FALSE(top_scene(stack)->choices().empty());
  press(in, stack, sf::Keyboard::Num2);
  for (int i = 0; i < 120; ++i) tick(in, stack);
  REQUIRE(top_scene(stack)->changed_choices().size() == 1);
  CHECK(top_scene(stack)->changed_choices()[0].find("\u2192") != std::string::npos);
  const std::uint64_t rolled_hash = top_scene(stack)->session().hash();
  const std::uint64_t rolled_tick = top_scene(stack)->session().tick();
  // The straight play: the same presses, the second option first time.
  app::ScreenStack straight;
  straight.push(std::make_unique<app::ScenarioScreen>(app.ctx, choice("park", false)));
  straight.apply();
  until_choice(straight);
  REQUIRE(top_scene(straight)->session().tick() == offered);
  press(in, straight, sf::Keyboard::Num2);
  while (top_scene(straight)->session().tick() < rolled_tick) tick(in, straight);
  CHECK(top_scene(straight)->session().hash() == rolled_hash);
  CHECK(top_scene(straight)->changed_choices().empty());
}

TEST_CASE("skip: holding Ctrl passes over lines read before and stops at a new one", "[app][skip]") {
  storage_test::TempHome home;
  QuietApp app(false); // a live game: lines read are remembered
  app::ScreenStack stack;
  // A first play reads the opening lines (a person pressing Enter), then leaves.
  {
    app::InputMapper in;
    stack.push(std::make_unique<app::ScenarioScreen>(app.ctx, choice("park", false)));
    stack.apply();
    for (int i = 0; i < 60 * 20; ++i) {
      if (!top_scene(stack)->choices().empty()) press(in, stack, sf::Keyboard::Num1);
      else if (top_scene(stack)->session().story()->line() && i % 40 == 39) press(in, stack, sf::Keyboard::Enter);
      tick(in, stack);
    }
    stack.quit();
    stack.apply();
  }
  const auto seen = storage::load_seen_lines(home.paths()).value;
  REQUIRE(seen.count("park") >= 2);
  CHECK(storage_test::mode_of(storage::seen_lines_file(home.paths())) == 0600);
  // The second play, Ctrl held: read lines go by in a few ticks each; the first unread one waits.
  app::InputMapper in;
  in.on_event(key_event(sf::Keyboard::LControl, true));
  stack.push(std::make_unique<app::ScenarioScreen>(app.ctx, choice("park", false)));
  stack.apply();
  int skipped = 0;
  std::string last;
  for (int i = 0; i < 60 * 60; ++i) {
    tick(in, stack);
    auto* s = top_scene(stack);
    if (!s->choices().empty()) { // skipping stops at a choice; the player answers as before
      press(in, stack, sf::Keyboard::Num1);
      continue;
    }
    if (s->paced_line_id() != last && !last.empty() && seen.seen("park", last)) ++skipped;
    last = s->paced_line_id();
    if (!last.empty() && !seen.seen("park", last)) break; // a line never read
  }
  CHECK(skipped >= 2);
  auto* s = top_scene(stack);
  const std::string stopped_at = s->paced_line_id();
  REQUIRE_FALSE(stopped_at.empty());
  REQUIRE_FALSE(seen.seen("park", stopped_at));
  for (int i = 0; i < 120; ++i) tick(in, stack); // two seconds more, Ctrl still held
  CHECK(s->paced_line_id() == stopped_at);     // the new line waits to be read
  CHECK(s->line_was_read() == false);
}
