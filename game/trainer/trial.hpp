#pragma once
// One practice trial: a Strange Situation with the AI child and a caregiver
// drawn from the model's population (MODEL.md, "Population"), so every pattern
// turns up in about the proportions the game produces. A trial is its seed: the
// same seed gives the same run, the same recording and the same observer codes,
// so a set of seeds is a set of trials (`simulate --population --runs 1 --seed S`
// plays the same run). The caregiver stays hidden while the student scores.
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "mind/caregiver_params.hpp"
#include "sim/recording.hpp"
#include "sim/session.hpp"
#include "sim/timeline.hpp"
#include "trainer/observer_coding.hpp"
#include "trainer/panel.hpp"

namespace sb::scenario { struct Scenario; }

namespace sb::trainer {

inline constexpr const char* kTrialScenario = "strange-situation";

// The session a trial plays: AI child, population caregiver, seeds from `seed`.
sim::SessionConfig trial_config(std::uint64_t seed, std::shared_ptr<const scenario::Scenario> scenario);

struct TrialRun {
  std::uint64_t seed = 0;
  sim::Recording recording;                // replays the run identically (sim/replay.hpp)
  ObserverCoding observer;                 // the observer's sheet and its moments
  PanelCoding panel;                       // the same run as a panel of realistic coders reads it
  std::vector<sim::EpisodeBand> episodes;  // for episode markers and jumps
  mind::CaregiverParams caregiver;         // shown only after scoring
  double length = 0;                       // scenario seconds
  bool ended = false;                      // false: stopped at the tick limit
};

// Plays the trial headless to its end and codes it (a fraction of a second in a
// release build).
TrialRun run_trial(std::uint64_t seed, const std::shared_ptr<const scenario::Scenario>& scenario);

// Loads the Strange Situation once for many trials; null and *error filled when
// it cannot be found or does not load.
std::shared_ptr<const scenario::Scenario> load_trial_scenario(std::string* error);

}  // namespace sb::trainer
