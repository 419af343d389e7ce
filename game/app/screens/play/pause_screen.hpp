#pragma once
// A quiet card over the dimmed, frozen scene. Over a scenario: Resume, Restart scene,
// Save and quit, Settings, Back to title (which keeps the scene to continue from the
// title). Over the free playroom: Resume, Settings, Back to title.
#include <string>

#include "app/platform/app_context.hpp"
#include "app/ui/menu.hpp"
#include "app/screens/screen.hpp"

namespace sb::app {

class ScenarioScreen;

class PauseScreen : public Screen {
 public:
  // `scene` is the scenario under the card (null: the free playroom); it outlives the card,
  // which sits above it on the stack.
  explicit PauseScreen(AppContext& ctx, ScenarioScreen* scene = nullptr);
  std::string_view name() const override { return "pause"; }
  bool covers_below() const override { return false; }
  void on_action(Action a, ScreenStack& stack) override;
  void on_pointer(sf::Vector2f p, bool pressed, ScreenStack& stack) override;
  void draw(sf::RenderTarget& target, const Layout& layout, double alpha) override;
  const Menu& menu() const { return menu_; }
  const std::string& notice() const { return notice_; }

 private:
  void choose(int item, ScreenStack& stack);
  AppContext& ctx_;
  ScenarioScreen* scene_;
  Menu menu_;
  std::string notice_; // a save that failed, said on the card
};

}  // namespace sb::app
