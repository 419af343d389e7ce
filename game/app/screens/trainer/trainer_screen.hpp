#pragma once
// Coding practice's home (from the Library, or `securebase trainer`): the sets
// to practise on (the three curated ones, found on worker threads, and any a
// teacher's file added) with how far the student has got in each, and a progress
// page: agreement figures, a chart over time and the reliability milestone.
#include <memory>
#include <string>
#include <vector>

#include "app/platform/app_context.hpp"
#include "app/render/canvas.hpp"
#include "app/screens/screen.hpp"
#include "app/screens/trainer/curator.hpp"
#include "app/ui/scroll_box.hpp"
#include "trainer/trainer_file.hpp"

namespace sb::app::trainer_ui {

enum class TrainerPage { Sets, Progress };

class TrainerScreen : public Screen {
 public:
  explicit TrainerScreen(AppContext& ctx, TrainerPage page = TrainerPage::Sets);
  ~TrainerScreen() override;
  std::string_view name() const override { return "trainer"; }
  void on_action(Action a, ScreenStack& stack) override;
  void on_pointer(sf::Vector2f p, bool pressed, ScreenStack& stack) override;
  void tick(const InputMapper& input, ScreenStack& stack) override;
  // The wheel, Page Up/Down and the pad's shoulder buttons scroll a long list of sets.
  bool on_raw_event(const sf::Event& e, ScreenStack& stack) override;
  void draw(sf::RenderTarget& target, const Layout& layout, double alpha) override;

  TrainerPage page() const { return page_; }
  int selected() const { return selected_; }
  // The set at row i once it is ready (curated sets take a few seconds).
  std::optional<sb::trainer::TrialSet> set_at(int i);
  // Opens the next unscored trial of the chosen set (the first again when all are scored).
  bool open(ScreenStack& stack);
  const std::shared_ptr<const scenario::Scenario>& scenario() const { return scenario_; }
  // Where set row i was drawn last, clipped to the list's visible part (empty when scrolled out of sight).
  sf::FloatRect row_rect(int i) const;
  const ScrollBox& sets_scroll() const { return sets_scroll_; }

 private:
  void reload();
  int rows() const { return 3 + static_cast<int>(data_.imported.size()); }
  void draw_sets(Canvas& t, const Layout& layout);
  float stored_height(float ui_scale) const;  // the "stored only here: PATH" line, wrapped
  void draw_progress(Canvas& t, const Layout& layout);

  AppContext& ctx_;
  TrainerPage page_;
  std::shared_ptr<const scenario::Scenario> scenario_;
  std::unique_ptr<Curator> curator_;
  sb::trainer::TrainerData data_;
  std::string problem_;    // the practice file could not be read (it was set aside)
  std::string path_;       // where practice is kept
  int selected_ = 0;
  std::vector<sf::FloatRect> hot_;  // the two tabs, then one per set row
  ScrollBox sets_scroll_;           // more sets than fit: the list scrolls to the one in hand
  double reloaded_at_ = -1;
};

// Trials per curated set.
inline constexpr int kCuratedTrials = 6;

}  // namespace sb::app::trainer_ui
