// The simulate command: batches of headless sessions, tables and JSON.
#include "sim/simulate.hpp"

#include <algorithm>
#include <atomic>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <map>
#include <ostream>
#include <thread>

#include <nlohmann/json.hpp>

#include "sim/simulate_adult.hpp"

#include "mind/behaviour_record.hpp"
#include "mind/population.hpp"
#include "mind/working_model.hpp"
#include "scenario/loader.hpp"
#include "sim/progress.hpp"
#include "sim/rng.hpp"
#include "sim/simulate_per_run.hpp"

namespace sb::sim {
namespace {

constexpr int kOk = 0, kInvalid = 1, kUsage = 2, kEnvironment = 3;
constexpr std::uint64_t kTickLimit = 60ull * 60 * 40;  // 40 minutes of ticks: far beyond any scenario
// Keys keep the order they are written in, as the old hand-built output had them.
using Json = nlohmann::ordered_json;

constexpr const char* kPatternNames[4] = {"secure", "avoidant", "anxious", "disorganized"};

std::string fmt(const char* format, double v) {
  char buf[64];
  std::snprintf(buf, sizeof buf, format, v);
  return buf;
}

std::string pad(const std::string& s, std::size_t width) {
  return s.size() >= width ? s + " " : s + std::string(width - s.size(), ' ');
}

// Everything the report needs from a set of runs.
struct Tally {
  int runs = 0;
  int outcomes[4] = {};
  std::map<std::string, int> subgroups;
  int strategies[4] = {};
  double ps = 0, cm = 0, rs = 0, av = 0, dis = 0;
  int reunions = 0;
  std::vector<std::array<double, 5>> per_reunion;  // by reunion order: ps, cm, rs, av, count
  int not_ended = 0;
  int stuck_events = 0;

  void add(const RunSummary& r) {
    ++runs;
    stuck_events += r.stuck_events;
    ++outcomes[static_cast<int>(r.classification.pattern)];
    ++subgroups[r.classification.subgroup];
    ++strategies[static_cast<int>(r.strategy_before)];
    dis += r.classification.disorganization;
    not_ended += !r.ended;
    for (std::size_t i = 0; i < r.classification.reunions.size(); ++i) {
      const auto& s = r.classification.reunions[i];
      ps += s.proximity_seeking, cm += s.contact_maintaining, rs += s.resistance, av += s.avoidance;
      ++reunions;
      if (per_reunion.size() <= i) per_reunion.push_back({0, 0, 0, 0, 0});
      auto& p = per_reunion[i];
      p[0] += s.proximity_seeking, p[1] += s.contact_maintaining, p[2] += s.resistance, p[3] += s.avoidance, p[4] += 1;
    }
  }
  double rate(int i) const { return runs ? 100.0 * outcomes[i] / runs : 0.0; }
  double mean(double sum) const { return reunions ? sum / reunions : 0.0; }
};

Tally tally(const std::vector<RunSummary>& runs) {
  Tally t;
  for (const auto& r : runs) t.add(r);
  return t;
}

// Numbers in the JSON are rounded as the tables print them (rates to 4 places,
// scales to 3), so a change in a far decimal does not show up as a difference.
double rounded(double v, int places) {
  const double f = std::pow(10.0, places);
  return std::round(v * f) / f;
}

Json json_outcomes(const Tally& t) {
  Json j = Json::object();
  for (int i = 0; i < 4; ++i) j[kPatternNames[i]] = t.outcomes[i];
  return j;
}
Json json_rates(const Tally& t) {
  Json j = Json::object();
  for (int i = 0; i < 4; ++i) j[kPatternNames[i]] = rounded(t.rate(i) / 100.0, 4);
  return j;
}
Json json_scales(const Tally& t) {
  return {{"proximity_seeking", rounded(t.mean(t.ps), 3)},
          {"contact_maintaining", rounded(t.mean(t.cm), 3)},
          {"resistance", rounded(t.mean(t.rs), 3)},
          {"avoidance", rounded(t.mean(t.av), 3)},
          {"disorganization", rounded(t.runs ? t.dis / t.runs : 0.0, 3)}};
}

void print_outcome_table(const Tally& t, std::ostream& out) {
  out << "outcome         count    rate\n";
  for (int i = 0; i < 4; ++i)
    out << pad(kPatternNames[i], 14) << fmt("%6.0f", t.outcomes[i]) << fmt("  %5.1f%%\n", t.rate(i));
}

void print_scales_table(const Tally& t, std::ostream& out) {
  out << "\nmean interactive scales (1-7)";
  for (std::size_t i = 0; i < t.per_reunion.size(); ++i) out << "  reunion " << i + 1;
  out << "     all\n";
  const char* names[4] = {"proximity seeking  ", "contact maintaining", "resistance         ", "avoidance          "};
  const double all[4] = {t.mean(t.ps), t.mean(t.cm), t.mean(t.rs), t.mean(t.av)};
  for (int k = 0; k < 4; ++k) {
    out << "  " << names[k] << "        ";
    for (const auto& p : t.per_reunion) out << fmt("  %9.2f", p[4] > 0 ? p[k] / p[4] : 0.0);
    out << fmt("  %6.2f\n", all[k]);
  }
  out << fmt("disorganization rating (1-9), mean: %.2f\n", t.runs ? t.dis / t.runs : 0.0);
}

void print_subgroups(const Tally& t, std::ostream& out) {
  out << "\nsubgroups:";
  for (const auto& [name, n] : t.subgroups) out << " " << (name.empty() ? "-" : name) << " " << n;
  out << "\nstrategy going in (learned in the months before):";
  const char* names[4] = {"direct", "deactivating", "hyperactivating", "collapsed"};
  for (int i = 0; i < 4; ++i) out << " " << names[i] << " " << t.strategies[i];
  out << "\n";
}

bool parse_double(std::string_view s, double* v) {
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), *v);
  return ec == std::errc() && p == s.data() + s.size() && std::isfinite(*v);
}

