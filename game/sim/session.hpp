#pragma once
// One play session: the fixed 60 Hz tick that joins the scenario's story, the
// Box2D world and the attachment model. Input arrives as commands, randomness
// from the seed, and the whole state hashes to one number, so the same inputs
// always give the same session (replays and tests rely on that).

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "mind/adult_coding.hpp"
#include "mind/dyad.hpp"
#include "sim/input_command.hpp"
#include "sim/story_runtime.hpp"
#include "sim/timeline.hpp"
#include "world/world.hpp"

namespace sb::sim {

constexpr int kTicksPerSecond = 60;
constexpr double kTickSeconds = 1.0 / kTicksPerSecond;

struct SessionConfig {
  std::shared_ptr<const scenario::Scenario> scenario; // null: the free playroom
  mind::CaregiverParams caregiver;
  std::string caregiver_style = "sensitive"; // or "custom"; chooses words only, never the child's state
  std::uint64_t seed = 1;
  double caregiver_spread = -1; // SD of the realised caregiver around `caregiver`; < 0 = the model's default
  bool ai_child = false;       // the AI child plays (autoplay, simulate, compare)
  // The roles swapped (issue 14): the AI child plays and a person or a script is
  // the caregiver through InputCommand::caregiver_act. The months before are then
  // lived by whoever plays her (sim/caregiver_player.hpp), not by a preset.
  bool caregiver_played = false;
  int prior_exchanges = -1;     // the months before (mind::DyadDef); < 0: the model's default
  double time_scale = 0;       // scenario seconds per real second; 0 = the scenario's own
  // A person paces the story's lines (the play screen): a line stays until an input
  // with `advance`, and, unless the AI child plays, a choice stays until one is
  // picked. False (simulate, tests, reports, compare): lines and choices time out
  // by reading time as FORMAT.md says. Recordings keep it, so replays match.
  bool player_paces_lines = false;
};

// How a body is held this tick, by stage direction (FORMAT.md "Stage directions").
enum class Pose : std::uint8_t { Stand, Sit, Kneel, Hold };

// What one drawn person looks like this tick.
struct AgentView {
  std::string id;
  std::string role;      // child | caregiver | stranger | …
  world::Vec2 position;  // metres
  world::Vec2 previous;  // last tick's, for interpolation
  world::Vec2 velocity;
  float radius = 0.2f;
  bool present = true;
  double distress = 0;   // shown on the face, 0..1
  double warmth = 0.5;   // adults: posture and face
  mind::Action action = mind::Action::None;
  mind::AnswerKind answer = mind::AnswerKind::None;
  Pose pose = Pose::Stand;
  scenario::Expression expression = scenario::Expression::None; // set by the story; None: from the act
  std::string facing;        // an actor or thing to look at (or away from), by stage direction
  bool facing_away = false;
  std::string held_by;       // the child in someone's arms: their id
  std::string holding_toy;   // a toy in this person's hands
};

struct ToyView {
  std::string id, kind;
  world::Vec2 position, previous;
  float angle = 0, radius = 0.18f;
};

// "secure" | "avoidant" | "anxious" | "disorganized": the names endings use.
std::string outcome_name(mind::Pattern p);

class Session {
 public:
  explicit Session(SessionConfig config);
  ~Session();

  void step(const InputCommand& input); // one fixed tick
  std::uint64_t tick() const;
  double scenario_time() const;         // seconds of scenario time

  const world::World& world() const;
  world::World& world_mut();            // for debug drawing only
  const mind::Dyad& mind() const;
  mind::Dyad& mind_mut();               // before the first step only: a first year lived by the player
  const StoryRuntime* story() const;    // null in the free playroom
  StoryRuntime* story_mut();

  std::vector<AgentView> agents() const;
  std::vector<ToyView> toys() const;
  const mind::ChildState& child() const;
  bool ended() const;
  std::optional<mind::Classification> outcome() const;
  // Adult scenarios, once ended: anxiety, avoidance and the prototype that chose the ending.
  const std::optional<mind::AdultCoding>& adult_coding() const;

  std::uint64_t hash() const;

  const SessionConfig& config() const;
  double time_scale() const;                   // scenario seconds per tick-second
  const mind::DyadOutput& last_output() const; // the mind's answer this tick (events, goals)
  const Timeline& timeline() const;            // for the debrief's charts
  // Scripted moves that could not finish in time and ended with the actor placed
  // (a warning is logged for each); `simulate --json` reports them.
  int stuck_events() const;
  // Who the story's current stage directions are about (each actor, and anyone walked
  // to), until a node that directs nobody comes: the screen frames them with the child.
  const std::vector<std::string>& stage_subjects() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace sb::sim
