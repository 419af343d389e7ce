#pragma once
// The player's own choices as moments of the debrief (issue 11, part 3): when it
// happened, what was chosen in the option's own words, the act the behaviour record
// saw and how an observer codes it, and what the caregiver did next (from the
// record's answers). Defaults the story took for an AI child are never quoted.
#include <vector>

#include "mind/dyad.hpp"
#include "sim/timeline.hpp"

namespace sb::report {

// One reason per choice the player made, in the player's language (key "choice").
std::vector<mind::Reason> choice_reasons(const sim::Timeline& t);

// `add` merged into `into` in time order (each before the first later moment).
void merge_by_time(std::vector<mind::Reason>& into, std::vector<mind::Reason> add);

}  // namespace sb::report
