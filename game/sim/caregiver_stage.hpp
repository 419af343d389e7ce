#pragma once
// Playing the caregiver (issue 14): the player's act, drawn. An answer from the bar
// becomes the stage direction that shows it — "Pick up" walks over and lifts the
// child into the arms, "Soothe" and "Name the feeling" kneel at the child's level —
// so the picture shows what the record codes. Acts without a body movement of their
// own (wait and watch, a sharp word, the phone) are drawn by the screen over the
// caregiver and give no direction here.
#include <optional>
#include <string>

#include "mind/caregiver_act.hpp"
#include "scenario/model.hpp"

namespace sb::sim {

// The direction for `act` by `caregiver` towards `child`; nullopt for acts that do not
// move the body. `holding`: the caregiver already holds the child (soothing in arms
// stays in arms).
std::optional<scenario::StageDirection> stage_for_act(mind::CaregiverAct act, const std::string& caregiver,
                                                      const std::string& child, bool holding);

}  // namespace sb::sim
