#include "app/screens/play/play_memory.hpp"

#include <spdlog/spdlog.h>

namespace sb::app {
namespace {
std::optional<storage::Paths> paths() { return storage::Paths::from_environment(); }
}  // namespace

storage::SeenLines load_seen_lines() {
  const auto where = paths();
  if (!where) return {};
  auto loaded = storage::load_seen_lines(*where);
  if (loaded.problem) spdlog::warn("seen lines: {}", loaded.problem->describe());
  return std::move(loaded.value);
}

void save_seen_lines(const storage::SeenLines& seen) {
  const auto where = paths();
  if (!where) return;
  if (auto problem = storage::save_seen_lines(*where, seen)) spdlog::warn("seen lines: {}", problem->describe());
}

void remember_play(const std::string& scenario_id, const std::optional<std::string>& outcome) {
  const auto where = paths();
  if (!where) return;
  auto loaded = storage::load_progress(*where);
  if (loaded.problem) spdlog::warn("progress: {}", loaded.problem->describe());
  storage::Progress& p = loaded.value;
  p.record_played(scenario_id);
  if (outcome) p.record_outcome(scenario_id, *outcome);
  if (auto problem = storage::save_progress(*where, p)) spdlog::warn("progress: {}", problem->describe());
  else spdlog::info("progress: {} played{}", scenario_id, outcome ? ", ended " + *outcome : std::string());
}

storage::Progress load_progress() {
  const auto where = paths();
  if (!where) return {};
  auto loaded = storage::load_progress(*where);
  if (loaded.problem) spdlog::warn("progress: {}", loaded.problem->describe());
  return std::move(loaded.value);
}

}  // namespace sb::app
