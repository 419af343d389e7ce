#include "sim/replay.hpp"

#include <filesystem>

#include "scenario/loader.hpp"

namespace sb::sim {

std::unique_ptr<Session> session_for(const Recording& r, std::string* error) {
  SessionConfig c;
  c.seed = r.seed;
  c.ai_child = r.ai_child;
  c.time_scale = r.time_scale;
  c.player_paces_lines = r.player_paces_lines;
  c.caregiver_played = r.caregiver_played;
  c.caregiver_style = r.caregiver_style;
  std::string why;
  const auto params = mind::parse_caregiver(r.caregiver.empty() ? "sensitive" : r.caregiver, &why);
  if (!params) {
    if (error) *error = "caregiver: " + why;
    return nullptr;
  }
  c.caregiver = *params;
  if (!r.scenario.empty()) {
    const auto path = scenario::find_scenario(r.scenario);
    if (!path) {
      if (error) *error = "scenario '" + r.scenario + "' not found";
      return nullptr;
    }
    auto loaded = scenario::load_file(*path);
    if (!loaded.ok()) {
      if (error) *error = "scenario '" + r.scenario + "' does not load (run securebase validate " + *path + ")";
      return nullptr;
    }
    c.scenario = loaded.scenario;
  }
  return std::make_unique<Session>(std::move(c));
}

std::string scenario_reference(const scenario::Scenario& s, const std::string& fallback) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (s.source_name.empty() || !fs::is_regular_file(s.source_name, ec)) return fallback;
  if (const auto by_id = scenario::find_scenario(s.id); by_id && fs::equivalent(*by_id, s.source_name, ec)) return s.id;
  const fs::path absolute = fs::absolute(s.source_name, ec);
  return ec ? fallback : absolute.lexically_normal().string();
}

Recording start_recording(const SessionConfig& config, const std::string& scenario_id_or_path) {
  Recording r;
  r.scenario = config.scenario ? scenario_reference(*config.scenario, scenario_id_or_path) : scenario_id_or_path;
  r.caregiver = mind::describe(config.caregiver);
  r.caregiver_style = config.caregiver_style;
  r.seed = config.seed;
  r.ai_child = config.ai_child;
  r.time_scale = config.time_scale;
  r.player_paces_lines = config.player_paces_lines;
  r.caregiver_played = config.caregiver_played;
  return r;
}

ReplayResult replay_headless(const Recording& r, std::string* error, const ReplayWatch& watch) {
  constexpr std::uint64_t kWatchEvery = 2048;  // ticks; a few milliseconds of stepping
  ReplayResult result;
  result.session = session_for(r, error);
  if (!result.session) return result;
  std::uint64_t done = 0;
  for (const InputRun& run : r.inputs)
    for (std::uint32_t i = 0; i < run.count; ++i) {
      result.session->step(run.input);
      if (++done % kWatchEvery == 0 && watch && !watch(done)) {
        if (error) *error = "stopped after " + std::to_string(done) + " of " + std::to_string(r.ticks()) + " ticks";
        result.session.reset();
        return result;
      }
    }
  if (watch) watch(done);
  result.hash_matches = result.session->hash() == r.final_hash;
  return result;
}

}  // namespace sb::sim
