#pragma once
// The story so far, as the player saw it: every line with its speaker and every
// choice the player made, in order, with the tick each appeared. The backlog screen
// shows it; stepping back (rollback) goes to one of its moments. It is kept by
// watching the session after each step, so a play re-simulated from a save fills it
// the same way as live play did.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "scenario/model.hpp"
#include "sim/input_command.hpp"
#include "sim/session.hpp"

namespace sb::app {

// A speaker's name as the player reads it (translated; the actor's id when it has no name).
std::string story_speaker(const scenario::Scenario& s, const std::string& actor_id);

class Backlog {
 public:
  struct Entry {
    enum class Kind { Line, Choice } kind = Kind::Line;
    std::string speaker;   // translated; empty for narration and for choices
    std::string text;      // the line, or the option chosen (translated)
    std::string id;        // the line's id, or the choice's id
    std::uint64_t tick = 0; // a line: when it appeared; a choice: when it was offered
  };

  // After every session step, with the input that step took.
  void observe(const sim::Session& session, const sim::InputCommand& input);
  const std::vector<Entry>& entries() const { return entries_; }
  bool empty() const { return entries_.empty(); }

  // Where a step back from tick `now` goes: the moment (a line appearing, a choice
  // offered) before the one on screen; when no line or choice is on screen (`showing`
  // false), the last moment. nullopt when there is none to go to.
  std::optional<std::uint64_t> step_back_from(std::uint64_t now, bool showing) const;
  // The option picked at the choice offered at `tick`, if it was answered.
  std::optional<std::string> answer_at(std::uint64_t offered_tick) const;

 private:
  std::vector<Entry> entries_;
  std::vector<std::uint64_t> moments_;  // ticks of lines appearing and choices offered, ascending
  std::string last_line_;
  std::vector<std::string> offered_;    // the options on screen (translated), and their choice ids
  std::vector<std::string> offered_ids_;
  std::uint64_t offered_tick_ = 0;
};

}  // namespace sb::app
