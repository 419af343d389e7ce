#include "app/screens/play/caregiver_debrief_screen.hpp"

#include <cmath>
#include <vector>

#include <spdlog/spdlog.h>

#include "app/art/draw_kit.hpp"
#include "app/art/palette.hpp"
#include "app/render/canvas.hpp"
#include "app/ui/line_pacer.hpp"
#include "app/screens/screen_stack.hpp"
#include "app/screens/title/title_screen.hpp"
#include "mind/working_model.hpp"
#include "sim/caregiver_player.hpp"
#include "text/strings.hpp"

namespace sb::app {
namespace pal = palette;

namespace {

constexpr const char* kScales[4] = {"sensitivity", "acceptance", "cooperation", "accessibility"};
constexpr const char* kPresets[4] = {"sensitive", "rejecting", "inconsistent", "frightening"};
const sf::Color kYou{214, 96, 96};
const sf::Color kPresetColour{102, 146, 196};

double scale_of(const mind::CaregiverParams& p, int i) {
  return i == 0 ? p.sensitivity : i == 1 ? p.acceptance : i == 2 ? p.cooperation : p.accessibility;
}
double scale_of(const mind::CareCoding& c, int i) {
  return i == 0 ? c.sensitivity : i == 1 ? c.acceptance : i == 2 ? c.cooperation : c.accessibility;
}

std::string fixed(double v, int places) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.*f", places, v);
  return buf;
}

std::string percent(double v) { return fixed(100.0 * v, 0) + " %"; }

// The reason's values in the player's words: cue kinds and acts have their own lines.
std::string care_reason_text(const mind::Reason& r) {
  std::vector<std::string> values;
  for (const std::string& v : r.values) {
    if (has_string("care.cue." + v)) values.push_back(tr("care.cue." + v));
    else if (has_string("care.act." + v)) values.push_back(tr("care.act." + v));
    else values.push_back(v);
  }
  std::string at = r.at.size() == 2 ? tr("reason.at", {r.at[0], r.at[1]}) + " " : std::string();
  return at + tr("reason." + r.key, values);
}

std::string expectation_word(double v) {
  return tr(v >= 0.65 ? "care.debrief.expect.yes" : v >= 0.45 ? "care.debrief.expect.mixed" : "care.debrief.expect.no");
}

void wrap_text(Canvas& t, const sf::Font& font, const std::string& s, float size, float ui, sf::Color col, sf::Vector2f at,
               float width, float* bottom) {
  // Greedy word wrap on spaces; UTF-8 safe because it only splits at ASCII spaces.
  std::string line, word;
  float y = at.y;
  auto flush = [&](const std::string& l) {
    sf::Text x = draw::text(font, l, size, ui, col);
    x.setPosition(at.x, y);
    t.draw(x);
    y += size * 1.4f;
  };
  std::size_t i = 0;
  while (i <= s.size()) {
    const std::size_t sp = s.find(' ', i);
    word = s.substr(i, sp == std::string::npos ? std::string::npos : sp - i);
    const std::string trial = line.empty() ? word : line + " " + word;
    if (!line.empty() && draw::text(font, trial, size, ui, col).getGlobalBounds().width > width) {
      flush(line);
      line = word;
    } else {
      line = trial;
    }
    if (sp == std::string::npos) break;
    i = sp + 1;
  }
  if (!line.empty()) flush(line);
  if (bottom) *bottom = y;
}

}  // namespace

CaregiverDebriefScreen::CaregiverDebriefScreen(AppContext& ctx, std::unique_ptr<sim::Session> session)
    : ctx_(ctx), session_(std::move(session)) {
  if (const mind::CareLog* log = session_->mind().care_log()) coding_ = log->code();
  spdlog::info("caregiver debrief: sensitivity {:.1f}, acceptance {:.1f}, cooperation {:.1f}, accessibility {:.1f}, "
               "frightening {:.2f}, repairs {}/{}",
               coding_.sensitivity, coding_.acceptance, coding_.cooperation, coding_.accessibility, coding_.frightening,
               coding_.repairs, coding_.ruptures);
}

void CaregiverDebriefScreen::on_action(Action a, ScreenStack& stack) {
  if (a == Action::Confirm || a == Action::Back || a == Action::Pause) stack.replace(std::make_unique<TitleScreen>(ctx_));
}

