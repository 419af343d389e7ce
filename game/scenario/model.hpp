#pragma once
// The immutable scenario model: what a scenario file says, checked and resolved.
// The loader (loader.hpp) is the only way to make one; everything downstream reads
// it through shared_ptr<const Scenario>. Positions are metres, +y down, origin at
// the top-left corner of the world. The file format is assets/scenarios/FORMAT.md.

#include <cstddef>
#include <unordered_map>
#include <optional>
#include <string>
#include <vector>

#include "scenario/condition.hpp"

namespace sb::scenario {

// Where something came from in the source file, for messages and tools.
struct SourcePos {
  int line = 0;
  int column = 0;
};

struct Reference {
  std::string key;  // short citation key, e.g. "ainsworth1978"
  std::string text; // the full citation
};

enum class RegionKind { Rug, Room, Yard, Gate, Door };
struct Region {
  std::string id;
  RegionKind kind = RegionKind::Room;
  double x = 0, y = 0, w = 0, h = 0; // top-left corner and size
  SourcePos pos;
};

struct Obstacle {
  std::string id;
  std::string kind; // chair, shelf, table, wall, bench, bed, sofa, tree, car, slide, climbing-frame, planter, railings, other
  double x = 0, y = 0, w = 0, h = 0;
  SourcePos pos;
};

enum class ToyShape { Circle, Box };
struct Toy {
  std::string id;
  std::string kind; // ball, blocks, bear, rabbit, book, car, doll, phone, mug, plant, tissues, keys, coat, photo, cushion, other
  ToyShape shape = ToyShape::Circle;
  double x = 0, y = 0;
  double radius = 0.18; // circle: radius; box: half the side
  SourcePos pos;
};

enum class HazardKind { Dog, Thunder, Stranger, Nightmare, Noise, Other };
struct Hazard {
  std::string id;
  HazardKind kind = HazardKind::Other;
  double intensity = 0.5;             // 0..1
  std::vector<std::string> episodes;  // active only in these; empty = in every episode
  double from = 0;                    // seconds into the episode
  std::optional<double> until;        // seconds into the episode; none = to its end
  std::optional<double> x, y;         // where it is, if it has a place
  SourcePos pos;
};

struct Spawn {
  std::string actor;
  double x = 0, y = 0;
  SourcePos pos;
};

struct World {
  double width = 12, height = 8;
  std::vector<Region> regions;
  std::vector<Obstacle> obstacles;
  std::vector<Toy> toys;
  std::vector<Hazard> hazards;
  std::vector<Spawn> spawns;
};

enum class ActorRole { Child, Caregiver, Stranger, Teacher, Partner, Mentor, Other };
struct Actor {
  std::string id;
  ActorRole role = ActorRole::Other;
  std::string name; // display name
  SourcePos pos;
};

// A change of one caregiving parameter for this scenario, optionally for one style.
struct ParamAdjust {
  std::string param;       // sensitivity | acceptance | cooperation | accessibility | frightening
  std::string style;       // empty = every style
  std::optional<double> set;
  double add = 0;
};
struct Caregiving {
  std::vector<std::string> styles;  // offered: sensitive, rejecting, inconsistent, frightening, custom
  std::string default_style;        // one of styles
  std::vector<ParamAdjust> adjust;
};

enum class EpisodeRole { Introduction, Exploration, Stranger, Separation, Alone, Reunion, Free };

// An actor walking in or out part-way through an episode.
struct Movement {
  std::string actor;
  double at = 0; // seconds into the episode
  bool enters = true;
};

// Who is in the room while a condition holds (a parent who stays the night, or goes
// home): overrides `present` and the movements for that actor in this episode.
struct PresenceRule {
  std::string actor;
  Condition when;
  SourcePos pos;
};

// How the episode is lit: a night ward looks like night whatever the child feels.
enum class Light { Day, Evening, Night };

struct EndEarly {
  Condition when;
  double for_seconds = 0; // the condition must hold this long without a break
};

struct Episode {
  std::string id;
  std::string title; // "Episode 4 — alone with the stranger"
  EpisodeRole role = EpisodeRole::Free;
  double min_seconds = 0;
  double max_seconds = 0;
  std::vector<std::string> present; // actor ids at the start
  std::vector<Movement> movements;  // in time order
  std::vector<EndEarly> end_early;  // any one ends the episode before min_seconds
  std::optional<Condition> extend_until; // past min_seconds, keep going until this holds (up to max)
  std::vector<PresenceRule> presence;
  Light light = Light::Day;
  std::string note;                 // what happens, for authors and the debrief
  SourcePos pos;
};

enum class VarType { Bool, Int, Float };
struct Variable {
  std::string name;
  VarType type = VarType::Int;
  double min = 0, max = 1, initial = 0;
  SourcePos pos;
};

enum class EffectOp { Set, Add, Child };
struct Effect {
  EffectOp op = EffectOp::Set;
  std::string var;    // Set/Add
  double value = 0;   // Set/Add
  double felt_security = 0, arousal = 0, expressed_distress = 0; // Child: deltas
};

// A stage direction: what an actor visibly does when the line it belongs to is shown
// (FORMAT.md, "Stage directions"). `to` names a region, obstacle, toy or actor.
enum class StageAct { Enter, Leave, Walk, Sit, Stand, Kneel, PickUp, Hold, PutDown, Give, Take, TurnToward, TurnAway, Expression };
enum class Expression { None, Warm, Attentive, Flat, Tense, Angry, Frightened, Frightening, Dazed };
struct StageDirection {
  std::string actor;
  StageAct act = StageAct::Walk;
  std::string to;  // place or thing; empty = where the actor is
  std::string toy; // give, take, hold
  Expression expression = Expression::None; // with any act; alone for act Expression
  SourcePos pos;
};

// What the child does when the player picks an option: the model's own vocabulary.
enum class ChildAct { None, Approach, MoveAway, Play, ShowToy, Call, Cry, ReachUp, Cling, PushAway, TurnAway, HideFeelings, Freeze };

struct Line {
  std::string id;      // stable line id for translation and voice
  std::string speaker; // actor id; empty for narration
  std::string text;
};

struct Option {
  std::string id;
  Line line;
  std::optional<Condition> when;
  std::vector<Effect> effects;
  std::vector<StageDirection> stage;
  ChildAct act = ChildAct::None; // format 1 options name none
  std::string adult_act;         // an adult act (scenario/adult_acts.hpp) when `act` named one; `act` is then its model act
  std::string to;                // where or to whom the act goes, if anywhere
  std::string next; // node id; empty = back to free play
  bool is_default = false; // taken when the player does not choose in time
  SourcePos pos;
};

// One way a caregiver may answer: for some styles, when the child is in some state.
struct AnswerCase {
  std::vector<std::string> styles; // empty = any style
  std::optional<Condition> when;
  Line line;
  std::vector<Effect> effects;
  std::vector<StageDirection> stage;
  std::string next;
  SourcePos pos;
};

struct Branch {
  std::optional<Condition> when; // none = always
  std::string next;
  SourcePos pos;
};

enum class NodeKind { Narration, Say, Choice, Answer, Jump, End };
struct Node {
  std::string id;
  NodeKind kind = NodeKind::Narration;
  Line line;                     // Narration, Say; Choice: the prompt (may be empty)
  std::vector<Effect> effects;   // applied on entering (Narration, Say)
  std::vector<StageDirection> stage; // acted on entering (Narration, Say)
  std::string next;              // Narration, Say; empty = back to free play
  std::vector<Option> options;   // Choice
  std::vector<AnswerCase> cases; // Answer: the first that fits is taken
  std::vector<Branch> branches;  // Jump: the first whose condition holds
  std::string ending;            // End: the ending it reaches
  SourcePos pos;
};

enum class TriggerKind { EpisodeStart, Region, Arousal, Bid, Timer };
struct Trigger {
  std::string id;
  TriggerKind kind = TriggerKind::EpisodeStart;
  std::string episode;  // restrict to (EpisodeStart: required)
  std::string region;   // Region
  double threshold = 0; // Arousal: fires when arousal rises above it
  double after = 0;     // Timer: seconds into the episode
  std::optional<Condition> when;
  bool once = true;
  std::string go;       // node id
  SourcePos pos;
};

// Infant scenarios end by the Strange Situation's patterns; adult ones (life stage
// adulthood or later-life) by Bartholomew & Horowitz's (1991) four prototypes.
enum class Outcome { Secure, Avoidant, Anxious, Disorganized, Dismissing, Preoccupied, Fearful };
constexpr int kOutcomeCount = 7;
enum class EndingChoice { Classification, Path };
struct Ending {
  std::string id;
  Outcome outcome = Outcome::Secure;
  EndingChoice chosen_by = EndingChoice::Classification;
  std::string title;
  std::string epilogue;             // the parts without a condition, joined
  struct Part {
    std::optional<Condition> when;  // shown only when it holds at the end
    std::string line;               // translation id; empty for the unconditional parts
    std::string text;
  };
  std::vector<Part> epilogue_parts; // in file order
  std::vector<std::string> debrief; // keys into the debrief text (known_debrief_keys())
  SourcePos pos;
};

struct Scenario {
  int format = 1;
  std::string id;
  std::string title;
  std::string life_stage; // infancy | toddlerhood | school | adulthood | later-life
  double minutes = 0;     // play time at time_scale
  std::string summary;
  std::vector<std::string> learning_goals;
  std::vector<std::string> content_notes;
  std::vector<Reference> references;
  double time_scale = 1;  // scenario seconds per real second when played

