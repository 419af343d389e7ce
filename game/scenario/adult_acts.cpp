#include "scenario/adult_acts.hpp"

#include <algorithm>
#include <utility>

namespace sb::scenario {
namespace {

// Each adult act with the model act it is done as. The mapping follows what the act
// does to closeness: turning toward is an approach or a bid, protest is a bid that
// resists, withdrawing and stonewalling are avoidance (Brennan, Clark & Shaver 1998
// describe anxiety as protest and pursuit, avoidance as distance and self-reliance).
const std::vector<std::pair<std::string, ChildAct>>& table() {
  static const std::vector<std::pair<std::string, ChildAct>> t = {
      {"reach-out", ChildAct::Approach},      {"say-what-hurts", ChildAct::Call},
      {"ask-reassurance", ChildAct::Call},    {"pursue", ChildAct::Approach},
      {"criticise", ChildAct::PushAway},      {"withdraw", ChildAct::MoveAway},
      {"stonewall", ChildAct::TurnAway},      {"deflect", ChildAct::HideFeelings},
      {"soothe-self", ChildAct::None},        {"offer-repair", ChildAct::Approach},
      {"accept-repair", ChildAct::ReachUp},   {"refuse-repair", ChildAct::PushAway},
  };  // freezing is the child's `freeze`: the same act at any age
  return t;
}

}  // namespace

const std::vector<std::string>& adult_act_names() {
  static const std::vector<std::string> n = [] {
    std::vector<std::string> v;
    for (const auto& [name, act] : table()) v.push_back(name);
    return v;
  }();
  return n;
}

ChildAct model_act_of_adult(const std::string& adult_act) {
  for (const auto& [name, act] : table())
    if (name == adult_act) return act;
  return ChildAct::None;
}

const std::vector<std::string>& option_act_names() {
  static const std::vector<std::string> n = [] {
    std::vector<std::string> v = child_act_names();
    v.insert(v.end(), adult_act_names().begin(), adult_act_names().end());
    return v;
  }();
  return n;
}

}  // namespace sb::scenario
