#include "app/screens/play/first_year_screen.hpp"

#include <spdlog/spdlog.h>

#include "app/art/draw_kit.hpp"
#include "app/art/palette.hpp"
#include "app/render/canvas.hpp"
#include "app/screens/play/caregiver_screen.hpp"
#include "app/screens/play/caregiver_debrief_screen.hpp"
#include "app/screens/play/play_screenshot.hpp"
#include "app/screens/screen_stack.hpp"
#include "sim/caregiver_player.hpp"
#include "text/strings.hpp"

namespace sb::app {
namespace pal = palette;
using mind::CaregiverAct;

namespace {
const sf::Color kBar{102, 146, 196};
const sf::Color kFocus{255, 214, 150};

std::string fixed2(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2f", v);
  return buf;
}
}  // namespace

FirstYearScreen::FirstYearScreen(AppContext& ctx, PlayChoice strange_situation)
    : ctx_(ctx), ss_(std::move(strange_situation)), scene_(std::make_unique<CaregiverScreen>(ctx, ss_)),
      soothability_(scene_->scene().session().mind().temperament().soothability),
      wm_(std::make_unique<mind::WorkingModel>()) {
  year_ = std::make_unique<mind::FirstYear>(*wm_, soothability_, ss_.seed, kMoments);
  cue_ = year_->begin_moment();
  spdlog::info("first year: begins ({} moments; the child's soothability {:.2f})", kMoments, soothability_);
}

void FirstYearScreen::answer(CaregiverAct act, double seconds) {
  if (finished_ || pause_ > 0) return;
  const mind::YearMoment kind = year_->moment_kind();
  const mind::MomentResult r = year_->answer({act, seconds});
  last_ = tr(std::string("year.moment.") + mind::to_string(kind)) + ": " +
          (act == CaregiverAct::None ? tr("year.unanswered") : tr("care.you", {tr(std::string("care.act.") + mind::to_string(act))}));
  spdlog::info("first year: moment {} ({}), cue {}, answer {} after {:.1f} s; expects available {:.2f} accepting {:.2f}",
               year_->index(), mind::to_string(kind), mind::to_string(r.cue.kind), mind::to_string(act), seconds,
               r.after.available, r.after.accepting);
  pause_ = 1.2;
}

void FirstYearScreen::next_or_finish(ScreenStack* stack) {
  if (!year_->done()) {
    cue_ = year_->begin_moment();
    waited_ = 0;
    return;
  }
  if (finished_ || !stack) return;
  finished_ = true;
  spdlog::info("first year: done; the Strange Situation follows");
  // The child arrives with the year it has lived with you.
  scene_->scene().session().mind_mut().working_model_mut() = *wm_;
  stack->replace(std::move(scene_));
}

void FirstYearScreen::on_action(Action a, ScreenStack& stack) {
  const int n = static_cast<int>(CaregiverScreen::bar().size());
  switch (a) {
    case Action::MoveUp: case Action::MoveLeft: selected_ = (selected_ + n - 1) % n; break;
    case Action::MoveDown: case Action::MoveRight: selected_ = (selected_ + 1) % n; break;
    case Action::Interact: case Action::ReachUp: case Action::Confirm:
      answer(CaregiverScreen::bar()[static_cast<std::size_t>(selected_)], waited_);
      break;
    case Action::Back: case Action::Pause: stack.pop(); break;
    default: break;
  }
}

void FirstYearScreen::on_pointer(sf::Vector2f p, bool pressed, ScreenStack&) {
  for (int i = 0; i < static_cast<int>(CaregiverScreen::bar().size()); ++i)
    if (CaregiverScreen::button_rect(i).contains(p)) {
      selected_ = i;
      if (pressed) answer(CaregiverScreen::bar()[static_cast<std::size_t>(i)], waited_);
      return;
    }
}

void FirstYearScreen::tick(const InputMapper&, ScreenStack& stack) {
  constexpr double dt = 1.0 / 60.0;
  if (pause_ > 0) {
    pause_ -= dt;
    if (pause_ <= 0) next_or_finish(&stack);
    return;
  }
  waited_ += dt;
  if (waited_ >= kAnswerSeconds) answer(CaregiverAct::None, kAnswerSeconds); // the moment passes
}

void FirstYearScreen::draw(sf::RenderTarget& target, const Layout& layout, double) {
  Canvas t(target);
  t.set_view(layout.canvas_view());
  const float s = layout.ui_scale;
  draw_paper_page(t, layout, ctx_.fonts.bold, tr("year.title"));
  sf::Text month = draw::text(ctx_.fonts.regular,
                              tr("year.month", {std::to_string(std::min(12, 1 + static_cast<int>(year_->month()))),
                                                std::to_string(std::min(year_->index() + 1, kMoments)),
                                                std::to_string(kMoments)}),
                              18, s, pal::kInkSoft);
  month.setPosition(40, 64);
  t.draw(month);

  // The moment: what is happening, what she shows, how plainly, what she needs.
  const sf::FloatRect card{40, 100, 560, 250};
  draw::panel(t, card, 16, sf::Color(255, 248, 232), pal::kInk, 2, 3);
  sf::Text what = draw::text(ctx_.fonts.bold, tr(std::string("year.moment.") + mind::to_string(year_->moment_kind())), 24, s, pal::kInk);
  what.setPosition(card.left + 20, card.top + 16);
  t.draw(what);
  const sf::Uint8 alpha = static_cast<sf::Uint8>(90 + 165 * std::clamp(cue_.readability, 0.0, 1.0));
  sf::Text shows = draw::text(ctx_.fonts.regular, tr("year.she") + " " + tr(std::string("care.cue.") + mind::to_string(cue_.kind)), 20, s,
                              pal::with_alpha(pal::kInk, alpha));
  if (const float w = shows.getGlobalBounds().width; w > card.width - 40) shows.scale((card.width - 40) / w, (card.width - 40) / w);
  shows.setPosition(card.left + 20, card.top + 64);
  t.draw(shows);
  sf::Text plain = draw::text(ctx_.fonts.regular,
                              tr(cue_.readability >= 0.5 ? "care.readable.plain" : cue_.readability >= 0.3 ? "care.readable.subtle" : "care.readable.hidden"),
                              16, s, pal::kInkSoft);
  plain.setPosition(card.left + 20, card.top + 100);
  t.draw(plain);
  sf::Text need = draw::text(ctx_.fonts.regular, tr(cue_.need == mind::Need::Comfort ? "care.need.comfort" : "care.need.explore"), 16, s, pal::kInk);
  if (const float w = need.getGlobalBounds().width; w > card.width - 40) need.scale((card.width - 40) / w, (card.width - 40) / w);
  need.setPosition(card.left + 20, card.top + 130);
  t.draw(need);
  // The seconds she waits, as a shrinking bar.
  const float left = static_cast<float>(std::clamp(1.0 - waited_ / kAnswerSeconds, 0.0, 1.0));
  draw::panel(t, {card.left + 20, card.top + 176, card.width - 40, 16}, 7, pal::kPaperDeep, pal::kInkSoft, 1, 0);
  draw::panel(t, {card.left + 20, card.top + 176, (card.width - 40) * left, 16}, 7, kFocus, sf::Color::Transparent, 0, 0);
  if (!last_.empty()) {
    sf::Text l = draw::text(ctx_.fonts.regular, last_, 16, s, pal::kInkSoft);
    if (const float w = l.getGlobalBounds().width; w > card.width - 40) l.scale((card.width - 40) / w, (card.width - 40) / w);
    l.setPosition(card.left + 20, card.top + 206);
    t.draw(l);
  }

  // The inset: what she has come to expect of you, with its course over the year.
  const sf::FloatRect inset{40, 380, 560, 230};
  draw::panel(t, inset, 16, sf::Color(244, 238, 248), pal::kInk, 2, 3);
  sf::Text head = draw::text(ctx_.fonts.bold, tr("year.inset"), 19, s, pal::kInk);
  head.setPosition(inset.left + 20, inset.top + 12);
  t.draw(head);
  const char* keys[4] = {"available", "accepting", "predictable", "safe"};
  const double now[4] = {wm_->available(), wm_->accepting(), wm_->predictable(), wm_->safe()};
  for (int i = 0; i < 4; ++i) {
    const float y = inset.top + 52 + i * 42;
    sf::Text q = draw::text(ctx_.fonts.regular, tr(std::string("care.debrief.expect.") + keys[i]), 15, s, pal::kInk);
    q.setPosition(inset.left + 20, y);
    t.draw(q);
    // The course: one small step per moment so far.
    const float x0 = inset.left + 250, w = 240;
    draw::line(t, {x0, y + 28}, {x0 + w, y + 28}, 1, pal::kInkSoft);
    const auto& h = year_->history();
    sf::Vector2f prev{x0, y + 28 - 24.f * static_cast<float>(i == 3 ? mind::WorkingModel::kSafePrior : 0.5)};
    for (std::size_t k = 0; k < h.size(); ++k) {
      const double v = i == 0 ? h[k].available : i == 1 ? h[k].accepting : i == 2 ? h[k].predictable : h[k].safe;
      const sf::Vector2f p{x0 + w * static_cast<float>(k + 1) / kMoments, y + 28 - 24.f * static_cast<float>(v)};
      draw::line(t, prev, p, 3, kBar);
      prev = p;
    }
    sf::Text v = draw::text(ctx_.fonts.bold, fixed2(now[i]), 14, s, kBar);
    v.setPosition(x0 + w + 6, y + 10);
    t.draw(v);
  }

  // The bar of answers, as in a scene.
  const auto& acts = CaregiverScreen::bar();
  for (int i = 0; i < static_cast<int>(acts.size()); ++i) {
    const sf::FloatRect r = CaregiverScreen::button_rect(i);
    const bool focus = i == selected_;
    draw::panel(t, r, 8, focus ? kFocus : i < 9 ? sf::Color(255, 246, 226) : sf::Color(236, 228, 230),
                focus ? pal::kInk : pal::kInkSoft, focus ? 3.f : 1.5f, 0);
    sf::Text label = draw::text(focus ? ctx_.fonts.bold : ctx_.fonts.regular,
                                tr(std::string("care.act.") + mind::to_string(acts[static_cast<std::size_t>(i)])), 16, s, pal::kInk);
    if (const float w = label.getGlobalBounds().width; w > r.width - 20) label.scale((r.width - 20) / w, (r.width - 20) / w);
    label.setPosition(r.left + 10, r.top + 5);
    t.draw(label);
  }
  sf::Text hint = draw::text(ctx_.fonts.regular, tr("year.keys"), 15, s, pal::kInkSoft);
  hint.setPosition(40, 640);
  t.draw(hint);
}

namespace {
PlayChoice ss_choice(const AppContext& ctx) {
  PlayChoice c = choice_from_session(ctx);
  c.autoplay = false;
  c.caregiver_role = true;
  return c;
}
}  // namespace

std::unique_ptr<Screen> first_year_first_screen(AppContext& ctx) {
  if (!ctx.session.scenario) return nullptr;
  return std::make_unique<FirstYearScreen>(ctx, ss_choice(ctx));
}

std::unique_ptr<Screen> first_year_screenshot(AppContext& ctx, int moments_answered) {
  if (!ctx.session.scenario) return nullptr;
  const PlayChoice c = ss_choice(ctx);
  auto screen = std::make_unique<FirstYearScreen>(ctx, c);
  // A warm scripted caregiver answers the first moments; the picture shows the next one.
  sim::ScriptedCaregiver who(*sim::care_policy("warm-prompt"), c.seed);
  mind::Rng rng(c.seed);
  for (int i = 0; i < moments_answered && !screen->year().done(); ++i) {
    const mind::PlannedAct a = who.answer(screen->year().log().cues().back().cue, rng);
    screen->answer(a.act, std::min(a.latency, FirstYearScreen::kAnswerSeconds));
    for (int k = 0; k < 90; ++k) {
      ScreenStack none;
      screen->tick(InputMapper{}, none);
    }
  }
  return screen;
}

}  // namespace sb::app