  World world;
  std::vector<Actor> actors;
  Caregiving caregiving;
  std::vector<Episode> episodes;

  std::vector<Variable> variables;
  std::vector<Trigger> triggers;
  std::string start; // first node, run when the scenario starts; may be empty
  std::vector<Node> nodes;
  std::vector<Ending> endings;

  std::string source_name; // the file it came from
  std::unordered_map<std::string, std::size_t> node_ids; // node id -> index into nodes

  // Look-ups by id (nodes through node_ids, the rest linear: there are few).
  const Node* node(const std::string& id) const;
  const Episode* episode(const std::string& id) const;
  const Actor* actor(const std::string& id) const;
  const Ending* ending(const std::string& id) const;
  const Variable* variable(const std::string& name) const;
  int node_index(const std::string& id) const; // -1 if none
  // The ending the classification picks for an outcome, or null.
  const Ending* ending_for(Outcome o) const;
  // Adult scenarios are coded on anxiety and avoidance, not on the infant scales.
  bool adult() const { return life_stage == "adulthood" || life_stage == "later-life"; }
};

// The debrief sections a scenario may name (assets/lang/*/debrief.strings has their text).
const std::vector<std::string>& known_debrief_keys();

const char* to_string(StageAct a);
const char* to_string(Expression e);
const char* to_string(ChildAct a);
const char* to_string(Light l);
const std::vector<std::string>& stage_act_names();  // in enum order
const std::vector<std::string>& expression_names(); // in enum order, without None
const std::vector<std::string>& child_act_names();  // in enum order, without None
const char* to_string(RegionKind k);
const char* to_string(HazardKind k);
const char* to_string(ActorRole r);
const char* to_string(EpisodeRole r);
const char* to_string(NodeKind k);
const char* to_string(TriggerKind k);
const char* to_string(Outcome o);
const char* to_string(VarType t);
std::optional<Outcome> outcome_from_string(const std::string& s);

}  // namespace sb::scenario
