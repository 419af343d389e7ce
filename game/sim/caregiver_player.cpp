// Scripted caregivers and `simulate --as caregiver` (see caregiver_player.hpp).
#include "sim/caregiver_player.hpp"

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <ostream>
#include <thread>

#include <nlohmann/json.hpp>

#include "scenario/loader.hpp"
#include "sim/rng.hpp"
#include "sim/simulate.hpp"

namespace sb::sim {
namespace {

using mind::CaregiverAct;
using mind::Need;
using Json = nlohmann::ordered_json;
constexpr int kOk = 0, kInvalid = 1, kUsage = 2, kEnvironment = 3;
constexpr std::uint64_t kTickLimit = 60ull * 60 * 40;
constexpr const char* kPatternNames[4] = {"secure", "avoidant", "anxious", "disorganized"};
constexpr const char* kStrategyNames[4] = {"direct", "deactivating", "hyperactivating", "collapsed"};

double share(double scale_value) { return std::clamp((scale_value - 1.0) / 8.0, 0.0, 1.0); }

template <class T>
T pick(mind::Rng& rng, std::initializer_list<T> options) {
  const auto n = static_cast<int>(options.size());
  const int i = std::min(n - 1, static_cast<int>(rng.uniform() * n));
  return *(options.begin() + i);
}

}  // namespace

const std::vector<CarePolicy>& care_policies() {
  // Each is written to embody these scales; the tests check that coding its acts
  // gives them back within a point. Sensitivity can be no higher than being
  // there and warm allow (it needs both), so the values are chosen to fit.
  static const std::vector<CarePolicy> policies = {
      {"warm-prompt", CareFlavour::Warm, {7, 8, 8, 8, 0.0}},
      {"busy", CareFlavour::Busy, {2, 3, 5, 3, 0.0}},
      {"intrusive", CareFlavour::Intrusive, {4, 6, 2, 7, 0.0}},
      {"unpredictable", CareFlavour::Unpredictable, {2, 7, 4, 3, 0.0}},
      {"frightening", CareFlavour::Frightening, {3, 5, 5, 7, 0.25}},
  };
  return policies;
}

std::optional<CarePolicy> care_policy(std::string_view name) {
  for (const CarePolicy& p : care_policies())
    if (p.name == name) return p;
  return std::nullopt;
}

ScriptedCaregiver::ScriptedCaregiver(const CarePolicy& policy, std::uint64_t seed) : policy_(policy), rng_(seed) {}

mind::PlannedAct ScriptedCaregiver::answer(const mind::Cue& cue, mind::Rng& rng) {
  const mind::CaregiverParams& p = policy_.embodies;
  const double there = share(p.accessibility), warm = share(p.acceptance), sens = share(p.sensitivity);
  const bool busy = policy_.flavour == CareFlavour::Busy;
  if (!busy && !rng.chance(there)) return {}; // not noticed: no answer comes
  // `frightening` is the share of answers that frighten (Main & Hesse 1990).
  if (rng.chance(p.frightening)) return {CaregiverAct::Loom, rng.uniform(0.5, 2.0)};
  bool harsh = false;
  if (busy) {
    // Always answers, eyes on the phone: warm now and then, else "in a minute".
    if (!rng.chance(warm)) return {CaregiverAct::Busy, rng.uniform(0.5, 2.0)};
  } else {
    harsh = !rng.chance(warm);
  }
  if (harsh) {
    const CaregiverAct a = cue.need == Need::Comfort && rng.chance(0.5) ? CaregiverAct::LaughAtFear : CaregiverAct::Snap;
    return {a, rng.uniform(0.5, 3.0)};
  }
  // Warm: read right and promptly often enough to give her sensitivity.
  const double warm_and_there = (busy ? 1.0 : there) * (1.0 - p.frightening) * warm;
  const double right = warm_and_there > 0 ? std::clamp(sens / warm_and_there, 0.0, 1.0) : 0.0;
  if (rng.chance(right)) {
    if (cue.need == Need::Comfort) return {cue.contact ? CaregiverAct::PickUp : CaregiverAct::Soothe, rng.uniform(0.4, 2.0)};
    // At the top of the circle: follow the lead, or take over.
    if (rng.chance(share(p.cooperation)))
      return {pick(rng, {CaregiverAct::FollowLead, CaregiverAct::EncourageExplore, CaregiverAct::WaitWatch}), rng.uniform(0.4, 2.0)};
    return {CaregiverAct::PickUp, rng.uniform(0.4, 2.0)};
  }
  // Kind, but misread or slow.
  if (cue.need == Need::Comfort) return {CaregiverAct::EncourageExplore, rng.uniform(2.0, 6.0)};
  return {CaregiverAct::SetLimit, rng.uniform(3.0, 7.0)};
}

CaregiverAct ScriptedCaregiver::while_playing(mind::Rng& rng) {
  const mind::CaregiverParams& p = policy_.embodies;
  if (rng.chance(p.frightening * 0.3)) return CaregiverAct::Loom;
  const double how_often = policy_.flavour == CareFlavour::Intrusive ? 0.8 : policy_.flavour == CareFlavour::Busy ? 0.25 : 0.4;
  if (!rng.chance(how_often)) return CaregiverAct::None;
  if (rng.chance(share(p.cooperation)))
    return pick(rng, {CaregiverAct::FollowLead, CaregiverAct::WaitWatch, CaregiverAct::NameFeeling});
  return pick(rng, {CaregiverAct::PickUp, CaregiverAct::EncourageExplore, CaregiverAct::GoTo, CaregiverAct::SetLimit});
}

CaregiverAct ScriptedCaregiver::tick(const mind::CareLog& log, const mind::ChildState& child, double now, bool present) {
  if (!present) return CaregiverAct::None;
  const auto pending = log.pending();
  if (pending && *pending != planned_for_) {
    planned_for_ = *pending;
    const mind::Cue& cue = log.cues()[static_cast<std::size_t>(*pending)].cue;
    plan_ = answer(cue, rng_);
    act_at_ = cue.time + plan_.latency;
  }
  if (pending && *pending == planned_for_ && plan_.act != CaregiverAct::None && now >= act_at_) {
    const CaregiverAct a = plan_.act;
    plan_.act = CaregiverAct::None;
    // After a rupture of her own a sensitive caregiver comes back (Tronick).
    if ((mind::is_harsh(a) || mind::is_frightening(a)) && rng_.chance(0.8 * share(policy_.embodies.sensitivity)))
      repair_at_ = now + rng_.uniform(2.0, 8.0);
    return a;
  }
  if (!pending && planned_for_ >= 0) {
    // The cue she planned for is closed: if it went unanswered, perhaps a repair.
    const mind::CueRecord& c = log.cues()[static_cast<std::size_t>(planned_for_)];
    if (c.answer == CaregiverAct::None && c.cue.readability >= 0.5 && rng_.chance(0.8 * share(policy_.embodies.sensitivity)))
      repair_at_ = now + rng_.uniform(1.0, 6.0);
    planned_for_ = -1;
  }
  if (repair_at_ >= 0 && now >= repair_at_) {
    repair_at_ = -1;
    return CaregiverAct::Repair;
  }
  if (!pending && now >= next_own_) {
    next_own_ = now + rng_.uniform(15.0, 30.0);
    if (child.action == mind::Action::Play) return while_playing(rng_);
    if (policy_.flavour == CareFlavour::Busy) return CaregiverAct::Busy; // back to the phone
  }
  return CaregiverAct::None;
}

CaregiverRun run_as_caregiver(const SessionConfig& base, const CarePolicy& policy, std::uint64_t seed,
                              bool realistic_observer, int moments) {
  SessionConfig c = base;
  c.seed = seed;
  c.caregiver_played = true;
  c.ai_child = true;
  c.prior_exchanges = 0; // the scripted player's own first year comes instead
  Session s(c);
  ScriptedCaregiver who(policy, derive_seed(seed, 0xCA5E));
  mind::Dyad& dyad = s.mind_mut();
  mind::CareLog care;
  live_first_year(dyad.working_model_mut(), dyad.temperament().soothability, who, derive_seed(seed, 0x1EA5), moments, &care);
  CaregiverRun r;
  r.seed = seed;
  r.strategy_before = dyad.strategy();
  while (!s.ended() && s.tick() < kTickLimit) {
    InputCommand in;
    in.caregiver_act = who.tick(*s.mind().care_log(), s.child(), s.scenario_time(), true);
    s.step(in);
  }
  r.ended = s.ended();
  const mind::Classification ideal = s.outcome() ? *s.outcome() : s.mind().classify();
  r.classification = realistic_observer ? s.mind().classify(mind::Observer::Realistic) : ideal;
  care.append(*s.mind().care_log(), 60.0 * (moments + 1));
  r.care = care.code();
  return r;
}

int caregiver_simulate_command(const CaregiverSimulateOptions& o, std::ostream& out, std::ostream& err) {
  const auto policy = care_policy(o.policy);
  if (!policy) {
    err << "error: --policy '" << o.policy << "': not a policy; use one of";
    for (const CarePolicy& p : care_policies()) err << ' ' << p.name;
    err << "\n";
    return kUsage;
  }
  if (o.runs < 1 || o.runs > 1000000) {
    err << "error: --runs must be between 1 and 1000000\n";
    return kUsage;
  }
  if (o.observer != "ideal" && o.observer != "realistic") {
    err << "error: --observer must be ideal or realistic, not '" << o.observer << "'\n";
    return kUsage;
  }
  int load_code = kOk;
  const auto scene = load_named_scenario(o.scenario, err, load_code);
  if (!scene) return load_code;
  SessionConfig base;
  base.scenario = scene;
  base.caregiver_style = "custom";

  // Run i always gets seed derive_seed(seed, i): the output does not depend on threads.
  std::vector<CaregiverRun> runs(static_cast<std::size_t>(o.runs));
  std::atomic<int> next{0};
  auto work = [&] {
    for (int i = next++; i < o.runs; i = next++)
      runs[static_cast<std::size_t>(i)] =
          run_as_caregiver(base, *policy, derive_seed(o.seed, static_cast<std::uint64_t>(i)), o.observer == "realistic");
  };
  const int n = std::clamp(o.threads > 0 ? o.threads : static_cast<int>(std::thread::hardware_concurrency()), 1, o.runs);
  std::vector<std::thread> pool;
  for (int t = 1; t < n; ++t) pool.emplace_back(work);
  work();
  for (auto& t : pool) t.join();

  int outcomes[4] = {}, strategies[4] = {}, not_ended = 0;
  double scales[5] = {}, repair = 0, latency = 0;
  int repair_runs = 0, latency_runs = 0;
  for (const CaregiverRun& r : runs) {
    ++outcomes[static_cast<int>(r.classification.pattern)];
    ++strategies[static_cast<int>(r.strategy_before)];
    not_ended += r.ended ? 0 : 1;
    const double v[5] = {r.care.sensitivity, r.care.acceptance, r.care.cooperation, r.care.accessibility, r.care.frightening};
    for (int k = 0; k < 5; ++k) scales[k] += v[k] / o.runs;
    if (r.care.repair_ratio >= 0) repair += r.care.repair_ratio, ++repair_runs;
    if (r.care.mean_latency >= 0) latency += r.care.mean_latency, ++latency_runs;
  }
  const char* names[5] = {"sensitivity", "acceptance", "cooperation", "accessibility", "frightening"};
  const mind::CaregiverParams& e = policy->embodies;
  const double embodied[5] = {e.sensitivity, e.acceptance, e.cooperation, e.accessibility, e.frightening};
  auto round2 = [](double v) { return std::round(v * 100.0) / 100.0; };
  if (o.json) {
    Json j;
    j["runs"] = o.runs;
    j["seed"] = o.seed;
    j["scenario"] = scene->id.empty() ? o.scenario : scene->id;
    j["as"] = "caregiver";
    j["policy"] = policy->name;
    j["observer"] = o.observer;
    Json oc = Json::object();
    for (int k = 0; k < 4; ++k) oc[kPatternNames[k]] = outcomes[k];
    j["outcomes"] = oc;
    Json sc = Json::object(), em = Json::object();
    for (int k = 0; k < 5; ++k) sc[names[k]] = round2(scales[k]), em[names[k]] = embodied[k];
    j["scales"] = sc;
    j["embodies"] = em;
    j["repair_ratio"] = repair_runs ? round2(repair / repair_runs) : -1.0;
    j["mean_latency_seconds"] = latency_runs ? round2(latency / latency_runs) : -1.0;
    Json st = Json::object();
    for (int k = 0; k < 4; ++k) st[kStrategyNames[k]] = strategies[k];
    j["strategy_after_first_year"] = st;
    j["not_ended"] = not_ended;
    out << j.dump(2) << "\n";
    return kOk;
  }
  out << "Playing the caregiver: policy " << policy->name << ", scenario " << o.scenario << ", " << o.runs << " runs, seed "
      << o.seed << "\n\n";
  for (int k = 0; k < 4; ++k) {
    char line[96];
    std::snprintf(line, sizeof line, "  %-13s %6d  %5.1f%%\n", kPatternNames[k], outcomes[k], 100.0 * outcomes[k] / o.runs);
    out << line;
  }
  out << "\nThe player's care, coded (mean; the policy was written to embody):\n";
  for (int k = 0; k < 5; ++k) {
    char line[96];
    std::snprintf(line, sizeof line, "  %-13s %6.2f   (%.2f)\n", names[k], scales[k], embodied[k]);
    out << line;
  }
  char line[128];
  std::snprintf(line, sizeof line, "\n  repair ratio  %6.2f\n  mean latency  %6.2f s from the cue\n",
                repair_runs ? repair / repair_runs : -1.0, latency_runs ? latency / latency_runs : -1.0);
  out << line;
  out << "\nThese are illustrations from a teaching model, not an assessment of anyone's care.\n";
  return kOk;
}

}  // namespace sb::sim
