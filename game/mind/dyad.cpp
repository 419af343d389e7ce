// The dyad: one child and one caregiver, joined per tick. The order each tick is
// act (player or AI) -> bid -> caregiver answers -> child learns and feels ->
// observer records.
#include "mind/dyad.hpp"

#include <algorithm>
#include <cmath>
#include <cstring>

#include "mind/acted_caregiver.hpp"
#include "mind/ai_child.hpp"
#include "mind/behaviour_record.hpp"
#include "mind/care_context.hpp"
#include "mind/caregiver_agent.hpp"
#include "mind/child_dynamics.hpp"
#include "mind/coding.hpp"
#include "mind/prior_history.hpp"

namespace sb::mind {
namespace {

constexpr double kCrySeconds = 8.0;  // continued crying or clinging counts as a new bid this often
constexpr double kTemperamentSd = 0.3;
// How far reactivity tilts an insecure strategy toward amplifying (and calmness
// toward deactivating); it does not make a child more or less secure.
constexpr double kTemperamentTilt = 1.5;
constexpr double kStressOnArousal = 0.12;  // a stressed family's child is a little more upset by the same event

Temperament vary(const Temperament& t, double spread, Rng& rng) {
  // Infants differ a great deal in reactivity and soothability (Rothbart 1981).
  auto one = [&](double v) { return std::clamp(v + kTemperamentSd * spread * rng.normal(), 0.0, 1.0); };
  Temperament r;
  r.reactivity = one(t.reactivity);
  r.soothability = one(t.soothability);
  r.curiosity = one(t.curiosity);
  return r;
}

std::optional<Bid> as_bid(Action a, Action before, double now, double last_cry_bid, bool touching) {
  switch (a) {
    case Action::Cry:
      if (before != Action::Cry || now - last_cry_bid >= kCrySeconds) return Bid{a, true, 1.0};
      return std::nullopt;
    case Action::ReachUp: if (before != a) return Bid{a, true, 0.7}; break;
    case Action::Cling:
      // Holding on is asked again and again while it goes unanswered.
      if (touching && (before != a || now - last_cry_bid >= kCrySeconds)) return Bid{a, true, 0.6};
      break;
    case Action::Call: if (before != a) return Bid{a, false, 0.5}; break;
    case Action::ShowToy: if (before != a) return Bid{a, false, 0.1}; break;
    default: break;
  }
  return std::nullopt;
}

}  // namespace

struct Dyad::Impl {
  DyadDef def;
  Rng rng;
  Temperament temperament;
  CaregiverParams realised;
  double stress = 0;
  WorkingModel wm;
  CaregiverAgent caregiver;
  std::optional<ActedCaregiver> acted; // the caregiver played by a person or script
  ChildConstants k;
  ChildState st;
  ChildInner inner;
  AiChild ai;
  BehaviourRecord record;
  Action last_action = Action::None;
  double last_cry_bid = -1e9;
  double arrival = -1e9;
  bool was_present = true;

