// The child's effect on care, day-to-day variation and context stress.
#include "mind/care_context.hpp"

#include <algorithm>

namespace sb::mind {

CaregiverParams care_for_child(const CaregiverParams& usual, const Temperament& t) {
  const double shift = -kChildEffect * 2.0 * (std::clamp(t.reactivity, 0.0, 1.0) - 0.5);
  CaregiverParams c = usual;
  c.sensitivity = std::clamp(c.sensitivity + shift, 1.0, 9.0);
  c.acceptance = std::clamp(c.acceptance + shift, 1.0, 9.0);
  return c;
}

CaregiverParams one_day(const CaregiverParams& usual, double day_sd, double stress, Rng& rng) {
  const double offset = day_sd * rng.normal() - kStressOnCare * stress;
  CaregiverParams c = usual;
  for (double* v : {&c.sensitivity, &c.acceptance, &c.cooperation, &c.accessibility}) *v = std::clamp(*v + offset, 1.0, 9.0);
  if (offset < 0) c.frightening = std::clamp(c.frightening * (1.0 - 0.15 * offset), 0.0, 1.0);
  return c;
}

}  // namespace sb::mind
