#pragma once
// The session uses the mind's generator (xoshiro256**), so one algorithm gives
// every random number in a play session.
#include <cstdint>

#include "mind/rng.hpp"

namespace sb::sim {

using Rng = mind::Rng;

// Independent seeds for run i of a batch, so results do not depend on threads.
inline std::uint64_t derive_seed(std::uint64_t seed, std::uint64_t i) {
  std::uint64_t s = seed ^ (i * 0xD1B54A32D192ED03ull);
  return mind::splitmix64(s);
}

}  // namespace sb::sim
