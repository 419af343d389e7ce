#pragma once
// The backlog: the story so far over the dimmed scene, every line with its speaker and
// every choice made, newest at the bottom. Opened in a scene by the mouse wheel (up),
// Page Up or the pad's left trigger. Up/Down (or the wheel) move through it and
// self-voicing reads the chosen line; Enter steps back to that moment to play on from
// there (rollback); Esc, Page Down at the end, or the wheel down at the end go back.
#include "app/platform/app_context.hpp"
#include "app/screens/screen.hpp"
#include "app/ui/backlog.hpp"
#include "app/ui/scroll_box.hpp"

namespace sb::app {

class ScenarioScreen;

class BacklogScreen : public Screen {
 public:
  // `scene` owns the backlog and sits under this screen on the stack, so it outlives it.
  BacklogScreen(AppContext& ctx, ScenarioScreen& scene, const Backlog& backlog);
  std::string_view name() const override { return "backlog"; }
  bool covers_below() const override { return false; }
  void on_action(Action a, ScreenStack& stack) override;
  bool on_raw_event(const sf::Event& e, ScreenStack& stack) override;
  void draw(sf::RenderTarget& target, const Layout& layout, double alpha) override;

  int selected() const { return selected_; }
  static sf::FloatRect panel();
  static sf::FloatRect list_area();
  // Where each entry was last drawn (canvas pixels, as on screen: clipped boxes may lie
  // outside the list area when scrolled away). Tests check text stays inside.
  const std::vector<sf::FloatRect>& entry_boxes() const { return boxes_; }
  const ScrollBox& scroll() const { return scroll_; }

 private:
  void select(int i);
  AppContext& ctx_;
  ScenarioScreen& scene_;
  const Backlog& backlog_;
  ScrollBox scroll_;
  int selected_ = -1;
  std::vector<sf::FloatRect> boxes_;
};

}  // namespace sb::app
