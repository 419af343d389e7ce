#pragma once
// Live reload while playing (issue 3): F5, or saving the scenario file (its time
// stamp is checked about twice a second), loads it again. A broken edit keeps the
// last good scenario running and hands back its diagnostics for the overlay; a
// good one hands back the new scenario for sim::rebuild_session. The watching and
// loading are scenario::ScenarioReloader's; this adds the play screen's pacing,
// the editor-style messages and the log. The file is read and checked on a worker
// thread (issue 16 part 8): a huge or hostile edit never stalls the frame; poll()
// hands the result back on a later tick.
#include <future>
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
  ~LiveReload();  // waits for a load in progress
  LiveReload(const LiveReload&) = delete;
  LiveReload& operator=(const LiveReload&) = delete;

  struct Result {
    std::shared_ptr<const scenario::Scenario> scenario; // set when the file loaded cleanly
    std::vector<std::string> diagnostics;               // "FILE:LINE:COL: error: …", errors first
  };
  // Call every tick; every `poll_ticks` a worker checks the file's time and loads it
  // when it changed. A result on the tick after such a load finished.
  std::optional<Result> poll(int poll_ticks = 30);
  // F5: load on the worker now, changed or not; poll() hands the result back.
  void request();
  // Load now and wait for it (tests; a caller that cannot go on without it).
  Result reload_now();
  bool loading() const { return job_.valid(); }

  const std::string& path() const { return files_.path(); }
  const std::vector<std::string>& problems() const { return problems_; } // of the last failed load; empty when good

 private:
  Result report(const scenario::LoadResult& loaded);
  void wait();
  scenario::ScenarioReloader files_;  // the worker's while a job runs
  std::future<std::optional<scenario::LoadResult>> job_;
  bool requested_ = false;  // F5 while a check was running
  int counter_ = 0;
  std::vector<std::string> problems_;
};

}  // namespace sb::app
