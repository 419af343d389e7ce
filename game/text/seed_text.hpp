#pragma once
// A seed as a person reads it on screen. Seeds a player types are small
// ("--seed 7") and stay as they are; a seed drawn by the game is up to 20 digits,
// which nobody reads in a header, so it is shown by its first and last digits
// ("1844…4073"), enough to tell two runs apart. Files and reports keep the whole number.
#include <cstdint>
#include <string>

namespace sb::text {

inline constexpr int kShortSeedDigits = 8;  // shown whole up to this many digits

std::string short_seed(std::uint64_t seed);

}  // namespace sb::text
