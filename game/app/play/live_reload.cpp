#include "app/play/live_reload.hpp"

#include <spdlog/spdlog.h>

#include "scenario/loader.hpp"

namespace sb::app {

LiveReload::LiveReload(std::string path) : path_(std::move(path)) {
  std::error_code ec;
  seen_ = std::filesystem::last_write_time(path_, ec);
}

std::optional<LiveReload::Result> LiveReload::poll(int poll_ticks) {
  if (path_.empty() || ++counter_ < poll_ticks) return std::nullopt;
  counter_ = 0;
  std::error_code ec;
  const auto now = std::filesystem::last_write_time(path_, ec);
  if (ec || now == seen_) return std::nullopt;
  seen_ = now;
  spdlog::info("reload: {} changed on disk", path_);
  return reload_now();
}

LiveReload::Result LiveReload::reload_now() {
  Result r;
  std::error_code ec;
  seen_ = std::filesystem::last_write_time(path_, ec);
  const scenario::LoadResult loaded = scenario::load_file(path_);
  // Errors first, then warnings, each as an editor would show it.
  for (auto sev : {scenario::Severity::Error, scenario::Severity::Warning})
    for (const scenario::Diagnostic& d : loaded.diagnostics)
      if (d.severity == sev) r.diagnostics.push_back(scenario::format(d));
  if (loaded.ok()) {
    r.scenario = loaded.scenario;
    problems_.clear();
    spdlog::info("reload: {} loaded ({} warnings)", path_, loaded.warnings());
  } else {
    problems_ = r.diagnostics;
    if (problems_.empty()) problems_.push_back(path_ + ": error: the file could not be read");
    r.diagnostics = problems_;
    spdlog::warn("reload: {} has {} errors; the last good version keeps running", path_, loaded.errors());
    for (const std::string& d : problems_) spdlog::warn("{}", d);
  }
  return r;
}

}  // namespace sb::app
