// Progress on long headless work: the bar's line, drawing only when asked, and
// stopping a batch between runs (Ctrl-C) with the finished runs kept in order.
#include <catch2/catch.hpp>

#include <algorithm>
#include <atomic>
#include <csignal>
#include <cstdio>
#include <string>

#include "scenario/loader.hpp"
#include "sim/progress.hpp"
#include "sim/simulate.hpp"

using namespace sb;

namespace {
// Asks for a stop once `after` runs have finished.
struct StopAfter : sim::RunObserver {
  int after;
  std::atomic<int> finished{0};
  explicit StopAfter(int n) : after(n) {}
  void run_finished() override { ++finished; }
  bool stop_requested() const override { return finished >= after; }
};

sim::SessionConfig short_scenario() {
  sim::SessionConfig c;
  auto loaded = scenario::load_file(*scenario::find_scenario("strange-situation"));
  REQUIRE(loaded.ok());
  c.scenario = loaded.scenario;
  c.ai_child = true;
  return c;
}

std::string read_all(std::FILE* f) {
  std::rewind(f);
  std::string s;
  for (int c; (c = std::fgetc(f)) != EOF;) s += static_cast<char>(c);
  return s;
}
}  // namespace

TEST_CASE("the progress line says runs done of total, runs per second and time left", "[sim][progress]") {
  const std::string line = sim::progress_line("simulate", 100, 400, 10.0);
  CHECK_THAT(line, Catch::StartsWith("simulate  ["));
  CHECK_THAT(line, Catch::Contains("100/400 runs"));
  CHECK_THAT(line, Catch::Contains("10.0 runs/s"));
  CHECK_THAT(line, Catch::Contains("0:30 left"));
  CHECK(line.size() <= 79);
  // A quarter of the bar's cells are filled.
  const std::string bar = line.substr(line.find('[') + 1, line.find(']') - line.find('[') - 1);
  CHECK(bar.size() >= 20);
  CHECK(static_cast<std::size_t>(std::count(bar.begin(), bar.end(), '#')) == bar.size() / 4);
  CHECK(bar.find_first_not_of("#.") == std::string::npos);
  CHECK_THAT(sim::progress_line("sweep", 0, 900, 0.0), Catch::Contains("-:-- left"));
  CHECK_THAT(sim::progress_line("population", 1, 5001, 1.0), Catch::Contains("1:23:20 left"));
  const std::string play = sim::progress_line("replay", 300, 1200, 2.0, 79, "s of play");
  CHECK_THAT(play, Catch::Contains("300/1200 s of play  150.0 s of play/s  0:06 left"));
  CHECK(play.size() <= 79);
}

TEST_CASE("the bar draws only when told to (a terminal), and clears its line", "[sim][progress]") {
  std::FILE* drawn = std::tmpfile();
  std::FILE* quiet = std::tmpfile();
  REQUIRE(drawn);
  REQUIRE(quiet);
  {
    sim::ProgressBar on("simulate", 3, drawn, true), off("simulate", 3, quiet, false);
    for (int i = 0; i < 3; ++i) on.run_finished(), off.run_finished();
    CHECK(on.done() == 3);
  }
  const std::string text = read_all(drawn);
  CHECK_THAT(text, Catch::Contains("3/3 runs"));
  CHECK_THAT(text, Catch::EndsWith("\r\033[K"));
  CHECK(read_all(quiet).empty());
  std::fclose(drawn);
  std::fclose(quiet);
}

TEST_CASE("a batch asked to stop keeps the runs it finished, in order, and claims no more", "[sim][progress]") {
  const sim::SessionConfig c = short_scenario();
  const auto whole = sim::run_batch(c, 6, 42, 2);
  StopAfter stop(2);
  std::vector<sim::RunSummary> part;
  {
    const sim::ObserveRuns watch(stop);
    part = sim::run_batch(c, 6, 42, 2);
  }
  // Two workers: when the stop is seen at most one more run is under way.
  CHECK(part.size() >= 2);
  CHECK(part.size() <= 3);
  CHECK(static_cast<int>(part.size()) == stop.finished);
  for (std::size_t i = 0; i < part.size(); ++i) CHECK(part[i].ticks == whole[i].ticks);
  CHECK(sim::current_run_observer() == nullptr);
}

TEST_CASE("Ctrl-C during a progress bar is caught and reported, not fatal", "[sim][progress]") {
  sim::ProgressBar bar("simulate", 10, stderr, false);
  CHECK_FALSE(bar.interrupted());
  std::raise(SIGINT);
  CHECK(bar.interrupted());
  CHECK(bar.stop_requested());
}
