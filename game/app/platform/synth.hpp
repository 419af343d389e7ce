#pragma once
// Sounds made by the game itself (no downloaded assets): short, soft, and
// quiet enough to sit under a classroom conversation. Mono 16-bit samples.
#include <cstdint>
#include <vector>

namespace sb::app::synth {

constexpr unsigned kSampleRate = 44100;

std::vector<std::int16_t> click();    // a soft wooden tick for moving through a menu
std::vector<std::int16_t> chime();    // two rising bell notes for choosing
std::vector<std::int16_t> ambience(); // a warm pad that loops seamlessly (8 s)

}  // namespace sb::app::synth
