// Issue 12's targets, checked through the real session (world, story and mind)
// with the AI child: the population's four-way distribution, the effect sizes,
// coder agreement, the procedure's length, the label never reaching the child,
// and per-run data. Run counts are the smallest that separate pass from fail at
// the bands used; the full figures are in MODEL.md, "Validation".
#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <map>
#include <numeric>
#include <sstream>

#include "mind/population.hpp"
#include "scenario/loader.hpp"
#include "sim/simulate.hpp"
#include "sim/simulate_per_run.hpp"

using namespace sb;

namespace {

constexpr int kPopulationRuns = 300;

sim::SessionConfig base() {
  static const auto loaded = scenario::load_file(*scenario::find_scenario("strange-situation"));
  sim::SessionConfig s;
  s.scenario = loaded.scenario;
  s.caregiver_style = "custom";
  s.ai_child = true;
  return s;
}

const std::vector<sim::RunSummary>& population() {
  static const std::vector<sim::RunSummary> runs = sim::run_batch(
      base(), kPopulationRuns, 77, 0, [](int i) { return sim::population_caregiver(77, i); }, true);
  return runs;
}

double share(const std::vector<sim::RunSummary>& runs, mind::Pattern p) {
  double n = 0;
  for (const auto& r : runs) n += r.classification.pattern == p;
  return n / static_cast<double>(runs.size());
}

double correlation(const std::vector<double>& x, const std::vector<double>& y) {
  const double n = static_cast<double>(x.size());
  const double mx = std::accumulate(x.begin(), x.end(), 0.0) / n, my = std::accumulate(y.begin(), y.end(), 0.0) / n;
  double sxy = 0, sxx = 0, syy = 0;
  for (std::size_t i = 0; i < x.size(); ++i) {
    sxy += (x[i] - mx) * (y[i] - my);
    sxx += (x[i] - mx) * (x[i] - mx);
    syy += (y[i] - my) * (y[i] - my);
  }
  return sxy / std::sqrt(sxx * syy);
}

}  // namespace

TEST_CASE("the population gives the published four-way distribution in the Strange Situation", "[sim][targets]") {
  const auto& runs = population();
  // van IJzendoorn, Schuengel & Bakermans-Kranenburg 1999: B 62, A 15, C 9 (exclusive).
  // Bands are the target's +-5 points widened by the sampling error of 300 runs.
  CHECK(std::abs(share(runs, mind::Pattern::Secure) - 0.62) <= 0.08);
  CHECK(std::abs(share(runs, mind::Pattern::Avoidant) - 0.15) <= 0.07);
  CHECK(std::abs(share(runs, mind::Pattern::Anxious) - 0.09) <= 0.06);
  CHECK(share(runs, mind::Pattern::Disorganized) >= 0.04);
}

TEST_CASE("sensitivity predicts security only moderately in the population", "[sim][targets]") {
  std::vector<double> sens, secure;
  for (const auto& r : population()) {
    sens.push_back(r.caregiver.sensitivity);
    secure.push_back(r.classification.pattern == mind::Pattern::Secure);
  }
  const double r = correlation(sens, secure);
  INFO("r(sensitivity, secure) = " << r);
  // De Wolff & van IJzendoorn 1997: r = .24; target .15-.35, with room for sampling error (SE ~ .055).
  CHECK(r >= 0.10);
  CHECK(r <= 0.42);
}

TEST_CASE("frightening care predicts disorganization more than insensitivity does", "[sim][targets]") {
  std::vector<double> fright, insens, d;
  for (const auto& r : population()) {
    fright.push_back(r.caregiver.frightening);
    insens.push_back(-r.caregiver.sensitivity);
    d.push_back(r.classification.pattern == mind::Pattern::Disorganized);
  }
  const double rf = correlation(fright, d), ri = correlation(insens, d);
  INFO("r(frightening, D) = " << rf << ", r(insensitivity, D) = " << ri);
  CHECK(rf >= 0.25);
  CHECK(ri <= 0.2);
  CHECK(rf > ri + 0.1);
}

TEST_CASE("a realistic observer disagrees with an ideal one about as often as trained coders do", "[sim][targets]") {
  int agree = 0;
  for (const auto& r : population()) agree += r.classification.pattern == r.ideal_classification.pattern;
  const double a = double(agree) / kPopulationRuns;
  INFO("agreement " << a);
  CHECK(a < 1.0);
  CHECK(a >= 0.8);
}

