// The model's promises, checked through the real session (world, story and mind
// together) with the AI child: the same checks as tests/mind's 1-D driver, with
// modest run counts so that they stay quick under the sanitizers.
#include <catch2/catch.hpp>

#include <algorithm>
#include <map>

#include "scenario/loader.hpp"
#include "sim/simulate.hpp"

using namespace sb;

namespace {

constexpr int kRuns = 24;

sim::SessionConfig base(const mind::CaregiverParams& c) {
  static const auto loaded = scenario::load_file(*scenario::find_scenario("strange-situation"));
  sim::SessionConfig s;
  s.scenario = loaded.scenario;
  s.caregiver = c;
  s.caregiver_style = "custom";
  s.ai_child = true;
  return s;
}

// Each batch is run once per process and shared by the tests below.
const std::vector<sim::RunSummary>& batch(const std::string& name) {
  static std::map<std::string, std::vector<sim::RunSummary>> cache;
  auto it = cache.find(name);
  if (it != cache.end()) return it->second;
  mind::CaregiverParams c;
  if (name == "all=1" || name == "all=9") {
    const double v = name.back() - '0';
    c = mind::CaregiverParams{v, v, v, v, 0.0};
  } else {
    c = mind::preset(name);
  }
  return cache[name] = sim::run_batch(base(c), kRuns, 2026, 0);
}

double rate(const std::vector<sim::RunSummary>& runs, mind::Pattern p) {
  return double(std::count_if(runs.begin(), runs.end(), [p](const auto& r) { return r.classification.pattern == p; })) /
         double(runs.size());
}

mind::Pattern most_common(const std::vector<sim::RunSummary>& runs) {
  int n[4] = {};
  for (const auto& r : runs) ++n[static_cast<int>(r.classification.pattern)];
  return static_cast<mind::Pattern>(std::max_element(n, n + 4) - n);
}

}  // namespace

TEST_CASE("in the real session each caregiver style makes its pattern the most common", "[sim][outcomes]") {
  CHECK(most_common(batch("sensitive")) == mind::Pattern::Secure);
  CHECK(most_common(batch("rejecting")) == mind::Pattern::Avoidant);
  CHECK(most_common(batch("inconsistent")) == mind::Pattern::Anxious);
  CHECK(most_common(batch("frightening")) == mind::Pattern::Disorganized);
  CHECK(rate(batch("sensitive"), mind::Pattern::Secure) >= 0.7);
  CHECK(rate(batch("rejecting"), mind::Pattern::Avoidant) >= 0.55);
  CHECK(rate(batch("inconsistent"), mind::Pattern::Anxious) >= 0.45);
  CHECK(rate(batch("frightening"), mind::Pattern::Disorganized) >= 0.6);
  for (const char* style : {"sensitive", "rejecting", "inconsistent", "frightening"})
    for (const auto& r : batch(style)) CHECK(r.ended);
}

TEST_CASE("in the real session the secure rate rises with the quality of care", "[sim][outcomes]") {
  // All four scales together; sensitivity alone with the others at 7 moves
  // security only a little (MODEL.md, "Validation").
  const double low = rate(batch("all=1"), mind::Pattern::Secure);
  const double high = rate(batch("all=9"), mind::Pattern::Secure);
  CHECK(high - low >= 0.2);
}

TEST_CASE("in the real session different seeds give a spread of outcomes", "[sim][outcomes]") {
  // The frightening preset now gives D in nearly every run, so it is left out.
  for (const char* style : {"rejecting", "inconsistent"}) {
    INFO(style);
    int kinds = 0;
    for (int p = 0; p < 4; ++p) kinds += rate(batch(style), static_cast<mind::Pattern>(p)) > 0;
    CHECK(kinds >= 2);
  }
}

TEST_CASE("in the real session avoidant children look calm while their arousal is high", "[sim][outcomes]") {
  double shown = 0, arousal = 0, secure_arousal = 0;
  int n = 0, m = 0;
  for (const char* style : {"rejecting", "sensitive"})
    for (const auto& r : batch(style)) {
      if (r.classification.pattern == mind::Pattern::Avoidant) shown += r.separation_shown, arousal += r.separation_arousal, ++n;
      if (r.classification.pattern == mind::Pattern::Secure) secure_arousal += r.separation_arousal, ++m;
    }
  REQUIRE(n >= 5);
  REQUIRE(m >= 5);
  CHECK(shown / n < 0.5 * arousal / n);
  CHECK(arousal / n > 0.8 * secure_arousal / m);
}

TEST_CASE("in the real session secure children calm after reunion faster than anxious ones", "[sim][outcomes]") {
  std::vector<double> secure, anxious;
  for (const char* style : {"sensitive", "inconsistent"})
    for (const auto& r : batch(style)) {
      const double calm = r.last_reunion_calm >= 0 ? r.last_reunion_calm : r.last_reunion_length;
      if (r.classification.pattern == mind::Pattern::Secure) secure.push_back(calm);
      if (r.classification.pattern == mind::Pattern::Anxious) anxious.push_back(calm);
    }
  REQUIRE(secure.size() >= 5);
  REQUIRE(anxious.size() >= 5);
  std::sort(secure.begin(), secure.end());
  std::sort(anxious.begin(), anxious.end());
  CHECK(secure[secure.size() / 2] < 0.75 * anxious[anxious.size() / 2]);
}
