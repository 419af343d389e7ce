#pragma once
// What `simulate` adds for adult scenarios: mean attachment anxiety and avoidance,
// the count per prototype, the three-way shares beside Hazan & Shaver (1987), and
// how many runs showed unresolved moments (kept apart from the prototypes).
#include <iosfwd>
#include <string>
#include <vector>

#include "sim/simulate.hpp"

namespace sb::sim {

struct AdultTally {
  int runs = 0;                 // runs with an adult coding
  double anxiety = 0, avoidance = 0; // means, 1..7
  int prototypes[4] = {};       // by mind::Prototype
  int unresolved = 0;
  // Three-way, as Hazan & Shaver's categories: secure; avoidant = dismissing +
  // fearful (both keep closeness at a distance); anxious = preoccupied.
  double secure_share() const;
  double avoidant_share() const;
  double anxious_share() const;
};
AdultTally tally_adult(const std::vector<RunSummary>& runs);

// Hazan & Shaver 1987: secure 56, avoidant 25, anxious-ambivalent 19 (per cent).
struct HazanShaver {
  double secure = 56, avoidant = 25, anxious = 19;
};
constexpr HazanShaver kHazanShaver1987{};

// The "adult" object of `simulate --json` (serialized JSON text).
std::string adult_json(const AdultTally& t);
void print_adult_table(const AdultTally& t, std::ostream& out);

}  // namespace sb::sim