  explicit Impl(const DyadDef& d)
      : def(d),
        rng(d.seed),
        temperament(vary(d.temperament, std::max(0.0, d.temperament_spread), rng)),
        realised(realise(d.caregiver, std::max(0.0, d.caregiver_spread), rng)),
        stress(std::max(0.0, d.stress_spread) * rng.normal()),
        wm(kTemperamentTilt * (temperament.reactivity - 0.5)),
        caregiver(realised),
        k(ChildConstants::from(temperament)) {
    const CaregiverParams usual = care_for_child(realised, temperament);
    const double day_sd = std::max(0.0, d.day_to_day);
    live_months_before(wm, usual, day_sd, stress, temperament.soothability, rng, std::clamp(d.prior_exchanges, 0, 100000));
    // The day of the procedure is one more day.
    caregiver = CaregiverAgent(one_day(usual, day_sd, stress, rng));
    k.stress_gain *= 1.0 + kStressOnArousal * stress;
    st.arousal = k.baseline_arousal;
    st.expressed_distress = 0.0;
    st.felt_security = 0.5;
    st.curiosity = k.curiosity;
    if (d.caregiver_played) acted.emplace();
  }
};

Dyad::Dyad(const DyadDef& def) : impl_(std::make_unique<Impl>(def)) {}
Dyad::~Dyad() = default;
Dyad::Dyad(const Dyad& o) : impl_(std::make_unique<Impl>(*o.impl_)) {}
Dyad& Dyad::operator=(const Dyad& o) {
  if (this != &o) *impl_ = *o.impl_;
  return *this;
}

DyadOutput Dyad::tick(const Percept& p, std::optional<Action> player) { return tick(p, player, CaregiverAct::None); }

DyadOutput Dyad::tick(const Percept& p, std::optional<Action> player, CaregiverAct caregiver_act) {
  Impl& m = *impl_;
  DyadOutput out;
  // Bad numbers from outside never reach the model: non-finite values fall back
  // to the defaults and the step is clamped.
  Percept pc = p;
  const Percept defaults;
  for (auto field : {&Percept::dt, &Percept::time, &Percept::episode_time, &Percept::caregiver_distance,
                     &Percept::stranger_distance, &Percept::toy_distance, &Percept::hazard,
                     &Percept::child_speed_toward_caregiver})
    if (!std::isfinite(pc.*field)) pc.*field = defaults.*field;
  pc.dt = std::clamp(pc.dt, 0.0, 1.0);
  const double dt = pc.dt;

  if (pc.caregiver_present && !m.was_present) m.arrival = pc.time;
  m.was_present = pc.caregiver_present;

  // 1. What the child does.
  Action action;
  MoveGoal goal;
  if (player) {
    action = *player;
    goal = goal_for(action, m.st, pc.caregiver_present);
  } else {
    const AnswerKind showing = m.acted ? m.acted->showing() : m.caregiver.showing();
    const MoveGoal her_goal = m.acted ? m.acted->goal() : m.caregiver.goal();
    AiContext ctx{&pc, pc.caregiver_present ? pc.time - m.arrival : 1e9, showing, her_goal};
    m.ai.decide(m.st, m.inner, m.wm, ctx, m.rng);
    action = m.ai.action();
    goal = m.ai.goal();
  }

  // 2. Is it a bid?
  const std::optional<Bid> bid = as_bid(action, m.last_action, pc.time, m.last_cry_bid, pc.touching_caregiver);
  if (bid) {
    if (bid->action == Action::Cry || bid->action == Action::Cling) m.last_cry_bid = pc.time;
    m.record.note_bid(pc, action, &out.events);
  }

  // 3. The caregiver acts and answers; the child learns from finished exchanges.
  const std::optional<Bid> heard = pc.caregiver_present ? bid : std::nullopt;
  const CaregiverTick ct = m.acted ? m.acted->tick(pc, action, heard, caregiver_act, m.st, m.inner.anger, m.inner.fear, m.wm)
                                   : m.caregiver.tick(pc, action, heard, m.rng);
  if (ct.learned) {
    Exchange felt = *ct.learned;
    felt.fit = felt_fit(felt.fit, m.temperament.soothability);
    m.wm.learn(felt);
  }
  if (ct.answer_given != AnswerKind::None) {
    child_meets_answer(m.st, m.inner, ct.answer_given, m.wm);
    m.record.note_answer(pc, ct.answer_given, &out.events);
  }

  // 4. The child's inner state.
  ChildSituation sit;
  sit.caregiver_present = pc.caregiver_present;
  sit.caregiver_distance = pc.caregiver_distance;
  sit.touching = pc.caregiver_present && pc.touching_caregiver;
  sit.held = m.acted ? m.acted->holding(pc) : m.caregiver.holding(pc);
  sit.comfort_fit = m.acted ? m.acted->comfort_fit() : m.caregiver.comfort_fit();
  sit.caregiver_showing = m.acted ? m.acted->showing() : m.caregiver.showing();
  sit.stranger_present = pc.stranger_present;
  sit.stranger_distance = pc.stranger_distance;
  sit.hazard = std::clamp(pc.hazard, 0.0, 1.0);
  sit.action = action;
  update_child(m.st, m.inner, m.k, sit, m.wm, dt);
  m.st.action = action;

  // 5. The observer writes it down.
  m.record.observe(pc, action, m.st, sit.caregiver_showing, ct.frightening_now, m.k.baseline_arousal, &out.events);

  m.last_action = action;
  out.child_action = action;
  out.child_goal = goal;
  out.caregiver_goal = m.acted ? m.acted->goal() : m.caregiver.goal();
  return out;
}

const ChildState& Dyad::child() const { return impl_->st; }

CaregiverState Dyad::caregiver() const {
  CaregiverState c;
  if (const auto& a = impl_->acted) {
    c.goal = a->goal();
    c.showing = a->showing();
    c.warmth = a->warmth();
    return c;
  }
  c.goal = impl_->caregiver.goal();
  c.showing = impl_->caregiver.showing();
  c.warmth = impl_->caregiver.warmth();
  return c;
}

Strategy Dyad::strategy() const { return impl_->wm.strategy().dominant(); }
double Dyad::strategy_strength() const { return impl_->wm.strategy().strength(); }
Classification Dyad::classify() const { return classify_record(impl_->record); }
Classification Dyad::classify(Observer observer) const {
  if (observer == Observer::Ideal) return classify();
  Rng rng(impl_->def.seed ^ 0xC0DEC0DEF00Dull);
  const CoderError error = draw_coder_error(rng);
  return classify_record(impl_->record, &error);
}
const BehaviourRecord& Dyad::record() const { return impl_->record; }
const WorkingModel& Dyad::working_model() const { return impl_->wm; }
const CaregiverParams& Dyad::realised_caregiver() const { return impl_->realised; }
const Temperament& Dyad::temperament() const { return impl_->temperament; }
double Dyad::context_stress() const { return impl_->stress; }
double Dyad::baseline_arousal() const { return impl_->k.baseline_arousal; }
const CareLog* Dyad::care_log() const { return impl_->acted ? &impl_->acted->log() : nullptr; }
CaregiverAct Dyad::caregiver_doing() const { return impl_->acted ? impl_->acted->doing() : CaregiverAct::None; }
WorkingModel& Dyad::working_model_mut() { return impl_->wm; }

void Dyad::nudge(double felt_security, double arousal, double expressed_distress) {
  ChildState& s = impl_->st;
  s.felt_security = std::clamp(s.felt_security + felt_security, 0.0, 1.0);
  s.arousal = std::clamp(s.arousal + arousal, 0.0, 1.0);
  s.expressed_distress = std::clamp(s.expressed_distress + expressed_distress, 0.0, 1.0);
}

std::uint64_t Dyad::hash() const {
  const Impl& m = *impl_;
  std::uint64_t h = 0xcbf29ce484222325ull;
  auto mix64 = [&h](std::uint64_t v) { h = (h ^ v) * 0x100000001b3ull; h ^= h >> 29; };
  auto mixd = [&](double v) {
    std::uint64_t bits;
    std::memcpy(&bits, &v, sizeof bits);
    mix64(bits);
  };
  for (double v : {m.st.felt_security, m.st.arousal, m.st.expressed_distress, m.st.curiosity, m.inner.fear,
                   m.inner.anger, m.inner.set_point, m.last_cry_bid, m.arrival})
    mixd(v);
  mix64(static_cast<std::uint64_t>(m.st.action));
  mix64(static_cast<std::uint64_t>(m.last_action));
  mix64(m.rng.state_hash());
  mix64(m.wm.hash());
  mix64(m.caregiver.hash());
  if (m.acted) mix64(m.acted->hash());
  mix64(m.ai.hash());
  mix64(m.record.hash());
  return h;
}

}  // namespace sb::mind
