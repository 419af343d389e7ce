// The child's felt security, arousal, shown distress and curiosity, per tick.
#include "mind/child_dynamics.hpp"

#include <algorithm>

namespace sb::mind {
namespace {
double clamp01(double v) { return std::clamp(v, 0.0, 1.0); }
// How much being apart, alone, and short of security raise arousal (MODEL.md):
// set so that separation arousal spreads with temperament instead of sitting at
// the ceiling for every child.
constexpr double kAbsentStress = 0.22, kAloneStress = 0.12, kDeficitArousal = 0.25;
double approach(double value, double target, double dt, double seconds) {
  const double k = std::min(1.0, dt / seconds);
  return value + (target - value) * k;
}
}  // namespace

ChildConstants ChildConstants::from(const Temperament& t) {
  ChildConstants k;
  const double r = clamp01(t.reactivity), s = clamp01(t.soothability), c = clamp01(t.curiosity);
  k.baseline_arousal = 0.14 + 0.12 * r;
  k.rise_seconds = 34.0 - 20.0 * r;     // reactive infants alarm faster
  k.settle_seconds = 60.0 - 30.0 * s;
  k.soothe_seconds = 22.0 - 12.0 * s;   // soothable infants calm faster in arms
  k.curiosity = 0.35 + 0.6 * c;
  k.stress_gain = 0.6 + 0.8 * r;         // reactive infants are more upset by the same event
  return k;
}

void update_child(ChildState& st, ChildInner& in, const ChildConstants& k, const ChildSituation& sit,
                  const WorkingModel& wm, double dt) {
  const StrategyWeights w = wm.strategy();
  const double safe = wm.safe();
  const double trust = (0.5 * wm.available() + 0.5 * wm.accepting()) * safe;

  const double d = sit.caregiver_distance;
  const double nearness = !sit.caregiver_present ? 0.0 : sit.touching ? 1.0 : 1.0 / (1.0 + (d / 1.2) * (d / 1.2));
  const double sd = sit.stranger_distance;
  const double stranger_near = sit.stranger_present ? 1.0 / (1.0 + (sd / 1.5) * (sd / 1.5)) : 0.0;
  const bool absent = !sit.caregiver_present;
  const bool alone = absent && !sit.stranger_present;
  const double held = sit.held ? 0.5 + 0.5 * sit.comfort_fit : 0.0;

  // Fear of the caregiver: a learned alarm that closeness itself brings when the
  // working model says she is not safe, plus the startle of a fright (decaying).
  const double learned_alarm = std::max(0.0, 0.6 - safe) * 2.0 * nearness;
  in.fear = approach(in.fear, std::max(learned_alarm, 0.0), dt, in.fear > learned_alarm ? 6.0 : 2.0);
  in.anger = approach(in.anger, 0.0, dt, 25.0);

  // Felt security (Bischof): familiarity and the nearness of a trusted caregiver,
  // lowered by strangers, being alone, hazards and fear.
  const double felt_target = clamp01(0.3 + 0.55 * nearness * trust + 0.3 * held -
                                     stranger_near * (absent ? 0.2 : 0.08) - 0.15 * absent - 0.1 * alone -
                                     0.3 * sit.hazard - 0.4 * in.fear);
  st.felt_security = approach(st.felt_security, felt_target, dt, 2.0);

  // The set point for security rises with arousal: an alarmed child needs more.
  in.set_point = 0.3 + 0.75 * st.arousal;
  const double deficit = security_deficit(st, in);
  // Arousal keeps the system on by itself (Stevens & Zhang 2009: the arousal
  // system drives proximity seeking), so a held child stays until it has calmed.
  const double activation_target =
      std::clamp(std::max(deficit / 0.3, (st.arousal - k.baseline_arousal - 0.1) / 0.4), 0.0, 1.5);
  in.activation = approach(in.activation, activation_target, dt, activation_target > in.activation ? 1.0 : 6.0);

  // Arousal (hidden): stressors scaled by the child's reactivity, the security
  // deficit, fear and anger; comfort in arms lowers it. Nothing here reads the
  // strategy: a deactivating child's body meets the same separation as any
  // other's, and what differs is what it shows and whether it gets held.
  double arousal_target = k.baseline_arousal +
                          k.stress_gain * (kAbsentStress * absent + kAloneStress * alone +
                                           stranger_near * (absent ? 0.1 : 0.04)) +
                          0.4 * sit.hazard + 0.5 * in.fear + kDeficitArousal * deficit + 0.1 * in.anger - 0.15 * held;
  arousal_target = clamp01(arousal_target);
  double seconds = k.settle_seconds;
  if (arousal_target > st.arousal) {
    seconds = k.rise_seconds;
  } else if (sit.held) {
    // Hyperactivation keeps the alarm up in arms: slow to calm (Ainsworth's C).
    const double efficacy = (0.4 + 0.6 * sit.comfort_fit) * (1.0 - 0.65 * w.hyperactivating()) * (1.0 - 0.5 * in.anger);
    seconds = std::min(k.settle_seconds, k.soothe_seconds / std::max(0.08, efficacy));
  }
  st.arousal = approach(st.arousal, arousal_target, dt, seconds);

  // Expressed distress: arousal passed through the strategy's gain.
  double gain = w.direct() * 1.0 + w.deactivating() * 0.3 + w.hyperactivating() * 1.35 + w.collapsed() * 0.8;
  if (sit.action == Action::HideFeelings) gain *= 0.35;
  const double shown_target =
      clamp01(gain * std::max(0.0, st.arousal - 0.22) / 0.78 + 0.15 * w.hyperactivating() * in.anger);
  const double shown_seconds = shown_target > st.expressed_distress ? 1.0 : 2.0 * (1.0 + 2.0 * w.hyperactivating());
  st.expressed_distress = approach(st.expressed_distress, shown_target, dt, shown_seconds);

  // Curiosity: freed by security; a deactivating child keeps attention on toys
  // even under a deficit; hyperactivation and fear inhibit exploration.
  const double curiosity_target =
      clamp01(k.curiosity * clamp01(1.0 - 2.5 * deficit) * (1.0 - 0.5 * in.fear) +
              w.deactivating() * 0.35 * std::min(1.0, deficit * 3.0) - 0.2 * w.hyperactivating() * (deficit > 0.05));
  st.curiosity = approach(st.curiosity, curiosity_target, dt, 4.0);
}

void child_meets_answer(ChildState& st, ChildInner& in, AnswerKind kind, const WorkingModel& wm) {
  const double hyper = wm.strategy().hyperactivating();
  switch (kind) {
    case AnswerKind::Frighten: in.fear = clamp01(in.fear + 0.6); st.arousal = clamp01(st.arousal + 0.25); break;
    case AnswerKind::Dissociate: in.fear = clamp01(in.fear + 0.35); st.arousal = clamp01(st.arousal + 0.1); break;
    case AnswerKind::Dismiss: in.anger = clamp01(in.anger + 0.2 * (1.0 + hyper)); st.arousal = clamp01(st.arousal + 0.05); break;
    case AnswerKind::Ignore: in.anger = clamp01(in.anger + 0.15 * (1.0 + hyper)); break;
    case AnswerKind::Intrude: st.curiosity *= 0.6; st.arousal = clamp01(st.arousal + 0.04); break;
    case AnswerKind::Comfort: in.anger *= 0.7; break;
    case AnswerKind::None: break;
  }
}

}  // namespace sb::mind
