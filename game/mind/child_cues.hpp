#pragma once
// The AI child's cues when the player is the caregiver: what the child shows of
// a need, from subtle to clear, and how readable it is. Readability comes from
// the child's working model, not from a label: a child that has learned to
// deactivate hides a need behind "I'm fine" (a miscue, Circle of Security);
// one that has learned to amplify protests in a way that is hard to soothe and
// hard to read; a child afraid of its caregiver sends contradictory signals
// (Main & Solomon 1990). MODEL.md, "The child's cues".
#include <cstdint>

#include "mind/caregiver_act.hpp"
#include "mind/dyad.hpp"
#include "mind/working_model.hpp"

namespace sb::mind {

enum class CueKind : std::uint8_t {
  LookBack,   // a glance back from play: "are you there?"
  ShowToy,    // a toy held up: "look!"
  Fuss,       // fussing, calling
  Reach,      // reaching up, holding on
  Cry,        // crying
  HiddenNeed, // miscue: plays on, looks fine, while the body is alarmed
  Protest,    // miscue: wants comfort and pushes it away
  Mixed,      // comes and turns away: wanting and afraid at once
};
constexpr int kCueKindCount = 8;
const char* to_string(CueKind k); // "look-back", "hidden-need", …

struct Cue {
  CueKind kind = CueKind::LookBack;
  Need need = Need::Explore;
  double readability = 1.0; // 0..1: how plainly the need shows
  bool contact = false;     // the need is to be held
  bool miscue = false;      // the signal hides or contradicts the need
  double time = 0.0;        // scenario seconds
  int episode = 0;
  double episode_time = 0.0;
};

// The cue a bid sends, given what the child has learned and how it feels now.
Cue cue_for_bid(Action bid, const StrategyWeights& w, const ChildState& st, double anger, double fear);

// A cue without a bid: a glance back from play, or a need hidden behind play.
// Returns true and fills *cue when the child shows one now. `since_last` is the
// seconds since the child's last cue.
bool quiet_cue(const ChildState& st, const StrategyWeights& w, bool caregiver_present, double since_last, Cue* cue);

}  // namespace sb::mind
