#pragma once
// F3's overlay, in the free playroom and in every scenario: the physics shapes, the
// frame and tick figures, and what the model sees now — felt security, arousal as the
// body feels it and as the face shows it, which behaviour system is active, the
// strategy the child is learning, and what the caregiver is doing — so a student can
// watch the model work under the picture. Drawing never changes the session.
#include <string>

#include <SFML/Graphics/Rect.hpp>

#include "app/platform/app_context.hpp"
#include "app/render/box2d_debug_draw.hpp"
#include "app/render/canvas.hpp"
#include "app/render/layout.hpp"
#include "sim/session.hpp"

namespace sb::app {

// The active behaviour system (Bowlby; Ainsworth's secure base), read from what the
// child is doing and heading for: "attachment", "exploration", "wariness" or "rest".
std::string behaviour_system(const sim::Session& s);

// Where the overlay drew its bars (canvas pixels), for tests: each bar's full track;
// the filled part is the value's share of its width.
struct DebugBars {
  sf::FloatRect panel, felt_security, arousal_hidden, arousal_shown;
};

// The shapes through `cam` (world pixels, snapped as the scene drew them), then the panel
// at `top_left` on the canvas.
DebugBars draw_debug_overlay(Canvas& t, const Layout& layout, const AppContext& ctx, sim::Session& s, sf::Vector2f cam,
                             sf::Vector2f view_size, Box2dDebugDraw& shapes, sf::Vector2f top_left);

}  // namespace sb::app
