// Compare for a classroom: two key presses from the title open it; the four panes
// step together; pause, single steps, speed, the facilitator view and the live
// caregiver switch answer their keys; at the end, four debriefs side by side.
#include <catch2/catch.hpp>

#include "app/platform/app_context.hpp"
#include "app/platform/audio.hpp"
#include "app/screens/compare/compare_screen.hpp"
#include "app/screens/library/library_screen.hpp"
#include "app/platform/fonts.hpp"
#include "app/screens/screen_stack.hpp"
#include "app/screens/title/title_screen.hpp"

using namespace sb::app;

namespace {
struct Fixture {
  Audio silent{false};
  AppContext ctx;
  Fixture() {
    ctx.audio = &silent;
    ctx.still = true;
    REQUIRE(load_fonts(ctx.fonts));
  }
};
}  // namespace

TEST_CASE("compare opens from the title with Down then Enter and the library is the next entry") {
  Fixture f;
  ScreenStack stack;
  stack.push(std::make_unique<TitleScreen>(f.ctx));
  stack.apply();
  stack.top()->on_action(Action::MoveDown, stack);
  stack.top()->on_action(Action::Confirm, stack);
  stack.apply();
  REQUIRE(stack.top());
  CHECK(stack.top()->name() == "compare");

  ScreenStack again;
  again.push(std::make_unique<TitleScreen>(f.ctx));
  again.apply();
  for (Action a : {Action::MoveDown, Action::MoveDown, Action::Confirm}) again.top()->on_action(a, again);
  again.apply();
  CHECK(again.top()->name() == "library");
}

TEST_CASE("the four panes run in step and the pause and step and speed and facilitator keys work") {
  Fixture f;
  ScreenStack stack;
  auto owned = std::make_unique<debrief::CompareScreen>(f.ctx, "strange-situation", 5);
  debrief::CompareScreen& c = *owned;
  stack.push(std::move(owned));
  stack.apply();
  InputMapper input;
  for (int i = 0; i < 30; ++i) c.tick(input, stack);
  for (int i = 0; i < 4; ++i) CHECK(c.tick_of(i) == 30u);

  // Space pauses: ticks stop. A step moves all four by the same amount.
  CHECK(c.on_key(sf::Keyboard::Space, stack));
  CHECK(c.paused());
  for (int i = 0; i < 10; ++i) c.tick(input, stack);
  CHECK(c.tick_of(0) == 30u);
  c.on_action(Action::MoveRight, stack);
  for (int i = 0; i < 4; ++i) CHECK(c.tick_of(i) == 60u);
  c.on_key(sf::Keyboard::Period, stack);
  CHECK(c.tick_of(3) == 61u);

  // Speed doubles per press, up to 8.
  c.on_key(sf::Keyboard::Space, stack);
  for (int i = 0; i < 5; ++i) c.on_action(Action::MoveUp, stack);
  CHECK(c.speed() == 8);
  c.tick(input, stack);
  CHECK(c.tick_of(1) == 69u);

  // The facilitator view: F, then 1–4 switch the caregiver shown, N pages the notes.
  CHECK(c.on_key(sf::Keyboard::F, stack));
  CHECK(c.facilitator());
  c.on_key(sf::Keyboard::Num3, stack);
  CHECK(c.focus() == 2);
  c.on_key(sf::Keyboard::N, stack);
  CHECK(c.notes_section() == 1);
  // Switching does not restart anything: the same moment under another caregiver.
  CHECK(c.tick_of(2) == c.tick_of(0));
}

TEST_CASE("the same AI child under four caregivers ends in different debriefs side by side") {
  Fixture f;
  debrief::CompareScreen c(f.ctx, "strange-situation", 3);
  for (int guard = 0; guard < 200 && !c.all_ended(); ++guard) c.advance(600);
  REQUIRE(c.all_ended());
  const auto runs = c.debriefs();
  REQUIRE(runs.size() == 4);
  CHECK(runs[0].caregiver_style == "sensitive");
  CHECK(runs[3].caregiver_style == "frightening");
  // Same child, same seed: the sensitive and rejecting caregivers do not give the same outcome.
  CHECK(runs[0].outcome.pattern != runs[1].outcome.pattern);
  for (const auto& r : runs) {
    CHECK(r.recording.has_value());
    CHECK_FALSE(r.outcome.reasons.empty());
  }
}
