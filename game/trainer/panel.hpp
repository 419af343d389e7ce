#pragma once
// A panel of coders: the same run coded by several realistic observers
// (mind/observer.hpp: each reads every reunion scale and the disorganization
// rating a little high or low, as trained coders do). The comparison shows the
// spread such a panel gives beside the student's score and the ideal observer's,
// because in real coding there is a range of defensible answers, not one.
#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "mind/behaviour_record.hpp"
#include "trainer/scores.hpp"

namespace sb::trainer {

inline constexpr int kPanelCoders = 10;

// How many of the panel's coders wrote each whole number (index 0 = a score of 1).
struct Spread {
  std::array<int, kRatingMax> count{};
  int coders() const;
  int lowest() const;   // 0 when nobody scored
  int highest() const;  // 0 when nobody scored
  int gave(int value) const;  // how many wrote `value`; 0 outside 1..9
  bool operator==(const Spread&) const = default;
};

struct PanelCoding {
  int coders = 0;                               // 0: no panel
  std::vector<std::array<Spread, 4>> reunions;  // by reunion (as the observer's sheet), by Scale
  Spread rating;                                // the disorganization rating
  std::array<int, 4> patterns{};                // how many chose each mind::Pattern
  std::vector<std::string> subgroups;           // each coder's subgroup, in coder order
};

// `coders` realistic coders of `record`; coder i's misreadings come from `seed`
// and i, so the same trial always gets the same panel.
PanelCoding code_panel(const mind::BehaviourRecord& record, std::uint64_t seed, int coders = kPanelCoders);

}  // namespace sb::trainer
