#pragma once
// The replays folder ($XDG_DATA_HOME/securebase/replays). The replay module
// writes the files (with atomic_write_file); this lists and deletes them.
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "storage/paths.hpp"

namespace sb::app::storage {

struct ReplayFile {
  std::string name;              // the file name, e.g. "strange_situation-20261129-092205.sbreplay"
  std::filesystem::path path;
  std::uintmax_t bytes = 0;
  std::string modified;          // UTC, "2026-11-29T09:22:05Z"
};

// Creates the folder (0700, and the data folder above it) and returns it; nullopt with *problem on failure.
std::optional<std::filesystem::path> ensure_replays_dir(const Paths& paths, Problem* problem = nullptr);
// Regular files only, newest first (then by name); temporaries and hidden files are left out.
std::vector<ReplayFile> list_replays(const Paths& paths);
// `name` must be a plain file name listed by list_replays (no "/" or ".."), so nothing outside the folder can go.
std::optional<Problem> delete_replay(const Paths& paths, std::string_view name);

}  // namespace sb::app::storage
