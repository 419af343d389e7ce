// Names and meanings of the caregiver's acts.
#include "mind/caregiver_act.hpp"

#include <array>

namespace sb::mind {
namespace {
constexpr std::array<const char*, kCaregiverActCount> kNames = {
    "none",   "go-to", "pick-up", "soothe", "name-feeling", "wait-and-watch", "encourage-exploring", "follow-lead",
    "set-limit", "repair", "busy", "leave", "snap", "laugh-at-fear", "loom"};
}  // namespace

const char* to_string(CaregiverAct a) {
  const auto i = static_cast<std::size_t>(a);
  return i < kNames.size() ? kNames[i] : "?";
}

std::optional<CaregiverAct> caregiver_act_from(std::string_view name) {
  for (std::size_t i = 0; i < kNames.size(); ++i)
    if (name == kNames[i]) return static_cast<CaregiverAct>(i);
  return std::nullopt;
}

double act_fit(CaregiverAct a, Need need) {
  using A = CaregiverAct;
  if (need == Need::Comfort) {
    // The bottom of the circle: closeness and comfort answer it best.
    switch (a) {
      case A::PickUp: case A::Soothe: case A::Repair: return 1.0;
      case A::GoTo: case A::NameFeeling: return 0.75;
      case A::FollowLead: return 0.5;
      case A::SetLimit: return 0.25;
      default: return 0.0; // waiting, sending off to play, busy, harsh, frightening
    }
  }
  // The top of the circle: delight, watching, following the lead.
  switch (a) {
    case A::FollowLead: case A::EncourageExplore: return 1.0;
    case A::WaitWatch: case A::NameFeeling: return 0.85;
    case A::GoTo: case A::Repair: return 0.6;
    case A::Soothe: return 0.4;
    case A::SetLimit: return 0.25;
    case A::PickUp: return 0.2; // taking over what the child wanted to share
    default: return 0.0;
  }
}

bool is_warm(CaregiverAct a) {
  using A = CaregiverAct;
  switch (a) {
    case A::GoTo: case A::PickUp: case A::Soothe: case A::NameFeeling: case A::WaitWatch: case A::EncourageExplore:
    case A::FollowLead: case A::SetLimit: case A::Repair: return true;
    default: return false;
  }
}
bool is_harsh(CaregiverAct a) { return a == CaregiverAct::Snap || a == CaregiverAct::LaughAtFear || a == CaregiverAct::Busy; }
bool is_frightening(CaregiverAct a) { return a == CaregiverAct::Loom; }
bool is_away(CaregiverAct a) { return a == CaregiverAct::Busy || a == CaregiverAct::Leave; }
bool interferes_with_play(CaregiverAct a) {
  using A = CaregiverAct;
  return a == A::PickUp || a == A::GoTo || a == A::SetLimit || a == A::Soothe || a == A::EncourageExplore || a == A::Snap;
}
bool respects_play(CaregiverAct a) {
  using A = CaregiverAct;
  return a == A::FollowLead || a == A::WaitWatch || a == A::NameFeeling;
}

}  // namespace sb::mind
