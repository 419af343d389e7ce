#pragma once
// A population of caregivers for `simulate --population`: what the game assumes
// a low-risk community sample looks like on the four scales and the frightening
// rate (MODEL.md, "Population"). An illustration to compare with the published
// proportions, not an estimate of any real population.
#include "mind/caregiver_params.hpp"
#include "mind/rng.hpp"

namespace sb::mind {

CaregiverParams draw_population_caregiver(Rng& rng);

// The population's means on the four scales (for sweeps that hold the others there).
inline constexpr CaregiverParams kPopulationMeans{6.0, 6.3, 6.0, 5.2, 0.0};

// Published low-risk proportions (CONTENT-BRIEF §4), in percent.
struct PublishedRates {
  const char* source;
  double secure, avoidant, anxious, disorganized;  // < 0: not reported
};
inline constexpr PublishedRates kAinsworth1978{"Ainsworth et al. 1978 (N=106)", 66, 22, 12, -1};
// Exclusive four-way normative distribution (it sums to 100%): middle-class North
// American samples, van IJzendoorn, Schuengel & Bakermans-Kranenburg 1999.
inline constexpr PublishedRates kLowRiskMeta{"normative four-way distribution (van IJzendoorn et al. 1999)", 62, 15, 9, 15};

}  // namespace sb::mind
