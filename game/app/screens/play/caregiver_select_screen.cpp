#include "app/screens/play/caregiver_select_screen.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include <spdlog/spdlog.h>

#include "app/art/draw_kit.hpp"
#include "app/art/palette.hpp"
#include "app/screens/play/life_map_screen.hpp"
#include "app/ui/ui_kit.hpp"
#include "app/render/comfort.hpp"
#include "app/screens/screen_stack.hpp"
#include "text/strings.hpp"

namespace sb::app {
namespace pal = palette;
namespace {

const char* kStyleIds[] = {"sensitive", "rejecting", "inconsistent", "frightening", "surprise", "custom"};
const char* kSliderIds[] = {"sensitivity", "acceptance", "cooperation", "accessibility", "frightening"};
constexpr float kTrackX = 900, kTrackW = 280;
// Larger text: a slider's name takes the top of its row at full size, the value its
// right end, and the track runs along the row's foot.
bool large_sliders() { return scaled_text_size(18) > 18.f; }
float track_x() { return large_sliders() ? 742.f : kTrackX; }
float track_w() { return large_sliders() ? 400.f : kTrackW; }

bool is_slider(int row) { return row >= CaregiverSelectScreen::kSlider0 && row <= CaregiverSelectScreen::kSlider4; }

}  // namespace

CaregiverSelectScreen::CaregiverSelectScreen(AppContext& ctx, ScenarioEntry entry, int map_index)
    : ctx_(ctx), map_index_(map_index) {
  choice_.entry = std::move(entry);
  choice_.seed = fresh_seed();
  choice_.autoplay = ctx.session.ai_child;
  // The scenario's default style is where the highlight starts.
  const std::string def = choice_.entry.scenario ? choice_.entry.scenario->caregiving.default_style : "";
  for (int i = 0; i < 4; ++i)
    if (def == kStyleIds[i]) focus_ = style_row_ = i;
  focus_row(focus_);
}

sf::FloatRect CaregiverSelectScreen::row_rect(int row) {
  if (row <= kCustom) return {60, 126 + 66.f * static_cast<float>(row), 620, 58};
  if (is_slider(row)) return {720, 182 + 60.f * static_cast<float>(row - kSlider0), 500, 50};
  if (row == kAutoplay) return {60, 536, 620, 58};
  return {760, 560, 420, 70}; // begin
}

double& CaregiverSelectScreen::slider_value(int i) {
  mind::CaregiverParams& p = choice_.params;
  switch (i) {
    case 0: return p.sensitivity;
    case 1: return p.acceptance;
    case 2: return p.cooperation;
    case 3: return p.accessibility;
    default: return p.frightening;
  }
}

bool CaregiverSelectScreen::focusable(int row) const { return !is_slider(row) || style_row_ == kCustom; }

void CaregiverSelectScreen::focus_row(int row) {
  focus_ = row;
  if (row <= kCustom) {
    style_row_ = row;
    choice_.surprise = row == kSurprise;
    if (row == kSurprise) {
      choice_.style = surprise_style(choice_.seed);
      choice_.params = mind::preset(choice_.style);
    } else if (row == kCustom) {
      if (choice_.style != "custom") choice_.params = mind::preset("sensitive");
      choice_.style = "custom";
    } else {
      choice_.style = kStyleIds[row];
      choice_.params = mind::preset(choice_.style);
    }
  }
}

void CaregiverSelectScreen::move_focus(int dir) {
  int r = focus_;
  for (int k = 0; k < kRows; ++k) {
    r = ((r + dir) % kRows + kRows) % kRows;
    if (focusable(r)) break;
  }
  focus_row(r);
  ctx_.audio->click();
}

void CaregiverSelectScreen::adjust(int row, int dir) {
  if (row == kAutoplay) {
    choice_.autoplay = !choice_.autoplay;
    ctx_.audio->click();
    return;
  }
  if (!is_slider(row)) return;
  const int i = row - kSlider0;
  double& v = slider_value(i);
  v = i == 4 ? std::clamp(std::round((v + 0.1 * dir) * 10) / 10, 0.0, 1.0) : std::clamp(std::round(v) + dir, 1.0, 9.0);
  ctx_.audio->click();
}

void CaregiverSelectScreen::set_slider_from(int row, float x) {
  const int i = row - kSlider0;
  const double f = std::clamp((x - track_x()) / track_w(), 0.f, 1.f);
  slider_value(i) = i == 4 ? std::round(f * 10) / 10 : std::round(1 + f * 8);
}

void CaregiverSelectScreen::begin(ScreenStack& stack) {
  spdlog::info("caregiver: {}{} chosen for {}{}", choice_.surprise ? "a hidden style" : choice_.style,
               choice_.style == "custom" ? " (" + mind::describe(choice_.params) + ")" : std::string(), choice_.entry.id,
               choice_.autoplay ? ", autoplay on" : "");
  ctx_.audio->chime();
  begin_scenario(ctx_, stack, choice_);
}

void CaregiverSelectScreen::activate(int row, ScreenStack& stack) {
  if (row == kAutoplay) return adjust(row, 1);
  if (row == kCustom) {
    focus_row(kSlider0); // into the sliders
    ctx_.audio->click();
    return;
  }
  if (is_slider(row)) {
    focus_row(kBegin);
    return;
  }
  begin(stack);
}

void CaregiverSelectScreen::on_action(Action a, ScreenStack& stack) {
  switch (a) {
    case Action::MoveUp: move_focus(-1); break;
    case Action::MoveDown: move_focus(+1); break;
    case Action::MoveLeft: adjust(focus_, -1); break;
    case Action::MoveRight: adjust(focus_, +1); break;
    case Action::Choice1: case Action::Choice2: case Action::Choice3: case Action::Choice4:
      focus_row(static_cast<int>(a) - static_cast<int>(Action::Choice1));
      ctx_.audio->click();
      break;
    case Action::Confirm: activate(focus_, stack); break;
    case Action::Back:
      ctx_.audio->click();
      stack.replace(std::make_unique<LifeMapScreen>(ctx_, map_index_));
      break;
    default: break;
  }
}

bool CaregiverSelectScreen::on_raw_event(const sf::Event& e, ScreenStack&) { return side_scroll_.on_event(e); }

void CaregiverSelectScreen::on_pointer(sf::Vector2f p, bool pressed, ScreenStack& stack) {
  for (int r = 0; r < kRows; ++r) {
    if (!focusable(r) || !row_rect(r).contains(p)) continue;
    if (r != focus_) {
      // Hovering a style shows its line; only a click picks it.
      if (!pressed && r <= kCustom) return;
      focus_row(r);
      if (!pressed) ctx_.audio->click();
    }
    if (!pressed) return;
    if (is_slider(r)) {
      set_slider_from(r, p.x);
      ctx_.audio->click();
    } else if (r == kAutoplay) {
      adjust(r, 1);
    } else if (r == kBegin) {
      begin(stack);
    } else {
      focus_row(r);
      ctx_.audio->click();
    }
    return;
  }
}

// A grown-up scene asks about a partner or a mentor in adult words ("adult.caregiver.…"),
// where the string tables have them; every other scene keeps the child's words.
std::string CaregiverSelectScreen::words(const std::string& id) const {
  const bool adult = choice_.entry.scenario && choice_.entry.scenario->adult();
  return adult && has_string("adult." + id) ? "adult." + id : id;
}

void CaregiverSelectScreen::draw(sf::RenderTarget& target, const Layout& layout, double) {
  Canvas t(target);
  t.set_view(layout.canvas_view());
  const float s = layout.ui_scale;
  play_ui::paper(t);
  play_ui::label_fit(t, ctx_.fonts.bold, tr(words("caregiver.title")), 38, s, {60, 26}, 1160, pal::kInk);
  const std::string scene = choice_.entry.scenario ? tr_line("scenario." + choice_.entry.id + ".title", choice_.entry.scenario->title) : "";
  // Large text: the subtitle shrinks to one line between the title and the rows.
  sf::Text subtitle = draw::text(ctx_.fonts.regular, tr(words("caregiver.subtitle"), {scene}), 19, s, pal::kInkSoft);
  play_ui::fit_width(subtitle, 1160);
  const float sub_y = std::max(78.f, 26 + scaled_text_size(38) * 1.15f);
  const float sub_room = 122 - sub_y; // its glyphs end above the rows at 126
  if (subtitle.getGlobalBounds().height > sub_room) subtitle.scale(sub_room / subtitle.getGlobalBounds().height, sub_room / subtitle.getGlobalBounds().height);
  subtitle.setPosition(62, sub_y);
  t.draw(subtitle);
  // A style's one-line description shows under its name while it fits; at large
  // sizes the name alone is centred in its row (the panel on the right explains the chosen one).
  const bool row_lines = scaled_text_size(21) * 1.25f + scaled_text_size(16) * 1.2f + 6 <= 58;

  for (int r = 0; r <= kCustom; ++r) {
    const sf::FloatRect b = row_rect(r);
    const bool chosen = r == style_row_, hot = r == focus_;
    draw::panel(t, b, 18, chosen ? pal::kButtonHot : pal::kButton, pal::kInk, hot ? 3.f : 1.5f, chosen ? 5.f : 3.f);
    if (chosen) draw::heart(t, {b.left + 28, b.top + b.height / 2}, 9, pal::kBall);
    const std::string id = kStyleIds[r];
    if (row_lines) {
      play_ui::label_fit(t, ctx_.fonts.bold, tr("caregiver." + id), 21, s, {b.left + 52, b.top + 5}, b.width - 64, pal::kInk);
      play_ui::label_fit(t, ctx_.fonts.regular, tr(words("caregiver." + id + ".line")), 16, s, {b.left + 52, b.top + 32}, b.width - 64,
                         pal::kInkSoft);
    } else {
      sf::Text name = draw::text(ctx_.fonts.bold, tr("caregiver." + id), 21, s, pal::kInk);
      play_ui::fit_width(name, b.width - 64);
      const sf::FloatRect nb = name.getLocalBounds();
      name.setOrigin(nb.left, nb.top + nb.height / 2);
      name.setPosition(b.left + 52, b.top + b.height / 2);
      t.draw(name);
    }
  }

  // The right side: the sliders for custom, else what the choice means.
  const sf::FloatRect side{710, 126, 520, 388};
  draw::panel(t, side, 22, pal::with_alpha(pal::kButton, 235), pal::kInk, 1.5f, 4.f);
  if (scrolled_style_ != style_row_) {
    side_scroll_.to_top(); // another style's words start at their top
    scrolled_style_ = style_row_;
  }
  if (style_row_ == kCustom) {
    play_ui::label_fit(t, ctx_.fonts.bold, tr("caregiver.custom.heading"), 21, s, {side.left + 24, side.top + (large_sliders() ? 4.f : 14.f)},
                       side.width - 48, pal::kInk);
    for (int i = 0; i < 5; ++i) {
      const int row = kSlider0 + i;
      const sf::FloatRect b = row_rect(row);
      const bool hot = focus_ == row;
      if (hot) t.draw(draw::rounded_rect(b, 14, pal::with_alpha(pal::kButtonHot, 200), pal::kInk, 2.f));
      const bool large = large_sliders();
      sf::Text name = draw::text(hot ? ctx_.fonts.bold : ctx_.fonts.regular, tr(std::string("caregiver.slider.") + kSliderIds[i]), 18, s,
                                 pal::kInk);
      // The name left of the value (100 %), or across the row's top (larger text).
      play_ui::fit_width(name, large ? b.width - 100 : kTrackX - 52 - (b.left + 14));
      name.setPosition(b.left + 14, large ? b.top - 2 : b.top + 12);
      t.draw(name);
      const double v = slider_value(i);
      const float f = i == 4 ? static_cast<float>(v) : static_cast<float>((v - 1) / 8);
      const float y = large ? b.top + b.height - 1 : b.top + b.height / 2, knob = large ? 8.f : 11.f;
      draw::line(t, {track_x(), y}, {track_x() + track_w(), y}, large ? 6.f : 8.f, pal::kPaperDeep);
      draw::line(t, {track_x(), y}, {track_x() + track_w() * f, y}, large ? 6.f : 8.f, i == 4 ? pal::kStrangerShirt : pal::kCaregiverShirt);
      t.draw(draw::ellipse({track_x() + track_w() * f, y}, {knob, knob}, pal::kButton, pal::kInk, 2.f));
      char buf[16];
      std::snprintf(buf, sizeof buf, i == 4 ? "%.1f" : "%.0f", v);
      sf::Text value = draw::text(ctx_.fonts.bold, buf, 17, s, pal::kInk);
      if (!large) {
        value.setPosition(kTrackX - 44, b.top + 13);
      } else { // at the row's right end, level with the name
        play_ui::fit_width(value, 70);
        const sf::FloatRect vb = value.getLocalBounds();
        value.setOrigin(vb.left + vb.width, 0);
        value.setPosition(b.left + b.width - 12, b.top - 2);
      }
      t.draw(value);
    }
    // The note under the sliders, scrolling in what room is left when the text is large.
    const float note_top = std::max(side.top + 348, row_rect(kSlider4).top + row_rect(kSlider4).height + 4);
    side_scroll_.set_area({side.left + 4, note_top - 4, side.width - 8, side.top + side.height - 6 - (note_top - 4)});
    const float ny = side_scroll_.begin(t, layout) + 4;
    side_scroll_.end(t, layout, ny + play_ui::paragraph(t, ctx_.fonts.regular, tr("caregiver.custom.note"), 16, s, {side.left + 24, ny},
                                                        side.width - 48, pal::kInkSoft));
  } else {
    const std::string id = kStyleIds[style_row_];
    // The words on the chosen style scroll inside the panel when the text is large.
    side_scroll_.set_area({side.left + 4, side.top + 6, side.width - 8, side.height - 12});
    const float top = side_scroll_.begin(t, layout) - 6; // where the panel's top would be
    play_ui::label_fit(t, ctx_.fonts.bold, tr("caregiver." + id), 24, s, {side.left + 24, top + 18}, side.width - 48, pal::kInk);
    const float y = top + std::max(64.f, 18 + play_ui::line_step(24, 1.5f));
    side_scroll_.end(t, layout, y + play_ui::paragraph(t, ctx_.fonts.regular, tr(words("caregiver." + id + ".more")), 18, s, {side.left + 24, y},
                                                       side.width - 48, pal::kInk, 1.4f));
  }

  // Autoplay and begin.
  const sf::FloatRect ap = row_rect(kAutoplay);
  draw::panel(t, ap, 18, pal::kButton, pal::kInk, focus_ == kAutoplay ? 3.f : 1.5f, 3.f);
  const sf::FloatRect sw{ap.left + 18, ap.top + 16, 52, 26};
  t.draw(draw::rounded_rect(sw, 13, choice_.autoplay ? pal::kPlant : pal::kPaperDeep, pal::kInk, 2.f));
  t.draw(draw::ellipse({choice_.autoplay ? sw.left + 39 : sw.left + 13, sw.top + 13}, {10, 10}, pal::kButton, pal::kInk, 1.5f));
  play_ui::label_fit(t, ctx_.fonts.bold, tr(choice_.autoplay ? "caregiver.autoplay.on" : "caregiver.autoplay.off"), 19, s,
                     {ap.left + 88, ap.top + std::min(15.f, (ap.height - scaled_text_size(19) * 1.2f) / 2)}, ap.width - 100, pal::kInk);
  play_ui::pill(t, ctx_.fonts.bold, row_rect(kBegin), tr("caregiver.begin"), 28, s, focus_ == kBegin);

  play_ui::bottom_lines(t, ctx_.fonts.regular, tr("caregiver.hint"), 16, s, kCanvasWidth / 2, 712, kCanvasWidth - 60, pal::kInkSoft, true);
}

}  // namespace sb::app
