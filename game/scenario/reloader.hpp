#pragma once
// Live reload for play: watches one scenario file and reloads it when it changes
// (or when asked, e.g. on F5). A broken edit never replaces the last good scenario:
// the caller shows the diagnostics and keeps playing what it has. Polling the file's
// time stamp is cheap enough to do every frame or a few times a second.

#include <filesystem>
#include <memory>
#include <optional>
#include <string>

#include "scenario/loader.hpp"

namespace sb::scenario {

class ScenarioReloader {
 public:
  explicit ScenarioReloader(std::string path);

  // Loads the file now (the first time, or on F5). Returns the result; when it is ok
  // the scenario becomes current().
  const LoadResult& reload();
  // Reloads only if the file changed since the last load; nullopt when it did not.
  std::optional<LoadResult> poll();
  // Takes the file as it is now as seen, without loading it (the caller already has
  // this version), so poll() answers only to later saves.
  void mark_seen();

  std::shared_ptr<const Scenario> current() const { return good_; } // last good version, may be null
  const LoadResult& last() const { return last_; }                  // the latest attempt, good or bad
  const std::string& path() const { return path_; }

 private:
  std::string path_;
  std::optional<std::filesystem::file_time_type> stamp_;
  std::shared_ptr<const Scenario> good_;
  LoadResult last_;
};

}  // namespace sb::scenario