void set(mind::CaregiverParams& c, const std::string& key, double v) {
  if (key == "sensitivity") c.sensitivity = v;
  else if (key == "acceptance") c.acceptance = v;
  else if (key == "cooperation") c.cooperation = v;
  else if (key == "accessibility") c.accessibility = v;
  else c.frightening = v;
}

}  // namespace

RunSummary run_session(const SessionConfig& config, bool realistic_observer) {
  Session s(config);
  RunSummary r;
  r.seed = config.seed;
  r.caregiver = s.mind().realised_caregiver();
  r.temperament = s.mind().temperament();
  r.strategy_before = s.mind().strategy();
  while (!s.ended() && s.tick() < kTickLimit) s.step({});
  r.ended = s.ended();
  r.ticks = s.tick();
  r.stuck_events = s.stuck_events();
  r.minutes = s.scenario_time() / 60.0;
  r.ideal_classification = s.outcome() ? *s.outcome() : s.mind().classify();
  r.classification = realistic_observer ? s.mind().classify(mind::Observer::Realistic) : r.ideal_classification;
  r.strategy_after = s.mind().strategy();
  r.adult = s.adult_coding();
  double shown = 0, arousal = 0;
  int n = 0;
  for (const mind::EpisodeStats& e : s.mind().record().episodes()) {
    RoleArousal& role = r.by_role[static_cast<std::size_t>(e.role)];
    role.shown += e.mean_shown();
    role.hidden += e.mean_arousal();
    ++role.episodes;
    if (e.role == mind::EpisodeRole::Separation || e.role == mind::EpisodeRole::Alone) {
      shown += e.mean_shown();
      arousal += e.mean_arousal();
      ++n;
    }
    if (e.role == mind::EpisodeRole::Reunion) {
      r.last_reunion_calm = e.calm_after;
      r.last_reunion_length = e.duration - std::max(0.0, e.caregiver_arrival);
    }
  }
  for (RoleArousal& role : r.by_role)
    if (role.episodes) role.shown /= role.episodes, role.hidden /= role.episodes;
  if (n) r.separation_shown = shown / n, r.separation_arousal = arousal / n;
  return r;
}

