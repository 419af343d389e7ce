#pragma once
// A student's practice over time: every scored trial with both sheets, so the
// agreement figures can be recomputed without playing anything again. Kept on
// the student's machine only (trainer/progress_file.hpp); nothing leaves it.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "trainer/agreement.hpp"
#include "trainer/trial_set.hpp"

namespace sb::trainer {

struct Attempt {
  std::string when;        // UTC, "2026-12-03T10:42:00Z"
  std::string set;         // the set's id
  std::uint64_t seed = 0;  // the trial
  ScoreSheet student, observer;
  bool operator==(const Attempt&) const = default;
};

struct TrainerProgress {
  std::vector<Attempt> attempts;  // oldest first
  bool operator==(const TrainerProgress&) const = default;
};

// Reliability, as coder training asks of it: every trial of a set scored, and
// the classification (A/B/C/D) agreeing with the observer on 80% or more.
inline constexpr double kReliableAgreement = 0.80;

AgreementSummary summarize(const std::vector<Attempt>& attempts);

// The latest attempt at each trial of a set.
std::vector<Attempt> latest_for(const TrainerProgress& progress, const TrialSet& set);

struct Milestone {
  int scored = 0, trials = 0;      // trials of the set with an attempt
  std::optional<double> agreement; // A/B/C/D, latest attempts, 0..1
  bool reached = false;
};
Milestone milestone(const TrainerProgress& progress, const TrialSet& set);

// A/B/C/D agreement over a moving window of attempts (the last `window` up to
// each one), for the progress chart: one point per attempt, oldest first.
std::vector<double> agreement_curve(const TrainerProgress& progress, int window = 10);

}  // namespace sb::trainer
