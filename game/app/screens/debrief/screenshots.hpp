#pragma once
// The debrief's screens for `securebase screenshot --screen NAME` (and tests):
// debrief (and debrief-scales, -timeline, -later, -questions, -reflect), compare, facilitator,
// compare-debrief, library, guide, quiz.
#include <memory>
#include <string>
#include <vector>

#include "app/platform/app_context.hpp"
#include "app/screens/screen.hpp"

namespace sb::app::debrief {

const std::vector<std::string>& screenshot_names();
// Null when `name` is not one of ours. `at`: seconds the AI plays first (compare; 0 = a moment
// a minute in). The debrief plays the whole scenario with the AI child first.
std::unique_ptr<Screen> screenshot_screen(const std::string& name, AppContext& ctx, double at);

}  // namespace sb::app::debrief
