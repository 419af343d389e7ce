#pragma once
// Coding a grown-up's session (scenario life stage adulthood or later-life) on
// attachment anxiety and avoidance: the player's chosen adult acts, found through
// the timeline, and what the behaviour record saw (mind/adult_coding.hpp).
#include <vector>

#include "mind/adult_coding.hpp"
#include "scenario/model.hpp"
#include "sim/timeline.hpp"

namespace sb::sim {

// The player's choices that named an adult act (or froze), in order.
std::vector<mind::AdultChoice> adult_choices(const scenario::Scenario& s, const Timeline& t);

// The whole coding. For the AI (ai_child) its default story choices are not its own,
// so only the record counts.
mind::AdultCoding code_adult_session(const scenario::Scenario& s, const mind::BehaviourRecord& record, const Timeline& t,
                                     bool ai_child);

// The coding's reasons in the debrief's form: key "adult.<key>", its values, and the
// moment ("episode N, m:ss") when it has one, so the string tables can say them.
std::vector<mind::Reason> adult_reasons(const mind::AdultCoding& c);

}  // namespace sb::sim
