#pragma once
// Live reload of a scenario while it is being played (issue 3). A Session takes
// its scenario at construction, so a reload builds a new Session on the edited
// scenario and steps the inputs played so far into it: everything that does not
// depend on what changed (positions, the child's state, episode, node, variables)
// comes out the same, and what the edit touched follows the new file from then on.
#include <memory>
#include <vector>

#include "sim/input_command.hpp"
#include "sim/session.hpp"

namespace sb::sim {

// The inputs of one live session, kept so that a reload can replay them.
class InputLog {
 public:
  void push(const InputCommand& in) { inputs_.push_back(in); }
  const std::vector<InputCommand>& inputs() const { return inputs_; }
  std::size_t size() const { return inputs_.size(); }

 private:
  std::vector<InputCommand> inputs_;
};

struct Rebuilt {
  std::unique_ptr<Session> session;
  bool same_episode = false; // the rebuilt session stands in the episode (by id) the old one was in
  bool same_node = false;    // … and at the same story node (by id), or both in free play
};

// A new session like `old` but on `newer`, with `log` replayed into it. Replaying stops
// early if the rebuilt story ends before the log does (the edit made the story shorter).
Rebuilt rebuild_session(const Session& old, std::shared_ptr<const scenario::Scenario> newer, const InputLog& log);

}  // namespace sb::sim
