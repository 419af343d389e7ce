// Text speed and auto-advance in scenario play (issue 7): each line appears letter
// by letter at the chosen speed; Enter shows it whole and the next Enter goes on;
// without auto-advance a line waits for the player however long it takes; with
// it the line goes on once shown, the voice is quiet and the pause has passed;
// autoplay always goes on by itself; the pause screen holds everything still.
#include <catch2/catch.hpp>

#include <chrono>
#include <thread>

#include "app/screens/play/pause_screen.hpp"
#include "app/screens/play/scenario_screen.hpp"
#include "app/render/comfort.hpp"
#include "app/ui/line_pacer.hpp"
#include "app/platform/voice/read_aloud.hpp"
#include "app/platform/voice/voice.hpp"
#include "play_helpers.hpp"
#include "settings_test_support.hpp"
#include "sim/replay.hpp"

using namespace sb::app;
using play_test::press;
using K = sf::Keyboard;

namespace {

void use(int cps, bool auto_advance, int pause_ms = 1500, bool reduced_motion = false) {
  storage::Settings s;
  s.text_speed_cps = cps;
  s.auto_advance = auto_advance;
  s.auto_advance_pause_ms = pause_ms;
  s.reduced_motion = reduced_motion;
  apply_look(s);
}

// The scenario screen on the park, driven the way the game loop drives it.
struct Park {
  Audio audio{false};
  AppContext ctx;
  ScreenStack stack;
  InputMapper in;
  explicit Park(bool autoplay = false, Voice* voice = nullptr) {
    ctx.audio = &audio;
    ctx.voice = voice;
    REQUIRE(load_fonts(ctx.fonts));
    PlayChoice c;
    c.entry = play_test::entry("park");
    c.style = "sensitive";
    c.params = sb::mind::preset("sensitive");
    c.autoplay = autoplay;
    c.seed = 5;
    stack.push(std::make_unique<ScenarioScreen>(ctx, c));
    stack.apply();
    tick(); // the opening line appears
  }
  ScenarioScreen& play() { return *dynamic_cast<ScenarioScreen*>(stack.top()); }
  const sb::sim::StoryRuntime& story() { return *play().session().story(); }
  std::string line() {
    const auto l = story().line();
    return l && story().choices().empty() ? l->id : std::string();
  }
  void tick() { play_test::tick(in, stack); }
  // Ticks until the line on screen changes; the ticks it took (or `limit`).
  int ticks_until_line_changes(int limit) {
    const std::string first = line();
    int n = 0;
    while (line() == first && n < limit) tick(), ++n;
    return n;
  }
};

constexpr int kSecond = 60; // ticks

}  // namespace

TEST_CASE("a line appears at each text speed, and only auto-advance moves it on") {
  sb::care_test::DefaultLookAfter restore;
  for (int cps : {20, 40, 80}) {
    INFO(cps << " letters a second");
    use(cps, true, 1000);
    LinePacer p;
    p.start(100);
    p.tick(0.5, false);
    CHECK(p.visible() == static_cast<std::size_t>(cps / 2));
    CHECK_FALSE(p.complete());
    const double to_show = 100.0 / cps;
    p.tick(to_show - 0.5 - 0.01, false);
    CHECK_FALSE(p.complete());
    p.tick(0.02, false);
    CHECK(p.complete());
    p.tick(0.9, false);
    CHECK_FALSE(p.should_advance()); // the pause is not over yet
    p.tick(0.2, false);
    CHECK(p.should_advance());
  }
  // Instant: the whole line at once; the pause still comes before going on.
  use(0, true, 1000);
  LinePacer p;
  p.start(100);
  CHECK(p.visible() == 100);
  p.tick(0.5, false);
  CHECK_FALSE(p.should_advance());
  p.tick(0.6, false);
  CHECK(p.should_advance());
}

TEST_CASE("the pacer waits while the voice speaks, and without auto-advance it never moves on") {
  sb::care_test::DefaultLookAfter restore;
  use(0, true, 500);
  LinePacer p;
  p.start(30);
  for (int i = 0; i < 600; ++i) p.tick(1.0 / 60, true); // ten seconds of speech
  CHECK_FALSE(p.should_advance());
  p.tick(0.4, false);
  CHECK_FALSE(p.should_advance()); // the pause starts when the voice stops
  p.tick(0.2, false);
  CHECK(p.should_advance());

  use(40, false, 500);
  p.start(30);
  p.tick(60, false);
  CHECK(p.complete());
  CHECK_FALSE(p.auto_advancing());
  CHECK_FALSE(p.should_advance());
  p.set_always_advance(true); // autoplay: on by itself whatever the setting
  CHECK(p.auto_advancing());
  p.tick(0.6, false);
  CHECK(p.should_advance());
}

