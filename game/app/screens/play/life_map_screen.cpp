#include "app/screens/play/life_map_screen.hpp"

#include <algorithm>
#include <cmath>
#include <vector>

#include <spdlog/spdlog.h>

#include "app/art/draw_kit.hpp"
#include "app/art/palette.hpp"
#include "app/screens/play/caregiver_select_screen.hpp"
#include "app/screens/play/play_memory.hpp"
#include "app/screens/play/play_setup.hpp"
#include "app/report/chart_picture.hpp"
#include "report/charts.hpp"
#include "app/ui/ui_kit.hpp"
#include "app/render/comfort.hpp"
#include "app/screens/screen_stack.hpp"
#include "text/strings.hpp"
#include "app/screens/title/title_screen.hpp"
#include "sim/session.hpp"

namespace sb::app {
namespace pal = palette;
namespace {

constexpr float kPlaceRadius = 34.f;

struct Stage {
  const char* id;      // life_stage in the scenario metadata
  const char* label;   // string id
  float x0, x1;        // the band it takes across the map
  sf::Color tint;
};
const Stage kStages[] = {
    {"infancy", "map.stage.infancy", 40, 380, sf::Color(250, 214, 196)},
    {"toddlerhood", "map.stage.toddlerhood", 380, 680, sf::Color(246, 226, 176)},
    {"school", "map.stage.school", 680, 860, sf::Color(204, 226, 196)},
    {"adulthood", "map.stage.adulthood", 860, 1040, sf::Color(196, 214, 232)},
    {"later-life", "map.stage.later", 1040, 1240, sf::Color(222, 206, 232)},
};

// Places zig-zag so that neighbouring labels never meet: odd ones sit higher.
const sf::Vector2f kPlaces[] = {{130, 306}, {290, 238}, {450, 306}, {610, 238}, {770, 306}, {950, 238}, {1130, 306}};

sf::Color stage_tint(const std::string& stage) {
  for (const Stage& s : kStages)
    if (stage == s.id) return s.tint;
  return pal::kPaperDeep;
}

// A small motif per place, so the map reads without the words.
void motif(Canvas& t, const std::string& id, sf::Vector2f c) {
  if (id == "strange-situation") {

    t.draw(draw::rounded_rect({c.x - 14, c.y - 6, 12, 12}, 2, pal::kBlockA, pal::kInk, 1.5f));
    t.draw(draw::rounded_rect({c.x + 2, c.y - 6, 12, 12}, 2, pal::kBlockB, pal::kInk, 1.5f));
    t.draw(draw::rounded_rect({c.x - 6, c.y - 18, 12, 12}, 2, pal::kBlockC, pal::kInk, 1.5f));
  } else if (id == "park") {
    t.draw(draw::ellipse(c + sf::Vector2f{0, -8}, {14, 12}, pal::kPlant, pal::kInk, 1.5f));
    draw::line(t, c + sf::Vector2f{0, 2}, c + sf::Vector2f{0, 14}, 4, pal::kWoodDark);
  } else if (id == "bedtime") {
    t.draw(draw::ellipse(c + sf::Vector2f{-2, -2}, {13, 13}, sf::Color(250, 226, 140), pal::kInk, 1.5f));
    t.draw(draw::ellipse(c + sf::Vector2f{5, -7}, {11, 11}, sf::Color(252, 246, 232)));
  } else if (id == "rupture-repair") {
    for (int i = 0; i < 3; ++i)
      t.draw(draw::rounded_rect({c.x - 16 + i * 11.f, c.y + 2 - (i == 1 ? 8.f : 0.f), 10, 10}, 2,
                                i == 0 ? pal::kBlockA : i == 1 ? pal::kBlockC : pal::kBlockB, pal::kInk, 1.5f));
  } else if (id == "first-day") {
    t.draw(draw::rounded_rect({c.x - 14, c.y - 10, 28, 22}, 4, pal::kBall, pal::kInk, 1.5f));
    draw::curve(t, c + sf::Vector2f{-7, -10}, c + sf::Vector2f{0, -22}, c + sf::Vector2f{7, -10}, 3, pal::kInk);
  } else if (id == "grown-up") {
    t.draw(draw::ellipse(c + sf::Vector2f{-7, -4}, {8, 8}, pal::kCaregiverShirt, pal::kInk, 1.5f));
    t.draw(draw::ellipse(c + sf::Vector2f{7, -4}, {8, 8}, pal::kStrangerShirt, pal::kInk, 1.5f));
  } else {
    t.draw(draw::rounded_rect({c.x - 12, c.y - 10, 20, 18}, 4, pal::kButton, pal::kInk, 1.5f));
    draw::curve(t, c + sf::Vector2f{8, -6}, c + sf::Vector2f{16, -2}, c + sf::Vector2f{8, 4}, 2.5f, pal::kInk);
    draw::curve(t, c + sf::Vector2f{-6, -16}, c + sf::Vector2f{-2, -22}, c + sf::Vector2f{-4, -28}, 2, pal::kInkSoft);
  }
}

std::string minutes_text(double m) { return tr("map.minutes", {std::to_string(static_cast<int>(std::lround(m)))}); }

}  // namespace

LifeMapScreen::LifeMapScreen(AppContext& ctx, int selected) : ctx_(ctx) {
  select(selected);
  if (!ctx.still) progress_ = load_progress();
}

namespace {
constexpr mind::Pattern kPatterns[] = {mind::Pattern::Secure, mind::Pattern::Avoidant, mind::Pattern::Anxious,
                                       mind::Pattern::Disorganized};

// A played scene: a small tick on the circle's shoulder, and one dot per outcome seen, in
// each pattern's colour (the debrief's), along the circle's lower left.
void progress_marks(Canvas& t, const storage::ScenarioProgress& p, sf::Vector2f c, float r) {
  if (p.times_played > 0) {
    const sf::Vector2f b = c + sf::Vector2f{r * 0.74f, -r * 0.74f};
    t.draw(draw::ellipse(b, {10, 10}, pal::kPaper, pal::kInk, 1.5f));
    draw::line(t, b + sf::Vector2f{-5, 0}, b + sf::Vector2f{-1, 4}, 2.5f, pal::kInk);
    draw::line(t, b + sf::Vector2f{-1, 4}, b + sf::Vector2f{5, -4}, 2.5f, pal::kInk);
  }
  int k = 0;
  for (mind::Pattern pat : kPatterns) {
    if (!p.find(sim::outcome_name(pat))) continue;
    const float a = 2.4f + 0.38f * static_cast<float>(k++); // radians, round the lower left
    const sf::Vector2f d = c + sf::Vector2f{std::cos(a) * r, std::sin(a) * r};
    t.draw(draw::ellipse(d, {6, 6}, to_sf(report::chart_colours::pattern(pat)), pal::kInk, 1.5f));
  }
}
}  // namespace

std::string LifeMapScreen::played_line(int place) const {
  if (place < 0 || place >= static_cast<int>(places())) return {};
  const storage::ScenarioProgress* p = progress_.find(scenario_list()[static_cast<std::size_t>(place)].id);
  if (!p || p->times_played == 0) return {};
  std::string seen;
  for (mind::Pattern pat : kPatterns)
    if (p->find(sim::outcome_name(pat)))
      seen += (seen.empty() ? "" : ", ") + tr("debrief.pattern." + sim::outcome_name(pat) + ".short");
  const std::string played = tr(p->times_played == 1 ? "map.played_once" : "map.played_times", {std::to_string(p->times_played)});
  return seen.empty() ? played : played + "  \xC2\xB7  " + tr("map.outcomes_seen", {seen});
}

std::size_t LifeMapScreen::places() const { return scenario_list().size(); }

sf::Vector2f LifeMapScreen::place_centre(int i) {
  return kPlaces[std::clamp(i, 0, static_cast<int>(std::size(kPlaces)) - 1)];
}

void LifeMapScreen::select(int i) {
  const int n = static_cast<int>(places());
  selected_ = n == 0 ? 0 : ((i % n) + n) % n;
  card_scroll_.to_top(); // another place's card starts at its top
}

void LifeMapScreen::choose(ScreenStack& stack) {
  if (places() == 0) return;
  const ScenarioEntry& e = scenario_list()[static_cast<std::size_t>(selected_)];
  spdlog::info("life map: chose {}", e.id);
  stack.replace(std::make_unique<CaregiverSelectScreen>(ctx_, e, selected_));
}

void LifeMapScreen::on_action(Action a, ScreenStack& stack) {
  switch (a) {
    case Action::MoveLeft:
    case Action::MoveUp:
      select(selected_ - 1);
      ctx_.audio->click();
      break;
    case Action::MoveRight:
    case Action::MoveDown:
      select(selected_ + 1);
      ctx_.audio->click();
      break;
    case Action::Choice1: case Action::Choice2: case Action::Choice3: case Action::Choice4:
      select(static_cast<int>(a) - static_cast<int>(Action::Choice1));
      ctx_.audio->click();
      break;
    case Action::Confirm:
      ctx_.audio->chime();
      choose(stack);
      break;
    case Action::Back:
      ctx_.audio->click();
      stack.replace(std::make_unique<TitleScreen>(ctx_));
      break;
    default: break;
  }
}

bool LifeMapScreen::on_raw_event(const sf::Event& e, ScreenStack&) { return card_scroll_.on_event(e); }

void LifeMapScreen::on_pointer(sf::Vector2f p, bool pressed, ScreenStack& stack) {
  for (int i = 0; i < static_cast<int>(places()); ++i) {
    const sf::Vector2f d = p - place_centre(i);
    if (d.x * d.x + d.y * d.y > (kPlaceRadius + 10) * (kPlaceRadius + 10)) continue;
    if (i != selected_) {
      select(i);
      ctx_.audio->click();
    }
    if (pressed) {
      ctx_.audio->chime();
      choose(stack);
    }
    return;
  }
}

void LifeMapScreen::draw(sf::RenderTarget& target, const Layout& layout, double) {
  Canvas t(target);
  t.set_view(layout.canvas_view());
  const float s = layout.ui_scale;
  play_ui::paper(t);
  play_ui::label_fit(t, ctx_.fonts.bold, tr("map.title"), 40, s, {60, 28}, 1160, pal::kInk);
  play_ui::label_fit(t, ctx_.fonts.regular, tr("map.subtitle"), 20, s, {62, std::max(82.f, 28 + scaled_text_size(40) * 1.2f)}, 1160,
                     pal::kInkSoft);

  const auto& list = scenario_list();
  const int n = static_cast<int>(std::min(list.size(), std::size(kPlaces)));
  // Each place's name, above the high places and below the low ones (placed first:
  // at large text sizes a band's name gives way to a place's name where they would meet).
  std::vector<sf::Text> names;
  for (int i = 0; i < n; ++i) {
    const ScenarioEntry& e = list[static_cast<std::size_t>(i)];
    const sf::Vector2f c = kPlaces[i];
    const bool hot = i == selected_;
    const float r = hot ? kPlaceRadius + 6 : kPlaceRadius;
    const std::string& title = tr_line("scenario." + e.id + ".title", e.scenario->title);
    const float size = 17;
    sf::Text label = draw::text(hot ? ctx_.fonts.bold : ctx_.fonts.regular, title, size, s, pal::kInk);
    // Names on the same side sit 320 px apart: large text shrinks a long one to keep them apart.
    play_ui::fit_width(label, 300);
    const float w = label.getGlobalBounds().width;
    const bool above = i % 2 == 1;
    // Above: 30 px over the circle at 100 %; larger text: its letters end just over the circle.
    const sf::FloatRect lb = label.getLocalBounds();
    const float lift = scaled_text_size(size) <= size ? 30.f : (lb.top + lb.height) * label.getScale().y + 4;
    // Kept on the map at its ends.
    const float x = std::clamp(c.x - w / 2, 8.f, kCanvasWidth - 8 - w);
    label.setPosition(x, above ? c.y - r - lift : c.y + r + 8);
    names.push_back(label);
  }

  // The bands of a life, soft washes behind the path, each named at its top.
  for (const Stage& st : kStages) {
    t.draw(draw::rounded_rect({st.x0 + 4, 124, st.x1 - st.x0 - 8, 260}, 26, pal::with_alpha(st.tint, 150)));
    const std::string& name = tr(st.label);
    sf::Text label = draw::text(ctx_.fonts.bold, name, 18, s, pal::kInkSoft);
    play_ui::fit_width(label, st.x1 - st.x0 - 16); // large text: a band's name stays inside its band
    // Larger text: a little higher, to leave room for the names above the high places.
    label.setPosition((st.x0 + st.x1) / 2 - label.getGlobalBounds().width / 2, 134 - (scaled_text_size(18) - 18) / 2);
    bool clear = true;
    for (const sf::Text& place : names) clear = clear && !place.getGlobalBounds().intersects(label.getGlobalBounds());
    // The card below names the chosen place's stage too, so the map loses no meaning.
    if (clear || scaled_text_size(18) <= 18.f) t.draw(label);
  }
  // The path: dashes of a gentle curve through every place.
  for (int i = 0; i + 1 < n; ++i) {
    const sf::Vector2f a = kPlaces[i], b = kPlaces[i + 1];
    const sf::Vector2f mid = (a + b) / 2.f + sf::Vector2f{0, (i % 2 == 0) ? 40.f : -40.f};
    draw::curve(t, a, mid, b, 10, pal::with_alpha(pal::kWood, 140));
    draw::curve(t, a, mid, b, 4, pal::with_alpha(pal::kPaper, 220));
  }
  for (int i = 0; i < n; ++i) {
    const ScenarioEntry& e = list[static_cast<std::size_t>(i)];
    const sf::Vector2f c = kPlaces[i];
    const bool hot = i == selected_;
    const float r = hot ? kPlaceRadius + 6 : kPlaceRadius;
    draw::soft_shadow(t, c + sf::Vector2f{0, r * 0.8f}, {r * 1.1f, r * 0.35f}, pal::kShadow);
    if (hot) draw::radial_glow(t, c, r * 2.2f, pal::with_alpha(pal::kLampGlow, 160), pal::with_alpha(pal::kLampGlow, 0));
    t.draw(draw::ellipse(c, {r, r}, hot ? pal::kButtonHot : pal::kButton, pal::kInk, hot ? 3.f : 2.f));
    t.draw(draw::ellipse(c, {r - 7, r - 7}, pal::with_alpha(stage_tint(e.scenario->life_stage), 200)));
    motif(t, e.id, c + sf::Vector2f{0, 4});
    if (const storage::ScenarioProgress* p = progress_.find(e.id)) progress_marks(t, *p, c, r);
    t.draw(names[static_cast<std::size_t>(i)]);
    // A number for the 1-4 shortcut is not offered beyond four; the numbers would mislead.
  }

  // The card of the chosen place.
  if (n > 0) {
    const ScenarioEntry& e = list[static_cast<std::size_t>(selected_)];
    const sf::FloatRect card{60, 400, 1160, 236};
    draw::panel(t, card, 22, pal::kButton, pal::kInk, 2.f, 6.f);
    draw::heart(t, {card.left + 40, card.top + 44}, 11, pal::kBall);
    const std::string& title = tr_line("scenario." + e.id + ".title", e.scenario->title);
    // The card's words scroll inside it when large text makes them taller than the card.
    card_scroll_.set_area({card.left + 50, card.top + 8, card.width - 58, card.height - 16});
    const float top = card_scroll_.begin(t, layout) - 8; // where the card's top would be
    const float tw = play_ui::label_fit(t, ctx_.fonts.bold, title, 30, s, {card.left + 64, top + 22}, card.width - 110, pal::kInk);
    std::string stage = e.scenario->life_stage == "later-life" ? tr("map.stage.later") : tr("map.stage." + e.scenario->life_stage);
    stage += "  \xC2\xB7  " + minutes_text(e.scenario->minutes);
    float y = top + 78;
    // The stage and length beside the title, or under it when there is no room beside it.
    if (card.left + 64 + tw + 22 + play_ui::text_width(ctx_.fonts.regular, stage, 19, s) <= card.left + card.width - 46) {
      play_ui::label(t, ctx_.fonts.regular, stage, 19, s, {card.left + 64 + tw + 22, top + 32}, pal::kInkSoft);
      y = std::max(y, top + 22 + play_ui::line_step(30, 1.3f) + 8);
    } else {
      const float sy = top + 22 + play_ui::line_step(30, 1.25f);
      play_ui::label_fit(t, ctx_.fonts.regular, stage, 19, s, {card.left + 64, sy}, card.width - 110, pal::kInkSoft);
      y = std::max(y, sy + play_ui::line_step(19, 1.4f));
    }
    y += play_ui::paragraph(t, ctx_.fonts.regular, tr_line("scenario." + e.id + ".summary", play_ui::squash(e.scenario->summary)), 20, s,
                            {card.left + 64, y}, card.width - 110, pal::kInk, 1.35f);
    if (const std::string played = played_line(selected_); !played.empty()) // what earlier plays of it showed
      y += 6 + play_ui::paragraph(t, ctx_.fonts.regular, played, 18, s, {card.left + 64, y + 6}, card.width - 110, pal::kInkSoft);
    card_scroll_.end(t, layout, y);
  }
  sf::Text hint = draw::text(ctx_.fonts.regular, tr("map.hint"), 17, s, pal::kInkSoft);
  play_ui::fit_width(hint, kCanvasWidth - 80);
  draw::centre_origin(hint);
  hint.setPosition(kCanvasWidth / 2, 676);
  t.draw(hint);
}

}  // namespace sb::app
