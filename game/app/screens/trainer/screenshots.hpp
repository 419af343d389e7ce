#pragma once
// Coding practice for `securebase screenshot --screen NAME`: trainer (the scoring
// sheet), trainer-watch, trainer-classify, trainer-compare, trainer-sets and
// trainer-progress (from the player's practice file, as they would see it). The
// trial is the first clear prototype; nothing is written to the practice file.
#include <memory>
#include <string>
#include <vector>

#include "app/platform/app_context.hpp"
#include "app/screens/screen.hpp"

namespace sb::app::trainer_ui {

const std::vector<std::string>& screenshot_names();
// Null when `name` is not one of ours. `at`: seconds into the run for trainer-watch (0 = the first reunion).
std::unique_ptr<Screen> screenshot_screen(const std::string& name, AppContext& ctx, double at);
class TrialScreen;
// Puts one trial screen in the state the picture `name` shows (trainer-watch, trainer,
// trainer-classify, trainer-compare), so a test can lay all four out from one trial.
void stage_screenshot(TrialScreen& screen, const std::string& name, double at = 0);

}  // namespace sb::app::trainer_ui
