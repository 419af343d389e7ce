#pragma once
// What a grown-up can do when the player picks an option: reach out, say what hurts,
// pursue and protest, withdraw, offer repair… Each adult act is done in the world and
// seen by the behaviour record as one of the model's own acts (bid, approach, avoid,
// resist: the table in FORMAT.md), and it is kept by name so that the adult coding
// (mind/adult_coding.hpp) can weigh what it meant.
#include <string>
#include <vector>

#include "scenario/model.hpp"

namespace sb::scenario {

// "reach-out", "say-what-hurts", … in the order of mind::AdultAct.
const std::vector<std::string>& adult_act_names();
// The model act an adult act is done as; None for an unknown name and for acts done
// inwardly (soothe yourself).
ChildAct model_act_of_adult(const std::string& adult_act);
// Everything an option's `act` may name: the child's acts, then the adult ones.
const std::vector<std::string>& option_act_names();

}  // namespace sb::scenario
