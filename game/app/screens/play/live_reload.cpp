#include "app/screens/play/live_reload.hpp"

#include <spdlog/spdlog.h>

namespace sb::app {

LiveReload::LiveReload(std::string path) : files_(std::move(path)) {
  files_.mark_seen(); // the play screen already runs this version
}

std::optional<LiveReload::Result> LiveReload::poll(int poll_ticks) {
  if (path().empty() || ++counter_ < poll_ticks) return std::nullopt;
  counter_ = 0;
  const auto loaded = files_.poll();
  if (!loaded) return std::nullopt;
  spdlog::info("reload: {} changed on disk", path());
  return report(*loaded);
}

LiveReload::Result LiveReload::reload_now() { return report(files_.reload()); }

LiveReload::Result LiveReload::report(const scenario::LoadResult& loaded) {
  Result r;
  // Errors first, then warnings, each as an editor would show it.
  for (auto sev : {scenario::Severity::Error, scenario::Severity::Warning})
    for (const scenario::Diagnostic& d : loaded.diagnostics)
      if (d.severity == sev) r.diagnostics.push_back(scenario::format(d));
  if (loaded.ok()) {
    r.scenario = loaded.scenario;
    problems_.clear();
    spdlog::info("reload: {} loaded ({} warnings)", path(), loaded.warnings());
  } else {
    problems_ = r.diagnostics;
    if (problems_.empty()) problems_.push_back(path() + ": error: the file could not be read");
    r.diagnostics = problems_;
    spdlog::warn("reload: {} has {} errors; the last good version keeps running", path(), loaded.errors());
    for (const std::string& d : problems_) spdlog::warn("{}", d);
  }
  return r;
}

}  // namespace sb::app
