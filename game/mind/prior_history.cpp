// The learning period before the procedure (see prior_history.hpp).
#include "mind/prior_history.hpp"

#include "mind/care_context.hpp"

namespace sb::mind {

double felt_fit(double fit, double soothability) {
  const double f = fit * (0.55 + 0.9 * soothability);
  return f < 0 ? 0 : f > 1 ? 1 : f;
}

namespace {
void one_exchange(WorkingModel& wm, const CaregiverPolicy& policy, double soothability, Rng& rng) {
  // What the child asks for follows from what it has learned so far: a child
  // that has learned to deactivate asks to be held less often.
  const StrategyWeights w = wm.strategy();
  const double p_contact = 0.55 * (w.direct() + w.hyperactivating()) + 0.25 * w.deactivating() + 0.4 * w.collapsed();
  const bool contact = rng.chance(p_contact);
  const double urgency = contact ? rng.uniform(0.5, 1.0) : rng.uniform(0.1, 0.6) * (1.0 + 0.5 * w.hyperactivating());
  const PlannedAnswer a = policy.answer(contact, urgency, rng);
  wm.learn(Exchange{contact, a.kind, a.latency, felt_fit(a.fit, soothability)});
  // Her own acts between bids: interfering with play, frightening moments.
  if (rng.chance(policy.intrusion_rate() * 5.0)) wm.learn(Exchange{false, AnswerKind::Intrude, 0.0, 0.2, true});
}
}  // namespace

void live_months_before(WorkingModel& wm, const CaregiverPolicy& policy, double soothability, Rng& rng, int exchanges) {
  for (int i = 0; i < exchanges; ++i) one_exchange(wm, policy, soothability, rng);
}

void live_months_before(WorkingModel& wm, const CaregiverParams& usual, double day_sd, double stress, double soothability,
                      Rng& rng, int exchanges) {
  CaregiverPolicy today(usual);
  for (int i = 0; i < exchanges; ++i) {
  if (i % kExchangesPerDay == 0) today = CaregiverPolicy(one_day(usual, day_sd, stress, rng));
  one_exchange(wm, today, soothability, rng);
  }
}

}  // namespace sb::mind
