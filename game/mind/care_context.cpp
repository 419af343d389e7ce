// The child's effect on care, day-to-day variation and context stress.
#include "mind/care_context.hpp"

#include <algorithm>
#include <cmath>

namespace sb::mind {
namespace {
// SD of the logarithm of a day's frightening rate around the caregiver's usual.
constexpr double kFrightDaySd = 1.6;
}  // namespace

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
  // Frightening and frightened moments come in spells (a reminder of an old loss, a
  // bad night): their rate varies far more from day to day than ordinary care,
  // lognormally around the usual rate (the mean stays the usual rate).
  if (day_sd > 0 && c.frightening > 0) c.frightening *= std::exp(kFrightDaySd * rng.normal() - 0.5 * kFrightDaySd * kFrightDaySd);
  if (offset < 0) c.frightening *= 1.0 - 0.15 * offset;
  c.frightening = std::clamp(c.frightening, 0.0, 1.0);
  return c;
}

}  // namespace sb::mind
