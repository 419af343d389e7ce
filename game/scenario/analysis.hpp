#pragma once
// What the narrative graph can do: which nodes a run can reach, which can get back to
// free play or an ending, and which endings and outcomes are possible. Used by the
// validator, `securebase stats` and `securebase graph`.

#include <string>
#include <vector>

#include "scenario/model.hpp"

namespace sb::scenario {

struct Edge {
  int to = -1;          // node index, or -1 for "back to free play"
  std::string label;    // option text or condition, for the graph view
};

struct GraphReport {
  std::vector<bool> reachable;      // per node: some trigger or the start leads here
  std::vector<bool> can_finish;     // per node: a path leads back to play or to an ending
  std::vector<std::string> reachable_endings;
  std::vector<Outcome> reachable_outcomes; // in enum order
};

std::vector<Edge> edges(const Scenario& s, const Node& n);
GraphReport analyse(const Scenario& s);

}  // namespace sb::scenario
