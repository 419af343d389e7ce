#pragma once
// The caregiver in play: turns the policy's answers into behaviour over time
// (coming over and holding, putting down, rebuffing, interfering, looming,
// going blank) and reports each finished exchange for the child to learn from.
#include <optional>

#include "mind/caregiver_policy.hpp"
#include "mind/working_model.hpp"

namespace sb::mind {

struct Bid {
  Action action = Action::None;
  bool contact = false;  // asks to be held
  double urgency = 0.0;  // 0..1
};

struct CaregiverTick {
  std::optional<Exchange> learned;     // an exchange the child experienced this tick
  AnswerKind answer_given = AnswerKind::None; // for the event list
  bool frightening_now = false;        // a fright began this tick
};

class CaregiverAgent {
 public:
  explicit CaregiverAgent(const CaregiverParams& realised) : policy_(realised) {}

  CaregiverTick tick(const Percept& p, Action child_action, const std::optional<Bid>& bid, Rng& rng);

  MoveGoal goal() const { return goal_; }
  AnswerKind showing() const { return showing_; }
  double warmth() const;
  bool holding(const Percept& p) const { return mode_ == Mode::Comforting && p.touching_caregiver; }
  double comfort_fit() const { return fit_; }
  const CaregiverPolicy& policy() const { return policy_; }
  std::uint64_t hash() const;

 private:
  enum class Mode : std::uint8_t { Idle, Greeting, Comforting, Acknowledging, Dismissing, Intruding, Frightening, Dissociating };
  void begin(Mode m, double now, double seconds);

  CaregiverPolicy policy_;
  Mode mode_ = Mode::Idle;
  double mode_until_ = 0.0;
  double held_for_ = 0.0;      // seconds of contact in this comforting spell
  double apart_for_ = 0.0;     // seconds without contact in this comforting spell
  double fit_ = 0.0;
  bool was_present_ = true;
  // The bid waiting for its answer.
  bool pending_ = false;
  Bid pending_bid_;
  PlannedAnswer planned_;
  double bid_time_ = 0.0;
  MoveGoal goal_ = MoveGoal::ToSeat;
  AnswerKind showing_ = AnswerKind::None;
};

}  // namespace sb::mind
