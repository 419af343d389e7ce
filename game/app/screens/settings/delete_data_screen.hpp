#pragma once
// "Delete my data": says what will go (settings, progress, reflections,
// replays, logs) and where, asks once more ("Keep my data" is chosen first),
// then removes it through the storage module and shows what was removed.
#include <optional>

#include "app/platform/app_context.hpp"
#include "app/ui/menu.hpp"
#include "app/screens/screen.hpp"
#include "app/screens/settings/player_settings.hpp"

namespace sb::app {

class DeleteDataScreen : public Screen {
 public:
  DeleteDataScreen(AppContext& ctx, PlayerSettings& settings);
  std::string_view name() const override { return "delete-data"; }
  void on_action(Action a, ScreenStack& stack) override;
  void on_pointer(sf::Vector2f p, bool pressed, ScreenStack& stack) override;
  void draw(sf::RenderTarget& target, const Layout& layout, double alpha) override;

  const Menu& menu() const { return menu_; }
  const std::optional<storage::DeletionReport>& report() const { return report_; }

 private:
  void choose(int item, ScreenStack& stack);
  AppContext& ctx_;
  PlayerSettings& settings_;
  Menu menu_;
  std::optional<storage::DeletionReport> report_;
  bool spoke_ = false;
};

}  // namespace sb::app
