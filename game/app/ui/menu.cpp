#include "app/ui/menu.hpp"

#include <algorithm>

#include "app/platform/app_context.hpp"
#include "app/art/draw_kit.hpp"
#include "app/art/palette.hpp"
#include "app/render/comfort.hpp"
#include "text/strings.hpp"
#include "app/platform/voice/voice.hpp"

namespace sb::app {
namespace pal = palette;

Menu::Menu(std::vector<std::string> items, sf::Vector2f top_centre, sf::Vector2f button_size, float gap)
    : items_(std::move(items)), top_centre_(top_centre), size_(button_size), gap_(gap) {}

void Menu::select(int i) {
  if (items_.empty()) return;
  const int n = static_cast<int>(items_.size());
  selected_ = ((i % n) + n) % n;
}

std::string Menu::label(int i) const {
  if (i < 0 || i >= static_cast<int>(items_.size())) return {};
  const std::string& item = items_[static_cast<std::size_t>(i)];
  return has_string(item) ? tr(item) : item;
}

void Menu::speak(AppContext& ctx) const {
  if (ctx.voice) ctx.voice->say(label(selected_));
}

sf::FloatRect Menu::button(int i) const {
  const float w = scaled_text_size(30) > 30.f ? std::max(size_.x, large_width_) : size_.x;
  return {top_centre_.x - w / 2, top_centre_.y + static_cast<float>(i) * (size_.y + gap_), w, size_.y};
}

std::optional<int> Menu::on_action(Action a, AppContext& ctx) {
  switch (a) {
    case Action::MoveUp:
      select(selected_ - 1);
      ctx.audio->click();
      speak(ctx);
      return std::nullopt;
    case Action::MoveDown:
      select(selected_ + 1);
      ctx.audio->click();
      speak(ctx);
      return std::nullopt;
    case Action::Confirm:
      ctx.audio->chime();
      return selected_;
    default: return std::nullopt;
  }
}

std::optional<int> Menu::on_pointer(sf::Vector2f p, bool pressed, AppContext& ctx) {
  for (int i = 0; i < static_cast<int>(items_.size()); ++i) {
    if (!button(i).contains(p)) continue;
    if (i != selected_) {
      selected_ = i;
      ctx.audio->click();
      speak(ctx);
    }
    if (pressed) {
      ctx.audio->chime();
      return i;
    }
  }
  return std::nullopt;
}

void Menu::draw(Canvas& t, const AppContext& ctx, float ui_scale) const {
  // Long labels (and longer translations) shrink to stay inside their buttons, clear
  // of the heart, and the others shrink with them: one size for the whole menu.
  const float room = button(0).width - 2 * 46.f;
  float size = 30;
  for (int i = 0; i < static_cast<int>(items_.size()); ++i)
    if (const float wide = draw::text(ctx.fonts.bold, this->label(i), 30, ui_scale, pal::kInk).getGlobalBounds().width; wide > room)
      size = std::min(size, std::max(14.f, 30 * room / wide));
  for (int i = 0; i < static_cast<int>(items_.size()); ++i) {
    const bool hot = i == selected_;
    sf::FloatRect r = button(i);
    if (hot) r.top -= 3; // the chosen button lifts a little off the page
    draw::panel(t, r, r.height / 2, hot ? pal::kButtonHot : pal::kButton, pal::kInk, hot ? 3.f : 2.f, hot ? 8.f : 5.f);
    sf::Text label = draw::text(ctx.fonts.bold, this->label(i), size, ui_scale, pal::kInk);
    // Large text grows even the smallest size: then the drawn label itself is scaled to the room.
    if (const float w = label.getGlobalBounds().width; w > room + 1) label.scale(room / w, room / w);
    draw::centre_origin(label);
    label.setPosition(r.left + r.width / 2, r.top + r.height / 2);
    t.draw(label);
    // A small heart marks the choice for those who cannot see the colour change.
    if (hot) draw::heart(t, {r.left + 34, r.top + r.height / 2}, 10.8f, pal::kBall);
  }
}

}  // namespace sb::app
