#include "app/screens/play/pause_screen.hpp"

#include <spdlog/spdlog.h>

#include "app/art/draw_kit.hpp"
#include "app/art/palette.hpp"
#include "app/screens/screen_stack.hpp"
#include "app/screens/settings/settings_screen.hpp"
#include "text/strings.hpp"
#include "app/screens/title/title_screen.hpp"

namespace sb::app {
namespace pal = palette;
namespace {
enum Item { kResume = 0, kSettings = 1, kTitle = 2 };
const sf::FloatRect kCard{kCanvasWidth / 2 - 230, 150, 460, 440};
}  // namespace

PauseScreen::PauseScreen(AppContext& ctx) : ctx_(ctx), menu_({"pause.resume", "pause.settings", "pause.title"}, {kCanvasWidth / 2, 270}, {320, 64}) {
  menu_.set_large_text_width(kCard.width - 40); // large text: as wide as the card allows
}

void PauseScreen::choose(int item, ScreenStack& stack) {
  if (item == kResume) {
    spdlog::info("pause: resume");
    stack.pop();
  } else if (item == kSettings) {
    stack.push(std::make_unique<SettingsScreen>(ctx_));
  } else {
    spdlog::info("pause: back to title");
    stack.reset(std::make_unique<TitleScreen>(ctx_));
  }
}

void PauseScreen::on_action(Action a, ScreenStack& stack) {
  if (a == Action::Pause || a == Action::Back) {
    choose(kResume, stack);
    return;
  }
  if (a == Action::DebugToggle) ctx_.debug_overlay = !ctx_.debug_overlay;
  if (auto chosen = menu_.on_action(a, ctx_)) choose(*chosen, stack);
}

void PauseScreen::on_pointer(sf::Vector2f p, bool pressed, ScreenStack& stack) {
  if (auto chosen = menu_.on_pointer(p, pressed, ctx_)) choose(*chosen, stack);
}

void PauseScreen::draw(sf::RenderTarget& target, const Layout& layout, double) {
  Canvas t(target);
  t.set_view(layout.canvas_view());
  sf::RectangleShape dim({kCanvasWidth, kCanvasHeight});
  dim.setFillColor(sf::Color(48, 36, 44, 120));
  t.draw(dim);
  draw::panel(t, kCard, 28, pal::kPaper, pal::kInk, 3, 12);
  sf::Text title = draw::text(ctx_.fonts.bold, tr("pause.title_text"), 46, layout.ui_scale, pal::kInk);
  draw::centre_origin(title);
  title.setPosition(kCanvasWidth / 2, 212);
  t.draw(title);
  menu_.draw(t, ctx_, layout.ui_scale);
  sf::Text hint = draw::text(ctx_.fonts.regular, tr("pause.hint"), 18, layout.ui_scale, pal::kInkSoft);
  // Large text: the hint shrinks to stay on the card.
  if (const float w = hint.getGlobalBounds().width; w > kCard.width - 40) hint.scale((kCard.width - 40) / w, (kCard.width - 40) / w);
  draw::centre_origin(hint);
  hint.setPosition(kCanvasWidth / 2, 556);
  t.draw(hint);
}

}  // namespace sb::app
