// Names of the format-2 vocabulary: stage directions, expressions, the child's acts,
// lighting, and the debrief sections a scenario may name.
#include "scenario/model.hpp"

namespace sb::scenario {

const std::vector<std::string>& stage_act_names() {
  static const std::vector<std::string> n = {"enter", "leave", "walk", "sit", "stand", "kneel", "pick-up",
                                             "hold", "put-down", "give", "take", "turn-toward", "turn-away", "expression"};
  return n;
}
const std::vector<std::string>& expression_names() {
  static const std::vector<std::string> n = {"warm", "attentive", "flat", "tense", "angry", "frightened", "frightening", "dazed"};
  return n;
}
const std::vector<std::string>& child_act_names() {
  static const std::vector<std::string> n = {"approach", "move-away", "play", "show-toy", "call", "cry", "reach-up",
                                             "cling", "push-away", "turn-away", "hide-feelings", "freeze"};
  return n;
}

const char* to_string(StageAct a) { return stage_act_names()[static_cast<std::size_t>(a)].c_str(); }
const char* to_string(Expression e) {
  return e == Expression::None ? "none" : expression_names()[static_cast<std::size_t>(e) - 1].c_str();
}
const char* to_string(ChildAct a) {
  return a == ChildAct::None ? "none" : child_act_names()[static_cast<std::size_t>(a) - 1].c_str();
}
const char* to_string(Light l) {
  switch (l) {
    case Light::Day: return "day";
    case Light::Evening: return "evening";
    case Light::Night: return "night";
  }
  return "day";
}

const std::vector<std::string>& known_debrief_keys() {
  static const std::vector<std::string> k = {
      "pattern.secure", "pattern.avoidant", "pattern.anxious", "pattern.disorganized",
      "adult.dimensions", "adult.dismissing", "adult.fearful", "adult.preoccupied", "adult.secure",
      "earned-security", "frightened-or-frightening", "not-an-assessment", "physiology.hidden-arousal",
      "repair", "safe-haven", "scales.reunion", "secure-base", "shark-music", "therapeutic-alliance",
      "where-to-find-help"};
  return k;
}

}  // namespace sb::scenario
