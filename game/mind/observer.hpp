#pragma once
// Who codes the record. The ideal observer applies the coding rules exactly; a
// realistic one makes the errors trained coders make: each reunion scale is
// read a little high or low, and so is the disorganization rating. The sizes are
// set so that the realistic observer agrees with the ideal one about as often as
// two trained coders agree with each other (roughly 80-90% on A/B/C, lower on D;
// Ainsworth et al. 1978; Main & Solomon 1990; van IJzendoorn et al. 1999).
#include <array>
#include <cstdint>

#include "mind/rng.hpp"

namespace sb::mind {

enum class Observer : std::uint8_t { Ideal, Realistic };

struct CoderError {
  // Offsets in scale points for up to four reunions: proximity seeking, contact
  // maintaining, resistance, avoidance.
  std::array<std::array<double, 4>, 4> scale{};
  double disorganization = 0; // offset on the 1..9 rating
};

// SDs of a realistic coder's misreadings (MODEL.md, "The observer").
constexpr double kCoderScaleSd = 1.4;
constexpr double kCoderDisorganizationSd = 1.5;

CoderError draw_coder_error(Rng& rng);

}  // namespace sb::mind
