// A realistic coder's misreadings, drawn once per coded session.
#include "mind/observer.hpp"

namespace sb::mind {

CoderError draw_coder_error(Rng& rng) {
  CoderError e;
  for (auto& reunion : e.scale)
    for (double& v : reunion) v = kCoderScaleSd * rng.normal();
  e.disorganization = kCoderDisorganizationSd * rng.normal();
  return e;
}

}  // namespace sb::mind
