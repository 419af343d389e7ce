#pragma once
// "The months before": the Strange Situation lasts about 21 minutes, but a
// one-year-old comes to it with a year of experience. Before the procedure the
// dyad lives through a few hundred seeded bid-and-answer exchanges with the same
// caregiver policy, learned through the same WorkingModel::learn as in play, so
// the working model going in reflects what happened to this child.
#include "mind/caregiver_policy.hpp"
#include "mind/working_model.hpp"

namespace sb::mind {

constexpr int kDefaultPriorExchanges = 300;

// How well an answer of the given fit soothes this child: a hard-to-soothe
// infant feels less of even good comfort (temperament matters too; see MODEL.md).
double felt_fit(double fit, double soothability);

void live_months_before(WorkingModel& wm, const CaregiverPolicy& policy, double soothability, Rng& rng, int exchanges);
// The same, with care that varies from day to day (care_context.hpp): every
// kExchangesPerDay exchanges a new day's care is drawn around `usual`.
void live_months_before(WorkingModel& wm, const CaregiverParams& usual, double day_sd, double stress, double soothability,
                        Rng& rng, int exchanges);

}  // namespace sb::mind
