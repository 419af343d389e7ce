#pragma once
// The running story of one session: which episode we are in and who is present,
// the narrative graph's current node, variables, choices, and the ending. It reads
// the immutable scenario model and never touches the world or the mind directly:
// the Session feeds it a StoryContext each tick and applies what it returns.

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "scenario/model.hpp"

namespace sb::sim {

// What the session knows this tick that triggers and conditions may test.
struct StoryContext {
  double dt = 1.0 / 60.0;          // scenario seconds
  double felt_security = 0.7;      // 0..1
  double arousal = 0.2;            // 0..1
  double expressed_distress = 0.1; // 0..1
  bool child_bid = false;          // the child called, cried, reached up or showed a toy this tick
  bool child_settled = false;      // calm enough to return to play
  std::vector<std::string> regions_entered; // region ids the child entered this tick
  std::string caregiver_style;     // "sensitive", …, or "custom"
  std::string outcome;             // empty until classified; "secure" | "avoidant" | "anxious" | "disorganized"
};

struct StoryLine {
  std::string id;      // stable line id
  std::string speaker; // empty for narration
  std::string text;
  int episode = 0;     // the episode it belongs to: the one whose trigger (or start) led to it
};

struct StoryChoice {
  std::string id;
  std::string text;
  std::string line_id; // the option's stable line id, for translation and voice
  scenario::ChildAct act = scenario::ChildAct::None; // what the child does when it is picked
  std::string to;      // where or to whom, if anywhere
};

// Effects the session must apply to the child this tick.
struct ChildEffect {
  double felt_security = 0, arousal = 0, expressed_distress = 0;
};

// A copyable value: copies are independent (rewind, tests and the compare view copy it).
// Timing rules (assets/scenarios/FORMAT.md): an episode ends at its min length unless
// an <extend until> condition keeps it going (up to max); an <end-early> condition
// that holds for its `for` seconds ends it sooner. Lines stay until advance() or a
// reading time (line_seconds()) passes; choices wait for choose() or, after
// choice_seconds(), take the default option, so AI runs never stall. When a person
// paces the lines (set_pacing), a line waits for advance() however long it takes,
// and a choice may wait for choose() too: the screen decides when to move on.
// One clock (FORMAT.md, "Time"): once a paced line or choice has outlived its
// reading time the story holds (holding()): the episode clock, timers and scripted
// entrances stop until the player goes on. Every line belongs to the episode that
// led to it; that episode does not end while one of its lines or choices is on
// screen, and nodes still queued when an episode ends are dropped, never shown late.
class StoryRuntime {
 public:
  explicit StoryRuntime(std::shared_ptr<const scenario::Scenario> s);
  StoryRuntime(const StoryRuntime& other);
  StoryRuntime& operator=(const StoryRuntime& other);
  StoryRuntime(StoryRuntime&&) noexcept;
  StoryRuntime& operator=(StoryRuntime&&) noexcept;
  ~StoryRuntime();

  void tick(const StoryContext& ctx);

  // Who moves the story on. Both false (the default): lines and choices time out as
  // above. lines_wait: a line stays until advance(). choices_wait: a choice stays
  // until choose() (no default is taken). Set before the first tick; copies and
  // rebased() keep it.
  void set_pacing(bool lines_wait, bool choices_wait);
  bool lines_wait() const;
  bool choices_wait() const;
  // A paced line or choice has waited past its reading time: tick() moves nothing
  // on (the session idles the world and the mind too) until advance() or choose().
  bool holding() const;

  // Episodes.
  int episode_index() const;
  const scenario::Episode& episode() const;
  double episode_time() const;
  bool episode_started_this_tick() const;
  bool present(const std::string& actor_id) const; // per the current episode

  // Narrative: the line on screen, if any, and the choices offered, if any.
  std::optional<StoryLine> line() const;
  const std::vector<StoryChoice>& choices() const;
  void advance();             // the player dismissed the line
  bool choose(int option);    // false when the option is not on offer
  // The option taken by default since the last call (a choice nobody answered in
  // time), so the session can act it out; nullopt when none was.
  std::optional<StoryChoice> take_default_choice();
  ChildEffect take_effects(); // accumulated since the last call
  // Stage directions of the nodes, cases and options run since the last call, in
  // order; the session acts them out. enter/leave also change present() at once.
  std::vector<scenario::StageDirection> take_stage();
  scenario::Light light() const; // the current episode's lighting
  // After finish(): the ending's epilogue parts whose conditions held at the end.
  std::vector<const scenario::Ending::Part*> epilogue() const;

  // The last episode is over (or a graph path reached an ending): the session must
  // classify and call finish(outcome), after which ending() names the ending.
  bool wants_ending() const;
  void finish(const std::string& outcome);
  const scenario::Ending* ending() const;

  double hazard() const; // 0..1, from active hazards
  std::uint64_t hash() const;

  // Extras for tools, the debrief and live reload.
  const scenario::Scenario& scenario() const;
  bool finished() const;                      // finish() was called
  bool all_episodes_done() const;
  std::string current_node() const;           // "" when the story is back in free play
  std::optional<double> variable(const std::string& name) const;
  std::optional<std::string> ending_path() const; // the ending a graph path reached, if any
  double line_seconds() const;                // scenario seconds the current line stays up
  double choice_seconds() const;              // scenario seconds before the default option is taken
  // The same story on an edited scenario (live reload): episode, time, variables,
  // fired triggers and the current node carry over where their ids still exist.
  StoryRuntime rebased(std::shared_ptr<const scenario::Scenario> newer) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_; // deep-copied: the runtime is a value
};

}  // namespace sb::sim
