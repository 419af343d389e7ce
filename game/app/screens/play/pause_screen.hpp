#pragma once
// A quiet card over the dimmed, frozen scene: Resume, or Back to title.
#include "app/platform/app_context.hpp"
#include "app/ui/menu.hpp"
#include "app/screens/screen.hpp"

namespace sb::app {

class PauseScreen : public Screen {
 public:
  explicit PauseScreen(AppContext& ctx);
  std::string_view name() const override { return "pause"; }
  bool covers_below() const override { return false; }
  void on_action(Action a, ScreenStack& stack) override;
  void on_pointer(sf::Vector2f p, bool pressed, ScreenStack& stack) override;
  void draw(sf::RenderTarget& target, const Layout& layout, double alpha) override;
  const Menu& menu() const { return menu_; }

 private:
  void choose(int item, ScreenStack& stack);
  AppContext& ctx_;
  Menu menu_;
};

}  // namespace sb::app
