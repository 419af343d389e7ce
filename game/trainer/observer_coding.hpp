#pragma once
// The observer's score sheet for one run, with the recorded moments that justify
// each code: the game's own coding (mind/coding.hpp) turned into whole numbers as
// a coder writes them, plus, for every scale, what the observer saw. Each moment
// is a string key ("trainer.moment.<key>") with values, so the app can say it in
// the player's language, and a scenario time, so it can be replayed.
#include <array>
#include <string>
#include <vector>

#include "mind/behaviour_record.hpp"
#include "trainer/scores.hpp"

namespace sb::trainer {

struct CodedMoment {
  double time = 0;          // scenario seconds, for replaying it
  int episode = 0;          // the scenario's index
  double episode_time = 0;  // seconds since the episode began, for "episode 5, 0:42"
  std::string key;          // "approached", "held", "pushed", …
  std::vector<std::string> values;
  bool operator==(const CodedMoment&) const = default;
};

struct ReunionEvidence {
  int episode = 0;
  double arrival = 0;                           // scenario seconds when she came back
  std::array<double, 4> exact{1, 1, 1, 1};      // the observer's unrounded scores, by Scale
  std::array<std::vector<CodedMoment>, 4> why;  // by Scale
};

struct ObserverCoding {
  ScoreSheet sheet;                      // whole numbers, as a coder writes them
  std::vector<ReunionEvidence> reunions; // beside sheet.reunions, in the same order
  double disorganization_exact = 1;      // the rating before rounding
  std::vector<CodedMoment> disorganization_why;
  mind::Classification classification;   // with its reasons (mind::Reason), for the class
  // The reunions combined as the classification combines them (the last reunion
  // weighted 1.5; MODEL.md), by Scale: what the class rests on.
  std::array<double, 4> combined{1, 1, 1, 1};
};

// A coder's whole number for a score: the nearest one, except that a rating
// below the D threshold never rounds up onto it (4.75 is written 4, not 5,
// because the observer did not judge it D).
int whole_scale(double v);
int whole_rating(double v);

// Codes a finished (or stopped) run from its behaviour record.
ObserverCoding code_run(const mind::BehaviourRecord& record);

}  // namespace sb::trainer
