#include "sim/caregiver_stage.hpp"

namespace sb::sim {

std::optional<scenario::StageDirection> stage_for_act(mind::CaregiverAct act, const std::string& caregiver,
                                                      const std::string& child, bool holding) {
  using A = mind::CaregiverAct;
  using scenario::StageAct;
  scenario::StageDirection d;
  d.actor = caregiver;
  d.to = child;
  switch (act) {
    case A::GoTo:
    case A::Loom: // looming is standing over her: the screen draws the looming itself
      if (holding) return std::nullopt;
      d.act = StageAct::Walk;
      return d;
    case A::PickUp:
      if (holding) return std::nullopt;
      d.act = StageAct::PickUp;
      return d;
    case A::Soothe:
    case A::NameFeeling:
    case A::Repair: // at her level; in arms, the arms are the place
      if (holding) return std::nullopt;
      d.act = StageAct::Kneel;
      return d;
    default:
      return std::nullopt;
  }
}

}  // namespace sb::sim
