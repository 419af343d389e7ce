#pragma once
// The debrief after playing the caregiver (issue 14): the player's care coded on
// Ainsworth's four scales beside the four preset caregivers, frightening moments
// and repairs, what the child learned about them in plain words (its working
// model's four expectations and the strategy that follows), and the moments
// worth a second look. Kind by design: one missed cue decides nothing, and repair
// matters more than perfection (Tronick & Gold 2020).
#include <memory>

#include "app/platform/app_context.hpp"
#include "app/render/canvas.hpp"
#include "app/render/layout.hpp"
#include "app/screens/screen.hpp"
#include "mind/care_log.hpp"
#include "sim/session.hpp"

namespace sb::app {

class CaregiverDebriefScreen : public Screen {
 public:
  CaregiverDebriefScreen(AppContext& ctx, std::unique_ptr<sim::Session> session);
  std::string_view name() const override { return "caregiver-debrief"; }
  void on_action(Action a, ScreenStack& stack) override;
  void draw(sf::RenderTarget& target, const Layout& layout, double alpha) override;

  const mind::CareCoding& coding() const { return coding_; }

 private:
  AppContext& ctx_;
  std::unique_ptr<sim::Session> session_;
  mind::CareCoding coding_;
};

// A plain paper page with its title, as the caregiver's debrief and the first year draw it.
void draw_paper_page(Canvas& t, const Layout& layout, const sf::Font& bold, const std::string& title);

// The debrief of a scripted warm caregiver's scene, for `screenshot --screen caregiver-debrief`.
std::unique_ptr<Screen> caregiver_debrief_screenshot(AppContext& ctx);

}  // namespace sb::app
