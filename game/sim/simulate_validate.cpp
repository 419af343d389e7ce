// The model's targets, measured and judged (see simulate_validate.hpp).
#include "sim/simulate_validate.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <map>
#include <numeric>
#include <ostream>
#include <string>
#include <vector>

#include "mind/population.hpp"
#include "sim/rng.hpp"
#include "sim/simulate.hpp"

namespace sb::sim {
namespace {

using mind::Pattern;

struct Row {
  std::string target, source, figure;
  bool pass = false;
};

std::string fmt(const char* f, double v) {
  char buf[64];
  std::snprintf(buf, sizeof buf, f, v);
  return buf;
}
std::string pct(double share) { return fmt("%.1f", 100.0 * share); }

double share(const std::vector<RunSummary>& runs, Pattern p, bool ideal = false) {
  if (runs.empty()) return 0;
  double n = 0;
  for (const auto& r : runs) n += (ideal ? r.ideal_classification : r.classification).pattern == p;
  return n / static_cast<double>(runs.size());
}


// r between a caregiver measure and one outcome over the population.
template <typename Measure>
double r_with(const std::vector<RunSummary>& runs, Measure measure, Pattern p) {
  std::vector<double> x, y;
  for (const auto& r : runs) {
    x.push_back(measure(r.caregiver));
    y.push_back(r.classification.pattern == p);
  }
  return correlation(x, y);
}

// The adult three-way groups (Hazan & Shaver), so that presets can be compared in grown-up scenes.
Pattern pattern_of(const RunSummary& r) {
  if (!r.adult) return r.ideal_classification.pattern;
  switch (r.adult->prototype) {
    case mind::Prototype::Secure: return Pattern::Secure;
    case mind::Prototype::Preoccupied: return Pattern::Anxious;
    default: return Pattern::Avoidant;
  }
}

class Validator {
 public:
  Validator(const ValidateOptions& o, std::ostream& err) : o_(o), err_(err) {}

  std::shared_ptr<const scenario::Scenario> scene(const std::string& id) {
    int code = 0;
    auto s = load_named_scenario(id, err_, code);
    if (!s) failed_ = true;
    return s;
  }
  bool failed() const { return failed_; }

  std::vector<RunSummary> batch(const std::shared_ptr<const scenario::Scenario>& s, const mind::CaregiverParams& c, int runs,
                                std::uint64_t salt, bool realistic = true) {
    SessionConfig base;
    base.scenario = s;
    base.caregiver = c;
    base.caregiver_style = "custom";
    base.ai_child = true;
    return run_batch(base, runs, derive_seed(o_.seed, salt), o_.threads, {}, realistic);
  }
  std::vector<RunSummary> population(const std::shared_ptr<const scenario::Scenario>& s, int runs) {
    SessionConfig base;
    base.scenario = s;
    base.caregiver_style = "custom";
    base.ai_child = true;
    const std::uint64_t seed = o_.seed;
    return run_batch(base, runs, seed, o_.threads, [seed](int i) { return population_caregiver(seed, i); }, true);
  }

