#pragma once
// A playthrough kept as its inputs: the session's configuration plus one input
// command per tick (run-length encoded). Played back through a fresh Session it
// gives the same state hash, which is how replays, reports and tests trust it.
#include <cstddef>
#include <cstdint>
#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

#include "sim/input_command.hpp"

namespace sb::sim {

struct InputRun {
  std::uint32_t count = 1;
  InputCommand input;
};

struct Recording {
  static constexpr int kFormat = 1;
  // Limits a replay file must keep: three hours of play at 60 Hz (a scenario takes
  // minutes; replaying this many ticks takes seconds), and the bytes such a file can need.
  static constexpr std::uint64_t kMaxTicks = 3ull * 60 * 60 * 60;
  static constexpr std::size_t kMaxFileBytes = 32u << 20;
  std::string scenario;          // scenario id or path; empty = the free playroom
  std::string caregiver;         // a SPEC ("sensitivity=7,…") that parse_caregiver reads
  std::string caregiver_style;   // sensitive | rejecting | inconsistent | frightening | custom
  std::uint64_t seed = 1;
  bool ai_child = false;
  double time_scale = 0;         // 0 = the scenario's own
  bool player_paces_lines = false; // SessionConfig::player_paces_lines; absent in older files = false
  bool caregiver_played = false;   // SessionConfig::caregiver_played: the player's acts are in the inputs
  std::vector<InputRun> inputs;
  std::uint64_t final_hash = 0;  // Session::hash() after the last input
  std::uint64_t ticks() const;

  void push(const InputCommand& in); // appends, merging equal neighbours
};

// Inputs are quantised to what a recording can hold (sticks to 1/127), so live
// play and its replay step the session with identical values.
InputCommand quantize(const InputCommand& in);

void write_recording(std::ostream& out, const Recording& r);
// Returns nullopt and fills *error ("line 7: …") when the text is not a recording,
// or holds more than kMaxTicks ticks.
std::optional<Recording> read_recording(std::istream& in, std::string* error);

// Reads a replay file the way every user file is read: opened without blocking (a
// FIFO cannot hang it), a regular file only, at most kMaxFileBytes. *error starts
// with the path. `unreadable` (when given) tells a file that could not be read from
// one that is not a replay.
std::optional<Recording> read_recording_file(const std::string& path, std::string* error, bool* unreadable = nullptr);

}  // namespace sb::sim