TEST_CASE("the procedure runs about 21 minutes and episode 8 lasts its three minutes", "[sim][targets]") {
  std::vector<double> minutes;
  for (const auto& r : population()) {
    minutes.push_back(r.minutes);
    const auto& last = r.ideal_classification.reunions;
    REQUIRE(!last.empty());
  }
  std::sort(minutes.begin(), minutes.end());
  const double median = minutes[minutes.size() / 2];
  INFO("median minutes " << median);
  CHECK(median >= 18.0);
  CHECK(median <= 23.0);
  CHECK(minutes.back() <= 25.0);  // no reunion runs on to a 6-minute cap judged by hidden arousal
}

TEST_CASE("every subgroup is reached and B3 is the most common secure subgroup", "[sim][targets]") {
  std::map<std::string, int> n;
  for (const auto& r : population()) ++n[r.ideal_classification.subgroup];
  for (const char* g : {"A1", "A2", "B1", "B2", "B3", "B4", "C1"}) {
    INFO(g);
    CHECK(n[g] > 0);
  }
  for (const char* g : {"B1", "B2", "B4"}) CHECK(n["B3"] > n[g]);
}

TEST_CASE("hidden arousal spreads between children instead of sitting at the ceiling", "[sim][targets]") {
  std::vector<double> hidden;
  double avoidant_shown = 0, avoidant_hidden = 0, secure_shown = 0, secure_hidden = 0;
  int na = 0, nb = 0;
  for (const auto& r : population()) {
    const auto& sep = r.by_role[static_cast<std::size_t>(mind::EpisodeRole::Separation)];
    hidden.push_back(sep.hidden);
    if (r.ideal_classification.pattern == mind::Pattern::Avoidant) avoidant_shown += sep.shown, avoidant_hidden += sep.hidden, ++na;
    if (r.ideal_classification.pattern == mind::Pattern::Secure) secure_shown += sep.shown, secure_hidden += sep.hidden, ++nb;
  }
  const double mean = std::accumulate(hidden.begin(), hidden.end(), 0.0) / hidden.size();
  double var = 0;
  for (double h : hidden) var += (h - mean) * (h - mean);
  CHECK(std::sqrt(var / hidden.size()) >= 0.05);
  CHECK(mean <= 0.92);
  REQUIRE(na >= 10);
  REQUIRE(nb >= 10);
  CHECK(avoidant_shown / na < 0.7 * secure_shown / nb);
  CHECK(avoidant_hidden / na >= secure_hidden / nb - 0.03);
}

TEST_CASE("a style name never reaches the child: the same caregiver gives the same child", "[sim][targets]") {
  // The rejecting preset's scales, once named and once as a custom SPEC.
  sim::SessionConfig named = base(), custom = base();
  named.caregiver = custom.caregiver = mind::preset("rejecting");
  named.caregiver_style = "rejecting";
  for (std::uint64_t seed : {3u, 4u}) {
    named.seed = custom.seed = seed;
    const sim::RunSummary a = sim::run_session(named), b = sim::run_session(custom);
    CHECK(a.classification.pattern == b.classification.pattern);
    CHECK(a.separation_arousal == Approx(b.separation_arousal));
    CHECK(a.ticks == b.ticks);
  }
}

TEST_CASE("per-run data has one row per run with the documented columns", "[sim][targets]") {
  const auto& runs = population();
  const std::string path = "model_targets_per_run.csv";
  std::vector<sim::RunSummary> few(runs.begin(), runs.begin() + 5);
  REQUIRE_FALSE(sim::write_per_run(path, few));
  std::ifstream f(path);
  std::string header, line;
  std::getline(f, header);
  for (const char* c : {"run", "seed", "sensitivity", "acceptance", "cooperation", "accessibility", "frightening",
                        "temperament", "strategy_in", "outcome", "subgroup", "d_rating", "proximity_seeking",
                        "contact_maintaining", "resistance", "avoidance", "separation_shown", "separation_hidden",
                        "reunion_shown", "reunion_hidden", "minutes"})
    CHECK_THAT(header, Catch::Contains(c));
  int rows = 0;
  while (std::getline(f, line)) ++rows;
  CHECK(rows == 5);
  std::remove(path.c_str());
  CHECK(sim::write_per_run("x.txt", few).has_value());
}
