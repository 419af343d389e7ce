#pragma once
// How felt security lights the world (issue 11, part 7). The model's felt security
// passes through a curve before the shader sees it: the secure range stays light, so a
// child exploring near a sensitive parent sees a warm, open room (a secure base frees
// the child to explore), and the dark deepens below it, and further where the model
// says the child is frightened (high hidden arousal) or alone.
#include "sim/session.hpp"

namespace sb::app {

// 0..1, fed to security_look(): 1 fully light and warm, 0 the narrowest, greyest view.
double drawn_security(double felt_security, double arousal, bool caregiver_here);
// The same for a session as it stands, with `felt_security` as shown (eased or forced).
double drawn_security(const sim::Session& s, double felt_security);

}  // namespace sb::app
