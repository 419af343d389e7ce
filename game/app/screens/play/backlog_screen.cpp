#include "app/screens/play/backlog_screen.hpp"

#include "app/render/comfort.hpp"

#include <algorithm>

#include <spdlog/spdlog.h>

#include "app/art/draw_kit.hpp"
#include "app/art/palette.hpp"
#include "app/platform/voice/voice.hpp"
#include "app/screens/play/scenario_screen.hpp"
#include "app/screens/screen_stack.hpp"
#include "app/ui/ui_kit.hpp"
#include "text/strings.hpp"

namespace sb::app {
namespace pal = palette;
namespace {
constexpr float kTextSize = 19, kSpeakerSize = 17, kPad = 14;

std::string spoken(const Backlog::Entry& e) {
  if (e.kind == Backlog::Entry::Kind::Choice) return tr("backlog.chose", {e.text});
  return e.speaker.empty() ? e.text : e.speaker + ": " + e.text;
}
}  // namespace

sf::FloatRect BacklogScreen::panel() { return {110, 40, kCanvasWidth - 220, kCanvasHeight - 80}; }
sf::FloatRect BacklogScreen::list_area() {
  const sf::FloatRect p = panel();
  const float head = 30 + play_ui::line_step(30) + 8;
  // The key hint under the list: two lines once large text wraps it (bottom_lines).
  const float foot = (scaled_text_size(16) > 18 ? 2.f : 1.f) * play_ui::line_step(16, 1.2f) + 26;
  return {p.left + 24, p.top + head, p.width - 48, p.height - head - foot};
}

BacklogScreen::BacklogScreen(AppContext& ctx, ScenarioScreen& scene, const Backlog& backlog)
    : ctx_(ctx), scene_(scene), backlog_(backlog), scroll_(list_area()) {
  spdlog::info("backlog: opened with {} entries", backlog_.entries().size());
  if (!backlog_.empty()) select(static_cast<int>(backlog_.entries().size()) - 1);
}

void BacklogScreen::select(int i) {
  if (backlog_.empty()) return;
  selected_ = std::clamp(i, 0, static_cast<int>(backlog_.entries().size()) - 1);
  if (ctx_.voice) ctx_.voice->say(spoken(backlog_.entries()[static_cast<std::size_t>(selected_)]));
}

void BacklogScreen::on_action(Action a, ScreenStack& stack) {
  switch (a) {
    case Action::Back:
    case Action::Pause:
    case Action::Backlog:
      spdlog::info("backlog: closed");
      stack.pop();
      return;
    case Action::MoveUp: select(selected_ - 1); return;
    case Action::MoveDown: select(selected_ + 1); return;
    case Action::Confirm:
      if (selected_ >= 0) {
        const Backlog::Entry& e = backlog_.entries()[static_cast<std::size_t>(selected_)];
        spdlog::info("backlog: stepping back to {} (tick {})", e.id, e.tick);
        stack.pop();
        scene_.go_back_to(e.tick, stack);
      }
      return;
    default: return;
  }
}

bool BacklogScreen::on_raw_event(const sf::Event& e, ScreenStack& stack) {
  const bool at_end = !scroll_.more_below();
  const bool down = (e.type == sf::Event::MouseWheelScrolled && e.mouseWheelScroll.delta < 0) ||
                    (e.type == sf::Event::KeyPressed && e.key.code == sf::Keyboard::PageDown);
  if (down && at_end) { // past the newest line: back to the scene, as in Ren'Py's history
    spdlog::info("backlog: closed (scrolled past the end)");
    stack.pop();
    return true;
  }
  return scroll_.on_event(e);
}

void BacklogScreen::draw(sf::RenderTarget& target, const Layout& layout, double) {
  Canvas t(target);
  t.set_view(layout.canvas_view());
  const float s = layout.ui_scale;
  sf::RectangleShape dim({kCanvasWidth, kCanvasHeight});
  dim.setFillColor(sf::Color(48, 36, 44, 150));
  t.draw(dim);
  const sf::FloatRect p = panel();
  draw::panel(t, p, 24, pal::kPaper, pal::kInk, 3, 10);
  play_ui::label_fit(t, ctx_.fonts.bold, tr("backlog.title"), 30, s, {p.left + 28, p.top + 22}, p.width - 56, pal::kInk);

  const sf::FloatRect area = list_area();
  scroll_.set_area(area);  // the text size may have changed since the list opened
  const float w = area.width - 2 * kPad - 24; // room for the scroll marks
  boxes_.clear();
  float y = scroll_.begin(t, layout);
  if (backlog_.empty())
    y += play_ui::paragraph(t, ctx_.fonts.regular, tr("backlog.empty"), kTextSize, s, {area.left + kPad, y}, w, pal::kInkSoft);
  float sel_top = 0, sel_bottom = 0;
  for (std::size_t i = 0; i < backlog_.entries().size(); ++i) {
    const Backlog::Entry& e = backlog_.entries()[i];
    const bool choice = e.kind == Backlog::Entry::Kind::Choice;
    const std::string head = choice ? tr("backlog.you_chose") : e.speaker;
    float h = 8;
    if (!head.empty()) h += play_ui::line_step(kSpeakerSize);
    h += play_ui::wrapped_height(ctx_.fonts.regular, e.text, kTextSize, w, 1.3f, s) + 8;
    const sf::FloatRect box{area.left, y, area.width - 24, h};
    if (static_cast<int>(i) == selected_) {
      t.draw(draw::rounded_rect(box, 10, pal::kButtonHot, pal::with_alpha(pal::kInk, 120), 1.5f));
      sel_top = y, sel_bottom = y + h;
    }
    float ty = y + 6;
    if (!head.empty()) {
      play_ui::label_fit(t, ctx_.fonts.bold, head, kSpeakerSize, s, {area.left + kPad, ty}, w, choice ? pal::kInkSoft : pal::kInk);
      ty += play_ui::line_step(kSpeakerSize);
    }
    play_ui::paragraph(t, ctx_.fonts.regular, e.text, kTextSize, s, {area.left + kPad, ty}, w, choice ? pal::kInkSoft : pal::kInk);
    boxes_.push_back(box);
    y += h + 4;
  }
  if (selected_ >= 0) scroll_.follow(selected_, sel_top + scroll_.offset(), sel_bottom + scroll_.offset());
  scroll_.end(t, layout, y);

  play_ui::bottom_lines(t, ctx_.fonts.regular, tr("backlog.hint"), 16, s, p.left + 28, p.top + p.height - 14, p.width - 56, pal::kInkSoft);
}

}  // namespace sb::app
