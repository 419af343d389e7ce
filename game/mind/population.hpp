#pragma once
// A population of caregivers for `simulate --population`: what the game assumes
// a low-risk community sample looks like on the four scales and the frightening
// rate (MODEL.md, "Population"). An illustration to compare with the published
// proportions, not an estimate of any real population.
#include "mind/caregiver_params.hpp"
#include "mind/rng.hpp"

namespace sb::mind {

CaregiverParams draw_population_caregiver(Rng& rng);

// Published low-risk proportions (CONTENT-BRIEF §4), in percent.
struct PublishedRates {
  const char* source;
  double secure, avoidant, anxious, disorganized;  // < 0: not reported
};
inline constexpr PublishedRates kAinsworth1978{"Ainsworth et al. 1978 (N=106)", 66, 22, 12, -1};
inline constexpr PublishedRates kLowRiskMeta{"low-risk meta-analytic figures (van IJzendoorn et al. 1999)", 65, 20, 10, 15};

}  // namespace sb::mind
