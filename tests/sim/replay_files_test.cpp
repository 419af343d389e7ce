// Replay files as hostile or unusual input: a device, a FIFO, a huge file, a header
// promising hours of ticks; and replays of scenarios loaded from a file of their own.
#include <catch2/catch.hpp>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <sys/stat.h>
#include <unistd.h>

#include "scenario/loader.hpp"
#include "sim/replay.hpp"

using namespace sb;
namespace fs = std::filesystem;

namespace {
struct TempDir {
  fs::path path;
  TempDir() {
    char name[] = "/tmp/sb-replay-XXXXXX";
    path = ::mkdtemp(name);
  }
  ~TempDir() { fs::remove_all(path); }
};

void write(const fs::path& p, const std::string& text) {
  std::ofstream out(p, std::ios::binary);
  out << text;
}

std::string header(const std::string& ticks) {
  return "securebase-replay 1\nscenario \ncaregiver sensitivity=5,acceptance=5,cooperation=5,accessibility=5,"
         "frightening=0\nstyle custom\nseed 1\nai 0\ntime_scale 0\nplayer_paces_lines 0\nticks " +
         ticks + "\nhash 0\n# count move_x move_y action choice advance (moves in 1/127)\n";
}
}  // namespace

TEST_CASE("a replay that is a device or a FIFO is refused at once, without reading or waiting", "[sim][replay]") {
  std::string error;
  bool unreadable = false;
  CHECK_FALSE(sim::read_recording_file("/dev/zero", &error, &unreadable));
  CHECK_THAT(error, Catch::Contains("/dev/zero: not a regular file"));
  CHECK(unreadable);

  TempDir dir;
  const fs::path fifo = dir.path / "newest.replay";
  REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
  const auto t0 = std::chrono::steady_clock::now();
  CHECK_FALSE(sim::read_recording_file(fifo.string(), &error, &unreadable));
  CHECK_THAT(error, Catch::Contains("not a regular file"));
  CHECK(std::chrono::steady_clock::now() - t0 < std::chrono::seconds(10));  // a blocked open never returns
}

TEST_CASE("a replay larger than any real one is refused by its size", "[sim][replay]") {
  TempDir dir;
  const fs::path big = dir.path / "big.replay";
  write(big, header("1"));
  fs::resize_file(big, sim::Recording::kMaxFileBytes + 1);  // sparse: costs no disk
  std::string error;
  bool unreadable = false;
  CHECK_FALSE(sim::read_recording_file(big.string(), &error, &unreadable));
  CHECK_THAT(error, Catch::Contains("a replay is at most"));
  CHECK(unreadable);
}

TEST_CASE("a replay promising more than three hours of ticks is refused, not played for hours", "[sim][replay]") {
  std::string error;
  std::istringstream huge(header("4294967295") + "4294967295 0 0 0 -1 0\n");
  CHECK_FALSE(sim::read_recording(huge, &error));
  CHECK_THAT(error, Catch::Contains("4294967295 ticks; a replay holds at most 648000"));
  // Many runs that add up past the bound are refused as well, whatever the header says.
  std::string runs;
  for (int i = 0; i < 200; ++i) runs += "4000 0 0 0 -1 " + std::to_string(i % 2) + "\n";
  std::istringstream many(header("800000") + runs);
  CHECK_FALSE(sim::read_recording(many, &error));
  CHECK_THAT(error, Catch::Contains("at most 648000"));

  TempDir dir;
  const fs::path ok = dir.path / "ok.replay";
  write(ok, header("600") + "600 0 0 0 -1 0\n");
  bool unreadable = true;
  const auto r = sim::read_recording_file(ok.string(), &error, &unreadable);
  REQUIRE(r);
  CHECK(r->ticks() == 600);
  CHECK_FALSE(unreadable);
  write(ok, "not a replay\n");
  CHECK_FALSE(sim::read_recording_file(ok.string(), &error, &unreadable));
  CHECK_FALSE(unreadable);  // readable, but not a replay: invalid input, not the environment
}

TEST_CASE("a replay of a scenario loaded from its own file keeps the path and replays", "[sim][replay]") {
  TempDir dir;
  const auto shipped = scenario::find_scenario("park");
  REQUIRE(shipped);
  std::ifstream in(*shipped, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  std::string xml = text.str();
  const auto at = xml.find("id=\"park\"");
  REQUIRE(at != std::string::npos);
  xml.replace(at, 9, "id=\"my-park\"");
  const fs::path mine = dir.path / "my-park.xml";
  write(mine, xml);

  auto loaded = scenario::load_file(mine.string());
  REQUIRE(loaded.ok());
  sim::SessionConfig c;
  c.scenario = loaded.scenario;
  c.ai_child = true;
  sim::Session live(c);
  sim::Recording rec = sim::start_recording(c, loaded.scenario->id);
  CHECK(rec.scenario == mine.string());
  for (int i = 0; i < 300; ++i) {
    live.step({});
    rec.push({});
  }
  rec.final_hash = live.hash();
  std::string error;
  const auto result = sim::replay_headless(rec, &error);
  INFO(error);
  REQUIRE(result.session);
  CHECK(result.hash_matches);

  // A shipped scenario is still recorded by its id.
  auto park = scenario::load_file(*shipped);
  REQUIRE(park.ok());
  c.scenario = park.scenario;
  CHECK(sim::start_recording(c, "park").scenario == "park");
}

TEST_CASE("a replay can be watched and stopped part-way (a time budget, a progress bar)", "[sim][replay]") {
  sim::SessionConfig c;
  sim::Session live(c);
  sim::Recording rec = sim::start_recording(c, "");
  for (int i = 0; i < 5000; ++i) {
    live.step({});
    rec.push({});
  }
  rec.final_hash = live.hash();
  std::string error;
  std::vector<std::uint64_t> seen;
  auto whole = sim::replay_headless(rec, &error, [&](std::uint64_t done) {
    seen.push_back(done);
    return true;
  });
  REQUIRE(whole.session);
  CHECK(whole.hash_matches);
  CHECK(seen == std::vector<std::uint64_t>{2048, 4096, 5000});
  auto stopped = sim::replay_headless(rec, &error, [](std::uint64_t) { return false; });
  CHECK_FALSE(stopped.session);
  CHECK(error == "stopped after 2048 of 5000 ticks");
}
