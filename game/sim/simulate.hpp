#pragma once
// `securebase simulate`: many headless Strange Situations (or any scenario) with
// the AI child, spread over all cores. Run i always uses the seed derived from
// (seed, i), and results are gathered in run order, so the output does not
// depend on the number of threads.
#include <array>
#include <cstdint>
#include <functional>
#include <memory>
#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

#include "sim/session.hpp"

namespace sb::sim {

// Finds and loads the scenario a command names (an id or a file). On failure it says why
// on `err` and returns null with `exit_code` set (3: not found or unreadable; 1: invalid).
std::shared_ptr<const scenario::Scenario> load_named_scenario(const std::string& id, std::ostream& err, int& exit_code);

struct SimulateOptions {
  std::string scenario = "strange-situation"; // ID or FILE
  std::string caregiver = "sensitive";        // STYLE or SPEC
  int runs = 100;
  std::uint64_t seed = 1;
  bool json = false;
  std::string sweep;       // "sensitivity=1..9", "frightening=0..0.4:0.1"; empty = no sweep
  bool population = false; // draw each run's caregiver from the documented population
  int threads = 0;         // 0 = std::thread::hardware_concurrency()
  std::string observer = "realistic"; // "ideal" or "realistic" (coder error; MODEL.md, "The observer")
  std::string per_run;     // FILE: one row per run (.csv, or JSON Lines for .jsonl); empty = none
};

// Mean shown distress and hidden arousal over the episodes of one role.
struct RoleArousal {
  double shown = 0, hidden = 0;
  int episodes = 0;
};
constexpr int kEpisodeRoles = 7; // mind::EpisodeRole's values

// What one headless run came to.
struct RunSummary {
  std::uint64_t seed = 0;
  mind::CaregiverParams caregiver;  // the caregiver this child lived with (after variation)
  mind::Temperament temperament;    // this child's
  mind::Classification classification;       // as the chosen observer coded it
  mind::Classification ideal_classification; // as an error-free observer codes it
  std::array<RoleArousal, kEpisodeRoles> by_role{}; // indexed by mind::EpisodeRole
  double minutes = 0;               // scenario minutes from start to end
  mind::Strategy strategy_before = mind::Strategy::Direct; // the working model going in
  mind::Strategy strategy_after = mind::Strategy::Direct;
  double separation_shown = 0, separation_arousal = 0;     // means over separation episodes
  double last_reunion_calm = -1;  // scenario seconds from the parent's return until calm, -1 never
  double last_reunion_length = 0;
  bool ended = false;
  std::uint64_t ticks = 0;
  int stuck_events = 0; // scripted moves that had to be placed (Session::stuck_events)
  std::optional<mind::AdultCoding> adult; // adult scenarios: anxiety, avoidance, prototype
};

// Plays one session to its end (or a generous tick limit). A realistic observer
// codes the record with coder error seeded from the session's seed.
RunSummary run_session(const SessionConfig& config, bool realistic_observer = false);

// Runs `runs` sessions: run i gets seed derive_seed(seed, i) and, when given,
// caregiver caregiver_for(i). threads <= 0 uses all cores.
std::vector<RunSummary> run_batch(const SessionConfig& base, int runs, std::uint64_t seed, int threads,
                                  const std::function<mind::CaregiverParams(int)>& caregiver_for = {},
                                  bool realistic_observer = false);

// The caregiver of population run i (deterministic in seed and i).
mind::CaregiverParams population_caregiver(std::uint64_t seed, int i);

// A --sweep value parsed: KEY=A..B[:STEP].
struct Sweep {
  std::string key;
  std::vector<double> values;
};
std::optional<Sweep> parse_sweep(const std::string& text, std::string* error);

// The command. Exit codes: 0 ok, 1 invalid input, 2 usage, 3 environment.
int simulate_command(const SimulateOptions& options, std::ostream& out, std::ostream& err);

}  // namespace sb::sim
