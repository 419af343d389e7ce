#pragma once
// The AI child: picks one action of the shared vocabulary from its felt
// security deficit, curiosity, fear, anger and the working model's strategy
// weights, with seeded noise (a softmax over utilities), plus a movement goal.
#include "mind/child_dynamics.hpp"
#include "mind/rng.hpp"

namespace sb::mind {

struct AiContext {
  const Percept* percept = nullptr;
  double since_caregiver_arrived = 1e9; // seconds since she (re)entered
  AnswerKind caregiver_showing = AnswerKind::None;
  MoveGoal caregiver_goal = MoveGoal::ToSeat;
};

class AiChild {
 public:
  // Returns true when a new decision was taken this tick.
  bool decide(const ChildState& st, const ChildInner& in, const WorkingModel& wm, const AiContext& ctx, Rng& rng);
  Action action() const { return action_; }
  MoveGoal goal() const { return goal_; }
  std::uint64_t hash() const;

 private:
  Action action_ = Action::Play;
  MoveGoal goal_ = MoveGoal::TowardToy;
  double next_decision_ = 0.0;
  bool caregiver_was_present_ = true;
};

MoveGoal goal_for(Action a, const ChildState& st, bool caregiver_present);

}  // namespace sb::mind
