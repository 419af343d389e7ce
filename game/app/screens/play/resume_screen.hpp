#pragma once
// Coming back to a saved scene (or to the moment a player stepped back to): the play's
// recording is re-simulated through a fresh session a slice per tick, so the window
// stays alive, and a progress bar appears when it takes longer than 0.3 s. Then the
// scene screen takes over at that tick, with the state the play had there.
#include <chrono>
#include <memory>
#include <optional>

#include "app/platform/app_context.hpp"
#include "app/screens/play/play_save.hpp"
#include "app/screens/screen.hpp"
#include "sim/resume.hpp"

namespace sb::app {

class ResumeScreen : public Screen {
 public:
  // `owns_save`: the save slot holds this play (it came from there, or the play being
  // stepped back had saved there), so the play's end empties it.
  ResumeScreen(AppContext& ctx, SavedScene scene, bool owns_save = true);
  std::string_view name() const override { return "resume"; }
  void tick(const InputMapper& input, ScreenStack& stack) override;
  void draw(sf::RenderTarget& target, const Layout& layout, double alpha) override;

  static constexpr double kBarAfterSeconds = 0.3;
  double fraction() const { return resumer_ ? resumer_->fraction() : 0.0; }
  bool bar_shown() const { return bar_shown_; }

 private:
  AppContext& ctx_;
  SavedScene scene_;
  bool owns_save_;
  Backlog backlog_; // filled as the play is re-simulated
  std::unique_ptr<sim::Resumer> resumer_;
  std::string error_;
  std::chrono::steady_clock::time_point began_;
  bool started_ = false;
  bool bar_shown_ = false;
};

}  // namespace sb::app