void CaregiverDebriefScreen::draw(sf::RenderTarget& target, const Layout& layout, double) {
  Canvas t(target);
  t.set_view(layout.canvas_view());
  const float s = layout.ui_scale;
  draw_paper_page(t, layout, ctx_.fonts.bold, tr("care.debrief.title"));

  // Left: the four scales, 1..9, the presets as small letters above, you as a red dot.
  const sf::FloatRect left{40, 80, 600, 600};
  sf::Text caption = draw::text(ctx_.fonts.regular, tr("care.debrief.scales"), 15, s, pal::kInkSoft);
  if (const float w = caption.getGlobalBounds().width; w > left.width) caption.scale(left.width / w, left.width / w);
  caption.setPosition(left.left, left.top);
  t.draw(caption);
  const float axis_x0 = left.left + 150, axis_x1 = left.left + left.width - 20;
  auto x_of = [&](double v) { return axis_x0 + static_cast<float>((std::clamp(v, 1.0, 9.0) - 1.0) / 8.0) * (axis_x1 - axis_x0); };
  for (int i = 0; i < 4; ++i) {
    const float y = left.top + 64 + i * 70;
    sf::Text name = draw::text(ctx_.fonts.bold, tr(std::string("care.debrief.scale.") + kScales[i]), 18, s, pal::kInk);
    name.setPosition(left.left, y - 12);
    t.draw(name);
    draw::line(t, {axis_x0, y}, {axis_x1, y}, 3, pal::kInkSoft);
    for (int tick = 1; tick <= 9; ++tick) {
      draw::line(t, {x_of(tick), y - 5}, {x_of(tick), y + 5}, 2, pal::kInkSoft);
      sf::Text n = draw::text(ctx_.fonts.regular, std::to_string(tick), 12, s, pal::kInkSoft);
      n.setPosition(x_of(tick) - 3, y + 8);
      t.draw(n);
    }
    // Presets that sit close on a scale stack upwards, so no letter hides another.
    std::vector<sf::Vector2f> placed;
    for (int p = 0; p < 4; ++p) {
      const float x = x_of(scale_of(mind::preset(kPresets[p]), i)) - 5;
      int row = 0;
      for (const sf::Vector2f& q : placed)
        if (std::abs(q.x - x) < 14 && static_cast<int>(q.y) >= row) row = static_cast<int>(q.y) + 1;
      placed.push_back({x, static_cast<float>(row)});
      const std::string name = tr(std::string("care.debrief.preset.") + kPresets[p]);
      sf::Text letter = draw::text(ctx_.fonts.bold, std::string(utf8_prefix(name, 1)), 14, s, kPresetColour);
      letter.setPosition(x, y - 30 - 15.f * row);
      t.draw(letter);
    }
    const double you = scale_of(coding_, i);
    sf::CircleShape dot(9);
    dot.setOrigin(9, 9);
    dot.setPosition(x_of(you), y);
    dot.setFillColor(kYou);
    dot.setOutlineColor(pal::kInk);
    dot.setOutlineThickness(2);
    t.draw(dot);
    sf::Text value = draw::text(ctx_.fonts.bold, fixed(you, 1), 15, s, kYou);
    value.setPosition(x_of(you) + 12, y - 24);
    t.draw(value);
  }
  // Legend.
  float ly = left.top + 64 + 4 * 70 - 22;
  sf::Text legend = draw::text(ctx_.fonts.regular,
                               "      " + tr("care.debrief.you") + "     " + tr("care.debrief.preset.sensitive") + "   " +
                                   tr("care.debrief.preset.rejecting") + "   " + tr("care.debrief.preset.inconsistent") +
                                   "   " + tr("care.debrief.preset.frightening"),
                               14, s, pal::kInk);
  if (const float w = legend.getGlobalBounds().width; w > left.width) legend.scale(left.width / w, left.width / w);
  legend.setPosition(left.left, ly);
  t.draw(legend);
  sf::CircleShape you_dot(7); // the font may lack a bullet: the legend's dot is drawn
  you_dot.setPosition(left.left + 2, ly + 3);
  you_dot.setFillColor(kYou);
  you_dot.setOutlineColor(pal::kInk);
  you_dot.setOutlineThickness(1.5f);
  t.draw(you_dot);
  ly += 34;
  const double preset_fright = mind::preset("frightening").frightening;
  wrap_text(t, ctx_.fonts.regular, tr("care.debrief.frightening", {percent(coding_.frightening), percent(preset_fright)}), 16, s,
            pal::kInk, {left.left, ly}, left.width, &ly);
  wrap_text(t, ctx_.fonts.regular,
            tr("care.debrief.latency", {std::to_string(coding_.answered), std::to_string(coding_.cues),
                                        fixed(std::max(0.0, coding_.mean_latency), 1)}),
            16, s, pal::kInk, {left.left, ly + 4}, left.width, &ly);
  wrap_text(t, ctx_.fonts.regular,
            coding_.ruptures > 0 ? tr("care.debrief.repair", {std::to_string(coding_.repairs), std::to_string(coding_.ruptures)})
                                 : tr("care.debrief.repair.none"),
            16, s, pal::kInk, {left.left, ly + 4}, left.width, &ly);

  // Right: what the child learned, in its own questions.
  const sf::FloatRect right{680, 80, 560, 600};
  sf::Text learned = draw::text(ctx_.fonts.bold, tr("care.debrief.learned"), 20, s, pal::kInk);
  learned.setPosition(right.left, right.top - 4);
  t.draw(learned);
  const mind::WorkingModel& wm = session_->mind().working_model();
  const std::pair<const char*, double> expectations[4] = {{"available", wm.available()}, {"accepting", wm.accepting()},
                                                          {"predictable", wm.predictable()}, {"safe", wm.safe()}};
  float ry = right.top + 30;
  for (const auto& [key, v] : expectations) {
    sf::Text q = draw::text(ctx_.fonts.regular, tr(std::string("care.debrief.expect.") + key), 16, s, pal::kInk);
    q.setPosition(right.left, ry);
    t.draw(q);
    const sf::FloatRect bar{right.left + 290, ry + 4, 150, 14};
    draw::panel(t, bar, 6, pal::kPaperDeep, pal::kInkSoft, 1, 0);
    draw::panel(t, {bar.left, bar.top, bar.width * static_cast<float>(std::clamp(v, 0.0, 1.0)), bar.height}, 6, kPresetColour,
                sf::Color::Transparent, 0, 0);
    sf::Text w = draw::text(ctx_.fonts.regular, expectation_word(v), 15, s, pal::kInk);
    w.setPosition(bar.left + bar.width + 10, ry);
    t.draw(w);
    ry += 28;
  }
  wrap_text(t, ctx_.fonts.regular, tr(std::string("care.debrief.strategy.") + mind::to_string(session_->mind().strategy())), 16,
            s, pal::kInk, {right.left, ry + 4}, right.width, &ry);
  if (const auto outcome = session_->outcome())
    wrap_text(t, ctx_.fonts.bold, tr("care.debrief.pattern", {tr("debrief.pattern." + sim::outcome_name(outcome->pattern) + ".short")}),
              16, s, pal::kInk, {right.left, ry + 4}, right.width, &ry);

  sf::Text moments = draw::text(ctx_.fonts.bold, tr("care.debrief.moments"), 20, s, pal::kInk);
  moments.setPosition(right.left, ry + 16);
  t.draw(moments);
  ry += 48;
  if (coding_.reasons.empty())
    wrap_text(t, ctx_.fonts.regular, tr("care.debrief.moments.none"), 15, s, pal::kInk, {right.left, ry}, right.width, &ry);
  for (std::size_t i = 0; i < coding_.reasons.size() && ry < 600; ++i)
    wrap_text(t, ctx_.fonts.regular, "• " + care_reason_text(coding_.reasons[i]), 15, s, pal::kInk, {right.left, ry + 2}, right.width, &ry);

  // The kind word, always.
  float ky = 0;
  draw::panel(t, {40, 628, 1200, 62}, 12, pal::kPaperDeep, pal::kInkSoft, 1, 0);
  wrap_text(t, ctx_.fonts.regular, tr("care.debrief.kind"), 16, s, pal::kInk, {56, 636}, 1170, &ky);
  sf::Text keys = draw::text(ctx_.fonts.regular, tr("care.debrief.keys"), 14, s, pal::kInkSoft);
  keys.setPosition(1240 - keys.getGlobalBounds().width, 30);
  t.draw(keys);
}

void draw_paper_page(Canvas& t, const Layout& layout, const sf::Font& bold, const std::string& title) {
  sf::RectangleShape bg({kCanvasWidth, kCanvasHeight});
  bg.setFillColor(pal::kPaper);
  t.draw(bg);
  sf::Text text = draw::text(bold, title, 30, layout.ui_scale, pal::kInk);
  text.setPosition(40, 22);
  t.draw(text);
}

std::unique_ptr<Screen> caregiver_debrief_screenshot(AppContext& ctx) {
  if (!ctx.session.scenario) return nullptr;
  sim::SessionConfig c = ctx.session;
  c.caregiver_played = true;
  auto session = std::make_unique<sim::Session>(c);
  sim::ScriptedCaregiver who(*sim::care_policy("warm-prompt"), c.seed);
  while (!session->ended() && session->tick() < 60ull * 60 * 40) {
    sim::InputCommand in;
    in.caregiver_act = who.tick(*session->mind().care_log(), session->child(), session->scenario_time(), true);
    session->step(in);
  }
  return std::make_unique<CaregiverDebriefScreen>(ctx, std::move(session));
}

}  // namespace sb::app
