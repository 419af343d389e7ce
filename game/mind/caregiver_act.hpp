#pragma once
// The caregiver's acts when a person (or a scripted player) plays the caregiver
// (issue 14, "play the caregiver"). One vocabulary for the keys, the mouse, the
// gamepad and the scripted policies, as mind::Action is for the child's role.
// The warm acts follow the ideas of Circle of Security (a secure base for
// exploring at the top of the circle, a safe haven for comfort at the bottom,
// repair after a rupture); the everyday others are what real days hold too.
#include <cstdint>
#include <optional>
#include <string_view>

namespace sb::mind {

enum class CaregiverAct : std::uint8_t {
  None,
  GoTo,             // go to the child
  PickUp,           // pick the child up and hold it
  Soothe,           // soothe: hold, rock, a calm voice
  NameFeeling,      // name the feeling ("that was a big bump")
  WaitWatch,        // wait and watch, a smile from where she is
  EncourageExplore, // "go on, I'm here": support exploring
  FollowLead,       // join the child's play on its terms
  SetLimit,         // set a limit kindly
  Repair,           // come back after a miss and make it good
  Busy,             // phone, chores: attention elsewhere
  Leave,            // leave the room
  Snap,             // a sharp word
  LaughAtFear,      // laugh at the child's fear
  Loom,             // loom over the child: frightening
};
constexpr int kCaregiverActCount = 15;

const char* to_string(CaregiverAct a);                         // "pick-up", "laugh-at-fear", …
std::optional<CaregiverAct> caregiver_act_from(std::string_view name);

// What the child needs from the answer to a cue (Circle of Security): a secure
// base to explore from (a nod, delight, following its lead) or a safe haven
// (closeness and comfort).
enum class Need : std::uint8_t { Explore, Comfort };

// How an act lands as an answer to a cue with this need: 0 does not meet it at
// all, 1 meets it fully. Harsh and frightening acts are 0.
double act_fit(CaregiverAct a, Need need);

// Acts that meet the child with warmth (acceptance), harshness (rejection) or
// fright (Main & Hesse 1990). A warm act can still misread the need.
bool is_warm(CaregiverAct a);
bool is_harsh(CaregiverAct a);      // snap, laugh at a fear, a busy brush-off
bool is_frightening(CaregiverAct a); // loom
// Acts that take the caregiver away from the child (not an answer at all).
bool is_away(CaregiverAct a);       // busy, leave
// Acts that take over when the child is content on its own (cooperation–
// interference): picking up, going over, redirecting, a limit nobody needed.
bool interferes_with_play(CaregiverAct a);
// Acts that respect what the child is doing: following, watching, naming.
bool respects_play(CaregiverAct a);

}  // namespace sb::mind
