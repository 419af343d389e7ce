#pragma once
// The student's score sheet beside the observer's, scale by scale, with a plain
// explanation of each difference and the moments behind the observer's code.
// Explanations are string ids with values, said by the app in the player's
// language from assets/lang/<code>/trainer.strings.
#include <array>
#include <string>
#include <vector>

#include "trainer/observer_coding.hpp"
#include "trainer/panel.hpp"

namespace sb::trainer {

// Coders count scores one point apart as agreeing on the interactive scales and
// the rating (the usual criterion in reliability checks); exact is better.
enum class Agreement : std::uint8_t { Exact, WithinOne, Differs };
Agreement agreement_of(int student, int observer);

struct Explanation {
  std::string key;                  // a string id: "trainer.explain.avoidance.higher", "trainer.subgroup.B3", …
  std::vector<std::string> values;  // filled into its {placeholders} in order
};

struct ScoreRow {
  int reunion = 0;           // index into the sheets' reunions; -1 for the rating
  Scale scale = Scale::ProximitySeeking;  // unused for the rating
  int student = 0, observer = 0;
  double observer_exact = 0; // before rounding
  Agreement agreement = Agreement::Exact;
  std::vector<Explanation> explain;   // what the difference means, in order
  std::vector<CodedMoment> moments;   // what the observer saw (replayable)
  Spread panel;                       // what a panel of realistic coders wrote; empty without a panel
};

struct ClassRow {
  std::string student, observer;      // subgroups ("B3", "D/A")
  bool same_pattern = false;          // A/B/C/D
  bool same_organised = false;        // A/B/C, D cases by their best fit
  bool same_subgroup = false;
  std::vector<Explanation> explain;
  std::vector<mind::Reason> reasons;  // the observer's reasons, each with its moment
  int panel_coders = 0;               // 0: no panel
  std::array<int, 4> panel_patterns{};  // how many of the panel chose each mind::Pattern
};

struct Comparison {
  std::vector<ScoreRow> scales;       // reunion by reunion, in Scale order
  ScoreRow rating;                    // disorganization, reunion = -1
  ClassRow classification;
  int exact = 0, within_one = 0, differ = 0;  // over scales and the rating
};

// Both sheets must have the same reunions (the student's is filled in from the
// observer's shape); a reunion the student left unscored counts as a difference.
// With a panel (panel.hpp), every row also says what range its coders wrote and
// how many of them wrote the student's number.
Comparison compare(const ScoreSheet& student, const ObserverCoding& observer, const PanelCoding* panel = nullptr);

// A blank sheet with the observer's reunions, for the student to fill in.
ScoreSheet blank_sheet(const ObserverCoding& observer);

}  // namespace sb::trainer
