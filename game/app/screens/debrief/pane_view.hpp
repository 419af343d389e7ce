#pragma once
// One session drawn the way the scenario screen draws it (SceneView: postures,
// hazards, felt security's vignette) but without the play HUD, into any layout:
// the compare panes, the facilitator's big pane and the replayed moments share it.
#include <memory>

#include "app/render/camera.hpp"
#include "app/render/layout.hpp"
#include "sim/session.hpp"

namespace sf {
class RenderTarget;
}

namespace sb::app {
class SceneView;
}

namespace sb::app::debrief {

class PaneView {
 public:
  explicit PaneView(std::unique_ptr<sim::Session> session);
  ~PaneView();
  sim::Session& session() { return *session_; }
  const sim::Session& session() const { return *session_; }

  // Steps the session (AI child or recorded input) and keeps the camera on the child.
  void step(const sim::InputCommand& in);
  void advance(int ticks); // empty input, until the session ends
  void snap();
  void draw(sf::RenderTarget& target, const Layout& layout, double alpha, bool still);

 private:
  sf::Vector2f child_px(double alpha) const;
  sf::Vector2f focus() const;
  std::unique_ptr<sim::Session> session_;
  std::unique_ptr<SceneView> scene_;
  Camera camera_;
  double shown_security_ = 0.7;
};

}  // namespace sb::app::debrief
