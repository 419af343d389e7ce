#include <catch2/catch.hpp>

#include <cmath>
#include <sstream>

#include "scenario/loader.hpp"
#include "sim/replay.hpp"

using namespace sb;

namespace {
sim::InputCommand wobble(int i) {
  sim::InputCommand in;
  in.move_x = float(std::sin(i * 0.021));
  in.move_y = float(std::cos(i * 0.017)) * 0.7f;
  if (i % 300 == 120) in.action = mind::Action::ReachUp;
  return in;
}
}  // namespace

TEST_CASE("a recorded free-play session replays to the same state hash") {
  sim::SessionConfig c;
  c.seed = 77;
  c.caregiver = mind::preset("inconsistent");
  c.caregiver_style = "inconsistent";
  sim::Session live(c);
  sim::Recording rec = sim::start_recording(c, "");
  for (int i = 0; i < 1200; ++i) {
    live.step(wobble(i));
    rec.push(wobble(i));
  }
  rec.final_hash = live.hash();

  std::stringstream file;
  sim::write_recording(file, rec);
  std::string error;
  const auto back = sim::read_recording(file, &error);
  REQUIRE(back);
  CHECK(error.empty());
  CHECK(back->ticks() == 1200);
  CHECK(back->seed == 77);

  const sim::ReplayResult r = sim::replay_headless(*back, &error);
  REQUIRE(r.session);
  CHECK(r.hash_matches);
  CHECK(r.session->tick() == 1200);
}

TEST_CASE("equal inputs are stored as one run") {
  sim::Recording rec;
  sim::InputCommand still;
  for (int i = 0; i < 600; ++i) rec.push(still);
  sim::InputCommand call;
  call.action = mind::Action::Call;
  rec.push(call);
  CHECK(rec.inputs.size() == 2);
  CHECK(rec.ticks() == 601);
}

TEST_CASE("a damaged recording is refused with the line that is wrong") {
  std::string error;
  {
    std::istringstream in("hello\n");
    CHECK_FALSE(sim::read_recording(in, &error));
    CHECK(error.find("line 1") != std::string::npos);
  }
  {
    std::istringstream in("securebase-replay 1\nseed 3\nticks 5\nhash 0\n5 0 0 99 -1 0\n");
    CHECK_FALSE(sim::read_recording(in, &error));
    CHECK(error.find("line 5") != std::string::npos);
  }
  {
    std::istringstream in("securebase-replay 1\nticks 9\nhash 0\n5 0 0 0 -1 0\n");
    CHECK_FALSE(sim::read_recording(in, &error));
    CHECK(error.find("9 ticks") != std::string::npos);
  }
}

TEST_CASE("a recording of an unknown scenario is reported, not crashed on") {
  sim::Recording rec;
  rec.scenario = "no-such-scenario";
  std::string error;
  const auto r = sim::replay_headless(rec, &error);
  CHECK_FALSE(r.session);
  CHECK(error.find("no-such-scenario") != std::string::npos);
}

TEST_CASE("playing the caregiver, the player's answers are recorded and replay to the same state") {
  const auto loaded = scenario::load_file(*scenario::find_scenario("park"));
  REQUIRE(loaded.ok());
  sim::SessionConfig c;
  c.scenario = loaded.scenario;
  c.seed = 5;
  c.caregiver_style = "custom";
  c.caregiver_played = true;
  sim::Session live(c);
  sim::Recording rec = sim::start_recording(c, "park");
  const mind::CaregiverAct answers[] = {mind::CaregiverAct::GoTo, mind::CaregiverAct::PickUp, mind::CaregiverAct::Soothe,
                                        mind::CaregiverAct::EncourageExplore, mind::CaregiverAct::Busy};
  for (int i = 0; i < 3000; ++i) {
    sim::InputCommand in;
    if (i % 500 == 200) in.caregiver_act = answers[(i / 500) % 5];
    live.step(in);
    rec.push(in);
  }
  rec.final_hash = live.hash();

  std::stringstream file;
  sim::write_recording(file, rec);
  CHECK(file.str().find("caregiver_played 1") != std::string::npos);
  std::string error;
  const auto back = sim::read_recording(file, &error);
  REQUIRE(back);
  CHECK(back->caregiver_played);
  const sim::ReplayResult r = sim::replay_headless(*back, &error);
  REQUIRE(r.session);
  CHECK(r.hash_matches);

  // Without the answers the same seed goes elsewhere: they are what the hash followed.
  sim::Recording silent = *back;
  for (sim::InputRun& run : silent.inputs) run.input.caregiver_act = mind::CaregiverAct::None;
  CHECK_FALSE(sim::replay_headless(silent, &error).hash_matches);

  // A six-column line (older files, the child's role) reads as no act; a bad seventh is refused.
  std::istringstream old("securebase-replay 1\nticks 5\nhash 0\n5 0 0 0 -1 0\n");
  const auto six = sim::read_recording(old, &error);
  REQUIRE(six);
  CHECK(six->inputs.front().input.caregiver_act == mind::CaregiverAct::None);
  std::istringstream bad("securebase-replay 1\nticks 5\nhash 0\n5 0 0 0 -1 0 x\n");
  CHECK_FALSE(sim::read_recording(bad, &error));
  std::istringstream far("securebase-replay 1\nticks 5\nhash 0\n5 0 0 0 -1 0 99\n");
  CHECK_FALSE(sim::read_recording(far, &error));
}
