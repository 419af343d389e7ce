// Real trials: seeded Strange Situations from the population, coded by the
// observer, replayed identically, and scored.
#include <catch2/catch.hpp>

#include <set>

#include "sim/replay.hpp"
#include "trainer/comparison.hpp"
#include "trainer/progress.hpp"
#include "trainer/trial.hpp"
#include "trainer/trial_set.hpp"
#include "string_tables.hpp"

using namespace sb;
using namespace sb::trainer;

namespace {
const std::shared_ptr<const scenario::Scenario>& strange_situation() {
  static const auto s = [] {
    std::string error;
    auto loaded = load_trial_scenario(&error);
    INFO(error);
    REQUIRE(loaded);
    return loaded;
  }();
  return s;
}
}  // namespace

TEST_CASE("a trial is its seed: the same seed gives the same run and the same observer codes") {
  const TrialRun a = run_trial(11, strange_situation());
  const TrialRun b = run_trial(11, strange_situation());
  CHECK(a.ended);
  CHECK(a.recording.final_hash == b.recording.final_hash);
  CHECK(a.observer.sheet == b.observer.sheet);
  CHECK(a.observer.sheet.reunions.size() == 2);  // episodes 5 and 8
  CHECK(a.observer.sheet.complete());
  CHECK(a.recording.caregiver_style == "custom");  // the label is not given away
  CHECK(a.episodes.size() == 8);
}

TEST_CASE("a trial's recording replays to the same state hash and the same observer codes") {
  const TrialRun t = run_trial(5, strange_situation());
  std::string error;
  const sim::ReplayResult replay = sim::replay_headless(t.recording, &error);
  INFO(error);
  REQUIRE(replay.session);
  CHECK(replay.hash_matches);
  CHECK(code_run(replay.session->mind().record()).sheet == t.observer.sheet);
}

TEST_CASE("a trial's panel of realistic coders is the same for the same seed and spreads around the observer") {
  const TrialRun a = run_trial(11, strange_situation());
  const TrialRun b = run_trial(11, strange_situation());
  CHECK(a.panel.coders == kPanelCoders);
  CHECK(a.panel.subgroups == b.panel.subgroups);
  REQUIRE(a.panel.reunions.size() == a.observer.sheet.reunions.size());
  CHECK(a.panel.reunions == b.panel.reunions);
  int spread_rows = 0, bracketed = 0;
  for (std::size_t r = 0; r < a.panel.reunions.size(); ++r)
    for (Scale s : kScales) {
      const Spread& sp = a.panel.reunions[r][static_cast<std::size_t>(s)];
      CHECK(sp.coders() == kPanelCoders);
      spread_rows += sp.lowest() < sp.highest();
      const int observer = a.observer.sheet.reunions[r][s];
      bracketed += sp.lowest() <= observer && observer <= sp.highest();
    }
  CHECK(a.panel.rating.coders() == kPanelCoders);
  int patterns = 0;
  for (int n : a.panel.patterns) patterns += n;
  CHECK(patterns == kPanelCoders);
  // Coders differ (that is the point of a panel), and their range holds the ideal observer's number.
  CHECK(spread_rows >= 4);
  CHECK(bracketed >= 7);
  // Most of the panel sees the pattern the ideal observer sees (realistic coders agree about 9 times in 10).
  CHECK(a.panel.patterns[static_cast<std::size_t>(*pattern_of(a.observer.sheet.subgroup))] >= kPanelCoders / 2);
}

TEST_CASE("trials scored exactly as the observer scores them give full agreement") {
  // A, B and C prototypes and a D case, so kappa is defined.
  CurateOptions three;
  three.count = 3;
  const TrialSet prototypes = curate(SetKind::Prototypes, strange_situation(), three);
  CurateOptions one;
  one.count = 1;
  const TrialSet d_cases = curate(SetKind::DCases, strange_situation(), one);
  REQUIRE(prototypes.seeds.size() == 3);
  REQUIRE(d_cases.seeds.size() == 1);
  std::vector<std::uint64_t> seeds = prototypes.seeds;
  seeds.push_back(d_cases.seeds.front());

  TrainerProgress progress;
  std::set<std::string> patterns;
  for (std::uint64_t seed : seeds) {
    const TrialRun t = run_trial(seed, strange_situation());
    const Comparison c = compare(t.observer.sheet, t.observer);
    CHECK(c.differ == 0);
    CHECK(c.within_one == 0);
    CHECK(c.classification.same_subgroup);
    // Every observer code comes with at least one moment to replay, said in English and German.
    for (const ScoreRow& r : c.scales) {
      CHECK_FALSE(r.moments.empty());
      for (const CodedMoment& m : r.moments) {
        INFO(m.key);
        CHECK(testing::said_in_both("trainer.moment." + m.key));
      }
    }
    CHECK_FALSE(c.rating.moments.empty());
    for (const CodedMoment& m : c.rating.moments) {
      INFO(m.key);
      CHECK(testing::said_in_both("trainer.moment." + m.key));
    }
    for (const Explanation& e : c.classification.explain) CHECK(testing::said_in_both(e.key));
    CHECK_FALSE(c.classification.reasons.empty());
    progress.attempts.push_back({"2026-12-03T10:00:00Z", "custom", seed, t.observer.sheet, t.observer.sheet});
    patterns.insert(mind::letter(*pattern_of(t.observer.sheet.subgroup)));
  }
  CHECK(patterns == std::set<std::string>{"A", "B", "C", "D"});
  CHECK(pattern_of(progress.attempts[0].observer.subgroup) == mind::Pattern::Avoidant);  // A, B, C in turn
  CHECK(pattern_of(progress.attempts[1].observer.subgroup) == mind::Pattern::Secure);
  CHECK(pattern_of(progress.attempts[2].observer.subgroup) == mind::Pattern::Anxious);
  CHECK(fits(SetKind::DCases, run_trial(seeds[3], strange_situation()).observer));
  const AgreementSummary s = summarize(progress.attempts);
  CHECK(s.trials == 4);
  CHECK(*s.agree_abcd == 1.0);
  CHECK(*s.agree_abc == 1.0);
  CHECK(*s.kappa_abcd == Approx(1.0));
  CHECK(*s.kappa_abc == Approx(1.0));
  for (int k = 0; k < 4; ++k) CHECK(*s.mean_abs_diff[k] == 0.0);
  CHECK(*s.rating_mean_abs_diff == 0.0);
}

TEST_CASE("curated sets are chosen deterministically and fit their difficulty") {
  // (Prototypes and D cases are curated in the test above: A, B, C in turn, then a D.)
  CurateOptions two;
  two.count = 2;
  const TrialSet a = curate(SetKind::Borderline, strange_situation(), two);
  const TrialSet b = curate(SetKind::Borderline, strange_situation(), two);
  CHECK(a == b);
  CHECK(a.id == "borderline");
  REQUIRE(a.seeds.size() == 2);
  for (std::uint64_t seed : a.seeds) CHECK(fits(SetKind::Borderline, run_trial(seed, strange_situation()).observer));
}
