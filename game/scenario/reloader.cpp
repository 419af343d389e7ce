#include "scenario/reloader.hpp"

namespace sb::scenario {

ScenarioReloader::ScenarioReloader(std::string path) : path_(std::move(path)) {}

const LoadResult& ScenarioReloader::reload() {
  std::error_code ec;
  const auto t = std::filesystem::last_write_time(path_, ec);
  stamp_ = ec ? std::nullopt : std::optional(t);
  last_ = load_file(path_);
  if (last_.ok()) good_ = last_.scenario;
  return last_;
}

void ScenarioReloader::mark_seen() {
  std::error_code ec;
  const auto t = std::filesystem::last_write_time(path_, ec);
  if (!ec) stamp_ = t;
}

std::optional<LoadResult> ScenarioReloader::poll() {
  std::error_code ec;
  const auto t = std::filesystem::last_write_time(path_, ec);
  if (ec) return std::nullopt; // mid-save or deleted: keep what we have
  if (stamp_ && *stamp_ == t) return std::nullopt;
  return reload();
}

}  // namespace sb::scenario
