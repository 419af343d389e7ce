#pragma once
// Playing the caregiver headless (issue 14): scripted players that answer the AI
// child's cues with the same acts the keys give (InputCommand::caregiver_act),
// each written to embody a point on Ainsworth's four care scales plus a
// frightening rate, and the runs behind `simulate --as caregiver --policy NAME`.
#include <cstdint>
#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "mind/care_log.hpp"
#include "mind/first_year.hpp"
#include "sim/session.hpp"

namespace sb::sim {

// How a scripted player errs when she does: a busy "in a minute" (the child is
// answered, but not met), or silence.
enum class CareFlavour : std::uint8_t { Warm, Busy, Intrusive, Unpredictable, Frightening };

struct CarePolicy {
  std::string name;
  CareFlavour flavour = CareFlavour::Warm;
  mind::CaregiverParams embodies; // the scales (1–9) and frightening rate it is written to show
};

// warm-prompt, busy, intrusive, unpredictable, frightening.
const std::vector<CarePolicy>& care_policies();
std::optional<CarePolicy> care_policy(std::string_view name);

// A scripted caregiver. The same decisions serve the first year (answer /
// while_playing) and a live scene (tick, once per fixed step).
class ScriptedCaregiver : public mind::CareAnswerer {
 public:
  ScriptedCaregiver(const CarePolicy& policy, std::uint64_t seed);

  mind::PlannedAct answer(const mind::Cue& cue, mind::Rng& rng) override;
  mind::CaregiverAct while_playing(mind::Rng& rng) override;

  // This tick's act in a live scene, from what she can see: the child's cue
  // waiting in the log and what the child is doing.
  mind::CaregiverAct tick(const mind::CareLog& log, const mind::ChildState& child, double now, bool present);

  const CarePolicy& policy() const { return policy_; }

 private:
  CarePolicy policy_;
  mind::Rng rng_;
  int planned_for_ = -1; // the cue the plan answers
  mind::PlannedAct plan_;
  double act_at_ = 0;
  double next_own_ = 10;
  double repair_at_ = -1;
};

// One scene played by a scripted caregiver: a first year of `moments` moments,
// then the scenario to its end, coded by the observer.
struct CaregiverRun {
  std::uint64_t seed = 0;
  mind::Classification classification;
  mind::CareCoding care;                // the player's care over the year and the scene
  mind::Strategy strategy_before = mind::Strategy::Direct; // after the first year, going in
  bool ended = false;
};
constexpr int kFirstYearMoments = 300; // as many exchanges as "the months before" a preset lives

CaregiverRun run_as_caregiver(const SessionConfig& base, const CarePolicy& policy, std::uint64_t seed,
                              bool realistic_observer, int moments = kFirstYearMoments);

struct CaregiverSimulateOptions {
  std::string scenario = "strange-situation";
  std::string policy;
  int runs = 100;
  std::uint64_t seed = 1;
  bool json = false;
  int threads = 0;
  std::string observer = "realistic";
};

// `simulate --as caregiver`. Exit codes as simulate: 0 ok, 1 invalid input, 2 usage, 3 environment.
int caregiver_simulate_command(const CaregiverSimulateOptions& o, std::ostream& out, std::ostream& err);

}  // namespace sb::sim
