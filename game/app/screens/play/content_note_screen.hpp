#pragma once
// Before a scene that may stir things up (the scenario lists content notes, or the
// caregiver may frighten): what is in it, and three clear ways on: continue,
// choose another caregiver, or choose another scene.
#include "app/platform/app_context.hpp"
#include "app/ui/menu.hpp"
#include "app/screens/play/play_setup.hpp"
#include "app/screens/screen.hpp"
#include "app/ui/scroll_box.hpp"

namespace sb::app {

class ContentNoteScreen : public Screen {
 public:
  ContentNoteScreen(AppContext& ctx, PlayChoice choice);
  std::string_view name() const override { return "content-note"; }
  void on_action(Action a, ScreenStack& stack) override;
  void on_pointer(sf::Vector2f p, bool pressed, ScreenStack& stack) override;
  void draw(sf::RenderTarget& target, const Layout& layout, double alpha) override;
  // Text taller than its panel (large text) scrolls: Page Up/Down, the pad's shoulder buttons, the wheel.
  bool on_raw_event(const sf::Event& e, ScreenStack& stack) override;

  enum Item { kContinue, kOtherCaregiver, kOtherScene };
  const Menu& menu() const { return menu_; }
  std::vector<std::string> notes() const; // what the screen lists

 private:
  void choose(int item, ScreenStack& stack);
  ScrollBox card_scroll_;
  AppContext& ctx_;
  PlayChoice choice_;
  Menu menu_;
};

}  // namespace sb::app
