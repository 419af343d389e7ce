// Playing the caregiver, in the mind: acts become the answers the child learns
// from, cues are readable as the working model allows, and the player's care is
// coded from the moments on Ainsworth's scales.
#include <catch2/catch.hpp>

#include "mind/acted_caregiver.hpp"
#include "mind/care_log.hpp"
#include "mind/child_cues.hpp"
#include "mind/dyad.hpp"
#include "mind/first_year.hpp"
#include "mind/working_model.hpp"

using namespace sb::mind;

namespace {

Cue cue_at(CueKind kind, Need need, double t, double readability = 0.9) {
  Cue c;
  c.kind = kind;
  c.need = need;
  c.contact = need == Need::Comfort;
  c.readability = readability;
  c.time = t;
  c.episode_time = t;
  return c;
}

WorkingModel learned(AnswerKind answer, int n) {
  WorkingModel wm;
  for (int i = 0; i < n; ++i) wm.learn(Exchange{true, answer, 1.0, 0.9});
  return wm;
}

// A first-year answerer that always does the same act after the same delay.
struct Always : CareAnswerer {
  CaregiverAct act;
  double latency;
  Always(CaregiverAct a, double l) : act(a), latency(l) {}
  PlannedAct answer(const Cue& c, Rng&) override {
    if (act == CaregiverAct::PickUp && c.need == Need::Explore) return {CaregiverAct::FollowLead, latency};
    return {act, latency};
  }
  CaregiverAct while_playing(Rng&) override { return CaregiverAct::None; }
};

}  // namespace

TEST_CASE("an act answers a cue as the child feels it", "[mind][caregiver-role]") {
  const Cue cry = cue_at(CueKind::Cry, Need::Comfort, 0);
  const auto held = exchange_for(cry, CaregiverAct::PickUp, 1.0);
  REQUIRE(held);
  CHECK(held->answer == AnswerKind::Comfort);
  CHECK(held->fit == Approx(1.0));
  CHECK(exchange_for(cry, CaregiverAct::Busy, 1.0)->answer == AnswerKind::Dismiss);
  CHECK(exchange_for(cry, CaregiverAct::LaughAtFear, 1.0)->answer == AnswerKind::Dismiss);
  CHECK(exchange_for(cry, CaregiverAct::Loom, 1.0)->answer == AnswerKind::Frighten);
  CHECK_FALSE(exchange_for(cry, CaregiverAct::WaitWatch, 1.0)); // watching is no answer to a cry
  CHECK_FALSE(exchange_for(cry, CaregiverAct::Leave, 1.0));
  const Cue toy = cue_at(CueKind::ShowToy, Need::Explore, 0);
  CHECK(exchange_for(toy, CaregiverAct::WaitWatch, 1.0)->answer == AnswerKind::Comfort);
  CHECK(exchange_for(toy, CaregiverAct::PickUp, 1.0)->answer == AnswerKind::Intrude);
}

TEST_CASE("a cue is as readable as the child's working model lets it be", "[mind][caregiver-role]") {
  ChildState st;
  const WorkingModel secure = learned(AnswerKind::Comfort, 200);
  const WorkingModel avoidant = learned(AnswerKind::Dismiss, 200);
  REQUIRE(secure.strategy().dominant() == Strategy::Direct);
  REQUIRE(avoidant.strategy().dominant() == Strategy::Deactivating);
  const Cue clear = cue_for_bid(Action::ReachUp, secure.strategy(), st, 0, 0);
  const Cue damped = cue_for_bid(Action::ReachUp, avoidant.strategy(), st, 0, 0);
  CHECK(clear.readability > damped.readability + 0.2);
  // "I'm fine": a body alarmed behind calm play is a miscue, hard to read.
  st.arousal = 0.7;
  st.expressed_distress = 0.15;
  st.action = Action::Play;
  Cue hidden;
  REQUIRE(quiet_cue(st, avoidant.strategy(), true, 30.0, &hidden));
  CHECK(hidden.kind == CueKind::HiddenNeed);
  CHECK(hidden.miscue);
  CHECK(hidden.need == Need::Comfort);
  CHECK(hidden.readability < 0.4);
}

