#pragma once
// Test helper: a score sheet for the two reunions of the Strange Situation
// (episodes 5 and 8, indices 4 and 7), written in one line.
#include <array>
#include <string>

#include "trainer/scores.hpp"

namespace sb::trainer::testing {

inline ScoreSheet sheet(std::string subgroup, int rating, std::array<int, 4> reunion1, std::array<int, 4> reunion2) {
  ScoreSheet s;
  s.reunions = {{4, reunion1}, {7, reunion2}};
  s.disorganization = rating;
  s.subgroup = std::move(subgroup);
  return s;
}

}  // namespace sb::trainer::testing
