#pragma once
// The free playroom (`securebase play`): a sim::Session with no story, where the
// child walks, pushes toys, and the caregiver answers. The screen turns actions
// into input commands, steps the session at 60 Hz and draws the room through the
// same SceneView as every scenario (one scene renderer); drawing never changes
// the simulation.
#include <map>
#include <memory>
#include <optional>
#include <set>

#include "app/platform/app_context.hpp"
#include "app/render/box2d_debug_draw.hpp"
#include "app/render/canvas.hpp"
#include "app/render/camera.hpp"
#include "app/screens/play/scene_view.hpp"
#include "app/screens/screen.hpp"
#include "sim/session.hpp"

namespace sb::app {

class PlayScreen : public Screen {
 public:
  explicit PlayScreen(AppContext& ctx);  // starts a session from ctx.session
  PlayScreen(AppContext& ctx, std::unique_ptr<sim::Session> session);
  std::string_view name() const override { return "play"; }
  void on_action(Action a, ScreenStack& stack) override;
  void tick(const InputMapper& input, ScreenStack& stack) override;
  void draw(sf::RenderTarget& target, const Layout& layout, double alpha) override;

  sim::Session& session() { return *session_; }
  // Advance without input (screenshots, autoplay checks), keeping the camera on the child.
  void advance(int ticks);
  void snap_camera();
  // Where a world pixel lands on the 1280x720 canvas in the last drawn frame's camera.
  sf::Vector2f canvas_point(sf::Vector2f world_px, double alpha = 1.0) const;
  // A point inside an agent's shirt, in world pixels, as drawn at `alpha`.
  std::optional<sf::Vector2f> shirt_of(const std::string& agent_id, double alpha = 1.0) const;

  // Close enough that faces read on a projector: 1 world pixel is kZoom canvas pixels.
  static constexpr float kZoom = SceneView::kZoom;
  static constexpr float kViewWidth = SceneView::kViewWidth; // world pixels seen across
  static constexpr float kViewHeight = SceneView::kViewHeight;

 private:
  sf::Vector2f child_px(double alpha) const;
  void log_world_events();
  void draw_hud(Canvas& t, const Layout& layout);

  AppContext& ctx_;
  std::unique_ptr<sim::Session> session_;
  Camera camera_;
  SceneView scene_; // the room, furniture, toys and people
  Box2dDebugDraw debug_draw_;
  std::optional<mind::Action> queued_;
  std::map<int, std::uint64_t> last_push_logged_;
  std::uint64_t ticks_here_ = 0;
};

}  // namespace sb::app
