// Replays: a scripted play through the real Session is recorded, saved as text,
// read back and replayed to the same state hash; the moment view starts where a
// reason points; a damaged file is refused; an edited one no longer matches.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "report/debrief_data.hpp"
#include "report/report_command.hpp"
#include "scenario/loader.hpp"
#include "sim/replay.hpp"

using namespace sb;

namespace {
sim::SessionConfig bedtime(const char* style) {
  sim::SessionConfig c;
  auto path = scenario::find_scenario("bedtime");
  REQUIRE(path);
  c.scenario = scenario::load_file(*path).scenario;
  REQUIRE(c.scenario);
  c.caregiver = mind::preset(style);
  c.caregiver_style = style;
  c.seed = 11;
  return c;
}

// A player who wanders, calls, reaches up, advances lines and picks choices.
sim::InputCommand scripted(std::uint64_t t) {
  sim::InputCommand in;
  const int phase = static_cast<int>(t / 90) % 6;
  in.move_x = phase == 0 ? 1.f : phase == 1 ? -0.6f : phase == 3 ? 0.3f : 0.f;
  in.move_y = phase == 2 ? 1.f : phase == 4 ? -1.f : 0.f;
  if (t % 240 == 17) in.action = mind::Action::Call;
  if (t % 400 == 99) in.action = mind::Action::ReachUp;
  if (t % 150 == 3) in.advance = true;
  if (t % 500 == 250) in.choice = 0;
  return in;
}
}  // namespace

TEST_CASE("a scripted play saved and read back replays to the same hash and outcome") {
  const sim::SessionConfig c = bedtime("inconsistent");
  sim::Session live(c);
  sim::Recording rec = sim::start_recording(c, "bedtime");
  for (std::uint64_t t = 0; t < 2400 && !live.ended(); ++t) {
    const sim::InputCommand in = scripted(t);
    live.step(in);
    rec.push(in);
  }
  rec.final_hash = live.hash();
  std::ostringstream out;
  sim::write_recording(out, rec);
  std::istringstream in(out.str());
  std::string error;
  auto back = sim::read_recording(in, &error);
  REQUIRE(back);
  auto result = sim::replay_headless(*back, &error);
  REQUIRE(result.session);
  CHECK(result.hash_matches);
  CHECK(result.session->tick() == live.tick());
  const auto a = live.mind().classify(), b = result.session->mind().classify();
  CHECK(a.pattern == b.pattern);
  CHECK(a.subgroup == b.subgroup);
  CHECK(a.reasons.size() == b.reasons.size());

  // One changed input changes the play: the recorded hash no longer matches.
  sim::Recording edited = *back;
  REQUIRE(edited.inputs.size() > 4);
  edited.inputs[3].input.move_x = -edited.inputs[3].input.move_x + 0.5f;
  edited.inputs[3].input.action = mind::Action::Cry;
  auto differs = sim::replay_headless(edited, &error);
  REQUIRE(differs.session);
  CHECK_FALSE(differs.hash_matches);
}

TEST_CASE("a reason's time maps to the tick where the moment happened") {
  // Strange Situation runs at 3 scenario seconds per real second: 0:42 is 14 real seconds in.
  CHECK(report::tick_at(42.0, 3.0) == 14u * 60u);
  CHECK(report::tick_at(0.0, 3.0) == 0u);
  CHECK(report::tick_at(-5.0, 1.0) == 0u);
}

TEST_CASE("a damaged or missing replay file is reported and not crashed on") {
  std::ostringstream out, err;
  CHECK(report::replay_headless_command("/nonexistent/x.sbreplay", out, err) == 1);
  CHECK(err.str().find("cannot be read") != std::string::npos);
  const std::string bad = (std::filesystem::temp_directory_path() / "sb-damaged.sbreplay").string();
  {
    std::ofstream f(bad);
    f << "this is not a recording\n\x01\x02 garbage";
  }
  std::ostringstream out2, err2;
  CHECK(report::replay_headless_command(bad, out2, err2) == 1);
  CHECK_FALSE(err2.str().empty());
  std::filesystem::remove(bad);
}
