#pragma once
// One practice trial, in four steps on one screen: watch the run (the caregiver
// hidden) with replay controls, score both reunions on the interactive scales and
// the whole procedure on the disorganization rating, classify, then compare with
// the observer and replay the moments behind any code. The run is a recording
// (game/trainer/trial.hpp), so rewinding replays it from the start identically.
#include <memory>
#include <string>
#include <vector>

#include "app/platform/app_context.hpp"
#include "app/render/canvas.hpp"
#include "app/screens/debrief/pane_view.hpp"
#include "app/screens/screen.hpp"
#include "app/ui/scroll_box.hpp"
#include "trainer/comparison.hpp"
#include "trainer/trial.hpp"
#include "trainer/trial_set.hpp"

namespace sb::app::trainer_ui {

enum class TrialStep { Watch, Score, Classify, Compare };

class TrialScreen : public Screen {
 public:
  TrialScreen(AppContext& ctx, sb::trainer::TrialSet set, int index, std::shared_ptr<const scenario::Scenario> scenario);
  ~TrialScreen() override;
  std::string_view name() const override { return "trainer-trial"; }
  void on_action(Action a, ScreenStack& stack) override;
  bool on_key(sf::Keyboard::Key k, ScreenStack& stack) override;
  void on_pointer(sf::Vector2f p, bool pressed, ScreenStack& stack) override;
  void tick(const InputMapper& input, ScreenStack& stack) override;
  // Page Up/Down, the pad's shoulder buttons and the wheel scroll the anchors or the explanation (large text).
  bool on_raw_event(const sf::Event& e, ScreenStack& stack) override;
  void draw(sf::RenderTarget& target, const Layout& layout, double alpha) override;

  // For tests and screenshots.
  TrialStep step() const { return step_; }
  void go_to(TrialStep s);
  sb::trainer::ScoreSheet& sheet() { return sheet_; }
  const sb::trainer::TrialRun& run() const { return run_; }
  const sb::trainer::Comparison& comparison() const { return comparison_; }
  int row() const { return row_; }
  void select_row(int r) { row_ = r; }
  double seconds() const;  // scenario time of the watched run
  void seek(std::uint64_t tick);  // forward by stepping, backward by replaying from the start
  void seek_seconds(double scenario_seconds);
  bool saved() const { return saved_; }
  // Screenshots and tests that must not touch the player's practice file.
  void keep_practice(bool keep) { keep_practice_ = keep; }

  static constexpr int kRows = 9;  // 2 reunions x 4 scales, then the disorganization rating

 private:
  void start_view();
  void compare_and_save();
  void watch_key(sf::Keyboard::Key k);
  void set_value(int row, int value);
  int value(int row) const;
  int max_value(int row) const { return row == 8 ? 9 : 7; }
  void replay_selected(ScreenStack& stack);
  void draw_watch(Canvas& t, const Layout& layout);
  // The episode markers' edges along [left, left + width], each band at least `least` wide; and the playhead's x.
  std::vector<float> marker_edges(float least, float left, float width) const;
  float marker_x(double now, const std::vector<float>& edges) const;
  float keys_top(const std::string& keys, float ui_scale) const;  // where the wrapped key line starts
  void draw_score(Canvas& t, const Layout& layout);
  void draw_classify(Canvas& t, const Layout& layout);
  void draw_compare(Canvas& t, const Layout& layout);
  void draw_spread(Canvas& t, sf::FloatRect strip, const sb::trainer::Spread& spread, int values);
  void draw_class_spread(Canvas& t, sf::FloatRect strip, float s);
  std::string row_label(int row) const;

  AppContext& ctx_;
  sb::trainer::TrialSet set_;
  int index_;
  std::shared_ptr<const scenario::Scenario> scenario_;
  sb::trainer::TrialRun run_;
  std::unique_ptr<debrief::PaneView> view_;
  TrialStep step_ = TrialStep::Watch;
  bool paused_ = false;
  double speed_ = 1.0;     // ticks per tick: 0.25 .. 16
  double owed_ = 0.0;      // fractional ticks carried over at slow speeds
  sb::trainer::ScoreSheet sheet_;
  int row_ = 0;            // score: the row in hand; compare: the row shown
  int choice_ = 4;         // classify: index into trainer::subgroups() (B3)
  sb::trainer::Comparison comparison_;
  bool saved_ = false;
  bool keep_practice_ = true;
  std::string save_problem_;
  std::vector<sf::FloatRect> hot_;  // where rows or choices were drawn last (for the pointer)
  // Larger text: the score rows and the right-hand panel scroll instead of running off.
  ScrollBox rows_scroll_, panel_scroll_;
  int panel_row_ = -1;  // the row the panel was scrolled for: a new row starts at its top
};

}  // namespace sb::app::trainer_ui
