#include "app/screens/play/felt_light.hpp"

#include <algorithm>

namespace sb::app {

namespace {
// At or above this felt security the room is fully light; below kDark it is at its darkest.
// A calm child exploring near a sensitive parent sits around 0.35 in the model (the park,
// 0:25, seed 3, arousal 0.24):
// that is the secure range, and it stays open.
constexpr double kSecure = 0.3, kDark = 0.05;
}  // namespace

double drawn_security(double felt, double arousal, bool caregiver_here) {
  const double x = std::clamp((felt - kDark) / (kSecure - kDark), 0.0, 1.0);
  double light = x * x * (3 - 2 * x); // smooth at both ends: no sudden dimming as security dips
  // Frightened: the body's alarm narrows the view further, whatever the face shows.
  light -= 0.45 * std::clamp((arousal - 0.5) / 0.4, 0.0, 1.0);
  if (!caregiver_here) light *= 0.85; // alone: the room feels bigger and colder
  return std::clamp(light, 0.0, 1.0);
}

double drawn_security(const sim::Session& s, double felt) {
  // Alone as the model saw it at its last sample: the attachment figure (a caregiver,
  // partner or mentor) out of the room.
  const auto& samples = s.timeline().samples;
  const bool alone = !samples.empty() && samples.back().distance < 0;
  return drawn_security(felt, s.child().arousal, !alone);
}

}  // namespace sb::app
