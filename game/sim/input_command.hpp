#pragma once
// A player's (or a script's) input for one tick, already mapped from keys and
// sticks to named actions. Small and plain so that recordings are compact.
#include <cstdint>

#include "mind/dyad.hpp"

namespace sb::sim {

struct InputCommand {
  float move_x = 0, move_y = 0;        // -1..1 each; the stick or WASD
  mind::Action action = mind::Action::None;
  std::int8_t choice = -1;             // a scenario choice picked this tick, or -1
  bool advance = false;                // dismiss the current line
  // Playing the caregiver (SessionConfig::caregiver_played): her act this tick.
  mind::CaregiverAct caregiver_act = mind::CaregiverAct::None;
};

}  // namespace sb::sim