std::vector<RunSummary> run_batch(const SessionConfig& base, int runs, std::uint64_t seed, int threads,
                                  const std::function<mind::CaregiverParams(int)>& caregiver_for,
                                  bool realistic_observer) {
  runs = std::max(0, runs);
  std::vector<RunSummary> results(static_cast<std::size_t>(runs));
  int n = threads > 0 ? threads : static_cast<int>(std::thread::hardware_concurrency());
  n = std::clamp(n, 1, std::max(1, runs));
  std::atomic<int> next{0};
  // Progress and Ctrl-C (progress.hpp): once a stop is asked for no run is claimed, and every
  // claimed run finishes, so the results stay a prefix of the runs.
  RunObserver* observer = current_run_observer();
  auto claim = [&] { return observer && observer->stop_requested() ? runs : next++; };
  auto finished = [&] { if (observer) observer->run_finished(); };
  auto work = [&] {
    for (int i = claim(); i < runs; finished(), i = claim()) {
      SessionConfig c = base;
      c.seed = derive_seed(seed, static_cast<std::uint64_t>(i));
      if (caregiver_for) {
        // A population draw is one person already: no further spread around it.
        c.caregiver = caregiver_for(i);
        c.caregiver_spread = 0.0;
      }
      results[static_cast<std::size_t>(i)] = run_session(c, realistic_observer);
    }
  };
  std::vector<std::thread> pool;
  for (int t = 1; t < n; ++t) pool.emplace_back(work);
  work();
  for (auto& t : pool) t.join();
  results.resize(static_cast<std::size_t>(std::min(runs, next.load())));
  return results;
}

mind::CaregiverParams population_caregiver(std::uint64_t seed, int i) {
  Rng rng(derive_seed(seed ^ 0x9A7B1E5Dull, static_cast<std::uint64_t>(i)));
  return mind::draw_population_caregiver(rng);
}

std::optional<Sweep> parse_sweep(const std::string& text, std::string* error) {
  auto fail = [&](const std::string& m) -> std::optional<Sweep> {
    if (error) *error = m;
    return std::nullopt;
  };
  const auto eq = text.find('=');
  if (eq == std::string::npos) return fail("--sweep needs KEY=A..B, for example sensitivity=1..9");
  Sweep s;
  s.key = text.substr(0, eq);
  const bool scale = s.key == "sensitivity" || s.key == "acceptance" || s.key == "cooperation" || s.key == "accessibility";
  if (!scale && s.key != "frightening")
    return fail(std::string("--sweep key '").append(s.key).append("' is not one of sensitivity, acceptance, cooperation, accessibility, frightening"));
  std::string range = text.substr(eq + 1);
  double step = scale ? 1.0 : 0.1;
  if (const auto colon = range.find(':'); colon != std::string::npos) {
    if (!parse_double(std::string_view(range).substr(colon + 1), &step) || step <= 0)
      return fail("--sweep step after ':' must be a positive number");
    range = range.substr(0, colon);
  }
  const auto dots = range.find("..");
  double a = 0, b = 0;
  if (dots == std::string::npos || !parse_double(std::string_view(range).substr(0, dots), &a) ||
      !parse_double(std::string_view(range).substr(dots + 2), &b))
    return fail("--sweep range must look like A..B, for example sensitivity=1..9");
  const double lo = scale ? 1.0 : 0.0, hi = scale ? 9.0 : 1.0;
  if (a < lo || b > hi || a > b)
    return fail(std::string("--sweep ").append(s.key).append(" range must lie within ").append(fmt("%g", lo)).append("..").append(fmt("%g", hi)).append(" and go upward"));
  const int count = static_cast<int>(std::floor((b - a) / step + 1e-9)) + 1;
  if (count > 101) return fail("--sweep has more than 101 values: use a larger step");
  for (int i = 0; i < count; ++i) s.values.push_back(a + i * step);
  return s;
}