TEST_CASE("promptness is measured from the cue and coded with fit on the four scales", "[mind][caregiver-role]") {
  CareLog prompt;
  for (int i = 0; i < 10; ++i) {
    const double t = 60.0 * i;
    REQUIRE(prompt.add_cue(cue_at(CueKind::Cry, Need::Comfort, t)));
    CHECK(prompt.add_act(CaregiverAct::PickUp, t + 1.5, 0, t + 1.5, false) == i);
  }
  const CareCoding good = prompt.code();
  CHECK(good.sensitivity == Approx(9.0));
  CHECK(good.accessibility == Approx(9.0));
  CHECK(good.acceptance == Approx(9.0));
  CHECK(good.mean_latency == Approx(1.5));
  CHECK(good.frightening == 0.0);
  REQUIRE_FALSE(good.reasons.empty());
  CHECK(good.reasons.front().key == "care.met");

  CareLog slow;
  for (int i = 0; i < 10; ++i) {
    const double t = 60.0 * i;
    slow.add_cue(cue_at(CueKind::Cry, Need::Comfort, t));
    slow.add_act(CaregiverAct::PickUp, t + 7.0, 0, t + 7.0, false);
  }
  CHECK(slow.code().sensitivity < good.sensitivity - 3); // the same act, later

  CareLog missed;
  for (int i = 0; i < 10; ++i) {
    const double t = 60.0 * i;
    missed.add_cue(cue_at(CueKind::Cry, Need::Comfort, t));
    CHECK(missed.expire(t + 9.0) == i);
    if (i % 2 == 0) missed.add_act(CaregiverAct::Repair, t + 15.0, 0, t + 15.0, false); // came back after the miss
  }
  const CareCoding m = missed.code();
  CHECK(m.accessibility == Approx(1.0));
  CHECK(m.sensitivity == Approx(1.0));
  CHECK(m.ruptures == 10);
  CHECK(m.repairs == 5);
  CHECK(m.repair_ratio == Approx(0.5));
}

TEST_CASE("harsh, frightening and interfering acts are coded as such", "[mind][caregiver-role]") {
  CareLog log;
  for (int i = 0; i < 8; ++i) {
    const double t = 60.0 * i;
    log.add_cue(cue_at(CueKind::Cry, Need::Comfort, t));
    log.add_act(i < 4 ? CaregiverAct::Snap : i < 6 ? CaregiverAct::Loom : CaregiverAct::Soothe, t + 1, 0, t + 1, false);
    // while the child plays: taking over twice, following once
    if (i < 3) log.add_act(i < 2 ? CaregiverAct::PickUp : CaregiverAct::FollowLead, t + 30, 0, t + 30, true);
  }
  const CareCoding k = log.code();
  CHECK(k.acceptance == Approx(1.0 + 8.0 * 2.0 / 6.0)); // 2 warm answers of 6 warm or harsh
  CHECK(k.frightening == Approx(2.0 / 8.0));
  CHECK(k.cooperation == Approx(1.0 + 8.0 / 3.0));
  bool harsh = false, fright = false;
  for (const Reason& r : k.reasons) harsh |= r.key == "care.harsh", fright |= r.key == "care.frightened";
  CHECK(harsh);
  CHECK(fright);
}

TEST_CASE("a first year of answers builds the child's expectations through the working model", "[mind][caregiver-role]") {
  WorkingModel warm_child, brushed_off;
  Always warm(CaregiverAct::PickUp, 1.0), busy(CaregiverAct::Busy, 1.0);
  live_first_year(warm_child, 0.5, warm, 7, 300);
  live_first_year(brushed_off, 0.5, busy, 7, 300);
  CHECK(warm_child.strategy().dominant() == Strategy::Direct);
  CHECK(brushed_off.strategy().dominant() == Strategy::Deactivating);
  CHECK(warm_child.accepting() > brushed_off.accepting() + 0.3);

  WorkingModel wm;
  FirstYear year(wm, 0.5, 3, 12);
  Always silent(CaregiverAct::None, 0);
  while (!year.done()) year.live_moment(silent);
  REQUIRE(year.history().size() == 12);
  CHECK(year.history().back().available < 0.5); // nobody came
}

TEST_CASE("the played caregiver's acts reach the child through the dyad", "[mind][caregiver-role]") {
  DyadDef def;
  def.caregiver_played = true;
  def.prior_exchanges = 0;
  Dyad d(def);
  REQUIRE(d.care_log());
  Percept p;
  p.caregiver_distance = 0.5;
  // The child cries (the player's act stands in for the AI here): a cue.
  p.time = 1.0;
  d.tick(p, Action::Cry, CaregiverAct::None);
  REQUIRE(d.care_log()->pending());
  p.time = 3.5;
  const DyadOutput out = d.tick(p, Action::Cry, CaregiverAct::PickUp);
  CHECK(d.caregiver_doing() == CaregiverAct::PickUp);
  CHECK(out.caregiver_goal == MoveGoal::TowardChild);
  REQUIRE(d.care_log()->cues().size() == 1);
  CHECK(d.care_log()->cues()[0].latency == Approx(2.5));
  CHECK(d.care_log()->cues()[0].answer == CaregiverAct::PickUp);
  CHECK(d.working_model().exchanges() == 1);
}
