#pragma once
// `securebase screenshot --screen settings|controls|delete-data`: the settings
// pages rendered offscreen, with default settings that are never saved.
#include <memory>
#include <string>
#include <vector>

namespace sb::app {

class Screen;
struct AppContext;

const std::vector<std::string>& care_screenshot_names();
// nullptr when `name` is not one of ours.
std::unique_ptr<Screen> care_screenshot_screen(const std::string& name, AppContext& ctx);

}  // namespace sb::app
