#pragma once
// The replays folder ($XDG_DATA_HOME/securebase/replays): names and writes replay
// files (the bytes come from sim::write_recording), lists and deletes them, and
// remembers the last finished play so the title can reopen its debrief.
#include <cstdint>
#include <ctime>
#include <functional>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "storage/paths.hpp"

namespace sb::storage {

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

// "<scenario file's stem>-<UTC yyyymmdd-hhmmss>[-n].sbreplay"; "playroom" for the free
// playroom (no scenario file). n > 1 tells apart plays finished in the same second.
std::string replay_file_name(std::string_view scenario_file, std::time_t when, int n = 1);
// Writes `bytes` atomically under a fresh replay_file_name for now; returns the path,
// or nullopt with *problem when the folder or the file cannot be written.
std::optional<std::filesystem::path> save_replay(const Paths& paths, std::string_view scenario_file,
                                                 const std::string& bytes, Problem* problem = nullptr);

// The last finished play of this run, kept in memory (as replay bytes).
void remember_last_play(std::string replay_bytes);
// Offers `try_one` the replays a "last play" can come from, best first: the one
// remembered in this run, then the files on disk newest first (files that cannot be
// read are skipped). Stops at the first for which try_one returns true; returns
// whether one did. `paths` may be null (no home folder): memory only.
bool find_last_play(const Paths* paths, const std::function<bool(const std::string& replay_bytes)>& try_one);

}  // namespace sb::storage
