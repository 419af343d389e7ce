#include "app/screens/settings/delete_data_screen.hpp"

#include <spdlog/spdlog.h>

#include "app/art/draw_kit.hpp"
#include "app/art/palette.hpp"
#include "app/render/comfort.hpp"
#include "app/ui/ui_kit.hpp"
#include "app/screens/screen_stack.hpp"
#include "app/screens/settings/care_page.hpp"
#include "text/strings.hpp"
#include "app/platform/voice/voice.hpp"

namespace sb::app {
namespace pal = palette;
namespace {
enum Item { kKeep = 0, kDelete = 1 };
constexpr float kMenuTop = 520;
}  // namespace

DeleteDataScreen::DeleteDataScreen(AppContext& ctx, PlayerSettings& settings)
    : ctx_(ctx), settings_(settings), menu_({"delete.keep", "delete.confirm"}, {kCanvasWidth / 2, kMenuTop}, {460, 56}, 14) {}

void DeleteDataScreen::choose(int item, ScreenStack& stack) {
  if (report_ || item == kKeep) {
    stack.pop();
    return;
  }
  report_ = settings_.delete_all_data();
  menu_ = Menu({"delete.done"}, {kCanvasWidth / 2, kMenuTop + 35}, {460, 56}, 14);
  if (ctx_.voice)
    ctx_.voice->say(report_->complete() ? tr("delete.removed", {std::to_string(report_->removed.size())})
                                        : tr("delete.incomplete"));
}

void DeleteDataScreen::on_action(Action a, ScreenStack& stack) {
  if (a == Action::Back || a == Action::Pause) {
    stack.pop();
    return;
  }
  if (auto chosen = menu_.on_action(a, ctx_)) choose(*chosen, stack);
}

void DeleteDataScreen::on_pointer(sf::Vector2f p, bool pressed, ScreenStack& stack) {
  if (auto chosen = menu_.on_pointer(p, pressed, ctx_)) choose(*chosen, stack);
}

void DeleteDataScreen::draw(sf::RenderTarget& target, const Layout& layout, double) {
  Canvas t(target);
  const float s = layout.ui_scale;
  draw_care_page(t, ctx_, layout, tr("delete.title"), tr("delete.hint"));
  std::vector<std::string> lines;
  if (!report_) {
    lines.push_back(tr("delete.what"));
    if (const auto& p = settings_.paths()) {
      for (const auto& dir : {p->data, p->config, p->state}) lines.push_back("    " + dir.string());
    } else {
      lines.push_back("    " + tr("delete.nothing_saved"));
    }
    lines.push_back(tr("delete.forever"));
  } else {
    lines.push_back(report_->complete() ? tr("delete.removed", {std::to_string(report_->removed.size())}) : tr("delete.incomplete"));
    // The folders and files themselves, the top ones first (the list is deepest first).
    std::size_t shown = 0;
    for (auto it = report_->removed.rbegin(); it != report_->removed.rend() && shown < 8; ++it, ++shown)
      lines.push_back("    " + it->string());
    if (report_->removed.size() > shown) lines.push_back("    " + tr("delete.and_more", {std::to_string(report_->removed.size() - shown)}));
    for (const storage::Problem& p : report_->problems) lines.push_back("    " + tr("delete.not_removed", {p.file.string()}));
    if (report_->removed.empty() && report_->problems.empty()) lines.push_back("    " + tr("delete.was_empty"));
  }
  float y = 120;
  for (const std::string& l : lines) {
    sf::Text text = draw::text(ctx_.fonts.regular, l, 20, s, pal::kInk);
    const float w = text.getGlobalBounds().width;
    // Larger text: sentences wrap rather than shrink back to a small size (folder paths still shrink, whole).
    if (scaled_text_size(20) > 20.f && w > kCanvasWidth - 200 && l.rfind("    ", 0) != 0) {
      y += play_ui::paragraph(t, ctx_.fonts.regular, l, 20, s, {100, y}, kCanvasWidth - 200, pal::kInk, 1.25f) + 8;
      if (y > kMenuTop - 30) break;
      continue;
    }
    if (w > kCanvasWidth - 200) text.scale((kCanvasWidth - 200) / w, (kCanvasWidth - 200) / w);
    text.setPosition(100, y);
    t.draw(text);
    y += text.getGlobalBounds().height + 14;
    if (y > kMenuTop - 30) break;
  }
  menu_.draw(t, ctx_, s);
  if (!spoke_ && ctx_.voice) {
    spoke_ = true;
    std::string all = tr("delete.title") + ". ";
    for (const std::string& l : lines) all += l + " ";
    ctx_.voice->say(all + menu_.label(menu_.selected()));
  }
}

}  // namespace sb::app
