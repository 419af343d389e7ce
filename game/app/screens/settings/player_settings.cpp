#include "app/screens/settings/player_settings.hpp"

#include <spdlog/spdlog.h>

#include "app/screens/settings/apply_settings.hpp"

namespace sb::app {

PlayerSettings PlayerSettings::from_environment() {
  storage::Problem p;
  auto paths = storage::Paths::from_environment(&p);
  PlayerSettings s(paths);
  if (!paths) {
    spdlog::warn("{}", p.describe());
    s.problem_ = p;
  }
  return s;
}

void PlayerSettings::load() {
  if (!paths_) return;
  auto loaded = storage::load_settings(*paths_);
  s_ = loaded.value;
  if (loaded.problem) {
    spdlog::warn("{}", loaded.problem->describe());
    problem_ = loaded.problem;
  }
  for (const std::string& note : loaded.notes) spdlog::info("settings: {}", note);
}

void PlayerSettings::attach(AppContext* ctx) {
  ctx_ = ctx;
  apply_settings(s_, nullptr, ctx_);
}

bool PlayerSettings::change(const std::function<void(storage::Settings&)>& edit) {
  const storage::Settings before = s_;
  edit(s_);
  if (s_ == before) return true;
  apply_settings(s_, &before, ctx_);
  if (!paths_) return true;
  if (auto p = storage::save_settings(*paths_, s_)) {
    spdlog::warn("{}", p->describe());
    problem_ = p;
    return false;
  }
  return true;
}

storage::DeletionReport PlayerSettings::delete_all_data() {
  storage::DeletionReport r;
  if (paths_) {
    r = storage::delete_my_data(*paths_);
    spdlog::info("delete my data: {} removed, {} could not be removed", r.removed.size(), r.problems.size());
  }
  const storage::Settings before = s_;
  s_ = storage::Settings{};
  apply_settings(s_, &before, ctx_);
  return r;
}

}  // namespace sb::app
