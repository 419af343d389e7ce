// Names of the mind's enums, for logs, JSON and the debrief.
#include "mind/dyad.hpp"

namespace sb::mind {

const char* to_string(Action a) {
  switch (a) {
    case Action::None: return "none";
    case Action::MoveToward: return "move-toward";
    case Action::MoveAway: return "move-away";
    case Action::Play: return "play";
    case Action::ShowToy: return "show-toy";
    case Action::Call: return "call";
    case Action::Cry: return "cry";
    case Action::ReachUp: return "reach-up";
    case Action::Cling: return "cling";
    case Action::PushAway: return "push-away";
    case Action::TurnAway: return "turn-away";
    case Action::HideFeelings: return "hide-feelings";
    case Action::Freeze: return "freeze";
  }
  return "?";
}

const char* to_string(Strategy s) {
  switch (s) {
    case Strategy::Direct: return "direct";
    case Strategy::Deactivating: return "deactivating";
    case Strategy::Hyperactivating: return "hyperactivating";
    case Strategy::Collapsed: return "collapsed";
  }
  return "?";
}

const char* to_string(AnswerKind k) {
  switch (k) {
    case AnswerKind::None: return "none";
    case AnswerKind::Comfort: return "comfort";
    case AnswerKind::Dismiss: return "dismiss";
    case AnswerKind::Ignore: return "ignore";
    case AnswerKind::Intrude: return "intrude";
    case AnswerKind::Frighten: return "frighten";
    case AnswerKind::Dissociate: return "dissociate";
  }
  return "?";
}

const char* to_string(Pattern p) {
  switch (p) {
    case Pattern::Secure: return "secure";
    case Pattern::Avoidant: return "avoidant";
    case Pattern::Anxious: return "anxious";
    case Pattern::Disorganized: return "disorganized";
  }
  return "?";
}

const char* letter(Pattern p) {
  switch (p) {
    case Pattern::Secure: return "B";
    case Pattern::Avoidant: return "A";
    case Pattern::Anxious: return "C";
    case Pattern::Disorganized: return "D";
  }
  return "?";
}

}  // namespace sb::mind
