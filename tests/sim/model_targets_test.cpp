// Issue 12's targets, checked through the real session (world, story and mind)
// with the AI child: the population's four-way distribution, the effect sizes,
// coder agreement, the procedure's length, arousal, subgroups and per-run data.
//
// ONE population run feeds every target: it is computed once per process (a
// function-local static) and each target is a SECTION of one TEST_CASE, so ctest
// plays the sessions once instead of once per target. Under the sanitizer build a
// session costs about 0.5 s of one core (300 runs: 149 s CPU, about 75 s on two
// free cores), so the run count is the budget.
//
// How many runs: the population is seeded, so the test is deterministic; the
// question is whether the sample stands for the model. With n = 300, the standard
// error of a share p is sqrt(p(1-p)/n): 2.8 points for B (p = .62), 2.1 for A and
// D, 1.7 for C; of a correlation near .3 about (1 - r^2)/sqrt(n) = .053. Each band
// below is the target band widened by about one standard error (two for
// the small C and D shares), so a model whose true figure is inside the target
// passes with better than 95% probability per check, and one outside it by more
// than two standard errors fails with better than 97.5% probability. Fewer runs
// would widen the bands past the targets' own width; more would add little
// (halving the error takes four times the runs). The full figures with 2,000 runs
// are in MODEL.md, "Validation" (`securebase simulate --validate`).
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
#include "sim/simulate_validate.hpp"

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

}  // namespace

TEST_CASE("the Strange Situation population meets issue 12's targets", "[sim][targets]") {
  const auto& runs = population();
  REQUIRE(runs.size() == static_cast<std::size_t>(kPopulationRuns));

  SECTION("the population gives the published four-way distribution in the Strange Situation") {
    // van IJzendoorn, Schuengel & Bakermans-Kranenburg 1999: B 62, A 15, C 9 (exclusive).
    // Bands are the target's +-5 points widened by the sampling error of 300 runs.
    CHECK(std::abs(share(runs, mind::Pattern::Secure) - 0.62) <= 0.08);
    CHECK(std::abs(share(runs, mind::Pattern::Avoidant) - 0.15) <= 0.07);
    CHECK(std::abs(share(runs, mind::Pattern::Anxious) - 0.09) <= 0.06);
    CHECK(share(runs, mind::Pattern::Disorganized) >= 0.04);
  }

  SECTION("sensitivity predicts security only moderately in the population") {
    std::vector<double> sens, secure;
    for (const auto& r : runs) {
      sens.push_back(r.caregiver.sensitivity);
      secure.push_back(r.classification.pattern == mind::Pattern::Secure);
    }
    const double r = sim::correlation(sens, secure);
    INFO("r(sensitivity, secure) = " << r);
    // De Wolff & van IJzendoorn 1997: r = .24; target .15-.35, with room for sampling error (SE ~ .055).
    CHECK(r >= 0.10);
    CHECK(r <= 0.42);
  }

  SECTION("frightening care predicts disorganization more than insensitivity does") {
    std::vector<double> fright, insens, d;
    for (const auto& r : runs) {
      fright.push_back(r.caregiver.frightening);
      insens.push_back(-r.caregiver.sensitivity);
      d.push_back(r.classification.pattern == mind::Pattern::Disorganized);
    }
    const double rf = sim::correlation(fright, d), ri = sim::correlation(insens, d);
    INFO("r(frightening, D) = " << rf << ", r(insensitivity, D) = " << ri);
    CHECK(rf >= 0.25);
    CHECK(ri <= 0.2);
    CHECK(rf > ri + 0.1);
  }

  SECTION("a realistic observer disagrees with an ideal one about as often as trained coders do") {
    int agree = 0;
    for (const auto& r : runs) agree += r.classification.pattern == r.ideal_classification.pattern;
    const double a = double(agree) / kPopulationRuns;
    INFO("agreement " << a);
    CHECK(a < 1.0);
    CHECK(a >= 0.8);
  }

  SECTION("the procedure runs about 21 minutes and episode 8 lasts its three minutes") {
    std::vector<double> minutes;
    for (const auto& r : runs) {
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

  SECTION("every subgroup is reached and B3 is the most common secure subgroup") {
    std::map<std::string, int> n;
    for (const auto& r : runs) ++n[r.ideal_classification.subgroup];
    for (const char* g : {"A1", "A2", "B1", "B2", "B3", "B4", "C1"}) {
      INFO(g);
      CHECK(n[g] > 0);
    }
    for (const char* g : {"B1", "B2", "B4"}) CHECK(n["B3"] > n[g]);
  }

  SECTION("hidden arousal spreads between children instead of sitting at the ceiling") {
    std::vector<double> hidden;
    double avoidant_shown = 0, avoidant_hidden = 0, secure_shown = 0, secure_hidden = 0;
    int na = 0, nb = 0;
    for (const auto& r : runs) {
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

  SECTION("per-run data has one row per run with the documented columns") {
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

