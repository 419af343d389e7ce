#pragma once
// The mind's face to the simulation: one child and one caregiver, learning from
// each other, observed by a behaviour record. The sim layer builds a Percept from
// the world and the scenario each tick, calls Dyad::tick, and moves bodies by the
// goals it gets back. Nothing here knows about Box2D, XML or SFML.
//
// Units: seconds of scenario time (the sim applies the scenario's time scale
// before calling), metres for distances. All randomness comes from the seed.

#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "mind/caregiver_act.hpp"
#include "mind/caregiver_params.hpp"
#include "mind/observer.hpp"

namespace sb::mind {

class BehaviourRecord;
class CareLog;
class WorkingModel;

// One vocabulary for the player and the AI child.
enum class Action : std::uint8_t {
  None,
  MoveToward,   // approach the caregiver
  MoveAway,     // retreat from the caregiver
  Play,         // explore / play with the nearest toy
  ShowToy,      // share a toy with the caregiver (a bid for attention)
  Call,         // call for the caregiver (a bid)
  Cry,          // cry (a strong bid)
  ReachUp,      // ask to be picked up (a bid)
  Cling,        // hold on to the caregiver
  PushAway,     // angry resistance to contact
  TurnAway,     // avert gaze / turn from the caregiver
  HideFeelings, // mask distress
  Freeze,       // still, dazed
};
constexpr int kActionCount = 13;
const char* to_string(Action a);

// What an episode is for, as the scenario tags it; the record codes reunions.
enum class EpisodeRole : std::uint8_t { Free, Introduction, Exploration, Stranger, Separation, Alone, Reunion };

// Where an agent wants to go; the sim turns this into a velocity.
enum class MoveGoal : std::uint8_t { Stay, TowardCaregiver, AwayFromCaregiver, TowardToy, Wander, TowardChild, ToSeat, ToDoor, Loom };

// What the sim tells the mind each tick.
struct Percept {
  double dt = 1.0 / 60.0;          // scenario seconds this tick
  double time = 0.0;               // scenario seconds since start
  int episode = 0;                 // index of the current episode
  EpisodeRole role = EpisodeRole::Free;
  double episode_time = 0.0;       // seconds since the episode began
  bool caregiver_present = true;
  double caregiver_distance = 3.0; // metres, centre to centre
  bool touching_caregiver = false;
  bool stranger_present = false;
  double stranger_distance = 10.0;
  double toy_distance = 1.0;       // to the nearest toy
  double hazard = 0.0;             // 0..1: dog, thunder, nightmare, as the scenario sets it
  // The child's own velocity component toward the caregiver (m/s; negative when
  // moving away). Lets the record see a player's approach made with the stick
  // alone; 0 if the sim does not fill it (then only the actions count).
  double child_speed_toward_caregiver = 0.0;
};

// The child's inner and outer state, for rendering, the story and the debrief.
struct ChildState {
  double felt_security = 0.7;      // 0..1
  double arousal = 0.2;            // 0..1, hidden physiological arousal
  double expressed_distress = 0.1; // 0..1, what the face and voice show
  double curiosity = 0.6;          // 0..1
  Action action = Action::None;    // what the child is doing now
};

enum class Strategy : std::uint8_t { Direct, Deactivating, Hyperactivating, Collapsed };
const char* to_string(Strategy s);

// What the caregiver is doing, for rendering (posture) and the record.
enum class AnswerKind : std::uint8_t { None, Comfort, Dismiss, Ignore, Intrude, Frighten, Dissociate };
const char* to_string(AnswerKind k);

struct CaregiverState {
  MoveGoal goal = MoveGoal::ToSeat;
  AnswerKind showing = AnswerKind::None; // the answer being given right now, if any
  double warmth = 0.5;                   // 0..1, for posture and face
};

// A notable moment this tick, for the record, the story triggers and the UI.
struct MindEvent {
  enum class Kind : std::uint8_t { Bid, Answer, ContactStart, ContactEnd, Approach, Retreat, BackToPlay, Freeze, Frightened } kind;
  double time = 0.0;
  Action action = Action::None;       // for Bid
  AnswerKind answer = AnswerKind::None; // for Answer
};

struct DyadOutput {
  Action child_action = Action::None;   // the AI's choice, or the player's as given
  MoveGoal child_goal = MoveGoal::Stay; // for the AI child; ignored for the player
  MoveGoal caregiver_goal = MoveGoal::ToSeat;
  std::vector<MindEvent> events;        // this tick only
};

struct Temperament {
  double reactivity = 0.5;   // 0..1: how fast arousal rises
  double soothability = 0.5; // 0..1: how fast it falls with comfort
  double curiosity = 0.5;    // 0..1
};

struct DyadDef {
  CaregiverParams caregiver;
  Temperament temperament;
  std::uint64_t seed = 1;
  // Individual differences drawn from the seed (MODEL.md, "Variation"): the
  // realised caregiver's scales vary around the asked-for values with this SD in
  // scale points, and the temperament with 0.2 x this SD. 0 = exactly as given.
  double caregiver_spread = 0.8;
  double temperament_spread = 1.0;
  // What else shapes care (mind/care_context.hpp): SD of a day's care around the
  // caregiver's usual, in scale points, and the SD of stress around the family
  // (in its own units; 0 = none). Both 0 with the spreads 0: care exactly as asked.
  double day_to_day = 1.1;
  double stress_spread = 1.0;
  // Bid-and-answer exchanges lived before the procedure ("the months before").
  int prior_exchanges = 300;
  // A person (or a scripted player) plays the caregiver (issue 14): her answers
  // come from the acts given to tick() instead of the policy (mind/acted_caregiver.hpp).
  bool caregiver_played = false;
};

// The four interactive scales for one reunion (1..7) — Ainsworth et al. 1978.
struct ReunionScales {
  int episode = 0;
  double proximity_seeking = 1, contact_maintaining = 1, resistance = 1, avoidance = 1;
};

enum class Pattern : std::uint8_t { Secure, Avoidant, Anxious, Disorganized };
const char* to_string(Pattern p);
// The letter coders use: A (avoidant), B (secure), C (anxious-resistant), D (disorganized).
const char* letter(Pattern p);

struct Reason {
  double time = 0.0; // scenario seconds of the moment it points at
  int episode = 0;
  std::string text;  // "episode 5, 0:42: turned away within 3 s of the parent's return"
  // The same sentence for translation: `text` is `at` (when set) followed by the
  // template `key`, with `values` filled into its {placeholders} in order. The app
  // looks up "reason.at" and "reason.<key>" in its string tables.
  std::string key;                 // "turned-away", "clung", …
  std::vector<std::string> values; // numbers and times, already formatted
  std::vector<std::string> at;     // {episode number, m:ss} of the moment; empty: no "episode N, m:ss: "
};

struct Classification {
  Pattern pattern = Pattern::Secure;
  std::string subgroup;           // "B3", "A1", "C1", "D/A" …
  std::optional<Pattern> best_fit; // for D: the best-fitting organised pattern
  double disorganization = 1;     // 1..9, Main & Solomon 1990
  std::array<int, 7> d_indices{}; // each of Main & Solomon's seven indices, 0 (none) .. 3 (strong)
  std::vector<ReunionScales> reunions;
  std::vector<Reason> reasons;
};

class Dyad {
 public:
  explicit Dyad(const DyadDef& def);
  ~Dyad();
  Dyad(const Dyad&);
  Dyad& operator=(const Dyad&);

