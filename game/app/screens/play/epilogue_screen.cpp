#include "app/screens/play/epilogue_screen.hpp"
#include "mind/coding.hpp"

#include <algorithm>
#include <cstdio>

#include <spdlog/spdlog.h>

#include "app/screens/debrief/debrief_screen.hpp"
#include "app/art/draw_kit.hpp"
#include "app/art/palette.hpp"
#include "app/screens/play/caregiver_debrief_screen.hpp"
#include "app/screens/play/caregiver_select_screen.hpp"
#include "app/screens/play/life_map_screen.hpp"
#include "app/ui/ui_kit.hpp"
#include "app/render/comfort.hpp"
#include "app/screens/screen_stack.hpp"
#include "sim/adult_session.hpp"
#include "text/reason_text.hpp"
#include "text/strings.hpp"
#include "app/screens/title/title_screen.hpp"

namespace sb::app {
namespace pal = palette;
namespace {
int map_index_of(const std::string& id) {
  const auto& list = scenario_list();
  for (std::size_t i = 0; i < list.size(); ++i)
    if (list[i].id == id) return static_cast<int>(i);
  return 0;
}
}  // namespace

EpilogueScreen::EpilogueScreen(AppContext& ctx, PlayResult result)
    : ctx_(ctx), result_(std::move(result)),
      menu_({tr("epilogue.again"), tr("epilogue.map"), tr("epilogue.title")}, {1000, 470}, {330, 52}, 12) {
  const scenario::Ending* e = result_.session && result_.session->story() ? result_.session->story()->ending() : nullptr;
  spdlog::info("epilogue: {}", e ? e->id : "no ending");
}

void EpilogueScreen::choose(int item, ScreenStack& stack) {
  switch (item) {
    case kAgain:
      stack.replace(std::make_unique<CaregiverSelectScreen>(ctx_, result_.choice.entry, map_index_of(result_.choice.entry.id)));
      break;
    case kMap: stack.replace(std::make_unique<LifeMapScreen>(ctx_, map_index_of(result_.choice.entry.id))); break;
    default: stack.replace(std::make_unique<TitleScreen>(ctx_)); break;
  }
}

void EpilogueScreen::open_debrief(ScreenStack& stack) {
  ctx_.audio->chime();
  // Playing the caregiver (issue 14): the player's own care is looked back on.
  if (result_.choice.caregiver_role && result_.session) {
    spdlog::info("epilogue: opening the caregiver's debrief");
    stack.replace(std::make_unique<CaregiverDebriefScreen>(ctx_, std::move(result_.session)));
    return;
  }
  // The debrief keeps the replay and explains the pattern; this screen's own summary
  // is the fallback when it cannot open.
  if (result_.session) {
    if (auto screen = debrief::debrief_after_play(ctx_, *result_.session, result_.recording, result_.changed_choices)) {
      spdlog::info("epilogue: opening the debrief");
      stack.replace(std::move(screen));
      return;
    }
  }
  page_ = 1;
  spdlog::info("epilogue: what the play looked like");
}

void EpilogueScreen::on_action(Action a, ScreenStack& stack) {
  if (page_ == 0) {
    if (a == Action::Confirm || a == Action::MoveRight) open_debrief(stack);
    // Up and Down read on when large text makes the ending longer than its card.
    if (a == Action::MoveUp || a == Action::MoveDown) main_scroll_.scroll_by((a == Action::MoveUp ? -3 : 3) * play_ui::line_step(22, 1.45f));
    return;
  }
  if (a == Action::Back || a == Action::MoveLeft) {
    page_ = 0;
    return;
  }
  if (auto chosen = menu_.on_action(a, ctx_)) choose(*chosen, stack);
}

bool EpilogueScreen::on_raw_event(const sf::Event& e, ScreenStack&) {
  if (e.type == sf::Event::MouseWheelScrolled && page_ == 1 && help_scroll_.area().contains(pointer_)) return help_scroll_.on_event(e);
  return main_scroll_.on_event(e);
}

void EpilogueScreen::on_pointer(sf::Vector2f p, bool pressed, ScreenStack& stack) {
  pointer_ = p;
  if (page_ == 0) {
    if (pressed) open_debrief(stack);
    return;
  }
  if (auto chosen = menu_.on_pointer(p, pressed, ctx_)) choose(*chosen, stack);
}

void EpilogueScreen::draw(sf::RenderTarget& target, const Layout& layout, double) {
  Canvas t(target);
  t.set_view(layout.canvas_view());
  const float s = layout.ui_scale;
  play_ui::paper(t);
  const sim::Session* session = result_.session.get();
  const sim::StoryRuntime* story = session ? session->story() : nullptr;
  const scenario::Ending* ending = story ? story->ending() : nullptr;
  const std::string scene = tr_line("scenario." + result_.choice.entry.id + ".title",
                                    result_.choice.entry.scenario ? result_.choice.entry.scenario->title : "");
  if (page_ == 0) {
    const sf::FloatRect card{140, 60, 1000, 560};
    draw::radial_glow(t, {640, 340}, 560, sf::Color(255, 222, 170, 150), sf::Color(255, 222, 170, 0));
    draw::panel(t, card, 28, pal::kButton, pal::kInk, 2.5f, 8.f);
    // The key line at the card's foot; above it the words, scrolling when large text needs more room.
    sf::Text hint = draw::text(ctx_.fonts.regular, tr("epilogue.next"), 18, s, pal::kInkSoft);
    play_ui::fit_width(hint, card.width - 60);
    draw::centre_origin(hint);
    const float hint_y = card.top + card.height - std::max(34.f, scaled_text_size(18) * 0.8f + 16);
    hint.setPosition(kCanvasWidth / 2, hint_y);
    t.draw(hint);
    main_scroll_.set_area({card.left + 10, card.top + 12, card.width - 20, hint_y - scaled_text_size(18) * 0.7f - 6 - (card.top + 12)});
    const float top = main_scroll_.begin(t, layout) - 12; // where the card's top would be
    play_ui::label_fit(t, ctx_.fonts.regular, scene, 20, s, {card.left + 50, top + 30}, card.width - 100, pal::kInkSoft);
    const std::string title = ending ? tr_line("ending." + story->scenario().id + "." + ending->id, ending->title) : tr("epilogue.none");
    float y = top + std::max(64.f, 30 + play_ui::line_step(20, 1.5f));
    y += play_ui::paragraph(t, ctx_.fonts.bold, title, 34, s, {card.left + 50, y}, card.width - 100, pal::kInk, 1.2f);
    y = std::max(y + 4, top + 150);
    if (ending)
      y += play_ui::paragraph(t, ctx_.fonts.regular, tr_line("epilogue." + story->scenario().id + "." + ending->id, play_ui::squash(ending->epilogue)),
                              22, s, {card.left + 50, y}, card.width - 100, pal::kInk, 1.45f);
    // The parts that speak of what the player did show only when it happened (FORMAT.md, <endings>).
    if (ending)
      for (const scenario::Ending::Part* part : story->epilogue())
        if (part->when)
          y += 8 + play_ui::paragraph(t, ctx_.fonts.regular, tr_line(part->line, play_ui::squash(part->text)), 22, s, {card.left + 50, y},
                                      card.width - 100, pal::kInk, 1.45f);
    main_scroll_.end(t, layout, y);
    return;
  }

  // What the play looked like: the outcome, its subgroup, the reasons (until the debrief lands).
  const auto outcome = session ? session->outcome() : std::nullopt;
  // The summary above the menu scrolls when large text makes it long; so does the help beside the menu.
  main_scroll_.set_area({60, 20, 1170, 442});
  const float top = main_scroll_.begin(t, layout) - 20;
  play_ui::label_fit(t, ctx_.fonts.bold, tr("epilogue.looked_like"), 34, s, {70, top + 34}, 1140, pal::kInk);
  float y = top + std::max(92.f, 34 + play_ui::line_step(34, 1.35f));
  if (const auto& adult = session ? session->adult_coding() : std::nullopt; adult) {
    // Grown-ups: the prototype, the two scores, and the moments that put them there.
    const std::string name = adult->prototype == mind::Prototype::Secure ? "adult.secure" : mind::to_string(adult->prototype);
    y += play_ui::text_block(t, ctx_.fonts.bold, tr("outcome." + name), 26, s, {72, y}, 1130, pal::kInk, 1.3f) - play_ui::line_step(26) +
         std::max(44.f, play_ui::line_step(26, 1.5f));
    y += play_ui::paragraph(t, ctx_.fonts.bold, tr("epilogue.adult.scores", {mind::one_decimal(adult->anxiety), mind::one_decimal(adult->avoidance)}), 19, s,
                            {72, y}, 1130, pal::kInk) + 6;
    y += play_ui::paragraph(t, ctx_.fonts.regular, tr("outcome." + name + ".about"), 19, s, {72, y}, 1130, pal::kInk) + 10;
    if (adult->unresolved) y += play_ui::paragraph(t, ctx_.fonts.regular, tr("epilogue.adult.unresolved"), 17, s, {72, y}, 1130, pal::kInkSoft) + 8;
    play_ui::label_fit(t, ctx_.fonts.bold, tr("epilogue.because"), 19, s, {72, y}, 1130, pal::kInk);
    y += std::max(32.f, play_ui::line_step(19, 1.5f));
    int shown = 0;
    for (const mind::Reason& r : sim::adult_reasons(*adult)) {
      if (++shown > 4) break;
      t.draw(draw::ellipse({84, y + 12 * scaled_text_size(17) / 17}, {4.5f, 4.5f}, pal::kBall));
      y += play_ui::paragraph(t, ctx_.fonts.regular, reason_text(r), 17, s, {100, y}, 1100, pal::kInk) + 4;
    }
  } else if (outcome) {
    const std::string name = sim::outcome_name(outcome->pattern);
    std::string headline = tr("outcome." + name);
    if (!outcome->subgroup.empty()) headline += "  (" + outcome->subgroup + ")";
    y += play_ui::text_block(t, ctx_.fonts.bold, headline, 26, s, {72, y}, 1130, pal::kInk, 1.3f) - play_ui::line_step(26) +
         std::max(44.f, play_ui::line_step(26, 1.5f));
    y += play_ui::paragraph(t, ctx_.fonts.regular, tr("outcome." + name + ".about"), 19, s, {72, y}, 1130, pal::kInk) + 10;
    play_ui::label_fit(t, ctx_.fonts.bold, tr("epilogue.because"), 19, s, {72, y}, 1130, pal::kInk);
    y += std::max(32.f, play_ui::line_step(19, 1.5f));
    int shown = 0;
    for (const mind::Reason& r : outcome->reasons) {
      if (++shown > 4) break;
      t.draw(draw::ellipse({84, y + 12 * scaled_text_size(17) / 17}, {4.5f, 4.5f}, pal::kBall));
      y += play_ui::paragraph(t, ctx_.fonts.regular, reason_text(r), 17, s, {100, y}, 1100, pal::kInk) + 4;
    }
  }
  std::string who = tr("epilogue.caregiver", {tr("caregiver." + result_.choice.style)});
  // Grown-ups name their own figure (the partner, the mentor), not "the caregiver".
  if (story && story->scenario().adult())
    for (const scenario::Actor& a : story->scenario().actors)
      if (a.role == scenario::ActorRole::Caregiver || a.role == scenario::ActorRole::Partner || a.role == scenario::ActorRole::Mentor)
        who = tr("epilogue.adult.figure", {tr_line("actor." + story->scenario().id + "." + a.id, a.name), tr("caregiver." + result_.choice.style)});
  const float who_y = std::max(y + 6, top + 430);
  main_scroll_.end(t, layout,
                   who_y + play_ui::text_block(t, ctx_.fonts.regular,
                                              result_.choice.surprise ? tr("epilogue.surprise", {tr("caregiver." + result_.choice.style)}) : who,
                                              18, s, {72, who_y}, 1130, pal::kInkSoft));
  help_scroll_.set_area({62, 464, 760, 250});
  const float help_y = help_scroll_.begin(t, layout) + 6;
  help_scroll_.end(t, layout, help_y + play_ui::paragraph(t, ctx_.fonts.regular, tr("epilogue.help"), 16, s, {72, help_y}, 640, pal::kInkSoft, 1.35f));
  // The menu sits at the right of the help text.
  menu_.draw(t, ctx_, s);
}

}  // namespace sb::app
