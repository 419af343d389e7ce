#pragma once
// A recorded play shown again. Two uses: a debrief reason ("choosing one replays
// that moment"): the recording is stepped headless to a few seconds before the
// moment and then plays in a framed view over the debrief; and `securebase replay
// FILE`: the whole recording, full screen, with speed keys, then its debrief.
// The session is stepped with the recorded inputs, so it is the same play.
#include <memory>
#include <string>

#include "app/platform/app_context.hpp"
#include "app/screens/debrief/pane_view.hpp"
#include "app/screens/screen.hpp"
#include "sim/recording.hpp"


namespace sb::app::debrief {

class MomentScreen : public Screen {
 public:
  // A moment at scenario time `at`: play from ~3 real seconds before to ~5 after.
  static std::unique_ptr<MomentScreen> create(AppContext& ctx, const sim::Recording& r, double at, std::string caption, int episode,
                                              std::string* error);
  // The whole recording, from the start.
  static std::unique_ptr<MomentScreen> whole(AppContext& ctx, sim::Recording r, std::string* error);
  ~MomentScreen() override;

  std::string_view name() const override { return inset_ ? "moment" : "replay"; }
  bool covers_below() const override { return !inset_; }
  void on_action(Action a, ScreenStack& stack) override;
  bool on_key(sf::Keyboard::Key k, ScreenStack& stack) override;
  void tick(const InputMapper& input, ScreenStack& stack) override;
  void draw(sf::RenderTarget& target, const Layout& layout, double alpha) override;

  std::uint64_t tick_now() const;
  std::uint64_t end_tick() const { return end_; }
  bool finished() const;
  static sf::FloatRect inset_rect() { return {240, 132, 800, 450}; }

 private:
  MomentScreen(AppContext& ctx, sim::Recording r);
  bool step_once();  // false at the end of the recording
  void restart(std::string* error);

  AppContext& ctx_;
  sim::Recording rec_;
  std::unique_ptr<PaneView> play_;
  std::size_t run_ = 0;
  std::uint32_t in_run_ = 0;
  std::uint64_t start_ = 0, end_ = 0;
  bool inset_ = true;
  bool paused_ = false;
  int speed_ = 1;
  double at_ = 0;
  int episode_ = 0;
  std::string caption_;
  bool hash_checked_ = false, hash_ok_ = false;
};

}  // namespace sb::app::debrief
