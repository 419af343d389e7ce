#include <catch2/catch.hpp>

#include "scenario/loader.hpp"
#include "sim/session.hpp"

using namespace sb;

namespace {
std::shared_ptr<const scenario::Scenario> strange_situation() {
  static const auto loaded = [] {
    const auto path = scenario::find_scenario("strange-situation");
    REQUIRE(path);
    return scenario::load_file(*path);
  }();
  REQUIRE(loaded.ok());
  return loaded.scenario;
}

sim::SessionConfig config(const char* style, std::uint64_t seed) {
  sim::SessionConfig c;
  c.scenario = strange_situation();
  c.caregiver = mind::preset(style);
  c.caregiver_style = style;
  c.seed = seed;
  c.ai_child = true;
  return c;
}

int find_role(const sim::Session& s, const std::string& role) {
  const auto agents = s.agents();
  for (std::size_t i = 0; i < agents.size(); ++i)
    if (agents[i].role == role) return int(i);
  return -1;
}
}  // namespace

TEST_CASE("the Strange Situation runs through its eight episodes to an ending") {
  sim::Session s(config("sensitive", 5));
  std::vector<int> seen;
  while (!s.ended() && s.tick() < 60ull * 60 * 20) {
    s.step({});
    if (seen.empty() || seen.back() != s.story()->episode_index()) seen.push_back(s.story()->episode_index());
  }
  REQUIRE(s.ended());
  CHECK(seen == std::vector<int>{0, 1, 2, 3, 4, 5, 6, 7});
  REQUIRE(s.outcome());
  REQUIRE(s.story()->ending());
  CHECK(scenario::to_string(s.story()->ending()->outcome) == sim::outcome_name(s.outcome()->pattern));
  // Played at the scenario's time scale (3): about 21 minutes of procedure in about 7 of play.
  CHECK(s.time_scale() == Approx(3.0));
  CHECK(s.scenario_time() / s.time_scale() < 8.5 * 60);
}

TEST_CASE("the parent walks out through the door in the separations and comes back for the reunions") {
  sim::Session s(config("sensitive", 9));
  const int parent = find_role(s, "caregiver");
  const int stranger = find_role(s, "stranger");
  REQUIRE(parent >= 0);
  REQUIRE(stranger >= 0);
  bool parent_away_in_ep4 = false, parent_back_in_ep5 = false, stranger_in_ep3 = false, stranger_away_in_ep6 = false;
  while (!s.ended() && s.tick() < 60ull * 60 * 20) {
    s.step({});
    const int ep = s.story()->episode_index();
    const auto agents = s.agents();
    if (ep == 3 && s.story()->episode_time() > 30) parent_away_in_ep4 |= !agents[parent].present;
    if (ep == 4 && s.story()->episode_time() > 30) parent_back_in_ep5 |= agents[parent].present;
    if (ep == 2 && s.story()->episode_time() > 30) stranger_in_ep3 |= agents[stranger].present;
    if (ep == 5 && s.story()->episode_time() > 30) stranger_away_in_ep6 |= !agents[stranger].present;
  }
  CHECK(parent_away_in_ep4);
  CHECK(parent_back_in_ep5);
  CHECK(stranger_in_ep3);
  CHECK(stranger_away_in_ep6);
}

TEST_CASE("an AI-child Strange Situation is deterministic by seed") {
  auto run = [](std::uint64_t seed) {
    sim::Session s(config("inconsistent", seed));
    for (int i = 0; i < 60 * 60 * 2 && !s.ended(); ++i) s.step({});
    return s.hash();
  };
  CHECK(run(21) == run(21));
  CHECK(run(21) != run(22));
}

TEST_CASE("the timeline keeps what the debrief charts") {
  sim::Session s(config("rejecting", 31));
  while (!s.ended() && s.tick() < 60ull * 60 * 20) s.step({});
  const sim::Timeline& t = s.timeline();
  // Two samples a scenario second, episodes as bands in order, bids and answers marked.
  CHECK(t.samples.size() == Approx(s.scenario_time() * 2).margin(3));
  REQUIRE(t.episodes.size() == 8);
  for (std::size_t i = 1; i < t.episodes.size(); ++i) CHECK(t.episodes[i].start == Approx(t.episodes[i - 1].end));
  CHECK(t.episodes.back().end == Approx(s.scenario_time()).margin(0.1));
  bool absent_in_separation = false;
  for (const auto& smp : t.samples)
    if (smp.episode == 5) absent_in_separation |= smp.distance < 0;
  CHECK(absent_in_separation);
  CHECK_FALSE(t.marks.empty());
}
