#include "app/screens/play/adult_prompts.hpp"

#include "text/strings.hpp"

namespace sb::app {

std::vector<Prompt> adult_prompts_for(const PromptContext& c) {
  std::vector<Prompt> out;
  if (c.autoplay) return out;
  auto add = [&](Action a, const char* key, const char* id) { out.push_back({a, key, tr(id)}); };
  if (c.near_toy) {
    add(Action::Interact, "E", "play.adult.busy");
    if (c.caregiver_present) add(Action::ShowToy, "G", "play.adult.share");
  }
  if (c.near_caregiver && c.caregiver_present) {
    add(Action::ReachUp, "R", "play.adult.reach");
    add(Action::Cling, "F", "play.adult.hold");
    add(Action::PushAway, "X", "play.adult.push");
  }
  add(Action::Signal, "Q", "play.adult.speak");
  add(Action::Cry, "C", "play.adult.tears");
  add(Action::TurnAway, "T", "play.adult.turn");
  add(Action::HideFeelings, "H", "play.adult.mask");
  add(Action::Freeze, "Z", "play.adult.still");
  return out;
}

}  // namespace sb::app
