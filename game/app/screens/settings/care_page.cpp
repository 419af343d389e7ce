#include "app/screens/settings/care_page.hpp"

#include "app/platform/app_context.hpp"
#include "app/art/draw_kit.hpp"
#include "app/art/palette.hpp"
#include "app/screens/settings/player_settings.hpp"
#include "app/ui/ui_kit.hpp"
#include "text/strings.hpp"

namespace sb::app {
namespace pal = palette;

void draw_care_page(Canvas& t, const AppContext& ctx, const Layout& layout, const std::string& heading,
                    const std::string& hint) {
  t.set_view(layout.canvas_view());
  const float s = layout.ui_scale;
  sf::RectangleShape paper({kCanvasWidth, kCanvasHeight});
  paper.setFillColor(pal::kPaper);
  t.draw(paper);
  sf::Text h = draw::text(ctx.fonts.bold, heading, 46, s, pal::kInk);
  h.setPosition(90, 26);
  t.draw(h);
  sf::RectangleShape rule({kCanvasWidth - 180, 2});
  rule.setPosition(90, 96);
  rule.setFillColor(pal::with_alpha(pal::kInk, 90));
  t.draw(rule);
  // Long hints (big text, a wordy language) wrap upwards from the bottom rather than shrink.
  play_ui::bottom_lines(t, ctx.fonts.regular, hint, 17, s, 90, kCanvasHeight - 14, kCanvasWidth - 150, pal::kInkSoft);
}

std::string settings_notice(const AppContext& ctx) {
  if (!ctx.settings || !ctx.settings->problem()) return {};
  const storage::Problem& p = *ctx.settings->problem();
  const std::string id(p.message_id());
  if (!has_string(id)) return p.player_message();
  std::string text = tr(id, {p.file.filename().string()});
  if (!p.moved_to.empty()) {
    text += ' ';  // appended in steps: GCC 12 warns falsely (-Wstringop-overflow) on " " + string
    text += tr("storage.problem.kept", {p.moved_to.filename().string()});
  }
  return text;
}

bool draw_settings_notice(Canvas& t, const AppContext& ctx, float s, float x, float y) {
  const std::string notice = settings_notice(ctx);
  if (notice.empty()) return false;
  sf::Text n = draw::text(ctx.fonts.regular, notice, 17, s, pal::kInk);
  const sf::FloatRect b = n.getGlobalBounds();
  const float w = std::min(b.width, kCanvasWidth - x - 40);
  if (b.width > w) n.scale(w / b.width, w / b.width);
  const sf::FloatRect nb = n.getGlobalBounds();
  t.draw(draw::rounded_rect({x - 12, y - 6, nb.width + 24, nb.height + 18}, 10, pal::kButtonHot, pal::kInk, 1.5f));
  n.setPosition(x, y - (nb.top - n.getPosition().y));
  t.draw(n);
  return true;
}

}  // namespace sb::app
