// SessionConfig::player_paces_lines: in the game a person reads the story's lines,
// so a line stays until an input says "go on" and a choice waits for a pick; the
// AI child still gets its default choice; without the flag (simulate, tests,
// reports) lines and choices time out exactly as before. Recordings keep the
// flag and replay to the same state hash.
#include <catch2/catch.hpp>

#include <sstream>

#include "scenario/loader.hpp"
#include "sim/replay.hpp"
#include "sim/session.hpp"

using namespace sb;

namespace {

std::shared_ptr<const scenario::Scenario> park() {
  static const auto loaded = [] {
    const auto path = scenario::find_scenario("park");
    REQUIRE(path);
    return scenario::load_file(*path);
  }();
  REQUIRE(loaded.ok());
  return loaded.scenario;
}

sim::SessionConfig config(bool paced, bool ai) {
  sim::SessionConfig c;
  c.scenario = park();
  c.caregiver = mind::preset("sensitive");
  c.caregiver_style = "sensitive";
  c.seed = 21;
  c.ai_child = ai;
  c.player_paces_lines = paced;
  return c;
}

std::string line_id(const sim::Session& s) {
  const auto line = s.story()->line();
  return line ? line->id : std::string();
}

sim::InputCommand go_on() {
  sim::InputCommand c;
  c.advance = true;
  return c;
}

// Steps, pressing "go on" for every line, until a choice is offered (false if none in `limit` ticks).
bool reach_choice(sim::Session& s, int limit) {
  for (int i = 0; i < limit && !s.ended(); ++i) {
    if (!s.story()->choices().empty()) return true;
    s.step(s.story()->line() ? go_on() : sim::InputCommand{});
  }
  return !s.story()->choices().empty();
}

}  // namespace

TEST_CASE("with the player pacing lines, a line stays until the player goes on") {
  sim::Session s(config(true, false));
  s.step({});
  const std::string first = line_id(s);
  REQUIRE_FALSE(first.empty());
  const double reading = s.story()->line_seconds();
  // Ten times the reading time that would have moved it on, in scenario seconds.
  const int ticks = static_cast<int>(10 * reading / (sim::kTickSeconds * s.time_scale())) + 1;
  for (int i = 0; i < ticks; ++i) s.step({});
  CHECK(line_id(s) == first);
  // The clock ran for the reading time, then held: the story waits for its reader.
  CHECK(s.story()->holding());
  CHECK(s.story()->episode_time() == Approx(reading).margin(2 * sim::kTickSeconds * s.time_scale()));
  CHECK(s.tick() > static_cast<std::uint64_t>(ticks));

  s.step(go_on());
  CHECK(line_id(s) != first);
}

TEST_CASE("without the flag a line moves on by itself after its reading time, as before") {
  sim::Session s(config(false, false));
  s.step({});
  const std::string first = line_id(s);
  REQUIRE_FALSE(first.empty());
  const double reading = s.story()->line_seconds();
  int ticks = 0;
  while (line_id(s) == first && ticks < 60 * 60) {
    s.step({});
    ++ticks;
  }
  CHECK(line_id(s) != first);
  // Gone after its reading time, not long after.
  CHECK(ticks * sim::kTickSeconds * s.time_scale() == Approx(reading).margin(2 * sim::kTickSeconds * s.time_scale()));
}

TEST_CASE("a paced choice waits for the player, but the AI child's choice still takes its default") {
  sim::Session person(config(true, false));
  REQUIRE(reach_choice(person, 60 * 60 * 4));
  const std::string node = person.story()->current_node();
  const double wait = person.story()->choice_seconds();
  const int ticks = static_cast<int>(3 * wait / (sim::kTickSeconds * person.time_scale())) + 1;
  for (int i = 0; i < ticks; ++i) person.step({});
  CHECK(person.story()->current_node() == node);
  CHECK_FALSE(person.story()->choices().empty());
  sim::InputCommand pick;
  pick.choice = 0;
  person.step(pick);
  CHECK(person.story()->current_node() != node);

  sim::Session watched(config(true, true));
  REQUIRE(reach_choice(watched, 60 * 60 * 4));
  for (int i = 0; i < ticks && !watched.story()->choices().empty(); ++i) watched.step({});
  CHECK(watched.story()->choices().empty()); // the default was taken: watching never stalls
}

TEST_CASE("the pacing flag is part of the state: same inputs, different flag, different hash") {
  sim::Session timed(config(false, true)), paced(config(true, true));
  for (int i = 0; i < 600; ++i) {
    timed.step({});
    paced.step({});
  }
  CHECK(timed.hash() != paced.hash());
  // And the unflagged session is the same session as always: equal configs, equal hashes.
  sim::Session again(config(false, true));
  for (int i = 0; i < 600; ++i) again.step({});
  CHECK(again.hash() == timed.hash());
}

TEST_CASE("a recording made with the player pacing lines keeps the flag and replays to the same hash") {
  const sim::SessionConfig c = config(true, false);
  sim::Session live(c);
  sim::Recording rec = sim::start_recording(c, "park");
  CHECK(rec.player_paces_lines);
  for (int i = 0; i < 60 * 90; ++i) {
    sim::InputCommand in;
    in.move_x = i % 400 < 200 ? 0.6f : -0.6f;
    if (i % 150 == 149) in.advance = true;         // a reader who goes on now and then
    if (!live.story()->choices().empty() && i % 150 == 75) in.choice = 0;
    live.step(in);
    rec.push(in);
  }
  rec.final_hash = live.hash();

  std::stringstream file;
  sim::write_recording(file, rec);
  CHECK(file.str().find("\nplayer_paces_lines 1\n") != std::string::npos);
  std::string error;
  const auto back = sim::read_recording(file, &error);
  REQUIRE(back);
  CHECK(back->player_paces_lines);
  const sim::ReplayResult r = sim::replay_headless(*back, &error);
  INFO(error);
  REQUIRE(r.session);
  CHECK(r.session->config().player_paces_lines);
  CHECK(r.hash_matches);

  // The same inputs without the flag are another playthrough.
  sim::Recording unflagged = *back;
  unflagged.player_paces_lines = false;
  CHECK_FALSE(sim::replay_headless(unflagged, &error).hash_matches);
}

TEST_CASE("a recording from before the flag existed loads as timed lines") {
  std::istringstream in("securebase-replay 1\nscenario park\nseed 3\nai 1\ntime_scale 0\nticks 5\nhash 0\n"
                        "# count move_x move_y action choice advance (moves in 1/127)\n5 0 0 0 -1 0\n");
  std::string error;
  const auto r = sim::read_recording(in, &error);
  INFO(error);
  REQUIRE(r);
  CHECK_FALSE(r->player_paces_lines);
  std::string why;
  const auto s = sim::session_for(*r, &why);
  INFO(why);
  REQUIRE(s);
  CHECK_FALSE(s->config().player_paces_lines);
}
