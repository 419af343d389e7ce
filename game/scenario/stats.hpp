#pragma once
// Counts for `securebase stats`: how big a scenario is and what it can lead to.
#include <string>
#include <vector>

#include "scenario/model.hpp"

namespace sb::scenario {

struct Stats {
  int words = 0;          // player-facing words: lines, prompts, options, answers, epilogues
  int nodes = 0;
  int lines = 0;          // lines with a stable id
  int choices = 0;        // choice nodes
  int options = 0;
  int answers = 0;
  int triggers = 0;
  int episodes = 0;
  int endings = 0;
  int variables = 0;
  int unreachable_nodes = 0;
  double nominal_seconds = 0; // sum of episodes' min, in scenario seconds
  std::vector<std::string> reachable_outcomes;
  std::vector<std::string> reachable_endings;
};

Stats compute_stats(const Scenario& s);
// One JSON object on one line (nlohmann-json), keys in the order of Stats.
std::string stats_json(const Scenario& s, const Stats& st);
std::string stats_text(const Scenario& s, const Stats& st);

}  // namespace sb::scenario
