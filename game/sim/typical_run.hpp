#pragma once
// Choosing, for a classroom, a run that is typical of its caregiver (compare mode).
// One shared seed for four caregivers can, by chance, give two of them the same run
// (with seed 7 the frightening caregiver's child looked exactly like the rejecting
// one's, so a class never saw disorganization). Instead each caregiver gets its own
// seed, chosen deterministically: a handful of candidate seeds is derived from the
// facilitator's seed and the caregiver's style, each child is raised through its
// pre-history (the moments before the scene, cheap: no scene is played), and the seed
// chosen is the one whose child holds the strategy most candidates hold, at the median
// strength among them. The same seed and style always give the same choice; another
// seed (compare's R) gives another typical run.
#include <cstdint>
#include <string>

#include "mind/dyad.hpp"
#include "sim/session.hpp"

namespace sb::sim {

struct TypicalPick {
  std::uint64_t seed = 0;
  mind::Strategy strategy = mind::Strategy::Direct; // the candidates' most common strategy
  int agreeing = 0;                                 // how many candidates held it
  int candidates = 0;
};

// `config` is the pane's session (scenario, caregiver, style, ai_child); its seed is ignored.
TypicalPick typical_seed(const SessionConfig& config, std::uint64_t base_seed, int candidates = 9);

// The candidate seeds for a style, derived from the base (splitmix64); exposed for tests.
std::uint64_t candidate_seed(std::uint64_t base_seed, const std::string& style, int k);

}  // namespace sb::sim
