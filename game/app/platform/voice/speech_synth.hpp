#pragma once
// Text to speech samples with the espeak-ng library, entirely on this machine.
// No SFML here: the samples are plain 16-bit mono, played by voice.hpp.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace sb::app::voice {

struct Speech {
  std::vector<std::int16_t> samples; // mono
  unsigned sample_rate = 22050;
  double seconds() const { return sample_rate ? static_cast<double>(samples.size()) / sample_rate : 0.0; }
};

// Speaks `utf8` in `language` ("en", "de", ...; unknown codes fall back to
// English) at `words_per_minute`. nullopt when espeak-ng cannot start (its data
// is missing, say): that is logged once and every later call returns nullopt
// quickly. Thread-safe (one synthesis at a time). The data folder can be moved
// with SECUREBASE_ESPEAK_DATA (tests use it to take the data away).
std::optional<Speech> synthesize(const std::string& utf8, const std::string& language, int words_per_minute = 165);

// True once espeak-ng has started (or would start); false when it cannot.
bool speech_available();

}  // namespace sb::app::voice
