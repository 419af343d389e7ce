#pragma once
// The scenario's sounds, synthesised (no downloaded assets): an ambience per
// scene in a warm and a sharp version (mixed by felt security), a heartbeat,
// wordless vocal cues for the caregiver's answers and the child's bids.
// Mono 16-bit at synth::kSampleRate; pure functions, so tests can measure them.
#include <cstdint>
#include <string>
#include <vector>

#include "mind/dyad.hpp"

namespace sb::app::scenario_sounds {

using Samples = std::vector<std::int16_t>;

// An 8-second seamless loop for a scene ("park", "bedtime", …; unknown ids get the room's).
Samples ambience(const std::string& scenario_id, bool sharp);
Samples heartbeat();                      // one "lub-dub"
Samples answer_cue(mind::AnswerKind kind); // the caregiver's voice, wordless; empty for None/Ignore
Samples child_cue(mind::Action action);    // the child's voice; empty for actions without one
Samples page_turn();                       // a new line or an episode card

// Root-mean-square level, 0..1 (tests keep the mix comfortable).
double rms(const Samples& s);

}  // namespace sb::app::scenario_sounds
