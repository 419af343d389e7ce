// Playing the caregiver through the real session: scripted players answer the
// AI child's cues with the acts the keys give, the child's working model learns
// from them, and the Strange Situation at the end is coded by the same observer.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <map>
#include <sstream>

#include "scenario/loader.hpp"
#include "sim/caregiver_player.hpp"
#include "sim/caregiver_stage.hpp"
#include "sim/session.hpp"
#include "sim/rng.hpp"

using namespace sb;

namespace {

constexpr int kRuns = 24;

const std::vector<sim::CaregiverRun>& batch(const std::string& policy) {
  static std::map<std::string, std::vector<sim::CaregiverRun>> cache;
  if (auto it = cache.find(policy); it != cache.end()) return it->second;
  static const auto loaded = scenario::load_file(*scenario::find_scenario("strange-situation"));
  sim::SessionConfig base;
  base.scenario = loaded.scenario;
  base.caregiver_style = "custom";
  std::vector<sim::CaregiverRun> runs;
  for (int i = 0; i < kRuns; ++i)
    runs.push_back(sim::run_as_caregiver(base, *sim::care_policy(policy), sim::derive_seed(2026, i), false));
  return cache[policy] = runs;
}

int count(const std::vector<sim::CaregiverRun>& runs, mind::Pattern p) {
  return int(std::count_if(runs.begin(), runs.end(), [p](const auto& r) { return r.classification.pattern == p; }));
}

}  // namespace

TEST_CASE("each scripted caregiver raises the pattern research expects", "[sim][caregiver-role]") {
  const std::pair<const char*, mind::Pattern> expected[] = {{"warm-prompt", mind::Pattern::Secure},
                                                            {"busy", mind::Pattern::Avoidant},
                                                            {"unpredictable", mind::Pattern::Anxious},
                                                            {"frightening", mind::Pattern::Disorganized}};
  for (const auto& [policy, pattern] : expected) {
    INFO(policy);
    const auto& runs = batch(policy);
    INFO(policy << " S " << count(runs, mind::Pattern::Secure) << " A " << count(runs, mind::Pattern::Avoidant) << " C "
                << count(runs, mind::Pattern::Anxious) << " D " << count(runs, mind::Pattern::Disorganized));
    CHECK(count(runs, pattern) * 2 > kRuns); // mostly: more than half
    for (const auto& r : runs) CHECK(r.ended);
  }
}

TEST_CASE("the scales coded from a policy's acts land within a point of what it embodies", "[sim][caregiver-role]") {
  for (const sim::CarePolicy& policy : sim::care_policies()) {
    INFO(policy.name);
    const auto& runs = batch(policy.name);
    double s = 0, a = 0, c = 0, x = 0, f = 0;
    for (const auto& r : runs) {
      s += r.care.sensitivity / kRuns, a += r.care.acceptance / kRuns, c += r.care.cooperation / kRuns;
      x += r.care.accessibility / kRuns, f += r.care.frightening / kRuns;
    }
    INFO(policy.name << " s " << s << " a " << a << " c " << c << " x " << x << " f " << f);
    CHECK(std::abs(s - policy.embodies.sensitivity) <= 1.0);
    CHECK(std::abs(a - policy.embodies.acceptance) <= 1.0);
    CHECK(std::abs(c - policy.embodies.cooperation) <= 1.0);
    CHECK(std::abs(x - policy.embodies.accessibility) <= 1.0);
    CHECK(std::abs(f - policy.embodies.frightening) <= 0.1);
  }
}

TEST_CASE("simulate --as caregiver prints outcome counts and mean coded scales", "[sim][caregiver-role]") {
  sim::CaregiverSimulateOptions o;
  o.policy = "warm-prompt";
  o.runs = 3;
  o.seed = 5;
  o.json = true;
  o.threads = 2;
  std::ostringstream out, err;
  REQUIRE(sim::caregiver_simulate_command(o, out, err) == 0);
  const std::string j = out.str();
  for (const char* key : {"\"outcomes\"", "\"secure\"", "\"disorganized\"", "\"sensitivity\"", "\"acceptance\"",
                          "\"cooperation\"", "\"accessibility\"", "\"frightening\"", "\"repair_ratio\""})
    CHECK(j.find(key) != std::string::npos);
  // The same seed gives the same answer, whatever the threads.
  o.threads = 1;
  std::ostringstream again;
  REQUIRE(sim::caregiver_simulate_command(o, again, err) == 0);
  CHECK(again.str() == j);

  o.policy = "perfect";
  std::ostringstream bad, bad_err;
  CHECK(sim::caregiver_simulate_command(o, bad, bad_err) == 2);
  CHECK(bad_err.str().find("warm-prompt") != std::string::npos);
}

TEST_CASE("the player's answers are acted out: pick up lifts the child into the caregiver's arms", "[sim][caregiver-role]") {
  static const auto loaded = scenario::load_file(*scenario::find_scenario("park"));
  REQUIRE(loaded.ok());
  sim::SessionConfig c;
  c.scenario = loaded.scenario;
  c.caregiver_style = "custom";
  c.caregiver_played = true;
  c.seed = 11;
  sim::Session s(c);
  auto view = [&s](const std::string& role) {
    for (const sim::AgentView& a : s.agents())
      if (a.role == role) return a;
    FAIL("no " << role);
    return sim::AgentView{};
  };
  auto run = [&s](double seconds, mind::CaregiverAct act) {
    sim::InputCommand in;
    in.caregiver_act = act;
    s.step(in);
    for (int i = 1; i < int(seconds * sim::kTicksPerSecond) && !s.ended(); ++i) s.step({});
  };
  run(6, mind::CaregiverAct::None);  // the child is off exploring
  const auto gap = [&] {
    const auto a = view("caregiver").position, b = view("child").position;
    return std::hypot(a.x - b.x, a.y - b.y);
  };
  REQUIRE(view("child").held_by.empty());
  const float before = gap();
  INFO("caregiver to child before: " << before << " m");

  // "Pick up": she walks over and the child is in her arms within a few seconds.
  sim::InputCommand in;
  in.caregiver_act = mind::CaregiverAct::PickUp;
  s.step(in);
  bool held = false;
  for (int i = 0; i < 8 * sim::kTicksPerSecond && !held && !s.ended(); ++i) {
    s.step({});
    held = view("child").held_by == view("caregiver").id;
  }
  CHECK(held);
  if (held) CHECK(view("caregiver").pose == sim::Pose::Hold);

  // "Wait and watch" moves nobody: no direction comes of it.
  CHECK_FALSE(sim::stage_for_act(mind::CaregiverAct::WaitWatch, "parent", "child", false));
  CHECK_FALSE(sim::stage_for_act(mind::CaregiverAct::PickUp, "parent", "child", true));  // already holding
  CHECK(sim::stage_for_act(mind::CaregiverAct::Soothe, "parent", "child", false)->act == scenario::StageAct::Kneel);
}
