#include "app/screens/debrief/pane_view.hpp"

#include <SFML/Graphics/RenderTarget.hpp>

#include "app/render/canvas.hpp"
#include "app/screens/play/felt_light.hpp"
#include "app/screens/play/scene_view.hpp"
#include "app/art/security_shader.hpp"
#include "app/art/room_art.hpp"

namespace sb::app::debrief {

PaneView::PaneView(std::unique_ptr<sim::Session> session)
    : session_(std::move(session)), scene_(std::make_unique<SceneView>(session_->world().def())) {
  const world::RoomDef& room = session_->world().def();
  camera_.configure({-kWallPx - 20, -kBackWallPx - 20},
                    {room.width * kPixelsPerMetre + kWallPx + 20, room.height * kPixelsPerMetre + kWallPx + 20},
                    {SceneView::kViewWidth, SceneView::kViewHeight});
  snap();
  shown_security_ = session_->child().felt_security;
}
PaneView::~PaneView() = default;

sf::Vector2f PaneView::child_px(double alpha) const {
  for (const sim::AgentView& a : session_->agents())
    if (a.role == "child") return lerp_px(a.previous, a.position, alpha);
  return {0, 0};
}

// Between the child and the caregiver when both are there, so a pane shows the two together.
sf::Vector2f PaneView::focus() const {
  const sf::Vector2f child = child_px(1.0);
  for (const sim::AgentView& a : session_->agents())
    if (a.role == "caregiver" && a.present) return (child + lerp_px(a.previous, a.position, 1.0)) / 2.f + sf::Vector2f{0, -30};
  return child + sf::Vector2f{0, -30};
}

void PaneView::snap() { camera_.snap(focus()); }

void PaneView::step(const sim::InputCommand& in) {
  if (session_->ended()) return;
  session_->step(in);
  scene_->tick(*session_);
  camera_.tick(focus(), sim::kTickSeconds);
  // The world follows felt security gently, as in play.
  shown_security_ += (session_->child().felt_security - shown_security_) * 0.05;
}

void PaneView::advance(int ticks) {
  for (int i = 0; i < ticks && !session_->ended(); ++i) step(sim::InputCommand{});
}

void PaneView::draw(sf::RenderTarget& target, const Layout& layout, double alpha, bool still) {
  const sf::Vector2f cam = camera_.at(alpha);
  const float clock = still ? 0.f : static_cast<float>(session_->tick()) / sim::kTicksPerSecond;
  Canvas t(target);
  scene_->draw(t, layout, *session_, cam, alpha, shown_security_, clock, still);
  const sf::Vector2f focus = SceneView::to_canvas(child_px(alpha) + sf::Vector2f{0, -40}, cam);
  SecurityShader::fallback(t, layout, focus, drawn_security(*session_, shown_security_)); // as in play
}

}  // namespace sb::app::debrief
