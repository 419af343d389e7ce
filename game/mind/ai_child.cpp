// Action choice for the AI child.
#include "mind/ai_child.hpp"

#include <algorithm>
#include <cmath>

namespace sb::mind {

MoveGoal goal_for(Action a, const ChildState& st, bool caregiver_present) {
  switch (a) {
    case Action::MoveToward: case Action::ReachUp: case Action::Cling: return MoveGoal::TowardCaregiver;
    case Action::MoveAway: return MoveGoal::AwayFromCaregiver;
    case Action::Play: return MoveGoal::TowardToy;
    case Action::TurnAway: return st.curiosity > 0.2 ? MoveGoal::TowardToy : MoveGoal::Stay;
    case Action::Call: case Action::Cry:
      // Calling for an absent caregiver goes with searching at the door.
      return !caregiver_present && st.arousal > 0.5 ? MoveGoal::TowardCaregiver : MoveGoal::Stay;
    default: return MoveGoal::Stay;
  }
}

bool AiChild::decide(const ChildState& st, const ChildInner& in, const WorkingModel& wm, const AiContext& ctx, Rng& rng) {
  const Percept& p = *ctx.percept;
  const bool present = p.caregiver_present;
  // A caregiver coming back or a fright calls for an immediate response.
  const bool salient = (present && !caregiver_was_present_) || ctx.caregiver_showing == AnswerKind::Frighten;
  caregiver_was_present_ = present;
  if (p.time < next_decision_ && !salient) return false;
  next_decision_ = p.time + rng.uniform(0.3, 0.8);

  const StrategyWeights sw = wm.strategy();
  const double wd = sw.direct(), wa = sw.deactivating(), wh = sw.hyperactivating(), wc = sw.collapsed();
  const double act = in.activation;
  const double cu = st.curiosity, shown = st.expressed_distress, fear = in.fear, anger = in.anger;
  const double d = p.caregiver_distance;
  const bool touching = p.touching_caregiver;
  const bool returning = present && ctx.since_caregiver_arrived < 30.0;
  const bool coming = present && (ctx.caregiver_goal == MoveGoal::TowardChild || ctx.caregiver_goal == MoveGoal::Loom);
  const double salience = (returning || coming) ? 1.0 : 0.25;

  double u[kActionCount] = {};
  for (double& x : u) x = -1e9;
  auto set = [&u](Action a, double v) { u[static_cast<int>(a)] = v; };
  set(Action::None, 0.05);
  set(Action::Play, cu * (1.0 - std::min(1.0, act)) + wa * 0.6 * std::min(1.0, act) + 0.05);
  set(Action::Cry, shown * (0.6 + 0.6 * wh) - 0.3);
  if (!present) {
    set(Action::MoveToward, act * (wd + wh + 0.5 * wc) * 0.7);  // search at the door
    set(Action::Call, act * (0.5 * wd + 0.6 * wh + 0.2 * wc));
    set(Action::Freeze, wc * act * 0.6);
  } else {
    // Approach keeps its pull even for the collapsed child; fear pulls back.
    if (!touching && d > 0.7) set(Action::MoveToward, act * (1.2 * wd + 1.2 * wh + 0.9 * wc * (1.0 - fear)) + 0.1 * wa * std::max(0.0, act - 1.0));
    if (!touching && d <= 1.2) set(Action::ReachUp, act * (1.3 * wd + 1.1 * wh + 0.5 * wc * (1.0 - fear)));
    if (touching) set(Action::Cling, act * (1.0 * wd + 1.4 * wh + 0.4 * wc) + 0.3 * wh * act);
    if (!touching && d > 1.2) set(Action::Call, act * (0.5 * wd + 0.6 * wh));
    if (!touching && d > 1.0) set(Action::ShowToy, cu * 0.3 * (wd + 0.5 * wa) * (1.0 - std::min(1.0, act)));
    if (touching || (coming && d < 1.2)) set(Action::PushAway, wh * (1.2 * anger + 0.25 * act));
    set(Action::TurnAway, wa * (0.35 + 0.6 * std::min(1.0, act)) * salience + wc * fear * 0.5);
    set(Action::MoveAway, wa * 0.4 * (coming ? 1.0 : 0.0) + wc * fear * 1.2);
    set(Action::Freeze, wc * (fear * 1.5 + 0.3 * (returning ? 1.0 : 0.0)) * std::min(1.0, act + 0.3));
  }
  // A child does not do what it has no reason to do: acts with (almost) no pull
  // are off the menu, so noise alone never makes a secure child freeze.
  for (Action a : {Action::Freeze, Action::MoveAway, Action::PushAway, Action::TurnAway, Action::ShowToy, Action::Call})
    if (u[static_cast<int>(a)] < 0.03) u[static_cast<int>(a)] = -1e9;
  // Staying with what one is doing is a little cheaper than switching.
  u[static_cast<int>(action_)] += 0.08;

  // Softmax with seeded noise.
  constexpr double kTemperature = 0.08;
  double top = -1e9;
  for (double x : u) top = std::max(top, x);
  double weights[kActionCount];
  double sum = 0.0;
  for (int i = 0; i < kActionCount; ++i) sum += (weights[i] = u[i] < -1e8 ? 0.0 : std::exp((u[i] - top) / kTemperature));
  double pick = rng.uniform() * sum;
  int chosen = 0;
  for (int i = 0; i < kActionCount; ++i) {
    if (weights[i] <= 0.0) continue;
    chosen = i;
    if ((pick -= weights[i]) < 0.0) break;
  }
  action_ = static_cast<Action>(chosen);
  goal_ = goal_for(action_, st, present);
  return true;
}

std::uint64_t AiChild::hash() const {
  std::uint64_t h = static_cast<std::uint64_t>(action_) * 0x9E3779B97F4A7C15ull;
  h ^= static_cast<std::uint64_t>(goal_) + 0x632BE59BD9B4E019ull + (h << 6) + (h >> 2);
  h ^= static_cast<std::uint64_t>(next_decision_ * 1e6) + (h << 6) + (h >> 2);
  return h ^ caregiver_was_present_;
}

}  // namespace sb::mind
