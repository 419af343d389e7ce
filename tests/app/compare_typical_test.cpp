// Issue 16 part 5 in the window: each compare pane runs its own typical seed; R re-rolls
// (deterministically); switching scenario puts a loading card up at once instead of
// leaving the old scene standing.
#include <catch2/catch.hpp>

#include "app/render/canvas.hpp"
#include "app/screens/compare/compare_screen.hpp"
#include "play_helpers.hpp"
#include "text/strings.hpp"

using namespace sb;
using namespace play_test;

namespace {
std::vector<app::DrawnText> drawn(app::Screen& s) {
  sf::RenderTexture target;
  REQUIRE(target.create(1280, 720));
  app::TextRecorder texts;
  s.draw(target, app::Layout::fit({1280, 720}), 1.0);
  return texts.texts();
}
bool shows(const std::vector<app::DrawnText>& texts, const std::string& words) {
  for (const auto& t : texts)
    if (t.text == words) return true;
  return false;
}
}  // namespace

TEST_CASE("compare: each caregiver's pane has its own typical seed; R re-rolls all four the same way each time",
          "[app][compare]") {
  QuietApp app;
  app::ScreenStack stack;
  app::InputMapper in;
  app::debrief::CompareScreen a(app.ctx, "park", 7), b(app.ctx, "park", 7);
  for (int i = 0; i < 4; ++i)
    for (int j = i + 1; j < 4; ++j) CHECK(a.pane_seed(i) != a.pane_seed(j));
  const std::uint64_t frightening = a.pane_seed(3);
  CHECK(a.on_key(sf::Keyboard::R, stack));
  CHECK(a.loading());
  drawn(a);
  a.tick(in, stack);
  CHECK_FALSE(a.loading());
  CHECK(a.pane_seed(3) != frightening);
  CHECK(a.scenario_id() == "park");
  b.reroll();
  drawn(b);
  b.tick(in, stack);
  for (int i = 0; i < 4; ++i) CHECK(a.pane_seed(i) == b.pane_seed(i));
}

TEST_CASE("compare: switching scenario shows a loading card at once, then the new scenario", "[app][compare]") {
  QuietApp app;
  app::ScreenStack stack;
  app::InputMapper in;
  app::debrief::CompareScreen c(app.ctx, "strange-situation", 7);
  c.advance(60);
  CHECK(shows(drawn(c), tr("compare.caregiver.sensitive")));
  CHECK(c.on_key(sf::Keyboard::S, stack));
  REQUIRE(c.loading());
  c.tick(in, stack); // nothing starts before the card has been drawn once
  CHECK(c.loading());
  const auto card = drawn(c);
  const std::string title = tr_line("scenario.park.title", entry("park").scenario->title);
  CHECK(shows(card, tr("compare.loading", {title})));
  CHECK_FALSE(shows(card, tr("compare.caregiver.sensitive"))); // the old scene is gone
  c.tick(in, stack);
  CHECK_FALSE(c.loading());
  CHECK(c.scenario_id() == "park");
  CHECK(c.tick_of(0) == 0);
}
