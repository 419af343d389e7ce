#pragma once
// Coding the record the way a trained observer would, in simplified, explicit
// rules: Ainsworth's four interactive scales per reunion (Ainsworth et al. 1978,
// App. III), Main & Solomon's seven indices and the 1..9 disorganization rating
// (1990), and the classification judged from the pattern. The rules are listed
// in MODEL.md. These scores are illustrations for teaching, not assessments.
#include <array>
#include <string>

#include "mind/behaviour_record.hpp"
#include "mind/observer.hpp"

namespace sb::mind {

ReunionScales code_reunion(const EpisodeStats& e);

// The seven indices, each 0 (none) .. 3 (strong), and the rating from them.
struct DisorganizationIndices {
  std::array<double, 7> strength{};
  std::array<const Moment*, 7> example{};  // a moment that shows it, if any
  double rating = 1.0;
};
DisorganizationIndices code_disorganization(const BehaviourRecord& r);

// With `error`, the scales and the rating are read as a realistic coder would.
Classification classify_record(const BehaviourRecord& r, const CoderError* error = nullptr);

// "0:42": seconds as minutes and seconds.
std::string clock(double seconds);
// "3.5": a score or rating with one decimal, as every screen and report shows them.
std::string one_decimal(double v);
// Episode numbers as people say them: the scenario's index 0 is episode 1.
inline int episode_number(int index) { return index + 1; }

}  // namespace sb::mind
