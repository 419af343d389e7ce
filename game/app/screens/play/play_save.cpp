#include "app/screens/play/play_save.hpp"

#include <sstream>

#include <spdlog/spdlog.h>

#include "mind/caregiver_params.hpp"
#include "storage/saved_play.hpp"
#include "text/strings.hpp"

namespace sb::app {
namespace {

std::optional<storage::Paths> paths() {
  storage::Problem why;
  auto p = storage::Paths::from_environment(&why);
  if (!p) spdlog::warn("save: {}", why.describe());
  return p;
}

}  // namespace

std::string play_time(std::uint64_t ticks) {
  const std::uint64_t seconds = ticks / sim::kTicksPerSecond;
  const std::uint64_t s = seconds % 60;
  return std::to_string(seconds / 60) + (s < 10 ? ":0" : ":") + std::to_string(s);
}

SaveLookup find_saved_scene() {
  SaveLookup out;
  const auto where = paths();
  if (!where) return out;
  auto loaded = storage::load_saved_play(*where);
  if (loaded.problem) {
    spdlog::warn("save: {}", loaded.problem->describe());
    out.notice = tr("save.damaged", {loaded.problem->moved_to.empty() ? loaded.problem->file.filename().string()
                                                                     : loaded.problem->moved_to.filename().string()});
  }
  if (!loaded.value) return out;
  const storage::SavedPlay& saved = *loaded.value;
  std::istringstream text(saved.recording);
  std::string error;
  auto recording = sim::read_recording(text, &error);
  const ScenarioEntry* entry = nullptr;
  for (const ScenarioEntry& e : scenario_list())
    if (e.id == saved.scenario) entry = &e;
  std::string why;
  const auto params = recording ? mind::parse_caregiver(recording->caregiver, &why) : std::nullopt;
  if (!recording || !entry || !params) {
    const std::string detail = !recording ? error : !entry ? "scenario " + saved.scenario + " is not on the life map" : why;
    spdlog::warn("save: the saved scene cannot be continued: {}", detail);
    out.notice = tr("save.cannot_continue");
    return out;
  }
  SavedScene scene;
  scene.choice.entry = *entry;
  scene.choice.style = saved.style;
  scene.choice.params = *params;
  scene.choice.surprise = saved.surprise;
  scene.choice.autoplay = saved.autoplay;
  scene.choice.seed = recording->seed;
  scene.recording = std::move(*recording);
  scene.changed_choices = saved.changed_choices;
  scene.saved = saved.saved;
  spdlog::info("save: a saved scene to continue: {} at {} ({} ticks)", saved.scenario, play_time(saved.tick), saved.tick);
  out.scene = std::move(scene);
  return out;
}

std::optional<std::string> save_scene(const PlayChoice& choice, const sim::Recording& recording,
                                      const std::vector<std::string>& changed_choices) {
  const auto where = paths();
  if (!where) return tr("save.failed");
  storage::SavedPlay p;
  p.scenario = choice.entry.id;
  p.style = choice.style;
  p.surprise = choice.surprise;
  p.autoplay = choice.autoplay;
  p.tick = recording.ticks();
  std::ostringstream bytes;
  sim::write_recording(bytes, recording);
  p.recording = bytes.str();
  p.changed_choices = changed_choices;
  if (auto problem = storage::save_play(*where, std::move(p))) {
    spdlog::error("save: {}", problem->describe());
    return tr("save.failed");
  }
  spdlog::info("save: saved {} at {} ({} ticks); state hash {:016x}", choice.entry.id, play_time(recording.ticks()),
               recording.ticks(), recording.final_hash);
  return std::nullopt;
}

void forget_saved_scene() {
  const auto where = paths();
  if (!where) return;
  if (auto problem = storage::forget_saved_play(*where)) spdlog::warn("save: {}", problem->describe());
  else spdlog::info("save: the saved scene is gone (ended or restarted)");
}

}  // namespace sb::app