TEST_CASE("a press shows a line whole, and reduced motion shows it whole but keeps the reading time") {
  sb::care_test::DefaultLookAfter restore;
  use(20, true, 1000);
  LinePacer p;
  p.start(100);
  p.tick(0.5, false);
  CHECK(p.visible() == 10);
  p.reveal_all();
  CHECK(p.complete());
  p.tick(1.1, false);
  CHECK(p.should_advance());

  use(20, true, 1000, true);
  p.start(100);
  CHECK(p.visible() == 100); // nothing moves on the page
  p.tick(3.0, false);
  CHECK_FALSE(p.should_advance()); // but the line is not rushed: 5 s of reading at 20 a second
  p.tick(2.0, false);
  p.tick(1.1, false);
  CHECK(p.should_advance());
}

TEST_CASE("without auto-advance a line waits for the player: Enter shows it whole, Enter again goes on") {
  sb::care_test::DefaultLookAfter restore;
  use(40, false);
  Park park;
  const std::string first = park.line();
  REQUIRE_FALSE(first.empty());
  CHECK(park.play().paced_line_id() == first);
  CHECK_FALSE(park.play().pacer().complete()); // still appearing

  press(park.in, park.stack, K::Enter);
  park.tick();
  CHECK(park.line() == first);
  CHECK(park.play().pacer().complete()); // the first press showed it whole

  for (int i = 0; i < 30 * kSecond; ++i) park.tick(); // half a minute, no key
  CHECK(park.line() == first);
  CHECK(park.story().line().has_value());

  press(park.in, park.stack, K::Enter);
  park.tick();
  CHECK(park.line() != first);
  // The press went into the recording, so the replay is the same playthrough.
  auto& rec = park.play().recording();
  bool pressed = false;
  for (const auto& run : rec.inputs) pressed |= run.input.advance;
  CHECK(pressed);
  sb::sim::Recording copy = rec;
  copy.final_hash = park.play().session().hash();
  CHECK(copy.player_paces_lines);
  std::string error;
  CHECK(sb::sim::replay_headless(copy, &error).hash_matches);
}

TEST_CASE("with auto-advance a line holds longer at a slow text speed than at a fast one") {
  sb::care_test::DefaultLookAfter restore;
  auto hold = [](int cps) {
    use(cps, true, 1500);
    Park park;
    return park.ticks_until_line_changes(60 * kSecond);
  };
  const int slow = hold(20), fast = hold(80), instant = hold(0);
  INFO("slow " << slow << " ticks, fast " << fast << ", instant " << instant);
  CHECK(slow < 60 * kSecond); // it does go on by itself
  CHECK(slow > fast + 3 * kSecond);
  CHECK(fast > instant);
  CHECK(instant >= 90); // the 1.5 s pause, even with the whole line at once
}

TEST_CASE("autoplay goes on by itself even with auto-advance off") {
  sb::care_test::DefaultLookAfter restore;
  use(80, false, 1000);
  Park park(true);
  const int n = park.ticks_until_line_changes(60 * kSecond);
  CHECK(n < 10 * kSecond);
}

TEST_CASE("the pause screen holds the line still") {
  sb::care_test::DefaultLookAfter restore;
  use(20, true, 1000);
  Park park;
  const std::string first = park.line();
  park.tick();
  const std::size_t shown = park.play().pacer().visible();
  auto* play = &park.play();
  park.stack.push(std::make_unique<PauseScreen>(park.ctx));
  park.stack.apply();
  for (int i = 0; i < 30 * kSecond; ++i) park.tick();
  CHECK(play->pacer().visible() == shown);
  CHECK(play->session().story()->line()->id == first);
}

TEST_CASE("auto-advance waits for the voice to finish the line") {
  // ALSOFT_DRIVERS=null: a real espeak-ng voice speaking into a device that plays nowhere.
  sb::care_test::DefaultLookAfter restore;
  use(0, true, 250);
  // Without a voice the line goes on after the pause.
  const int quiet = Park().ticks_until_line_changes(60 * kSecond);
  CHECK(quiet < kSecond);

  Voice voice(true);
  voice.set_enabled(true);
  Park park(false, &voice);
  const std::string first = park.line();
  REQUIRE(voice.speaking()); // the opening line is being read
  int ticks = 0, spoke_for = 0;
  const auto until = std::chrono::steady_clock::now() + std::chrono::seconds(60);
  while (park.line() == first && std::chrono::steady_clock::now() < until) {
    voice.update();
    if (voice.speaking()) spoke_for = ticks; // the line is still up while it is read
    park.tick();
    ++ticks;
    std::this_thread::sleep_for(std::chrono::milliseconds(2)); // let real time pass for the speech
  }
  INFO("spoke for " << spoke_for << " ticks, went on after " << ticks);
  CHECK(park.line() != first);
  CHECK(spoke_for > quiet);          // the voice held the line longer than the pause alone
  CHECK(ticks >= spoke_for + 12);    // and the pause came after it
  voice.stop();
}

TEST_CASE("the play flow reads comfort from the settings already applied") {
  sb::care_test::DefaultLookAfter restore;
  storage::Settings s;
  s.content_notes = false;
  s.reduced_motion = true;
  apply_look(s);
  CHECK_FALSE(play_comfort().content_notes);
  CHECK(play_comfort().reduced_motion);
  apply_look(storage::Settings{});
  CHECK(play_comfort().content_notes);
  CHECK_FALSE(play_comfort().reduced_motion);
}
