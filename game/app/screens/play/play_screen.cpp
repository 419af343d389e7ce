#include "app/screens/play/play_screen.hpp"

#include "app/screens/play/debug_overlay.hpp"

#include <algorithm>
#include <cmath>

#include <spdlog/spdlog.h>

#include "app/art/draw_kit.hpp"
#include "app/art/mood.hpp"
#include "app/art/palette.hpp"
#include "app/screens/play/pause_screen.hpp"
#include "app/art/room_art.hpp"
#include "app/screens/screen_stack.hpp"
#include "app/render/comfort.hpp"
#include "app/art/figure_pose.hpp"
#include "text/strings.hpp"

namespace sb::app {
namespace pal = palette;
PlayScreen::PlayScreen(AppContext& ctx) : PlayScreen(ctx, std::make_unique<sim::Session>(ctx.session)) {}

PlayScreen::PlayScreen(AppContext& ctx, std::unique_ptr<sim::Session> session)
    : ctx_(ctx), session_(std::move(session)), scene_(session_->world().def()), debug_draw_(kPixelsPerMetre) {
  const world::RoomDef& room = session_->world().def();
  camera_.configure({-kWallPx - 20, -kBackWallPx - 20},
                    {room.width * kPixelsPerMetre + kWallPx + 20, room.height * kPixelsPerMetre + kWallPx + 20},
                    {kViewWidth, kViewHeight});
  snap_camera();
  const sf::Vector2f c = child_px(1.0) / kPixelsPerMetre;
  spdlog::info("play: session started ({}, caregiver {}, seed {}); child at ({:.2f}, {:.2f})",
               session_->config().scenario ? "scenario" : "playroom", session_->config().caregiver_style,
               session_->config().seed, c.x, c.y);
}

sf::Vector2f PlayScreen::child_px(double alpha) const {
  for (const sim::AgentView& a : session_->agents())
    if (a.role == "child") return lerp_px(a.previous, a.position, alpha);
  return {0, 0};
}

void PlayScreen::snap_camera() { camera_.snap(child_px(1.0) + sf::Vector2f{0, -30}); }

void PlayScreen::advance(int ticks) {
  for (int i = 0; i < ticks && !session_->ended(); ++i) {
    session_->step(sim::InputCommand{});
    scene_.tick(*session_);
    camera_.tick(child_px(1.0) + sf::Vector2f{0, -30}, sim::kTickSeconds);
  }
  snap_camera();
}

void PlayScreen::on_action(Action a, ScreenStack& stack) {
  if (a == Action::Pause) {
    const sf::Vector2f c = child_px(1.0) / kPixelsPerMetre;
    spdlog::info("play: paused at tick {}; child at ({:.2f}, {:.2f})", session_->tick(), c.x, c.y);
    stack.push(std::make_unique<PauseScreen>(ctx_));
    return;
  }
  if (a == Action::DebugToggle) {
    ctx_.debug_overlay = !ctx_.debug_overlay;
    spdlog::info("play: debug overlay {}", ctx_.debug_overlay ? "on" : "off");
    return;
  }
  if (auto child = child_action_for(a)) queued_ = child;
}

void PlayScreen::tick(const InputMapper& input, ScreenStack&) {
  session_->step(to_command(input, queued_));
  queued_.reset();
  ++ticks_here_;
  log_world_events();
  scene_.tick(*session_);
  camera_.tick(child_px(1.0) + sf::Vector2f{0, -30}, sim::kTickSeconds);
}

void PlayScreen::log_world_events() {
  const world::World& w = session_->world();
  for (const world::WorldEvent& e : w.events()) {
    if (e.kind != world::WorldEvent::Kind::ToyPushed || e.b < 0 || e.b >= w.toy_count()) continue;
    // A push lasts many ticks; one line per toy every two seconds is plenty.
    auto it = last_push_logged_.find(e.b);
    if (it != last_push_logged_.end() && session_->tick() - it->second < 120) continue;
    last_push_logged_[e.b] = session_->tick();
    const std::string who = e.a >= 0 && e.a < static_cast<int>(w.def().agents.size()) ? w.def().agents[e.a].id : "someone";
    spdlog::info("play: toy pushed: {} by {}", w.def().toys[e.b].id, who);
  }
}

std::optional<sf::Vector2f> PlayScreen::shirt_of(const std::string& id, double alpha) const {
  return scene_.shirt_of(*session_, id, alpha);
}

sf::Vector2f PlayScreen::canvas_point(sf::Vector2f world_px, double alpha) const {
  const sf::Vector2f cam = camera_.at(alpha);
  return {(world_px.x - cam.x) * kZoom + kCanvasWidth / 2, (world_px.y - cam.y) * kZoom + kCanvasHeight / 2};
}

void PlayScreen::draw(sf::RenderTarget& target, const Layout& layout, double alpha) {
  Canvas t(target);
  const sf::Vector2f cam = camera_.at(alpha);
  // The room, its furniture, toys and people: the same scene view every scenario is drawn with.
  const double felt = session_->child().felt_security;
  const float clock = ctx_.still ? 0.8f : static_cast<float>(session_->tick()) / sim::kTicksPerSecond;
  scene_.draw(t, layout, *session_, cam, alpha, felt, clock, ctx_.still);

  // Whole world pixels, as the scene view snaps them.
  const float device = layout.ui_scale * kZoom; // device pixels per world pixel
  const sf::Vector2f snapped{std::round(cam.x * device) / device, std::round(cam.y * device) / device};
  const sf::Vector2f child = child_px(alpha);
  draw_mood(t, layout, {(child.x - snapped.x) * kZoom + kCanvasWidth / 2, (child.y - 40 - snapped.y) * kZoom + kCanvasHeight / 2},
            mood_for(felt));
  if (ctx_.debug_overlay) draw_debug_overlay(t, layout, ctx_, *session_, snapped, {kViewWidth, kViewHeight}, debug_draw_, {12, 12});
  draw_hud(t, layout);
}

void PlayScreen::draw_hud(Canvas& t, const Layout& layout) {
  t.set_view(layout.canvas_view());
  // The controls, quiet at the bottom; after half a minute they fade further.
  // High contrast keeps them solid: faded text would fail the contrast it promises.
  const bool fresh = ctx_.still || comfort().high_contrast || ticks_here_ < 30u * sim::kTicksPerSecond;
  const sf::Uint8 a = comfort().high_contrast ? 255 : fresh ? 235 : 120;
  sf::Text hint = draw::text(ctx_.fonts.regular, tr("play.hint"),
                             17, layout.ui_scale, pal::with_alpha(pal::kInk, a));
  // Large text or a wordy language: the one line shrinks to the screen's width.
  if (const float w = hint.getGlobalBounds().width; w > kCanvasWidth - 84) hint.scale((kCanvasWidth - 84) / w, (kCanvasWidth - 84) / w);
  const sf::FloatRect b = hint.getGlobalBounds();
  const float pill_h = std::max(36.f, b.height + 14);
  const sf::FloatRect pill{kCanvasWidth / 2 - b.width / 2 - 22, kCanvasHeight - 14 - pill_h, b.width + 44, pill_h};
  t.draw(draw::rounded_rect(pill, 18, pal::with_alpha(pal::kPaper, comfort().high_contrast ? 255 : fresh ? 215 : 110)));
  hint.setPosition(pill.left + 22 - (b.left - hint.getPosition().x), pill.top + pill.height / 2 - b.height / 2 - (b.top - hint.getPosition().y));
  t.draw(hint);
}

}  // namespace sb::app
