#include "app/screens/play/play_setup.hpp"

#include <chrono>

#include <spdlog/spdlog.h>

#include "app/platform/app_context.hpp"
#include "app/screens/play/content_note_screen.hpp"
#include "app/screens/play/scenario_screen.hpp"
#include "app/screens/screen_stack.hpp"
#include "app/render/comfort.hpp"
#include "scenario/loader.hpp"

namespace sb::app {

const std::vector<ScenarioEntry>& scenario_list() {
  static const std::vector<ScenarioEntry> list = [] {
    std::vector<ScenarioEntry> out;
    for (const char* id : {"strange-situation", "park", "bedtime", "rupture-repair", "first-day", "grown-up",
                           "earning-security"}) {
      const auto path = scenario::find_scenario(id);
      if (!path) {
        spdlog::warn("life map: scenario {} not found", id);
        continue;
      }
      scenario::LoadResult r = scenario::load_file(*path);
      if (!r.ok()) {
        spdlog::warn("life map: scenario {} does not load ({} errors); run securebase validate {}", id, r.errors(), *path);
        continue;
      }
      out.push_back({id, *path, r.scenario});
    }
    return out;
  }();
  return list;
}

PlayComfort play_comfort() {
  // The settings the game loaded and applied at start (and after every change).
  const Comfort& now = comfort();
  PlayComfort c;
  c.content_notes = now.content_notes;
  c.reduced_motion = now.reduced_motion;
  return c;
}

bool needs_content_note(const PlayChoice& c, const PlayComfort& comfort) {
  if (!comfort.content_notes) return false;
  if (c.style == "frightening" || c.params.frightening > 0.3) return true;
  return c.entry.scenario && !c.entry.scenario->content_notes.empty();
}

void begin_scenario(AppContext& ctx, ScreenStack& stack, const PlayChoice& c) {
  if (needs_content_note(c, play_comfort()))
    stack.replace(std::make_unique<ContentNoteScreen>(ctx, c));
  else
    start_scenario_screen(ctx, stack, c);
}

void start_scenario_screen(AppContext& ctx, ScreenStack& stack, const PlayChoice& c) {
  spdlog::info("play: starting {} with the {} caregiver{}{}", c.entry.id, c.surprise ? "hidden" : c.style,
               c.autoplay ? ", autoplay" : "", c.surprise ? " (surprise)" : "");
  stack.replace(std::make_unique<ScenarioScreen>(ctx, c));
}

std::uint64_t fresh_seed() {
  std::uint64_t z = static_cast<std::uint64_t>(std::chrono::steady_clock::now().time_since_epoch().count());
  // splitmix64: neighbouring clock values give unrelated seeds.
  z += 0x9e3779b97f4a7c15ULL;
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
  return (z ^ (z >> 31)) | 1u;
}

std::string surprise_style(std::uint64_t seed) {
  static const char* kStyles[] = {"sensitive", "rejecting", "inconsistent", "frightening"};
  return kStyles[(seed >> 7) % 4];
}

}  // namespace sb::app
