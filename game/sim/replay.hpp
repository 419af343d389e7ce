#pragma once
// Playing a recording back through a fresh Session, headless.
#include <cstdint>
#include <functional>
#include <memory>
#include <string>

#include "sim/recording.hpp"
#include "sim/session.hpp"

namespace sb::sim {

// Builds the session a recording was made with. Fills *error and returns null when
// the scenario cannot be found or loaded, or the caregiver text does not parse.
std::unique_ptr<Session> session_for(const Recording& r, std::string* error);

// Starts a recording of a session made from `config` (scenario given by id or path).
// A scenario loaded from a file other than the one its id finds (`play --scenario
// /x/y.xml`) is recorded by its absolute path, so the replay finds that same file.
Recording start_recording(const SessionConfig& config, const std::string& scenario_id_or_path);

// How a recording names a loaded scenario: its id when find_scenario(id) finds the file
// it came from, else the file's absolute path; `fallback` when it came from no file.
std::string scenario_reference(const scenario::Scenario& s, const std::string& fallback);

struct ReplayResult {
  std::unique_ptr<Session> session; // at the end of the recording
  bool hash_matches = false;        // the final hash equals the one recorded
};

// Told the ticks stepped so far (every few thousand ticks and at the end); returning
// false stops the replay there: a progress bar, a time budget, a cancel button.
using ReplayWatch = std::function<bool(std::uint64_t ticks_done)>;

// Steps every recorded input; null session and *error filled on failure, or when
// `watch` stopped it ("stopped after N of M ticks").
ReplayResult replay_headless(const Recording& r, std::string* error, const ReplayWatch& watch = {});

}  // namespace sb::sim