 private:
  const ValidateOptions& o_;
  std::ostream& err_;
  bool failed_ = false;
};

constexpr const char* kMeta = "van IJzendoorn et al. 1999";

void population_rows(const std::vector<RunSummary>& runs, std::vector<Row>* rows) {
  const std::string n = " (" + std::to_string(runs.size()) + " runs)";
  const struct { Pattern p; const char* name; double target; } shares[] = {
      {Pattern::Secure, "B", 0.62}, {Pattern::Avoidant, "A", 0.15}, {Pattern::Anxious, "C", 0.09}, {Pattern::Disorganized, "D", 0.15}};
  for (const auto& s : shares) {
    const double v = share(runs, s.p);
    rows->push_back({std::string("Strange Situation population ") + s.name + " " + fmt("%.0f", 100 * s.target) + " ± 5" + n,
                     kMeta, pct(v) + " % (ideal observer " + pct(share(runs, s.p, true)) + ")",
                     std::abs(v - s.target) <= 0.05});
  }
  const double rs = r_with(runs, [](const mind::CaregiverParams& c) { return c.sensitivity; }, Pattern::Secure);
  rows->push_back({"r(sensitivity, secure) .15–.35", "De Wolff & van IJzendoorn 1997 (.24)", fmt("%.2f", rs), rs >= 0.15 && rs <= 0.35});
  const double rf = r_with(runs, [](const mind::CaregiverParams& c) { return c.frightening; }, Pattern::Disorganized);
  rows->push_back({"r(frightening, D) .3–.4", "Madigan et al. 2006 (.34)", fmt("%.2f", rf), rf >= 0.3 && rf <= 0.4});
  const double ri = r_with(runs, [](const mind::CaregiverParams& c) { return -c.sensitivity; }, Pattern::Disorganized);
  rows->push_back({"r(insensitivity, D) weak (≈ .10; here 0–.2)", kMeta, fmt("%.2f", ri), ri >= 0.0 && ri <= 0.2});

  int agree = 0, abc = 0, abc_agree = 0, d_agree = 0;
  for (const auto& r : runs) {
    const Pattern a = r.classification.pattern, b = r.ideal_classification.pattern;
    agree += a == b;
    d_agree += (a == Pattern::Disorganized) == (b == Pattern::Disorganized);
    if (a != Pattern::Disorganized && b != Pattern::Disorganized) ++abc, abc_agree += a == b;
  }
  const double ag = runs.empty() ? 0 : double(agree) / double(runs.size());
  rows->push_back({"realistic coder agrees with the ideal one 80–90 %", "Ainsworth et al. 1978; Main & Solomon 1990",
                   pct(ag) + " % (A/B/C " + pct(abc ? double(abc_agree) / abc : 0) + " %, D or not " +
                       pct(double(d_agree) / std::max<std::size_t>(1, runs.size())) + " %)",
                   ag >= 0.8 && ag <= 0.9});

  std::vector<double> minutes;
  for (const auto& r : runs) minutes.push_back(r.minutes);
  std::sort(minutes.begin(), minutes.end());
  const double median = minutes.empty() ? 0 : minutes[minutes.size() / 2];
  const double longest = minutes.empty() ? 0 : minutes.back();
  rows->push_back({"median session ≈ 21 min (18–23), none past 25", "Ainsworth et al. 1978",
                   fmt("%.1f", median) + " (longest " + fmt("%.1f", longest) + ")", median >= 18 && median <= 23 && longest <= 25});

  std::map<std::string, int> sub;
  for (const auto& r : runs) ++sub[r.ideal_classification.subgroup];
  bool all = true;
  for (const char* g : {"A1", "A2", "B1", "B2", "B3", "B4", "C1", "C2"}) all = all && sub[g] > 0;
  const bool modal = sub["B3"] > sub["B1"] && sub["B3"] > sub["B2"] && sub["B3"] > sub["B4"];
  std::string fig;
  for (const char* g : {"A1", "A2", "B1", "B2", "B3", "B4", "C1", "C2"}) fig += std::string(g) + " " + std::to_string(sub[g]) + ", ";
  rows->push_back({"subgroups A1 A2 B1–B4 C1 C2 reached, B3 modal", "Ainsworth et al. 1978", fig.substr(0, fig.size() - 2), all && modal});

  double sa = 0, ha = 0, sb = 0, hb = 0;
  int na = 0, nb = 0;
  for (const auto& r : runs) {
    const auto& sep = r.by_role[static_cast<std::size_t>(mind::EpisodeRole::Separation)];
    if (r.ideal_classification.pattern == Pattern::Avoidant) sa += sep.shown, ha += sep.hidden, ++na;
    if (r.ideal_classification.pattern == Pattern::Secure) sb += sep.shown, hb += sep.hidden, ++nb;
  }
  na = std::max(na, 1), nb = std::max(nb, 1);
  rows->push_back({"avoidant apart: shown distress low, hidden arousal ≥ secure", "Spangler & Grossmann 1993 (mixed evidence)",
                   "A shown " + fmt("%.2f", sa / na) + ", hidden " + fmt("%.2f", ha / na) + "; B shown " + fmt("%.2f", sb / nb) +
                       ", hidden " + fmt("%.2f", hb / nb),
                   sa / na < 0.7 * sb / nb && ha / na >= hb / nb - 0.03});
}

}  // namespace

double correlation(const std::vector<double>& x, const std::vector<double>& y) {
  const double n = static_cast<double>(x.size());
  if (n < 2) return 0;
  const double mx = std::accumulate(x.begin(), x.end(), 0.0) / n, my = std::accumulate(y.begin(), y.end(), 0.0) / n;
  double sxy = 0, sxx = 0, syy = 0;
  for (std::size_t i = 0; i < x.size(); ++i) {
    sxy += (x[i] - mx) * (y[i] - my);
    sxx += (x[i] - mx) * (x[i] - mx);
    syy += (y[i] - my) * (y[i] - my);
  }
  return sxx > 0 && syy > 0 ? sxy / std::sqrt(sxx * syy) : 0;
}

int validate_command(const ValidateOptions& o, std::ostream& out, std::ostream& err) {
  Validator v(o, err);
  const auto ss = v.scene("strange-situation");
  if (!ss) return 3;
  const int n = std::max(30, o.runs);
  const int m = std::max(20, n / 6);  // each point of the surface
  std::vector<Row> rows;

  population_rows(v.population(ss, n), &rows);

  // The surface: the extremes, each scale swept with the others at the population means.
  const mind::CaregiverParams worst{1, 1, 1, 1, 0}, best{9, 9, 9, 9, 0};
  const double worst_b = share(v.batch(ss, worst, m, 11), Pattern::Secure);
  const double best_b = share(v.batch(ss, best, m, 12), Pattern::Secure);
  rows.push_back({"all four scales at 1, frightening 0: B ≤ 10 % (" + std::to_string(m) + " runs)", "issue 12", pct(worst_b) + " %", worst_b <= 0.10});
  rows.push_back({"all four scales at 9: B ≥ 85 % (" + std::to_string(m) + " runs)", "issue 12", pct(best_b) + " %", best_b >= 0.85});
  const char* names[4] = {"sensitivity", "acceptance", "cooperation", "accessibility"};
  for (int k = 0; k < 4; ++k) {
    std::string fig;
    double before = -1;
    bool rising = true;
    for (double value : {1.0, 5.0, 9.0}) {
      mind::CaregiverParams c = mind::kPopulationMeans;
      double* scales[4] = {&c.sensitivity, &c.acceptance, &c.cooperation, &c.accessibility};
      *scales[k] = value;
      const double b = share(v.batch(ss, c, m, 100 + 10 * k + static_cast<std::uint64_t>(value)), Pattern::Secure);
      fig += (fig.empty() ? "" : " → ") + pct(b);
      rising = rising && b >= before - 0.03;
      before = b;
    }
    rows.push_back({std::string(names[k]) + " 1 → 5 → 9 (others at population means) raises B", "issue 12", fig + " %", rising});
  }
  {
    std::string fig;
    double before = -1;
    bool rising = true;
    for (double f : {0.0, 0.1, 0.2, 0.3}) {
      mind::CaregiverParams c = mind::kPopulationMeans;
      c.frightening = f;
      const double d = share(v.batch(ss, c, m, 200 + static_cast<std::uint64_t>(f * 10)), Pattern::Disorganized);
      fig += (fig.empty() ? "" : " → ") + pct(d);
      rising = rising && d >= before - 0.03;
      before = d;
    }
    rows.push_back({"frightening 0 → .1 → .2 → .3 raises D", "Madigan et al. 2006", fig + " %", rising});
  }

  // Every child scenario: the population within ± 7 points, no D without fright.
  const std::array<const char*, 7> scenarios{"strange-situation", "park", "bedtime", "rupture-repair", "first-day", "grown-up",
                                             "earning-security"};
  std::string no_fright;
  bool no_fright_ok = true;
  for (const char* id : scenarios) {
    const auto s = std::string(id) == "strange-situation" ? ss : v.scene(id);
    if (!s) return 3;
    if (s->adult()) continue;
    mind::CaregiverParams c = mind::kPopulationMeans;
    c.sensitivity = 5;
    const double d = share(v.batch(s, c, m, 300), Pattern::Disorganized);
    no_fright += (no_fright.empty() ? "" : ", ") + std::string(id) + " " + pct(d);
    no_fright_ok = no_fright_ok && d <= 0.03;
    if (std::string(id) == "strange-situation") continue;
    const auto pop = v.population(s, n / 2);
    const double b = share(pop, Pattern::Secure), a = share(pop, Pattern::Avoidant), cc = share(pop, Pattern::Anxious),
                 dd = share(pop, Pattern::Disorganized);
    rows.push_back({std::string(id) + " population within ± 7 of 62 / 15 / 9 / 15 (" + std::to_string(n / 2) + " runs)", kMeta,
                    pct(b) + " / " + pct(a) + " / " + pct(cc) + " / " + pct(dd),
                    std::abs(b - 0.62) <= 0.07 && std::abs(a - 0.15) <= 0.07 && std::abs(cc - 0.09) <= 0.07 && std::abs(dd - 0.15) <= 0.07});
  }
  rows.push_back({"frightening 0, sensitivity 5: D ≤ 3 % in every child scenario (" + std::to_string(m) + " runs each)", "issue 12",
                  no_fright + " %", no_fright_ok});

  // The four presets: their pattern the most common in every scenario (24 runs, ideal observer, as the game codes).
  const struct { const char* style; Pattern expected; } presets[] = {
      {"sensitive", Pattern::Secure}, {"rejecting", Pattern::Avoidant}, {"inconsistent", Pattern::Anxious}, {"frightening", Pattern::Disorganized}};
  for (const auto& p : presets) {
    std::string fig;
    bool ok = true;
    for (const char* id : scenarios) {
      const auto s = v.scene(id);
      if (!s) return 3;
      if (s->adult() && p.expected == Pattern::Disorganized) continue;  // no adult prototype is "disorganized"
      int count[4] = {};
      for (const auto& r : v.batch(s, mind::preset(p.style), 24, 400, false)) ++count[static_cast<int>(pattern_of(r))];
      const int mine = count[static_cast<int>(p.expected)];
      ok = ok && std::all_of(std::begin(count), std::end(count), [mine](int c) { return c <= mine; });
      fig += (fig.empty() ? "" : ", ") + std::string(id) + " " + std::to_string(mine);
    }
    rows.push_back({std::string(p.style) + " preset: " + mind::to_string(p.expected) + " most common in every scenario (of 24)",
                    "issue 12", fig, ok});
  }
  if (v.failed()) return 3;

  out << "| target | source | model | pass |\n|---|---|---|---|\n";
  int passed = 0;
  for (const Row& r : rows) {
    out << "| " << r.target << " | " << r.source << " | " << r.figure << " | " << (r.pass ? "yes" : "**no**") << " |\n";
    passed += r.pass;
  }
  out << "\n" << passed << " of " << rows.size() << " targets met (`securebase simulate --validate --runs " << n << " --seed "
      << o.seed << "`, realistic observer unless said).\n";
  return 0;
}

}  // namespace sb::sim