  // player == nullopt: the AI child chooses. Otherwise the player's action is used.
  DyadOutput tick(const Percept& p, std::optional<Action> player);
  // With DyadDef::caregiver_played: `act` is the caregiver's act this tick.
  DyadOutput tick(const Percept& p, std::optional<Action> player, CaregiverAct act);

  const ChildState& child() const;
  CaregiverState caregiver() const;
  Strategy strategy() const;
  double strategy_strength() const; // 0..1
  Classification classify() const;  // from the behaviour record so far, by an ideal observer
  // A realistic observer's coding: the same record read with coder error drawn
  // from the dyad's seed (the same dyad is always coded the same way).
  Classification classify(Observer observer) const;
  std::uint64_t hash() const;       // of the whole mind state, for determinism checks

  // Scenario effects ("arousal += 0.2") go through here.
  void nudge(double felt_security, double arousal, double expressed_distress);

  // For the debrief, the "what's inside" view and tests.
  const BehaviourRecord& record() const;     // mind/behaviour_record.hpp
  const WorkingModel& working_model() const; // mind/working_model.hpp
  const CaregiverParams& realised_caregiver() const; // this dyad's caregiver, after variation
  const Temperament& temperament() const;    // this child's, after variation
  double context_stress() const;             // this family's stress going in (0 = average)
  double baseline_arousal() const;
  // The played caregiver (DyadDef::caregiver_played; else null): cues, acts, coding.
  const CareLog* care_log() const;
  CaregiverAct caregiver_doing() const;      // the played caregiver's act being carried out
  WorkingModel& working_model_mut();         // a first year lived before the scene (mind/first_year.hpp)

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace sb::mind