int simulate_command(const SimulateOptions& o, std::ostream& out, std::ostream& err) {
  if (o.runs < 1 || o.runs > 1000000) {
    err << "error: --runs must be between 1 and 1000000\n";
    return kUsage;
  }
  std::string error;
  const auto caregiver = mind::parse_caregiver(o.caregiver, &error);
  if (!caregiver) {
    err << "error: --caregiver " << o.caregiver << ": " << error << "\n";
    return kUsage;  // a bad option value (README, exit codes)
  }
  std::optional<Sweep> sweep;
  if (!o.sweep.empty()) {
    sweep = parse_sweep(o.sweep, &error);
    if (!sweep) {
      err << "error: " << error << "\n";
      return kUsage;
    }
  }
  if (o.observer != "ideal" && o.observer != "realistic") {
    err << "error: --observer must be ideal or realistic, not '" << o.observer << "'\n";
    return kUsage;
  }
  const bool realistic = o.observer == "realistic";
  if (!o.per_run.empty() && !per_run_format(o.per_run)) {
    err << "error: --per-run " << o.per_run << ": the file name must end in .csv or .jsonl\n";
    return kUsage;
  }
  if (!o.per_run.empty() && sweep) {
    err << "error: --per-run and --sweep cannot be combined\n";
    return kUsage;
  }
  if (sweep && o.population) {
    err << "error: --sweep and --population cannot be combined\n";
    return kUsage;
  }
  int load_code = kOk;
  const auto scene = load_named_scenario(o.scenario, err, load_code);
  if (!scene) return load_code;

  SessionConfig base;
  base.scenario = scene;
  base.caregiver = *caregiver;
  const bool is_style = o.caregiver == "sensitive" || o.caregiver == "rejecting" || o.caregiver == "inconsistent" ||
                        o.caregiver == "frightening";
  // The style only chooses the caregiver's words; a population caregiver has none.
  base.caregiver_style = is_style && !o.population ? o.caregiver : "custom";
  base.ai_child = true;
  const std::string scenario_id = scene->id.empty() ? o.scenario : scene->id;

  const long total = static_cast<long>(o.runs) * static_cast<long>(sweep ? sweep->values.size() : 1);
  ProgressBar progress(sweep ? "sweep" : o.population ? "population" : "simulate", total);
  const ObserveRuns watch(progress);
  // After Ctrl-C: what finished is printed as partial, then one line on stderr and exit 130.
  auto interrupted = [&]() {
    err << "securebase simulate: interrupted: " << progress.done() << " of " << total
        << " runs finished; the results above are partial\n";
    return kInterruptedExit;
  };

  if (sweep) {
    std::vector<Tally> tallies;
    for (std::size_t v = 0; v < sweep->values.size() && !progress.interrupted(); ++v) {
      SessionConfig c = base;
      set(c.caregiver, sweep->key, sweep->values[v]);
      c.caregiver_style = "custom";
      tallies.push_back(tally(run_batch(c, o.runs, derive_seed(o.seed, 1000003ull * (v + 1)), o.threads, {}, realistic)));
    }
    progress.finish();
    if (!tallies.empty() && tallies.back().runs == 0) tallies.pop_back();
    const bool partial = progress.interrupted();
    if (o.json) {
      Json values = Json::array();
      for (std::size_t v = 0; v < tallies.size(); ++v)
        values.push_back({{"value", sweep->values[v]}, {"runs", tallies[v].runs}, {"outcomes", json_outcomes(tallies[v])},
                          {"rates", json_rates(tallies[v])}, {"mean_scales", json_scales(tallies[v])}});
      Json j = {{"scenario", scenario_id}, {"caregiver", mind::describe(base.caregiver)}, {"runs", o.runs},
                {"seed", o.seed}, {"sweep", {{"key", sweep->key}, {"values", values}}}};
      if (partial) j["partial"] = true;
      out << j.dump() << "\n";
      return partial ? interrupted() : kOk;
    }
    out << "simulate: " << scenario_id << ", sweep of " << sweep->key << " (other scales: " << mind::describe(base.caregiver)
        << "), " << o.runs << " runs per value, seed " << o.seed << (partial ? " (PARTIAL: interrupted)" : "") << "\n";
    out << pad(sweep->key, 14) << "  secure  avoidant  anxious  disorganized\n";
    for (std::size_t v = 0; v < tallies.size(); ++v) {
      const Tally& t = tallies[v];
      out << fmt("%-14g", sweep->values[v]) << fmt("  %5.1f%%", t.rate(0)) << fmt("    %5.1f%%", t.rate(1))
          << fmt("   %5.1f%%", t.rate(2)) << fmt("        %5.1f%%", t.rate(3))
          << (t.runs < o.runs ? "  (" + std::to_string(t.runs) + " runs)" : "") << "\n";
    }
    return partial ? interrupted() : kOk;
  }

  std::function<mind::CaregiverParams(int)> draw;
  if (o.population) draw = [seed = o.seed](int i) { return population_caregiver(seed, i); };
  const std::vector<RunSummary> runs = run_batch(base, o.runs, o.seed, o.threads, draw, realistic);
  progress.finish();
  const Tally t = tally(runs);
  const bool partial = progress.interrupted();
  if (!o.per_run.empty()) {
    if (auto problem = write_per_run(o.per_run, runs)) {
      err << "error: --per-run " << o.per_run << ": " << *problem << "\n";
      return kEnvironment;
    }
  }
  const std::string who = o.population ? "population (MODEL.md)" : mind::describe(base.caregiver);

  if (o.json) {
    Json j = {{"scenario", scenario_id}, {"caregiver", who}, {"runs", t.runs}, {"seed", o.seed},
              {"outcomes", json_outcomes(t)}, {"rates", json_rates(t)}, {"mean_scales", json_scales(t)}};
    Json reunions = Json::array();
    for (std::size_t i = 0; i < t.per_reunion.size(); ++i) {
      const auto& p = t.per_reunion[i];
      const double n = p[4] > 0 ? p[4] : 1;
      reunions.push_back({{"reunion", i + 1}, {"proximity_seeking", rounded(p[0] / n, 3)},
                          {"contact_maintaining", rounded(p[1] / n, 3)}, {"resistance", rounded(p[2] / n, 3)},
                          {"avoidance", rounded(p[3] / n, 3)}});
    }
    j["reunions"] = reunions;
    j["subgroups"] = Json::object();
    for (const auto& [name, n] : t.subgroups) j["subgroups"][name] = n;
    j["strategies"] = {{"direct", t.strategies[0]}, {"deactivating", t.strategies[1]},
                       {"hyperactivating", t.strategies[2]}, {"collapsed", t.strategies[3]}};
    j["stuck_events"] = t.stuck_events;
    if (o.population) {
      const auto& m = mind::kLowRiskMeta;
      const auto& a = mind::kAinsworth1978;
      j["published"] = {{"low_risk", {{"secure", m.secure / 100}, {"avoidant", m.avoidant / 100},
                                      {"anxious", m.anxious / 100}, {"disorganized", m.disorganized / 100}}},
                        {"ainsworth_1978", {{"secure", a.secure / 100}, {"avoidant", a.avoidant / 100},
                                            {"anxious", a.anxious / 100}}}};
    }
    j["observer"] = o.observer;
    j["arousal_by_role"] = Json::parse(json_arousal_by_role(runs));
    j["unfinished"] = t.not_ended;
    if (const AdultTally a = tally_adult(runs); a.runs > 0) j["adult"] = Json::parse(adult_json(a));
    if (partial) j["partial"] = true;
    out << j.dump() << "\n";
    return partial ? interrupted() : kOk;
  }

  out << "simulate: " << scenario_id << ", caregiver " << who << ", " << t.runs << " runs, seed " << o.seed
      << (partial ? " (PARTIAL: interrupted after " + std::to_string(t.runs) + " of " + std::to_string(o.runs) + ")" : "")
      << "\n\n";
  if (o.population) {
    const auto& m = mind::kLowRiskMeta;
    const auto& a = mind::kAinsworth1978;
    out << "outcome         count   simulated   low-risk samples*   Ainsworth 1978\n";
    const double pub[4] = {m.secure, m.avoidant, m.anxious, m.disorganized};
    const double ains[4] = {a.secure, a.avoidant, a.anxious, a.disorganized};
    for (int i = 0; i < 4; ++i)
      out << pad(kPatternNames[i], 14) << fmt("%6.0f", t.outcomes[i])
          << fmt("      %5.1f%%", t.rate(i)) << fmt("           ~%2.0f%%", pub[i])
          << (ains[i] >= 0 ? fmt("             %2.0f%%", ains[i]) : std::string("              -")) << "\n";
    out << "* B 62%, A 15%, C 9%, D 15%: the exclusive four-way distribution in middle-class North American samples\n"
           "  (van IJzendoorn, Schuengel & Bakermans-Kranenburg 1999). The game's rates are illustrations.\n";
  } else {
    print_outcome_table(t, out);
  }
  print_scales_table(t, out);
  print_subgroups(t, out);
  if (const AdultTally a = tally_adult(runs); a.runs > 0) print_adult_table(a, out);
  if (t.not_ended) out << t.not_ended << " run(s) did not reach an ending; they were classified where they stopped\n";
  return partial ? interrupted() : kOk;
}

std::shared_ptr<const scenario::Scenario> load_named_scenario(const std::string& id, std::ostream& err, int& exit_code) {
  const auto path = scenario::find_scenario(id);
  if (!path) {
    err << "error: --scenario " << id << ": no such scenario file or id\n";
    exit_code = kEnvironment;
    return nullptr;
  }
  const scenario::LoadResult loaded = scenario::load_file(*path);
  if (loaded.unreadable) {
    err << "error: cannot read " << *path << "\n";
    exit_code = kEnvironment;
    return nullptr;
  }
  if (!loaded.ok()) {
    err << "error: " << *path << " has " << loaded.errors() << " error(s); `securebase validate " << *path
        << "` lists them\n";
    exit_code = kInvalid;
    return nullptr;
  }
  return loaded.scenario;
}

}  // namespace sb::sim
