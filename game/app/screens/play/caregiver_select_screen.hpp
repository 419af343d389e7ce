#pragma once
// "Who looks after you?": the four caregiving presets with a plain line each,
// custom sliders (Ainsworth's four scales 1-9 and frightening 0-1), or "surprise
// me" (the style stays hidden until the debrief); and an autoplay switch.
#include "app/platform/app_context.hpp"
#include "app/screens/play/play_setup.hpp"
#include "app/screens/screen.hpp"
#include "app/ui/scroll_box.hpp"

namespace sb::app {

class CaregiverSelectScreen : public Screen {
 public:
  CaregiverSelectScreen(AppContext& ctx, ScenarioEntry entry, int map_index);
  std::string_view name() const override { return "caregiver"; }
  void on_action(Action a, ScreenStack& stack) override;
  void on_pointer(sf::Vector2f p, bool pressed, ScreenStack& stack) override;
  void draw(sf::RenderTarget& target, const Layout& layout, double alpha) override;
  // Text taller than its panel (large text) scrolls: Page Up/Down, the pad's shoulder buttons, the wheel.
  bool on_raw_event(const sf::Event& e, ScreenStack& stack) override;

  // Rows, top to bottom: six styles, five sliders (custom only), autoplay, begin.
  enum Row { kSensitive, kRejecting, kInconsistent, kFrightening, kSurprise, kCustom,
             kSlider0, kSlider4 = kSlider0 + 4, kAutoplay, kBegin, kRows };
  int focus() const { return focus_; }
  const PlayChoice& choice() const { return choice_; }
  static sf::FloatRect row_rect(int row);

 private:
  std::string words(const std::string& id) const; // the adult words for a grown-up scene
  bool focusable(int row) const;
  void move_focus(int dir);
  void focus_row(int row);
  void adjust(int row, int dir);
  void set_slider_from(int row, float x);
  void activate(int row, ScreenStack& stack);
  void begin(ScreenStack& stack);
  double& slider_value(int i);

  ScrollBox side_scroll_;
  int scrolled_style_ = -1;
  AppContext& ctx_;
  PlayChoice choice_;
  int map_index_;
  int focus_ = kSensitive;
  int style_row_ = kSensitive;
};

}  // namespace sb::app
