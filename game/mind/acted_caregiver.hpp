#pragma once
// The caregiver when a person (or a scripted player) plays her: the player's
// acts become answers the child learns from through the same working model as a
// preset caregiver's (Exchange -> WorkingModel::learn), and the child's bids
// become cues the player must notice and read. Promptness is measured from the
// cue. Everything is logged for coding the player (care_log.hpp).
#include <optional>

#include "mind/care_log.hpp"
#include "mind/caregiver_agent.hpp"
#include "mind/child_cues.hpp"

namespace sb::mind {

// What the child learns from an act that answers a cue: the answer kind and the
// fit the working model sees. nullopt: the act is no answer to this cue.
std::optional<Exchange> exchange_for(const Cue& cue, CaregiverAct act, double latency);

class ActedCaregiver {
 public:
  // One tick: `act` is the player's act this tick (None most ticks).
  CaregiverTick tick(const Percept& p, Action child_action, const std::optional<Bid>& bid, CaregiverAct act,
                     const ChildState& child, double anger, double fear, const WorkingModel& wm);

  MoveGoal goal() const { return goal_; }
  AnswerKind showing() const { return showing_; }
  CaregiverAct doing() const { return doing_; } // the act being carried out, for drawing
  double warmth() const;
  bool holding(const Percept& p) const { return holding_ && p.touching_caregiver; }
  double comfort_fit() const { return fit_; }
  const CareLog& log() const { return log_; }
  std::uint64_t hash() const;

 private:
  CareLog log_;
  CaregiverAct doing_ = CaregiverAct::None;
  double doing_until_ = 0.0;
  bool holding_ = false;
  double held_for_ = 0.0;
  double fit_ = 0.0;
  MoveGoal goal_ = MoveGoal::ToSeat;
  AnswerKind showing_ = AnswerKind::None;
};

}  // namespace sb::mind
