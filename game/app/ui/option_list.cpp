#include "app/ui/option_list.hpp"

#include <algorithm>

#include "app/platform/app_context.hpp"
#include "app/art/draw_kit.hpp"
#include "app/ui/ui_kit.hpp"
#include "app/art/palette.hpp"
#include "app/render/comfort.hpp"
#include "app/platform/voice/voice.hpp"

namespace sb::app {
namespace pal = palette;
namespace {
constexpr float kLabelSize = 22.f;
constexpr float kGroupGap = 14.f;
}  // namespace

void OptionList::set_rows(std::vector<OptionRow> rows) {
  rows_ = std::move(rows);
  select(selected_);
}

void OptionList::select(int i) {
  if (rows_.empty()) return;
  selected_ = std::clamp(i, 0, static_cast<int>(rows_.size()) - 1);
  keep_in_view();
}

// At large text a row has room for its label on two lines (a long label wraps rather
// than shrinking below its neighbours' size).
static bool two_line_rows() { return scaled_text_size(kLabelSize) > 30; }
float OptionList::row_height() const { return scaled_text_size(kLabelSize) * (two_line_rows() ? 2.3f : 1.f) + 22.f; }

sf::FloatRect OptionList::row_rect(int i) const {
  float y = area_.top - scroll_;
  for (int k = 1; k <= i && k < static_cast<int>(rows_.size()); ++k)
    y += row_height() + (rows_[static_cast<std::size_t>(k)].gap_before ? kGroupGap : 0.f);
  return {area_.left, y, area_.width, row_height()};
}

void OptionList::keep_in_view() {
  const sf::FloatRect r = row_rect(selected_);
  if (r.top < area_.top) scroll_ -= area_.top - r.top;
  if (r.top + r.height > area_.top + area_.height) scroll_ += r.top + r.height - (area_.top + area_.height);
  scroll_ = std::max(0.f, scroll_);
}

void OptionList::on_wheel(float delta) {
  const sf::FloatRect last = row_rect(static_cast<int>(rows_.size()) - 1);
  const float max_scroll = std::max(0.f, last.top + last.height + scroll_ - (area_.top + area_.height));
  scroll_ = std::clamp(scroll_ - delta * row_height(), 0.f, max_scroll);
}

std::string OptionList::spoken(int i) const {
  if (i < 0 || i >= static_cast<int>(rows_.size())) return {};
  const OptionRow& r = rows_[static_cast<std::size_t>(i)];
  std::string s = r.label ? r.label() : "";
  if (r.value) {
    const std::string v = r.value();
    if (!v.empty()) s += ": " + v;
  }
  return s;
}

void OptionList::speak_selected(AppContext& ctx) const {
  if (ctx.voice) ctx.voice->say(spoken(selected_));
}

void OptionList::trigger(int i, int direction, AppContext& ctx) {
  OptionRow& r = rows_[static_cast<std::size_t>(i)];
  if (direction == 0) {
    if (r.activate) {
      ctx.audio->chime();
      r.activate();
      return;
    }
    direction = 1;
  }
  if (r.change) {
    ctx.audio->click();
    r.change(direction);
    speak_selected(ctx);
  }
}

bool OptionList::on_action(Action a, AppContext& ctx) {
  if (rows_.empty()) return false;
  switch (a) {
    case Action::MoveUp:
    case Action::MoveDown: {
      const int n = static_cast<int>(rows_.size());
      selected_ = (selected_ + (a == Action::MoveUp ? n - 1 : 1)) % n;
      keep_in_view();
      ctx.audio->click();
      speak_selected(ctx);
      return true;
    }
    case Action::MoveLeft:
    case Action::MoveRight:
      if (!rows_[static_cast<std::size_t>(selected_)].change) return false;
      trigger(selected_, a == Action::MoveLeft ? -1 : 1, ctx);
      return true;
    case Action::Confirm: trigger(selected_, 0, ctx); return true;
    default: return false;
  }
}

bool OptionList::on_pointer(sf::Vector2f p, bool pressed, AppContext& ctx) {
  if (!area_.contains(p)) return false;
  for (int i = 0; i < static_cast<int>(rows_.size()); ++i) {
    const sf::FloatRect r = row_rect(i);
    if (!r.contains(p)) continue;
    if (i != selected_) {
      selected_ = i;
      speak_selected(ctx);
    }
    if (pressed) {
      // The left arrow takes a value down; anywhere else on the row moves it on.
      const bool left_arrow = rows_[static_cast<std::size_t>(i)].change && p.x >= value_left() && p.x < value_left() + 44;
      trigger(i, left_arrow ? -1 : 0, ctx);
    }
    return true;
  }
  return false;
}

void OptionList::draw(Canvas& t, const AppContext& ctx, float s) {
  // Rows outside the area are not drawn (a clip without a scissor: whole rows only).
  for (int i = 0; i < static_cast<int>(rows_.size()); ++i) {
    const sf::FloatRect r = row_rect(i);
    if (r.top < area_.top - 1 || r.top + r.height > area_.top + area_.height + 1) continue;
    const OptionRow& row = rows_[static_cast<std::size_t>(i)];
    const bool hot = i == selected_;
    if (hot) {
      draw::panel(t, {r.left - 10, r.top + 2, r.width + 20, r.height - 4}, 14, pal::kButtonHot, pal::kInk, 3.f, 0);
      // A marker beside the chosen row, for those who cannot see the colour change.
      sf::ConvexShape tip(3);
      tip.setPoint(0, {r.left - 30, r.top + r.height / 2 - 9});
      tip.setPoint(1, {r.left - 16, r.top + r.height / 2});
      tip.setPoint(2, {r.left - 30, r.top + r.height / 2 + 9});
      tip.setFillColor(pal::kInk);
      t.draw(tip);
    }
    const std::string label_text = row.label ? row.label() : "";
    const float label_room = value_left() - r.left - 30;
    const auto lines = play_ui::wrap(ctx.fonts.bold, label_text, kLabelSize, label_room, s);
    if (two_line_rows() && lines.size() == 2) {
      // Large text: a long label on two lines, centred in the taller row.
      const float step = scaled_text_size(kLabelSize) * 1.15f;
      for (std::size_t k = 0; k < 2; ++k) {
        const auto bytes = lines[k].toUtf8();
        sf::Text line = draw::text(ctx.fonts.bold, std::string(bytes.begin(), bytes.end()), kLabelSize, s, pal::kInk);
        line.setPosition(r.left + 12, r.top + r.height / 2 - step + static_cast<float>(k) * step - scaled_text_size(kLabelSize) * 0.1f);
        t.draw(line);
      }
    } else {
      sf::Text label = draw::text(ctx.fonts.bold, label_text, kLabelSize, s, pal::kInk);
      // Still too long: shrink to fit before the value column rather than run into it.
      if (label.getGlobalBounds().width > label_room)
        label.scale(label_room / label.getGlobalBounds().width, label_room / label.getGlobalBounds().width);
      const sf::FloatRect lb = label.getLocalBounds();
      label.setOrigin(lb.left, lb.top + lb.height / 2);
      label.setPosition(r.left + 12, r.top + r.height / 2);
      t.draw(label);
    }
    const std::string value = row.value ? row.value() : "";
    if (value.empty()) continue;
    const bool warn = row.warn && row.warn();
    std::string shown = row.change ? "\xE2\x80\xB9  " + value + "  \xE2\x80\xBA" : value;
    if (warn) shown = "(!) " + shown; // a warning mark: meaning never by colour alone
    sf::Text v = draw::text(ctx.fonts.regular, shown, kLabelSize, s, warn ? sf::Color(170, 30, 20) : pal::kInk);
    const sf::FloatRect vb = v.getLocalBounds();
    v.setOrigin(vb.left, vb.top + vb.height / 2);
    v.setPosition(value_left(), r.top + r.height / 2);
    // Too wide for its column: shrink it to fit rather than run off the edge.
    const float room = r.left + r.width - value_left() - 8;
    if (v.getGlobalBounds().width > room) v.scale(room / v.getGlobalBounds().width, room / v.getGlobalBounds().width);
    t.draw(v);
  }
  // A small triangle says there is more above or below (shapes: every font lacks some arrows).
  auto triangle = [&](float y, bool up) { draw::more_mark(t, {area_.left + area_.width - 4, y}, 10, up, pal::kInkSoft); };
  if (scroll_ > 0) triangle(area_.top - 16, true);
  const sf::FloatRect last = row_rect(static_cast<int>(rows_.size()) - 1);
  if (last.top + last.height > area_.top + area_.height + 1) triangle(area_.top + area_.height + 16, false);
}

}  // namespace sb::app
