// The caregiver population (see population.hpp and MODEL.md).
#include "mind/population.hpp"

#include <algorithm>

namespace sb::mind {

CaregiverParams draw_population_caregiver(Rng& rng) {
  // One shared "quality of care" factor: Ainsworth's four scales correlate
  // strongly, sensitivity most centrally; each scale also varies on its own.
  const double q = rng.normal();
  auto scale = [&](double mean, double load, double own) {
    return std::clamp(mean + load * q + own * rng.normal(), 1.0, 9.0);
  };
  CaregiverParams c;
  c.sensitivity = scale(6.0, 1.6, 0.6);
  c.acceptance = scale(6.3, 1.3, 1.7);
  c.cooperation = scale(6.0, 1.3, 1.1);
  c.accessibility = scale(5.2, 1.3, 1.8);
  // Most caregivers are rarely frightening; a minority (e.g. unresolved loss or
  // trauma, Main & Hesse 1990) show frightening or frightened moments often.
  // Anomalous (frightening, frightened, dissociated) moments are a matter of
  // degree: most caregivers show almost none, some a few, a minority many; they
  // are a little more common where care is poorer overall (Madigan et al. 2006).
  const double u = rng.uniform();
  const double more = std::clamp(1.0 - 0.25 * q, 0.5, 1.5);
  c.frightening = u < 0.5 ? rng.uniform(0.0, 0.01)
                  : u < 1.0 - 0.12 * more ? rng.uniform(0.01, 0.06)
                                          : rng.uniform(0.06, 0.25);
  return c;
}

}  // namespace sb::mind
