#include "app/screens/play/debug_overlay.hpp"

#include <algorithm>
#include <cstdio>

#include "app/art/draw_kit.hpp"
#include "app/art/room_art.hpp"
#include "app/ui/ui_kit.hpp"
#include "mind/coding.hpp"
#include "sim/story_runtime.hpp"
#include "text/strings.hpp"

namespace sb::app {

std::string behaviour_system(const sim::Session& s) {
  using A = mind::Action;
  using G = mind::MoveGoal;
  switch (s.child().action) {
    case A::Call: case A::Cry: case A::ReachUp: case A::Cling: case A::MoveToward: case A::PushAway: return "attachment";
    case A::Play: case A::ShowToy: return "exploration";
    case A::Freeze: case A::MoveAway: return "wariness";
    case A::TurnAway: case A::HideFeelings: case A::None: break;
  }
  // The AI child's goal says where it is heading (a player's goal is the keys: its acts above).
  if (s.config().ai_child) switch (s.last_output().child_goal) {
      case G::TowardCaregiver: return "attachment";
      case G::TowardToy: case G::Wander: return "exploration";
      case G::AwayFromCaregiver: return "wariness";
      default: break;
    }
  // Standing still: an aroused child's attachment stays on until comfort ends it.
  return s.child().arousal > 0.55 ? "attachment" : "rest";
}

DebugBars draw_debug_overlay(Canvas& t, const Layout& layout, const AppContext& ctx, sim::Session& s, sf::Vector2f cam,
                             sf::Vector2f view_size, Box2dDebugDraw& shapes, sf::Vector2f top_left) {
  t.set_view(layout.world_view(cam, view_size));
  s.world_mut().debug_draw(shapes);
  t.flush();
  shapes.flush(t.target());
  t.set_view(layout.canvas_view());

  const float ui = layout.ui_scale;
  const double frame = ctx.stats.mean_frame_seconds();
  const mind::ChildState& c = s.child();
  char figures[160];
  std::snprintf(figures, sizeof figures, "%.2f ms (%.0f fps)  \xC2\xB7  %.1f ticks/s  \xC2\xB7  tick %llu", frame * 1000.0,
                frame > 0 ? 1.0 / frame : 0.0, ctx.stats.tick_rate(), static_cast<unsigned long long>(s.tick()));
  std::vector<std::string> lines{figures};
  if (const sim::StoryRuntime* story = s.story())
    lines.push_back(tr("debug.episode", {std::to_string(mind::episode_number(story->episode_index())), mind::clock(story->episode_time()),
                                         tr(story->holding() ? "debug.story.holds" : "debug.story.runs")}));
  lines.push_back(tr("debug.system", {tr("debug.system." + behaviour_system(s)), tr("debug.action", {mind::to_string(c.action)})}));
  lines.push_back(tr("debug.strategy", {mind::to_string(s.mind().strategy()), mind::one_decimal(s.mind().strategy_strength())}));
  for (const sim::AgentView& a : s.agents())
    if (a.role == "caregiver")
      lines.push_back(tr(a.present ? "debug.caregiver" : "debug.caregiver.away", {mind::to_string(a.answer)}));

  // Three bars, then the lines; the panel as wide as its longest line.
  const float size = 15, row = std::max(22.f, play_ui::line_step(size, 1.3f)), bar_w = 200, bar_h = 12;
  const char* bar_ids[3] = {"debug.felt_security", "debug.arousal.hidden", "debug.arousal.shown"};
  const double values[3] = {c.felt_security, c.arousal, c.expressed_distress};
  const sf::Color fills[3] = {sf::Color(120, 200, 140), sf::Color(230, 110, 100), sf::Color(240, 190, 90)};
  float label_w = 0, text_w = 0;
  for (const char* id : bar_ids) label_w = std::max(label_w, play_ui::text_width(ctx.fonts.regular, tr(id), size, ui));
  for (const std::string& l : lines) text_w = std::max(text_w, play_ui::text_width(ctx.fonts.regular, l, size, ui));
  const float width = std::min(kCanvasWidth - 2 * top_left.x, std::max(label_w + 12 + bar_w + 56, text_w) + 28);
  const float height = 14 + 3 * row + 6 + static_cast<float>(lines.size() + 1) * row + 10;
  DebugBars out;
  out.panel = {top_left.x, top_left.y, width, height};
  t.draw(draw::rounded_rect(out.panel, 10, sf::Color(40, 32, 38, 205)));
  const sf::Color ink(250, 250, 245);
  float y = top_left.y + 12;
  sf::FloatRect* tracks[3] = {&out.felt_security, &out.arousal_hidden, &out.arousal_shown};
  for (int i = 0; i < 3; ++i) {
    play_ui::label(t, ctx.fonts.regular, tr(bar_ids[i]), size, ui, {top_left.x + 14, y}, ink);
    const sf::FloatRect track{top_left.x + 14 + label_w + 12, y + (row - bar_h) / 2, bar_w, bar_h};
    *tracks[i] = track;
    t.draw(draw::rounded_rect(track, 3, sf::Color(90, 80, 86)));
    const float v = static_cast<float>(std::clamp(values[i], 0.0, 1.0));
    if (v > 0.01f) t.draw(draw::rounded_rect({track.left, track.top, track.width * v, track.height}, 3, fills[i]));
    play_ui::label(t, ctx.fonts.regular, mind::one_decimal(values[i]), size, ui, {track.left + track.width + 8, y}, ink);
    y += row;
  }
  y += 6;
  for (const std::string& l : lines) {
    play_ui::label_fit(t, ctx.fonts.regular, l, size, ui, {top_left.x + 14, y}, width - 28, ink);
    y += row;
  }
  play_ui::label_fit(t, ctx.fonts.regular, tr("debug.hide"), size, ui, {top_left.x + 14, y}, width - 28, sf::Color(200, 196, 190));
  return out;
}

}  // namespace sb::app
