// The same seed gives the same child; copies of a dyad stay equal.
#include <catch2/catch.hpp>

#include <cmath>
#include <limits>

#include "procedure_driver.hpp"

using namespace sb::mind;
using namespace sb::mind::testing;

TEST_CASE("the same seed gives the same session, a different seed a different one", "[mind][determinism]") {
  const RunResult a = run_seeded(preset("inconsistent"), 42);
  const RunResult b = run_seeded(preset("inconsistent"), 42);
  const RunResult c = run_seeded(preset("inconsistent"), 43);
  CHECK(a.hash == b.hash);
  CHECK(a.classification.pattern == b.classification.pattern);
  CHECK(a.classification.reasons.size() == b.classification.reasons.size());
  CHECK(a.hash != c.hash);
}

TEST_CASE("a copied dyad goes on exactly like the original", "[mind][determinism]") {
  DyadDef def;
  def.caregiver = preset("frightening");
  def.seed = 5;
  Dyad original(def);
  Percept p;
  auto step = [&p](Dyad& d, int ticks) {
    for (int i = 0; i < ticks; ++i) {
      p.time += p.dt;
      p.episode_time += p.dt;
      p.caregiver_distance = 0.5 + std::fmod(p.time, 3.0);
      p.touching_caregiver = p.caregiver_distance < 0.6;
      d.tick(p, std::nullopt);
    }
  };
  step(original, 600);
  Dyad copy(original);
  CHECK(copy.hash() == original.hash());
  Percept saved = p;
  step(original, 1200);
  p = saved;
  step(copy, 1200);
  CHECK(copy.hash() == original.hash());
  CHECK(copy.child().arousal == original.child().arousal);

  Dyad assigned(DyadDef{});
  assigned = original;
  CHECK(assigned.hash() == original.hash());
  // The copy is independent: moving one does not move the other.
  step(assigned, 10);
  CHECK(assigned.hash() != original.hash());
}

TEST_CASE("the player's actions are used as given and recorded the same way", "[mind][determinism]") {
  DyadDef def;
  def.caregiver = preset("sensitive");
  Dyad dyad(def);
  Percept p;
  p.caregiver_distance = 2.0;
  const DyadOutput out = dyad.tick(p, Action::Call);
  CHECK(out.child_action == Action::Call);
  CHECK(dyad.child().action == Action::Call);
  bool bid = false;
  for (const MindEvent& e : out.events) bid |= e.kind == MindEvent::Kind::Bid && e.action == Action::Call;
  CHECK(bid);
  CHECK(dyad.record().episodes().front().bids == 1);
}

TEST_CASE("bad percepts do not break the mind", "[mind][determinism]") {
  Dyad dyad(DyadDef{});
  Percept p;
  p.dt = 1e9;
  p.caregiver_distance = -5;
  p.hazard = 7;
  p.stranger_distance = 0;
  for (int i = 0; i < 10; ++i) dyad.tick(p, std::nullopt);
  p.dt = std::nan("");
  p.caregiver_distance = std::numeric_limits<double>::infinity();
  p.time = -std::numeric_limits<double>::infinity();
  for (int i = 0; i < 10; ++i) dyad.tick(p, std::nullopt);
  const ChildState& c = dyad.child();
  for (double v : {c.felt_security, c.arousal, c.expressed_distress, c.curiosity}) {
    CHECK(v >= 0.0);
    CHECK(v <= 1.0);
  }
  dyad.nudge(5, -5, 5);
  CHECK(dyad.child().felt_security == 1.0);
  CHECK(dyad.child().arousal == 0.0);
  CHECK_NOTHROW(dyad.classify());
}
