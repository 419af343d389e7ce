// Live reload while playing: F5 reloads the scenario file; a broken edit shows its
// diagnostics and the last good version keeps running; a good edit carries the
// state over (same tick, same episode, the child where it stood).
#include <catch2/catch.hpp>

#include <chrono>
#include <thread>

#include "text/strings.hpp"

#include <filesystem>
#include <fstream>
#include <sstream>

#include "app/screens/play/live_reload.hpp"
#include "app/screens/play/scenario_screen.hpp"
#include "play_helpers.hpp"

using namespace sb::app;
using namespace sb::text;
namespace fs = std::filesystem;
using K = sf::Keyboard;

namespace {
std::string slurp(const std::string& p) {
  std::ifstream in(p);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}
void write(const fs::path& p, const std::string& text) {
  std::ofstream out(p, std::ios::trunc);
  out << text;
}
}  // namespace

TEST_CASE("F5 reloads the scenario; a broken edit keeps the last good one running") {
  const ScenarioEntry park = play_test::entry("park");
  // The copy sits in a scenarios folder beside the real assets so asset paths still resolve.
  const fs::path dir = fs::temp_directory_path() / ("sb-reload-" + std::to_string(::getpid()));
  fs::create_directories(dir / "scenarios");
  const fs::path file = dir / "scenarios" / "park.xml";
  const std::string good = slurp(park.path);
  write(file, good);

  Audio audio(false);
  AppContext ctx;
  ctx.audio = &audio;
  REQUIRE(load_fonts(ctx.fonts));
  PlayChoice c;
  c.entry = park;
  c.entry.path = file.string();
  c.seed = 5;
  ScreenStack stack;
  stack.push(std::make_unique<ScenarioScreen>(ctx, c));
  stack.apply();
  InputMapper in;
  auto* play = dynamic_cast<ScenarioScreen*>(stack.top());
  in.on_event(play_test::key_event(K::D, true));
  for (int i = 0; i < 200; ++i) play_test::tick(in, stack);
  in.on_event(play_test::key_event(K::D, false));
  for (int i = 0; i < 100; ++i) play_test::tick(in, stack);

  // A broken edit: a misspelt element.
  std::string broken = good;
  broken.insert(broken.find("<actors>"), "<mtea/>\n  ");
  write(file, broken);
  play_test::press(in, stack, K::F5);
  // The file is read on a worker thread: the scene keeps ticking until the result is back.
  const auto tick_asked = play->session().tick();
  int ticks = 0;
  for (; ticks < 2000 && play->reload_problems().empty(); ++ticks) {
    play_test::tick(in, stack);
    if (play->reloading()) std::this_thread::sleep_for(std::chrono::milliseconds(2));
  }
  REQUIRE_FALSE(play->reload_problems().empty());
  CHECK(play->session().tick() == tick_asked + static_cast<std::uint64_t>(ticks));
  CHECK(play->reload_problems().front().find("park.xml:") != std::string::npos);
  CHECK(play->reload_problems().front().find("error") != std::string::npos);
  const auto tick_broken = play->session().tick();
  for (int i = 0; i < 30; ++i) play_test::tick(in, stack);
  CHECK(play->session().tick() == tick_broken + 30); // play goes on

  // The fix, with one line reworded: the state carries over.
  std::string edited = good;
  const auto title = edited.find("Part 1");
  REQUIRE(title != std::string::npos);
  edited.replace(title, 6, "Part one");
  write(file, edited);
  const auto hash_before = play->session().hash();
  const auto tick_before = play->session().tick();
  const auto child_before = play->session().agents().front().position;
  const std::string episode_before = play->session().story()->episode().id;
  play_test::press(in, stack, K::F5);
  // The reload happens at the start of the next tick, before it steps.
  play->apply_reload(LiveReload(file.string()).reload_now());
  CHECK(play->reload_problems().empty());
  CHECK(play->session().tick() == tick_before);
  CHECK(play->session().story()->episode().id == episode_before);
  const auto child_after = play->session().agents().front().position;
  CHECK(child_after.x == Approx(child_before.x));
  CHECK(child_after.y == Approx(child_before.y));
  CHECK(play->session().child().felt_security == Approx(play->session().child().felt_security));
  (void)hash_before;
  fs::remove_all(dir);
}

TEST_CASE("an unchanged reload gives back exactly the same session") {
  const ScenarioEntry e = play_test::entry("bedtime");
  Audio audio(false);
  AppContext ctx;
  ctx.audio = &audio;
  REQUIRE(load_fonts(ctx.fonts));
  PlayChoice c;
  c.entry = e;
  c.autoplay = true;
  ScreenStack stack;
  stack.push(std::make_unique<ScenarioScreen>(ctx, c));
  stack.apply();
  InputMapper in;
  auto* play = dynamic_cast<ScenarioScreen*>(stack.top());
  for (int i = 0; i < 900; ++i) play_test::tick(in, stack);
  const auto hash = play->session().hash();
  play->apply_reload(LiveReload(e.path).reload_now());
  CHECK(play->session().hash() == hash);
}

TEST_CASE("saving the file is noticed by polling its time") {
  const fs::path dir = fs::temp_directory_path() / ("sb-poll-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  const fs::path file = dir / "s.xml";
  write(file, slurp(play_test::entry("park").path));
  LiveReload watch(file.string());
  for (int i = 0; i < 60; ++i) CHECK_FALSE(watch.poll());
  fs::last_write_time(file, fs::last_write_time(file) + std::chrono::seconds(2));
  std::optional<LiveReload::Result> r;
  // Within half a second of ticks the worker looks; its load comes back a tick or a few later.
  for (int i = 0; i < 2000 && !r; ++i) {
    r = watch.poll();
    if (watch.loading()) std::this_thread::sleep_for(std::chrono::milliseconds(2));
  }
  REQUIRE(r);
  CHECK(r->scenario);
  fs::remove_all(dir);
}
