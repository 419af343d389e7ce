#include "app/platform/voice/read_aloud.hpp"

#include "app/platform/app_context.hpp"
#include "app/platform/voice/voice.hpp"

namespace sb::app {

void read_aloud_once(AppContext& ctx, std::string_view key, const std::string& text) {
  static std::string last; // one voice, one line at a time: a single "last said" is enough
  if (!ctx.voice || key == last) return;
  last = std::string(key);
  ctx.voice->say(text);
}

}  // namespace sb::app
