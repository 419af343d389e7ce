#include "app/screens/play/content_note_screen.hpp"

#include <algorithm>

#include <spdlog/spdlog.h>

#include "app/art/draw_kit.hpp"
#include "app/art/palette.hpp"
#include "app/screens/play/caregiver_select_screen.hpp"
#include "app/screens/play/life_map_screen.hpp"
#include "app/ui/ui_kit.hpp"
#include "app/render/comfort.hpp"
#include "app/screens/screen_stack.hpp"
#include "text/strings.hpp"

namespace sb::app {
namespace pal = palette;

ContentNoteScreen::ContentNoteScreen(AppContext& ctx, PlayChoice choice)
    : ctx_(ctx), choice_(std::move(choice)),
      menu_({tr("note.continue"), tr("note.other_caregiver"), tr("note.other_scene")}, {kCanvasWidth / 2, 470}, {460, 54}, 12) {
  menu_.set_large_text_width(760); // large text: wider buttons for the longer choices
  spdlog::info("content note: {} notes before {}", notes().size(), choice_.entry.id);
}

std::vector<std::string> ContentNoteScreen::notes() const {
  std::vector<std::string> out;
  if (choice_.entry.scenario) {
    int i = 0;
    for (const std::string& n : choice_.entry.scenario->content_notes)
      out.push_back(tr_line("scenario." + choice_.entry.id + ".note." + std::to_string(++i), play_ui::squash(n)));
  }
  // The hidden caregiver must stay hidden, so "surprise me" always gets the same note.
  if (choice_.surprise) out.push_back(tr("note.surprise"));
  else if (choice_.style == "frightening" || choice_.params.frightening > 0.3) out.push_back(tr("note.frightening"));
  return out;
}

void ContentNoteScreen::choose(int item, ScreenStack& stack) {
  int map_index = 0;
  const auto& list = scenario_list();
  for (std::size_t i = 0; i < list.size(); ++i)
    if (list[i].id == choice_.entry.id) map_index = static_cast<int>(i);
  switch (item) {
    case kContinue: start_scenario_screen(ctx_, stack, choice_); break;
    case kOtherCaregiver:
      spdlog::info("content note: choosing another caregiver");
      stack.replace(std::make_unique<CaregiverSelectScreen>(ctx_, choice_.entry, map_index));
      break;
    default:
      spdlog::info("content note: choosing another scene");
      stack.replace(std::make_unique<LifeMapScreen>(ctx_, map_index));
      break;
  }
}

void ContentNoteScreen::on_action(Action a, ScreenStack& stack) {
  if (a == Action::Back) return choose(kOtherScene, stack);
  if (a >= Action::Choice1 && a <= Action::Choice3) return choose(static_cast<int>(a) - static_cast<int>(Action::Choice1), stack);
  if (auto chosen = menu_.on_action(a, ctx_)) choose(*chosen, stack);
}

bool ContentNoteScreen::on_raw_event(const sf::Event& e, ScreenStack&) { return card_scroll_.on_event(e); }

void ContentNoteScreen::on_pointer(sf::Vector2f p, bool pressed, ScreenStack& stack) {
  if (auto chosen = menu_.on_pointer(p, pressed, ctx_)) choose(*chosen, stack);
}

void ContentNoteScreen::draw(sf::RenderTarget& target, const Layout& layout, double) {
  Canvas t(target);
  t.set_view(layout.canvas_view());
  const float s = layout.ui_scale;
  play_ui::paper(t);
  const sf::FloatRect card{170, 40, 940, 390};
  draw::panel(t, card, 26, pal::kButton, pal::kInk, 2.f, 6.f);
  // The card's words scroll inside it when large text makes them taller than the card.
  card_scroll_.set_area({card.left + 8, card.top + 8, card.width - 16, card.height - 16});
  const float top = card_scroll_.begin(t, layout) - 8; // where the card's top would be
  play_ui::label_fit(t, ctx_.fonts.bold, tr("note.title"), 32, s, {card.left + 40, top + 24}, card.width - 80, pal::kInk);
  const std::string scene = choice_.entry.scenario ? tr_line("scenario." + choice_.entry.id + ".title", choice_.entry.scenario->title) : "";
  float y = top + 24 + std::max(52.f, play_ui::line_step(32, 1.4f));
  y += std::max(40.f, play_ui::text_block(t, ctx_.fonts.regular, tr("note.intro", {scene}), 19, s, {card.left + 42, y}, card.width - 84,
                                         pal::kInkSoft) +
                          12);
  for (const std::string& n : notes()) {
    t.draw(draw::ellipse({card.left + 52, y + 12 * scaled_text_size(19) / 19}, {5, 5}, pal::kBall));
    y += play_ui::paragraph(t, ctx_.fonts.regular, n, 19, s, {card.left + 70, y}, card.width - 120, pal::kInk, 1.3f) + 8;
  }
  // The reminder at the card's foot, or under the notes when they reach it.
  const std::string education = tr("note.education");
  const float edu_h = play_ui::wrapped_height(ctx_.fonts.regular, education, 16, card.width - 84, 1.3f, s);
  float ey = std::max(y, top + card.height - 46);
  if (ey + edu_h > top + card.height - 8 && ey > y) ey = std::max(y, top + card.height - 8 - edu_h);
  card_scroll_.end(t, layout, play_ui::paragraph(t, ctx_.fonts.regular, education, 16, s, {card.left + 42, ey}, card.width - 84, pal::kInkSoft) + ey);
  menu_.draw(t, ctx_, s);
}

}  // namespace sb::app
