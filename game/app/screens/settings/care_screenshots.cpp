#include "app/screens/settings/care_screenshots.hpp"

#include "app/screens/settings/controls_screen.hpp"
#include "app/screens/settings/delete_data_screen.hpp"
#include "app/screens/settings/settings_screen.hpp"

namespace sb::app {

const std::vector<std::string>& care_screenshot_names() {
  static const std::vector<std::string> names{"settings", "controls", "delete-data"};
  return names;
}

std::unique_ptr<Screen> care_screenshot_screen(const std::string& name, AppContext& ctx) {
  static PlayerSettings unsaved; // no paths: nothing is read or written
  if (name == "settings") return std::make_unique<SettingsScreen>(ctx);
  if (name == "controls") return std::make_unique<ControlsScreen>(ctx, ctx.settings ? *ctx.settings : unsaved);
  if (name == "delete-data") return std::make_unique<DeleteDataScreen>(ctx, ctx.settings ? *ctx.settings : unsaved);
  return nullptr;
}

}  // namespace sb::app
