#pragma once
// Live reload while playing (issue 3): F5, or saving the scenario file (its mtime
// is polled about twice a second), loads it again. A broken edit keeps the last
// good scenario running and hands back its diagnostics for the overlay; a good
// one hands back the new scenario for sim::rebuild_session.
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "scenario/model.hpp"

namespace sb::app {

class LiveReload {
 public:
  explicit LiveReload(std::string path);

  struct Result {
    std::shared_ptr<const scenario::Scenario> scenario; // set when the file loaded cleanly
    std::vector<std::string> diagnostics;               // "FILE:LINE:COL: error: …", errors first
  };
  // Call every tick; polls the file's time every `poll_ticks`. A result when it changed.
  std::optional<Result> poll(int poll_ticks = 30);
  // F5: load now, changed or not.
  Result reload_now();

  const std::string& path() const { return path_; }
  const std::vector<std::string>& problems() const { return problems_; } // of the last failed load; empty when good

 private:
  std::string path_;
  std::filesystem::file_time_type seen_{};
  int counter_ = 0;
  std::vector<std::string> problems_;
};

}  // namespace sb::app
