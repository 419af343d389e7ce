// Learning the working model from exchanges, and the strategy that follows.
#include "mind/working_model.hpp"

#include <algorithm>
#include <cmath>
#include <cstring>

namespace sb::mind {
namespace {

void forget(BetaCount& b, const BetaCount& prior) {
  b.yes = prior.yes + WorkingModel::kRetention * (b.yes - prior.yes);
  b.no = prior.no + WorkingModel::kRetention * (b.no - prior.no);
}

// An answer the child would call "good": comfort that came in time.
constexpr double kPromptSeconds = 8.0;

}  // namespace

WorkingModel::WorkingModel(double temperament_bias) : temperament_bias_(temperament_bias) {
  safe_ = kSafeStart;
  recompute();
}

Strategy StrategyWeights::dominant() const {
  int best = 0;
  for (int i = 1; i < 4; ++i)
    if (w[i] > w[best]) best = i;
  return static_cast<Strategy>(best);
}

double StrategyWeights::strength() const {
  // 0.25 (no preference among four) .. 1 (one strategy only) rescaled to 0..1.
  const double top = w[static_cast<int>(dominant())];
  return std::clamp((top - 0.25) / 0.75, 0.0, 1.0);
}

void WorkingModel::learn(const Exchange& e) {
  forget(available_, BetaCount{});
  forget(accepting_, BetaCount{});
  forget(predictable_, BetaCount{});
  forget(safe_, kSafeStart);

  const bool frightening = e.answer == AnswerKind::Frighten || e.answer == AnswerKind::Dissociate;
  const bool answered = e.answer == AnswerKind::Comfort || e.answer == AnswerKind::Dismiss ||
                        e.answer == AnswerKind::Intrude || e.answer == AnswerKind::Frighten;
  const bool in_time = answered && e.latency <= kPromptSeconds;

  if (e.unsolicited) {
    // Her own acts (interfering with play, a fright out of the blue) say nothing
    // about answers to calls, but they make her harder to predict and, if
    // frightening, less safe.
    predictable_.no += 1.0;
    if (frightening) safe_.no += 1.0;
    ++exchanges_;
    recompute();
    return;
  }
  // Available when called: someone came, in time.
  (in_time ? available_.yes : available_.no) += 1.0;

  // Accepting when close: comfort counts for, dismissal against; an intrusion
  // seeks closeness on the caregiver's own terms: mostly for, partly against. Contact bids teach more,
  // since rejection of contact is what Ainsworth saw in A dyads.
  const double weight = e.contact_bid ? 1.0 : 0.6;
  if (e.answer == AnswerKind::Comfort) {
    // Comfort that did not quite fit (or did not soothe this child) counts partly against.
    accepting_.yes += weight * (0.5 + 0.5 * e.fit);
    accepting_.no += weight * 0.3 * (1.0 - e.fit);
  }
  else if (e.answer == AnswerKind::Dismiss) accepting_.no += weight;
  else if (e.answer == AnswerKind::Intrude) { accepting_.yes += 0.8 * weight; accepting_.no += 0.2 * weight; }

  // Predictable: did the answer have the kind of value the child expected?
  // Intrusions and frights come on the caregiver's terms, so they are misses.
  const bool expected_good = available() * accepting() > 0.5;
  const bool good = e.answer == AnswerKind::Comfort && in_time;
  const bool mixed = e.answer == AnswerKind::Intrude || frightening;
  ((!mixed && good == expected_good) ? predictable_.yes : predictable_.no) += 1.0;

  // Safe: one fright weighs as much as several calm answers (fear learning is fast).
  if (frightening) safe_.no += 1.0;
  else safe_.yes += 0.25;

  ++exchanges_;
  recompute();
}

void WorkingModel::recompute() {
  const double a = available(), c = accepting(), p = predictable(), s = safe();
  // Logits of the four conditional strategies (see MODEL.md, "Strategy"). All
  // are zero for a neutral model except collapsed, which needs learned fear.
  // Direct pays when the caregiver comes and accepts; deactivating when they
  // come but rebuff, reliably (quiet keeps them near without a rebuff);
  // hyperactivating when they accept but come only sometimes (louder, longer
  // signals raise the odds); collapsed when the caregiver is also a source of fear.
  const double logits[4] = {
      kGain * (a + c - 1.4),
      kGain * (a - c - 0.1) + 3.0 * (p - 0.5) - temperament_bias_,
      kGain * (c - a - 0.1) - 3.0 * (p - 0.5) + temperament_bias_,
      14.0 * (0.65 - s) - 1.5,
  };
  double m = logits[0];
  for (double l : logits) m = std::max(m, l);
  double sum = 0;
  for (int i = 0; i < 4; ++i) sum += (weights_.w[i] = std::exp(logits[i] - m));
  for (double& w : weights_.w) w /= sum;
}

std::uint64_t WorkingModel::hash() const {
  std::uint64_t h = 1469598103934665603ull;
  auto mix = [&h](double v) {
    std::uint64_t bits;
    std::memcpy(&bits, &v, sizeof bits);
    h = (h ^ bits) * 1099511628211ull;
  };
  for (const BetaCount* b : {&available_, &accepting_, &predictable_, &safe_}) {
    mix(b->yes);
    mix(b->no);
  }
  h = (h ^ static_cast<std::uint64_t>(exchanges_)) * 1099511628211ull;
  return h;
}

}  // namespace sb::mind
