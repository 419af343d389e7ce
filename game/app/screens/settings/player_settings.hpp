#pragma once
// The player's settings while the game runs: loaded at start through the storage
// module's Settings store, changed by the settings screens, applied at once to
// the running game (apply_settings.hpp) and saved (atomically, versioned) after
// every change.
#include <functional>
#include <optional>

#include "storage/delete_my_data.hpp"
#include "storage/paths.hpp"
#include "storage/settings_store.hpp"

namespace sb::app {

struct AppContext;

class PlayerSettings {
 public:
  // Without paths nothing is read or written (screenshots, tests, no home folder).
  explicit PlayerSettings(std::optional<storage::Paths> paths = std::nullopt) : paths_(std::move(paths)) {}
  // XDG folders from the environment; nullopt paths (and a problem) without a home.
  static PlayerSettings from_environment();

  // Reads settings.ini. A damaged file is set aside by the store; problem() says so.
  void load();
  const storage::Settings& get() const { return s_; }

  // Where changes take effect; everything is applied to it now.
  void attach(AppContext* ctx);
  // Changes settings: applied at once, then saved. Returns false if saving failed
  // (the change still applies; problem() says why).
  bool change(const std::function<void(storage::Settings&)>& edit);

  // "Delete my data": stops saving, removes the data, config and state folders,
  // and goes back to the default settings (applied, not saved). A later change
  // saves again: that is the player's new choice.
  storage::DeletionReport delete_all_data();

  const std::optional<storage::Problem>& problem() const { return problem_; }
  void clear_problem() { problem_.reset(); }
  const std::optional<storage::Paths>& paths() const { return paths_; }
  bool saves() const { return paths_.has_value(); }

 private:
  std::optional<storage::Paths> paths_;
  storage::Settings s_;
  AppContext* ctx_ = nullptr;
  std::optional<storage::Problem> problem_;
};

}  // namespace sb::app
