#pragma once
// Live reload while playing (issue 3): F5, or saving the scenario file (its time
// stamp is checked about twice a second), loads it again. A broken edit keeps the
// last good scenario running and hands back its diagnostics for the overlay; a
// good one hands back the new scenario for sim::rebuild_session. The watching and
// loading are scenario::ScenarioReloader's; this adds the play screen's pacing,
// the editor-style messages and the log.
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "scenario/model.hpp"
#include "scenario/reloader.hpp"

namespace sb::app {

class LiveReload {
 public:
  explicit LiveReload(std::string path);

  struct Result {
    std::shared_ptr<const scenario::Scenario> scenario; // set when the file loaded cleanly
    std::vector<std::string> diagnostics;               // "FILE:LINE:COL: error: …", errors first
  };
  // Call every tick; checks the file's time every `poll_ticks`. A result when it changed.
  std::optional<Result> poll(int poll_ticks = 30);
  // F5: load now, changed or not.
  Result reload_now();

  const std::string& path() const { return files_.path(); }
  const std::vector<std::string>& problems() const { return problems_; } // of the last failed load; empty when good

 private:
  Result report(const scenario::LoadResult& loaded);
  scenario::ScenarioReloader files_;
  int counter_ = 0;
  std::vector<std::string> problems_;
};

}  // namespace sb::app
