#pragma once
// The narrative graph as Graphviz DOT.
#include <ostream>

#include "scenario/model.hpp"

namespace sb::scenario {

void write_dot(const Scenario& s, std::ostream& out);

}  // namespace sb::scenario
