#include "app/screens/play/live_reload.hpp"

#include <chrono>

#include <spdlog/spdlog.h>

namespace sb::app {

LiveReload::LiveReload(std::string path) : files_(std::move(path)) {
  files_.mark_seen(); // the play screen already runs this version
}

LiveReload::~LiveReload() { wait(); }

void LiveReload::wait() {
  if (job_.valid()) job_.wait();
}

std::optional<LiveReload::Result> LiveReload::poll(int poll_ticks) {
  if (path().empty()) return std::nullopt;
  if (job_.valid()) {
    if (job_.wait_for(std::chrono::seconds(0)) != std::future_status::ready) return std::nullopt;
    const std::optional<scenario::LoadResult> loaded = job_.get();
    if (loaded) return report(*loaded);
    if (requested_) request();  // F5 came while the time was being checked
    return std::nullopt;
  }
  if (++counter_ < poll_ticks) return std::nullopt;
  counter_ = 0;
  job_ = std::async(std::launch::async, [this]() -> std::optional<scenario::LoadResult> {
    auto loaded = files_.poll();
    if (loaded) spdlog::info("reload: {} changed on disk", path());
    return loaded;
  });
  return std::nullopt;
}

void LiveReload::request() {
  if (path().empty()) return;
  if (job_.valid()) {
    requested_ = true;
    return;
  }
  requested_ = false;
  job_ = std::async(std::launch::async, [this]() -> std::optional<scenario::LoadResult> { return files_.reload(); });
}

LiveReload::Result LiveReload::reload_now() {
  wait();
  if (job_.valid()) job_.get();  // a check that finished meanwhile: this load supersedes it
  requested_ = false;
  return report(files_.reload());
}

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
