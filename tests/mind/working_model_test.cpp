// The working model is learned from answers, and the strategy follows from it.
#include <catch2/catch.hpp>

#include "mind/caregiver_policy.hpp"
#include "mind/prior_history.hpp"
#include "mind/working_model.hpp"
#include "procedure_driver.hpp"

using namespace sb::mind;
using namespace sb::mind::testing;

TEST_CASE("each answer moves the Beta counts it bears on", "[mind][working-model]") {
  WorkingModel comforted, dismissed, ignored, frightened;
  for (int i = 0; i < 30; ++i) {
    comforted.learn(Exchange{true, AnswerKind::Comfort, 2.0, 0.9});
    dismissed.learn(Exchange{true, AnswerKind::Dismiss, 2.0, 0.0});
    ignored.learn(Exchange{true, AnswerKind::Ignore, 8.0, 0.0});
    frightened.learn(Exchange{true, AnswerKind::Frighten, 1.0, 0.0});
  }
  const WorkingModel neutral;
  CHECK(comforted.available() > neutral.available() + 0.3);
  CHECK(comforted.accepting() > neutral.accepting() + 0.3);
  CHECK(dismissed.available() > neutral.available() + 0.3);  // she came...
  CHECK(dismissed.accepting() < neutral.accepting() - 0.3);  // ...and rebuffed
  CHECK(ignored.available() < neutral.available() - 0.3);
  CHECK(ignored.accepting() == Approx(neutral.accepting()));  // nothing to learn about closeness
  CHECK(frightened.safe() < neutral.safe() - 0.4);
  CHECK(comforted.safe() >= neutral.safe());
  // A late answer does not count as available when called.
  WorkingModel late;
  for (int i = 0; i < 30; ++i) late.learn(Exchange{false, AnswerKind::Comfort, 20.0, 0.9});
  CHECK(late.available() < neutral.available());
}

TEST_CASE("old experience fades, so the model can change", "[mind][working-model]") {
  WorkingModel wm;
  for (int i = 0; i < 300; ++i) wm.learn(Exchange{true, AnswerKind::Dismiss, 2.0, 0.0});
  const double rebuffed = wm.accepting();
  for (int i = 0; i < 300; ++i) wm.learn(Exchange{true, AnswerKind::Comfort, 2.0, 0.9});
  CHECK(rebuffed < 0.2);
  CHECK(wm.accepting() > 0.7);
}

TEST_CASE("the strategy is learned from what happened, not read off a label", "[mind][working-model]") {
  auto learned = [](const char* style, std::uint64_t seed) {
    WorkingModel wm;
    const CaregiverPolicy policy(preset(style));
    Rng rng(seed);
    live_months_before(wm, policy, 0.5, rng, kDefaultPriorExchanges);
    return wm;
  };
  const WorkingModel neutral;
  CHECK(neutral.strategy().strength() < 0.35);  // no preference yet
  CHECK(neutral.strategy().dominant() != Strategy::Collapsed);
  for (std::uint64_t seed = 1; seed <= 5; ++seed) {
    CHECK(learned("sensitive", seed).strategy().dominant() == Strategy::Direct);
    CHECK(learned("rejecting", seed).strategy().dominant() == Strategy::Deactivating);
    CHECK(learned("inconsistent", seed).strategy().dominant() == Strategy::Hyperactivating);
    CHECK(learned("frightening", seed).strategy().dominant() == Strategy::Collapsed);
  }
  CHECK(learned("rejecting", 1).strategy().strength() > 0.6);
}

TEST_CASE("a neutral child with a rejecting caregiver comes to suppress its signals", "[mind][working-model]") {
  // No months before: twins meet their caregivers with a neutral model and live
  // through the procedure on several days. Only the answers differ.
  auto raise = [](const char* style) {
    DyadDef def;
    def.caregiver = preset(style);
    def.caregiver_spread = 0;
    def.temperament_spread = 0;
    def.prior_exchanges = 0;
    def.seed = 17;
    return Dyad(def);
  };
  Dyad rejected = raise("rejecting");
  Dyad welcomed = raise("sensitive");
  CHECK(rejected.strategy_strength() < 0.3);  // starts without a strategy
  CHECK(rejected.working_model().strategy().deactivating() < 0.5);
  const double deact_before = rejected.working_model().strategy().deactivating();

  auto shown_over_arousal = [](const RunResult& r) {
    double shown = 0, arousal = 0;
    for (const auto& e : r.episodes)
      if (e.role == EpisodeRole::Separation || e.role == EpisodeRole::Alone) {
        shown += e.shown_sum;
        arousal += e.arousal_sum;
      }
    return shown / arousal;
  };
  RunResult rejected_day, welcomed_day;
  for (int day = 0; day < 5; ++day) {
    rejected_day = run_procedure(rejected, 2000.0 * day);
    welcomed_day = run_procedure(welcomed, 2000.0 * day);
  }
  CHECK(rejected.strategy() == Strategy::Deactivating);
  CHECK(rejected.working_model().strategy().deactivating() > deact_before + 0.3);
  CHECK(rejected.working_model().accepting() < 0.45);
  CHECK(welcomed.strategy() == Strategy::Direct);
  // Apart from the parent, the rejected child shows far less of what it feels.
  CHECK(shown_over_arousal(rejected_day) < 0.6 * shown_over_arousal(welcomed_day));
}
