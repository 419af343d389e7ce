#include "app/platform/voice/speech_synth.hpp"

#include <cstdlib>
#include <filesystem>
#include <mutex>

#include <espeak-ng/speak_lib.h>
#include <spdlog/spdlog.h>

namespace sb::app::voice {
namespace {

std::mutex g_mutex;           // espeak-ng keeps global state: one caller at a time
int g_rate = 0;               // sample rate once started; -1 when it cannot start
std::string g_voice;          // the voice set last

int collect(short* wav, int count, espeak_EVENT* events) {
  if (wav && count > 0 && events && events->user_data)
    static_cast<std::vector<std::int16_t>*>(events->user_data)->insert(
        static_cast<std::vector<std::int16_t>*>(events->user_data)->end(), wav, wav + count);
  return 0; // keep going
}

// Called with g_mutex held.
bool start() {
  if (g_rate != 0) return g_rate > 0;
  const char* data = std::getenv("SECUREBASE_ESPEAK_DATA");
  // espeak-ng looks for "espeak-ng-data" inside the path it is given, and quietly
  // falls back to the system's data when it is not there: check first, so a
  // chosen folder without data behaves like a machine without espeak-ng-data.
  std::error_code ec;
  if (data && *data && !std::filesystem::is_directory(std::filesystem::path(data) / "espeak-ng-data", ec)) {
    g_rate = -1;
    spdlog::warn("self-voicing is unavailable: no espeak-ng-data in {}", data);
    return false;
  }
  g_rate = espeak_Initialize(AUDIO_OUTPUT_SYNCHRONOUS, 0, data && *data ? data : nullptr, espeakINITIALIZE_DONT_EXIT);
  if (g_rate <= 0) {
    g_rate = -1;
    spdlog::warn("self-voicing is unavailable: espeak-ng could not start (is espeak-ng-data installed?)");
    return false;
  }
  espeak_SetSynthCallback(collect);
  if (espeak_SetVoiceByName("en") != EE_OK) {
    spdlog::warn("self-voicing is unavailable: espeak-ng has no English voice (is espeak-ng-data complete?)");
    g_rate = -1;
    return false;
  }
  g_voice = "en";
  return true;
}

}  // namespace

bool speech_available() {
  std::lock_guard lock(g_mutex);
  return start();
}

std::optional<Speech> synthesize(const std::string& utf8, const std::string& language, int wpm) {
  std::lock_guard lock(g_mutex);
  if (!start()) return std::nullopt;
  const std::string want = language.empty() ? "en" : language;
  if (want != g_voice) {
    if (espeak_SetVoiceByName(want.c_str()) != EE_OK) {
      // pt-BR and friends: try the bare language before giving up on it.
      const std::string bare = want.substr(0, want.find('-'));
      if (espeak_SetVoiceByName(bare.c_str()) != EE_OK) {
        spdlog::debug("espeak-ng has no voice for '{}'; speaking English", want);
        espeak_SetVoiceByName("en");
      }
    }
    g_voice = want;
  }
  espeak_SetParameter(espeakRATE, wpm < 80 ? 80 : wpm > 450 ? 450 : wpm, 0);
  Speech s;
  s.sample_rate = static_cast<unsigned>(g_rate);
  if (utf8.empty()) return s;
  std::vector<std::int16_t> out;
  const espeak_ERROR e = espeak_Synth(utf8.c_str(), utf8.size() + 1, 0, POS_CHARACTER, 0, espeakCHARS_UTF8, nullptr, &out);
  if (e != EE_OK) {
    spdlog::debug("espeak-ng could not speak a line (error {})", static_cast<int>(e));
    return std::nullopt;
  }
  s.samples = std::move(out);
  return s;
}

}  // namespace sb::app::voice
