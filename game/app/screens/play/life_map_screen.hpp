#pragma once
// "Choose a moment of life": a path drawn across infancy, toddlerhood, school,
// adulthood and later life, with the seven scenarios as places along it. Arrows,
// the stick or the mouse pick a place; its card shows what the scene is about.
#include <vector>

#include "app/platform/app_context.hpp"
#include "app/screens/screen.hpp"
#include "app/ui/scroll_box.hpp"
#include "storage/progress_store.hpp"

namespace sb::app {

class LifeMapScreen : public Screen {
 public:
  explicit LifeMapScreen(AppContext& ctx, int selected = 0);
  std::string_view name() const override { return "life-map"; }
  void on_action(Action a, ScreenStack& stack) override;
  void on_pointer(sf::Vector2f p, bool pressed, ScreenStack& stack) override;
  void draw(sf::RenderTarget& target, const Layout& layout, double alpha) override;
  // Text taller than its panel (large text) scrolls: Page Up/Down, the pad's shoulder buttons, the wheel.
  bool on_raw_event(const sf::Event& e, ScreenStack& stack) override;

  int selected() const { return selected_; }
  // The scenes played and the outcomes seen, as marked on the map (loaded when the map opens).
  const storage::Progress& progress() const { return progress_; }
  void set_progress(storage::Progress p) { progress_ = std::move(p); }
  // The line on the chosen place's card about earlier plays ("Played twice · seen: …"), or empty.
  std::string played_line(int place) const;
  std::size_t places() const;
  // Where place i sits on the canvas (tests click there).
  static sf::Vector2f place_centre(int i);

 private:
  void choose(ScreenStack& stack);
  void select(int i);
  ScrollBox card_scroll_;
  AppContext& ctx_;
  int selected_ = 0;
  storage::Progress progress_;
};

}  // namespace sb::app
