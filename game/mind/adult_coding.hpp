#pragma once
// Adult attachment in adult terms. Two continuous dimensions, attachment anxiety
// and avoidance (Brennan, Clark & Shaver 1998), each on the 1..7 range of the
// ECR-R's answers (Fraley, Waller & Brennan 2000), computed from what the grown-up
// did: the acts the player chose and the acts the behaviour record saw. Bartholomew
// & Horowitz's (1991) four prototypes are the four regions of that plane. Signs of
// fright without a solution (freezing, apprehension) are kept apart as "unresolved"
// and never move the point or pick a prototype: unresolved states belong to the
// Adult Attachment Interview's coding of loss and trauma, not to a self-report
// category, and infant disorganization is never relabelled "fearful".
// The rules are in MODEL.md ("Adults"). Illustrations for teaching, not a measure.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "mind/behaviour_record.hpp"

namespace sb::mind {

// What a grown-up can do in a scene, as the scenario's options name them.
enum class AdultAct : std::uint8_t {
  ReachOut, SayWhatHurts, AskReassurance, Pursue, Criticise, Withdraw, Stonewall, Deflect, SootheSelf,
  OfferRepair, AcceptRepair, RefuseRepair,
};
constexpr int kAdultActCount = 12;
const char* to_string(AdultAct a); // "reach-out", … (the scenario's names)
std::optional<AdultAct> adult_act_from_name(std::string_view name);

// Which way an act leans on each dimension, −1 (less) .. +1 (more).
struct AdultLean {
  double anxiety = 0, avoidance = 0;
};
AdultLean lean_of(AdultAct a);

enum class Prototype : std::uint8_t { Secure, Preoccupied, Dismissing, Fearful };
const char* to_string(Prototype p); // "secure", "preoccupied", "dismissing", "fearful": ending outcomes

// The plane's regions: the midpoint of each dimension divides low from high.
constexpr double kAdultScaleMid = 4.0;
Prototype prototype_at(double anxiety, double avoidance);

// A choice the player made, as the session's timeline kept it.
struct AdultChoice {
  double time = 0;   // scenario seconds
  int episode = 0;
  AdultAct act = AdultAct::ReachOut;
  std::string text;  // the option's words, for the debrief's quote
  std::string line;  // the option's line id, so the quote can be said in the player's language
  bool frozen = false; // the option was `freeze`: an unresolved moment, not an act on the plane
};

// One thing that moved the point, for the debrief ("2:31 — you chose '…'").
struct AdultReason {
  double time = 0;                 // scenario seconds
  int episode = 0;
  double episode_time = 0;         // seconds since that episode began
  std::string key;                 // "choice", "protest-while-away", "turned-away", …
  std::vector<std::string> values; // filled into the key's sentence
  AdultLean push;                  // how far it moved each dimension (evidence units)
  std::string text;                // English, for tools and logs
};

struct AdultCoding {
  double anxiety = kAdultScaleMid, avoidance = kAdultScaleMid; // 1..7
  Prototype prototype = Prototype::Secure;
  bool unresolved = false;        // fright without a solution was seen; kept apart from the plane
  int unresolved_moments = 0;
  std::vector<AdultReason> reasons; // in time order
};

// Evidence (the sum of the reasons' pushes) to a score on 1..7.
double adult_score(double evidence);
// The point's way across the plane, one step per reason, from the middle (4, 4) to
// where the coding ended: what the debrief draws.
struct PlanePoint {
  double anxiety = kAdultScaleMid, avoidance = kAdultScaleMid;
};
std::vector<PlanePoint> adult_path(const AdultCoding& c);

// Codes one adult session. `choices` are the player's; the AI's story takes default
// options, so for the AI (by_player false) only the record shows what it did and the
// choices are not passed. Only for the AI is the body's state (settling, distress
// shown) evidence: a player's point moves by what the player did.
AdultCoding code_adult(const BehaviourRecord& record, const std::vector<AdultChoice>& choices, bool by_player);

}  // namespace sb::mind
