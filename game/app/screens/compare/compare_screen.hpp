#pragma once
// Compare, for a classroom: the same scenario under the four caregiver presets, in
// four panes that step together, each pane a run typical of its caregiver (a seed
// chosen for it deterministically from the facilitator's seed, sim/typical_run.hpp;
// R re-rolls all four). Switching scenario (S) shows a loading mark at once. Pause,
// single steps, speed, big labels; then a four-column debrief. F turns it into
// the facilitator view: one pane large, big text, facilitator notes for the
// scenario, and keys 1–4 to switch the caregiver shown live (all four keep
// running underneath, so the switch shows the same moment under another caregiver).
#include <array>
#include <memory>
#include <optional>
#include <string>
#include <vector>


#include "app/platform/app_context.hpp"
#include "app/render/canvas.hpp"
#include "app/report/chart_picture.hpp"
#include "report/debrief_data.hpp"
#include "app/screens/debrief/pane_view.hpp"
#include "app/screens/screen.hpp"
#include "app/ui/scroll_box.hpp"


namespace sb::app::debrief {

// sensitive, rejecting, inconsistent, frightening: the panes' order.
const std::array<std::string, 4>& compare_styles();

class CompareScreen : public Screen {
 public:
  CompareScreen(AppContext& ctx, std::string scenario_id = "strange-situation", std::uint64_t seed = 7);
  ~CompareScreen() override;
  std::string_view name() const override { return "compare"; }
  void on_action(Action a, ScreenStack& stack) override;
  bool on_key(sf::Keyboard::Key k, ScreenStack& stack) override;
  void tick(const InputMapper& input, ScreenStack& stack) override;
  void draw(sf::RenderTarget& target, const Layout& layout, double alpha) override;
  // The facilitator's notes scroll when large text makes them long (Page Up/Down, shoulder buttons, wheel).
  bool on_raw_event(const sf::Event& e, ScreenStack& stack) override;

  // For tests, screenshots and the facilitator.
  void advance(int ticks);         // all four panes, in step
  bool paused() const { return paused_; }
  int speed() const { return speed_; }
  bool facilitator() const { return facilitator_; }
  void set_facilitator(bool on) { facilitator_ = on; }
  int focus() const { return focus_; }
  int notes_section() const { return notes_; }
  bool frightening_hidden() const { return hide_frightening_; }
  void set_frightening_hidden(bool h) { hide_frightening_ = h; }
  bool all_ended() const;
  std::uint64_t tick_of(int pane) const;
  const std::string& scenario_id() const { return scenario_id_; }
  std::uint64_t seed() const { return seed_; }
  std::uint64_t pane_seed(int pane) const;
  // A scenario is being switched to (the loading mark is up until the next tick after it is drawn).
  bool loading() const { return !loading_.empty(); }
  void reroll();                                  // R: another typical run for each caregiver
  void switch_to(const std::string& scenario_id); // S: shows the loading mark, then starts it
  std::vector<report::DebriefData> debriefs() const;

  static sf::FloatRect pane_rect(int i); // canvas pixels, four-pane view
  static sf::FloatRect focus_rect() { return {20, 92, 860, 484}; }

 private:
  ScrollBox notes_scroll_;
  int notes_shown_ = -1;
  void start(const std::string& scenario_id);
  void draw_pane_label(Canvas& t, float s, int i, sf::FloatRect r, bool big);

  AppContext& ctx_;
  std::string scenario_id_, scenario_title_;
  std::uint64_t seed_;
  std::array<std::unique_ptr<PaneView>, 4> panes_;
  bool paused_ = false, facilitator_ = false;
  bool hide_frightening_ = false; // content notes on: the frightening pane starts covered (H shows it)
  int speed_ = 1, focus_ = 0, notes_ = 0;
  std::string loading_;        // the scenario to start once the loading mark has been drawn
  bool loading_drawn_ = false;
};

// The four debriefs side by side; Enter opens one in full.
class CompareDebriefScreen : public Screen {
 public:
  CompareDebriefScreen(AppContext& ctx, std::vector<report::DebriefData> runs);
  std::string_view name() const override { return "compare-debrief"; }
  void on_action(Action a, ScreenStack& stack) override;
  void on_pointer(sf::Vector2f p, bool pressed, ScreenStack& stack) override;
  void draw(sf::RenderTarget& target, const Layout& layout, double alpha) override;
  // The chosen column's moments scroll when large text makes them long.
  bool on_raw_event(const sf::Event& e, ScreenStack& stack) override;
  // At 100 % text; larger text starts the columns under a taller heading.
  sf::FloatRect column(int i) const;
  int selected() const { return selected_; }

 private:
  void open(ScreenStack& stack, int i);
  AppContext& ctx_;
  std::vector<report::DebriefData> runs_;
  std::vector<std::optional<ChartPicture>> charts_;
  std::array<ScrollBox, 4> reasons_scroll_;
  float columns_top_ = 96; // set as it draws (larger text: under the wrapped line)
  int selected_ = 0;
};

}  // namespace sb::app::debrief
