// Playing and coding one trial (see trial.hpp).
#include "trainer/trial.hpp"

#include "scenario/loader.hpp"
#include "sim/replay.hpp"
#include "sim/rng.hpp"
#include "sim/simulate.hpp"

namespace sb::trainer {
namespace {
// Far beyond the procedure's ~21 minutes; a run that has not ended by then is coded where it stopped.
constexpr std::uint64_t kTickLimit = 60ull * 60 * 40;
}  // namespace

sim::SessionConfig trial_config(std::uint64_t seed, std::shared_ptr<const scenario::Scenario> scenario) {
  sim::SessionConfig c;
  c.scenario = std::move(scenario);
  // As run 0 of `simulate --population --seed SEED`.
  c.caregiver = sim::population_caregiver(seed, 0);
  c.caregiver_style = "custom";
  c.seed = sim::derive_seed(seed, 0);
  c.ai_child = true;
  return c;
}

TrialRun run_trial(std::uint64_t seed, const std::shared_ptr<const scenario::Scenario>& scenario) {
  TrialRun t;
  t.seed = seed;
  const sim::SessionConfig config = trial_config(seed, scenario);
  t.caregiver = config.caregiver;
  t.recording = sim::start_recording(config, kTrialScenario);
  sim::Session s(config);
  while (!s.ended() && s.tick() < kTickLimit) {
    s.step({});
    t.recording.push({});
  }
  t.recording.final_hash = s.hash();
  t.ended = s.ended();
  t.length = s.scenario_time();
  t.episodes = s.timeline().episodes;
  t.observer = code_run(s.mind().record());
  t.panel = code_panel(s.mind().record(), seed);
  return t;
}

std::shared_ptr<const scenario::Scenario> load_trial_scenario(std::string* error) {
  const auto path = scenario::find_scenario(kTrialScenario);
  if (!path) {
    if (error) *error = std::string("the scenario '") + kTrialScenario + "' was not found";
    return nullptr;
  }
  scenario::LoadResult loaded = scenario::load_file(*path);
  if (!loaded.ok()) {
    if (error) *error = *path + " does not load (run securebase validate " + *path + ")";
    return nullptr;
  }
  return loaded.scenario;
}

}  // namespace sb::trainer
