#include "app/screens/play/pause_screen.hpp"

#include <spdlog/spdlog.h>

#include "app/art/draw_kit.hpp"
#include "app/art/palette.hpp"
#include "app/screens/play/scenario_screen.hpp"
#include "app/screens/screen_stack.hpp"
#include "app/screens/settings/settings_screen.hpp"
#include "app/ui/ui_kit.hpp"
#include "text/strings.hpp"
#include "app/screens/title/title_screen.hpp"

namespace sb::app {
namespace pal = palette;
namespace {
enum Item { kResume, kRestart, kSaveQuit, kSettings, kTitle };
// Over a scene: five items on a taller card. Over the free playroom: three, as before.
struct CardLayout {
  sf::FloatRect card;
  float title_y, menu_y, hint_y;
  sf::Vector2f button;
  float gap;
};
const CardLayout kScene{{kCanvasWidth / 2 - 250, 96, 500, 560}, 150, 206, 622, {340, 58}, 12};
const CardLayout kPlayroom{{kCanvasWidth / 2 - 230, 150, 460, 440}, 212, 270, 556, {320, 64}, 18};
const CardLayout& layout_for(bool scene) { return scene ? kScene : kPlayroom; }

std::vector<std::string> items(bool scene) {
  if (scene) return {"pause.resume", "pause.restart", "pause.save_quit", "pause.settings", "pause.title"};
  return {"pause.resume", "pause.settings", "pause.title"};
}

// The menu's index as an Item (the playroom has no restart or save).
Item item_at(int i, bool scene) {
  if (scene) return static_cast<Item>(i);
  return i == 0 ? kResume : i == 1 ? kSettings : kTitle;
}
}  // namespace

PauseScreen::PauseScreen(AppContext& ctx, ScenarioScreen* scene)
    : ctx_(ctx), scene_(scene),
      menu_(items(scene != nullptr), {kCanvasWidth / 2, layout_for(scene).menu_y}, layout_for(scene).button, layout_for(scene).gap) {
  menu_.set_large_text_width(layout_for(scene).card.width - 40); // large text: as wide as the card allows
}

void PauseScreen::choose(int index, ScreenStack& stack) {
  switch (item_at(index, scene_ != nullptr)) {
    case kResume:
      spdlog::info("pause: resume");
      stack.pop();
      return;
    case kRestart:
      stack.pop();
      scene_->restart(stack);
      return;
    case kSaveQuit:
      if (auto failed = scene_->save_now()) {
        notice_ = *failed; // stay: quitting now would lose the play
        return;
      }
      spdlog::info("pause: saved; quitting");
      stack.quit();
      return;
    case kSettings:
      stack.push(std::make_unique<SettingsScreen>(ctx_));
      return;
    case kTitle:
      // The scene is kept, so the title can offer to continue it.
      if (scene_) (void)scene_->save_now();
      spdlog::info("pause: back to title");
      stack.reset(std::make_unique<TitleScreen>(ctx_));
      return;
  }
}

void PauseScreen::on_action(Action a, ScreenStack& stack) {
  if (a == Action::Pause || a == Action::Back) {
    choose(0, stack);
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
  const CardLayout& l = layout_for(scene_ != nullptr);
  const sf::FloatRect card = l.card;
  draw::panel(t, card, 28, pal::kPaper, pal::kInk, 3, 12);
  sf::Text title = draw::text(ctx_.fonts.bold, tr("pause.title_text"), 46, layout.ui_scale, pal::kInk);
  play_ui::fit_width(title, card.width - 60);
  draw::centre_origin(title);
  title.setPosition(kCanvasWidth / 2, l.title_y);
  t.draw(title);
  menu_.draw(t, ctx_, layout.ui_scale);
  const std::string& line = notice_.empty() ? tr("pause.hint") : notice_;
  sf::Text hint = draw::text(ctx_.fonts.regular, line, 18, layout.ui_scale, notice_.empty() ? pal::kInkSoft : pal::kInk);
  play_ui::fit_width(hint, card.width - 40); // large text: the hint shrinks to stay on the card
  draw::centre_origin(hint);
  hint.setPosition(kCanvasWidth / 2, l.hint_y);
  t.draw(hint);
}

}  // namespace sb::app
