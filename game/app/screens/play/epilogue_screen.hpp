#pragma once
// The end of a scenario: its ending's title and epilogue; then the debrief
// (app/debrief), which keeps the replay. If the debrief cannot open, this
// screen's second page shows the pattern the play looked like, its subgroup, the
// observed moments behind it, the caregiver (revealed after "surprise me") and
// where to find help.
#include <memory>

#include "app/platform/app_context.hpp"
#include "app/ui/menu.hpp"
#include "app/screens/play/play_setup.hpp"
#include "app/screens/screen.hpp"
#include "app/ui/scroll_box.hpp"
#include "sim/recording.hpp"
#include "sim/session.hpp"

namespace sb::app {

// Everything a finished play leaves behind: for the epilogue, the debrief and a saved replay.
struct PlayResult {
  PlayChoice choice;
  sim::Recording recording;              // the inputs, with final_hash set
  std::unique_ptr<sim::Session> session; // ended; its outcome(), timeline() and story()->ending()
  std::vector<std::string> changed_choices; // stepped back and answered otherwise: "old → new"
};

class EpilogueScreen : public Screen {
 public:
  EpilogueScreen(AppContext& ctx, PlayResult result);
  std::string_view name() const override { return "epilogue"; }
  void on_action(Action a, ScreenStack& stack) override;
  void on_pointer(sf::Vector2f p, bool pressed, ScreenStack& stack) override;
  void draw(sf::RenderTarget& target, const Layout& layout, double alpha) override;
  // Text taller than its panel (large text) scrolls: Page Up/Down, the pad's shoulder buttons, the wheel.
  bool on_raw_event(const sf::Event& e, ScreenStack& stack) override;

  const PlayResult& result() const { return result_; }
  enum Item { kAgain, kMap, kTitle };

 private:
  void choose(int item, ScreenStack& stack);
  void open_debrief(ScreenStack& stack);
  ScrollBox main_scroll_, help_scroll_;
  sf::Vector2f pointer_{-1, -1};
  AppContext& ctx_;
  PlayResult result_;
  Menu menu_;
  int page_ = 0; // 0: the epilogue; 1: what the play looked like
};

}  // namespace sb::app
