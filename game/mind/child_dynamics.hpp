#pragma once
// The child's inner life per tick: felt security as a control loop against a set
// point (Bischof's Zurich model), hidden arousal coupled to it (Stevens & Zhang
// 2009), what the face and voice show (which the strategy can part from arousal:
// Spangler & Grossmann 1993), and curiosity freed by a security surplus.
#include "mind/dyad.hpp"
#include "mind/working_model.hpp"

namespace sb::mind {

// Per-child constants: temperament turned into rates.
struct ChildConstants {
  double baseline_arousal = 0.2;
  double rise_seconds = 25.0;     // time constant of arousal rising under stress
  double settle_seconds = 45.0;   // ... falling on its own
  double soothe_seconds = 7.0;    // ... falling in good comfort
  double curiosity = 0.65;        // level of exploration when fully secure
  double stress_gain = 1.0;       // how strongly separation and strangeness raise arousal
  static ChildConstants from(const Temperament& t);
};

// What the child's body meets this tick.
struct ChildSituation {
  bool caregiver_present = true;
  double caregiver_distance = 3.0;
  bool touching = false;
  bool held = false;             // in contact while the caregiver comforts
  double comfort_fit = 0.0;      // 0..1
  AnswerKind caregiver_showing = AnswerKind::None;
  bool stranger_present = false;
  double stranger_distance = 10.0;
  double hazard = 0.0;
  Action action = Action::None;  // what the child is doing (hiding feelings lowers the show)
};

// Hidden state beside the public ChildState.
struct ChildInner {
  double fear = 0.0;   // alarm at the caregiver (Main & Hesse: fright without solution)
  double anger = 0.0;  // frustration from unanswered or rebuffed bids
  double set_point = 0.45;
  // Attachment activation: the deficit, smoothed so that once aroused the
  // system stays on until comfort has worked (Bowlby's termination conditions).
  double activation = 0.0;  // 0..1.5
};

// The security deficit that drives attachment behaviour (0 when felt security
// meets the set point).
inline double security_deficit(const ChildState& s, const ChildInner& in) {
  const double d = in.set_point - s.felt_security;
  return d > 0 ? d : 0.0;
}

void update_child(ChildState& state, ChildInner& inner, const ChildConstants& k, const ChildSituation& sit,
                  const WorkingModel& wm, double dt);

// A rebuffed or ignored bid stings; a fright startles. Called by the dyad.
void child_meets_answer(ChildState& state, ChildInner& inner, AnswerKind kind, const WorkingModel& wm);

}  // namespace sb::mind
