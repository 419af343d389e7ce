#pragma once
// Where the game keeps a player's files, after the XDG base directory spec:
// data (progress, reflections, replays), config (settings) and state (logs).
// Every folder the game makes is 0700, so only the player can look inside.
#include <filesystem>
#include <optional>

#include "storage/problem.hpp"

namespace sb::storage {

struct Paths {
  std::filesystem::path data;    // $XDG_DATA_HOME/securebase, default ~/.local/share/securebase
  std::filesystem::path config;  // $XDG_CONFIG_HOME/securebase, default ~/.config/securebase
  std::filesystem::path state;   // $XDG_STATE_HOME/securebase, default ~/.local/state/securebase

  // Reads XDG_DATA_HOME, XDG_CONFIG_HOME, XDG_STATE_HOME and HOME (relative XDG
  // values are ignored, as the spec asks); without HOME, the password database.
  // Nothing is created. nullopt (and *problem filled) when no home can be found.
  static std::optional<Paths> from_environment(Problem* problem = nullptr);

  std::filesystem::path settings_file() const { return config / "settings.ini"; }
  std::filesystem::path progress_file() const { return data / "progress.ini"; }
  std::filesystem::path reflections_file() const { return data / "reflections.ini"; }
  std::filesystem::path replays_dir() const { return data / "replays"; }
  std::filesystem::path log_dir() const { return state; }
};

inline constexpr const char* kAppFolderName = "securebase";

// For the game's own folders: creates dir and any missing parents with mode 0700
// (whatever the umask) and sets dir itself to 0700 if it already existed.
// Existing parents are left alone.
std::optional<Problem> ensure_private_dir(const std::filesystem::path& dir);
// For a folder the player chose (report --out, an exported set): creates the
// missing folders with mode 0700 and leaves every folder that already existed
// exactly as it was (a shared 1777 folder keeps its sticky bit).
std::optional<Problem> create_private_dirs(const std::filesystem::path& dir);

}  // namespace sb::storage
