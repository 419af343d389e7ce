#include "app/screens/compare/compare_screen.hpp"

#include <algorithm>

#include <spdlog/spdlog.h>

#include "text/reason_text.hpp"
#include "app/render/canvas.hpp"
#include "app/report/chart_picture.hpp"
#include "report/charts.hpp"
#include "app/screens/debrief/debrief_screen.hpp"
#include "app/art/draw_kit.hpp"
#include "app/art/palette.hpp"
#include "app/screens/play/play_setup.hpp"
#include "app/ui/ui_kit.hpp"
#include "app/screens/screen_stack.hpp"
#include "app/render/comfort.hpp"
#include "text/strings.hpp"
#include "app/screens/title/title_screen.hpp"
#include "mind/coding.hpp"
#include "scenario/loader.hpp"
#include "sim/replay.hpp"
#include "sim/typical_run.hpp"

namespace sb::app::debrief {
namespace pal = palette;
namespace ui = play_ui;

namespace {
constexpr int kSpeeds[] = {1, 2, 4, 8};
constexpr int kNotesSections = 4;
const char* kNotesIds[kNotesSections] = {"aim", "timing", "points", "questions"};

Layout sub_layout(const Layout& layout, sf::FloatRect r) {
  Layout l = layout;
  l.viewport = {layout.viewport.left + r.left / kCanvasWidth * layout.viewport.width,
                layout.viewport.top + r.top / kCanvasHeight * layout.viewport.height, r.width / kCanvasWidth * layout.viewport.width,
                r.height / kCanvasHeight * layout.viewport.height};
  l.ui_scale = layout.ui_scale * r.width / kCanvasWidth;
  return l;
}

std::shared_ptr<const scenario::Scenario> load_scenario(const std::string& id) {
  for (const ScenarioEntry& e : scenario_list())
    if (e.id == id) return e.scenario;
  if (auto path = scenario::find_scenario(id)) {
    auto r = scenario::load_file(*path);
    if (r.ok()) return r.scenario;
  }
  return nullptr;
}
}  // namespace

const std::array<std::string, 4>& compare_styles() {
  static const std::array<std::string, 4> s{"sensitive", "rejecting", "inconsistent", "frightening"};
  return s;
}

sf::FloatRect CompareScreen::pane_rect(int i) { return {i % 2 == 0 ? 42.f : 646.f, i < 2 ? 46.f : 383.f, 592, 333}; }

CompareScreen::CompareScreen(AppContext& ctx, std::string scenario_id, std::uint64_t seed) : ctx_(ctx), seed_(seed) {
  hide_frightening_ = comfort().content_notes;
  start(scenario_id);
}
CompareScreen::~CompareScreen() = default;

void CompareScreen::start(const std::string& id) {
  auto sc = load_scenario(id);
  scenario_id_ = sc ? id : "";
  scenario_title_ = sc ? sc->title : tr("debrief.title.playroom");
  for (int i = 0; i < 4; ++i) {
    sim::SessionConfig c;
    c.scenario = sc;
    c.caregiver = mind::preset(compare_styles()[static_cast<std::size_t>(i)]);
    c.caregiver_style = compare_styles()[static_cast<std::size_t>(i)];
    c.ai_child = true;
    // A run typical of this caregiver, not the shared seed's accident (issue 16).
    const sim::TypicalPick pick = sim::typical_seed(c, seed_);
    c.seed = pick.seed;
    spdlog::info("compare: {} pane: seed {} ({} child, as {} of {} candidates)", c.caregiver_style, c.seed,
                 mind::to_string(pick.strategy), pick.agreeing, pick.candidates);
    panes_[static_cast<std::size_t>(i)] = std::make_unique<PaneView>(std::make_unique<sim::Session>(c));
  }
  spdlog::info("compare: {} under four caregivers, seed {}", scenario_id_.empty() ? "playroom" : scenario_id_, seed_);
}

std::uint64_t CompareScreen::pane_seed(int pane) const { return panes_[static_cast<std::size_t>(pane)]->session().config().seed; }

void CompareScreen::switch_to(const std::string& id) {
  loading_ = id;
  loading_drawn_ = false;
  spdlog::info("compare: loading {}", id);
}

void CompareScreen::reroll() {
  seed_ = sim::candidate_seed(seed_, "re-roll", 0); // deterministic: the same R presses give the same runs
  spdlog::info("compare: re-rolled, seed {}", seed_);
  switch_to(scenario_id_.empty() ? std::string("strange-situation") : scenario_id_);
}

bool CompareScreen::all_ended() const {
  for (const auto& p : panes_)
    if (!p->session().ended()) return false;
  return true;
}

std::uint64_t CompareScreen::tick_of(int pane) const { return panes_[static_cast<std::size_t>(pane)]->session().tick(); }

void CompareScreen::advance(int ticks) {
  for (auto& p : panes_) p->advance(ticks);
}

std::vector<report::DebriefData> CompareScreen::debriefs() const {
  std::vector<report::DebriefData> out;
  for (const auto& p : panes_) {
    const sim::Session& s = p->session();
    // The AI child needs no input, so its recording is one long run of empty commands.
    sim::Recording r = sim::start_recording(s.config(), scenario_id_);
    sim::InputRun run;
    run.count = static_cast<std::uint32_t>(s.tick());
    if (run.count) r.inputs.push_back(run);
    r.final_hash = s.hash();
    out.push_back(report::from_session(s, std::move(r)));
  }
  return out;
}

void CompareScreen::tick(const InputMapper&, ScreenStack&) {
  if (!loading_.empty()) {
    if (!loading_drawn_) return; // the mark goes up first, then the work
    const std::string id = loading_;
    loading_.clear();
    start(id);
    return;
  }
  if (!paused_) advance(speed_);
}

void CompareScreen::on_action(Action a, ScreenStack& stack) {
  switch (a) {
    case Action::Back: stack.reset(std::make_unique<TitleScreen>(ctx_)); return;
    case Action::Confirm:
      if (all_ended()) stack.push(std::make_unique<CompareDebriefScreen>(ctx_, debriefs()));
      else paused_ = !paused_;
      return;
    case Action::MoveUp: {
      const auto* it = std::find(std::begin(kSpeeds), std::end(kSpeeds), speed_);
      if (it + 1 < std::end(kSpeeds)) speed_ = *(it + 1);
      return;
    }
    case Action::MoveDown: {
      const auto* it = std::find(std::begin(kSpeeds), std::end(kSpeeds), speed_);
      if (it != std::begin(kSpeeds) && it != std::end(kSpeeds)) speed_ = *(it - 1);
      return;
    }
    case Action::MoveRight:
      if (paused_) advance(sim::kTicksPerSecond / 2); // half a second, all four together
      return;
    default: return;
  }
}

bool CompareScreen::on_raw_event(const sf::Event& e, ScreenStack&) { return facilitator_ && notes_scroll_.on_event(e); }

bool CompareScreen::on_key(sf::Keyboard::Key k, ScreenStack& stack) {
  switch (k) {
    case sf::Keyboard::Space: paused_ = !paused_; return true;
    case sf::Keyboard::P: paused_ = !paused_; return true;
    case sf::Keyboard::F: facilitator_ = !facilitator_; return true;
    case sf::Keyboard::Num1: case sf::Keyboard::Num2: case sf::Keyboard::Num3: case sf::Keyboard::Num4:
      focus_ = static_cast<int>(k - sf::Keyboard::Num1);
      spdlog::info("compare: showing the {} caregiver", compare_styles()[static_cast<std::size_t>(focus_)]);
      return true;
    case sf::Keyboard::N: notes_ = (notes_ + 1) % kNotesSections; return true;
    case sf::Keyboard::H: hide_frightening_ = !hide_frightening_; return true;
    case sf::Keyboard::Period:
      if (paused_) advance(1);
      return true;
    case sf::Keyboard::S: {
      // The next scenario, from its start.
      const auto& ids = std::vector<std::string>{"strange-situation", "park", "bedtime", "rupture-repair", "first-day", "grown-up",
                                                 "earning-security"};
      auto it = std::find(ids.begin(), ids.end(), scenario_id_);
      switch_to(it == ids.end() || it + 1 == ids.end() ? ids.front() : *(it + 1));
      return true;
    }
    case sf::Keyboard::R: reroll(); return true;
    case sf::Keyboard::D:
      if (all_ended()) stack.push(std::make_unique<CompareDebriefScreen>(ctx_, debriefs()));
      return true;
    default: return false;
  }
}

void CompareScreen::draw_pane_label(Canvas& t, float s, int i, sf::FloatRect r, bool big) {
  const sim::Session& session = panes_[static_cast<std::size_t>(i)]->session();
  const std::string style = tr("compare.caregiver." + compare_styles()[static_cast<std::size_t>(i)]);
  const float size = big ? 34 : 26, drawn = scaled_text_size(size);
  // The style on the left and the pattern (once ended) on the right share the pane's width.
  const float room = (r.width - 40) / 2 - 40;
  sf::Text probe = draw::text(ctx_.fonts.bold, style, size, s, pal::kInk);
  ui::fit_width(probe, room);
  const float w = probe.getGlobalBounds().width + 40;
  const sf::FloatRect pill{r.left + 10, r.top + r.height - drawn - 30, w, drawn + 20};
  t.draw(draw::rounded_rect(pill, pill.height / 2, pal::with_alpha(pal::kPaper, 235), pal::kInk, 2));
  probe.setPosition(pill.left + 20, pill.top + 7);
  t.draw(probe);
  // The episode (scenarios run at their own pace, so each pane says where it is).
  if (const auto* story = session.story()) {
    const std::string ep = story->episode().title;
    const float es = big ? 22 : 16;
    sf::Text e = draw::text(ctx_.fonts.regular, ep, es, s, pal::kInk);
    ui::fit_width(e, r.width - 48);
    const float ew = std::min(r.width - 20, e.getGlobalBounds().width + 28), eh = scaled_text_size(es) + 16;
    t.draw(draw::rounded_rect({r.left + 10, r.top + 10, ew, eh}, eh / 2, pal::with_alpha(pal::kPaper, 220)));
    e.setPosition(r.left + 24, r.top + 16);
    t.draw(e);
  }
  if (session.ended()) {
    const auto o = session.outcome() ? *session.outcome() : session.mind().classify();
    const std::string name = tr("debrief.pattern." + report::pattern_key(o.pattern) + ".name");
    sf::Text n = draw::text(ctx_.fonts.bold, name, size, s, sf::Color::White);
    ui::fit_width(n, room);
    const float nw = n.getGlobalBounds().width + 40;
    const sf::FloatRect box{r.left + r.width - nw - 10, r.top + r.height - drawn - 30, nw, drawn + 20};
    t.draw(draw::rounded_rect(box, box.height / 2, to_sf(report::chart_colours::pattern(o.pattern))));
    n.setPosition(box.left + 20, box.top + 7);
    t.draw(n);
  }
}

void CompareScreen::draw(sf::RenderTarget& target, const Layout& layout, double alpha) {
  const float s = layout.ui_scale;
  {
    Canvas t(target);
    t.set_view(layout.canvas_view());
    sf::RectangleShape bg({kCanvasWidth, kCanvasHeight});
    bg.setFillColor(sf::Color(64, 52, 58));
    t.draw(bg);
    if (!loading_.empty()) { // the old scene goes at once; a card says what is coming
      std::string title = loading_;
      for (const ScenarioEntry& e : scenario_list())
        if (e.id == loading_) title = tr_line("scenario." + e.id + ".title", e.scenario->title);
      const std::string text = tr("compare.loading", {title});
      const float w = std::min(ui::text_width(ctx_.fonts.bold, text, 30, s) + 120, kCanvasWidth - 120.f);
      const sf::FloatRect card{kCanvasWidth / 2 - w / 2, kCanvasHeight / 2 - 60, w, 120};
      draw::panel(t, card, 22, pal::kPaper, pal::kInk, 2.5f, 8);
      for (int i = 0; i < 3; ++i) // three dots: something is happening
        t.draw(draw::ellipse({card.left + 40 + 14.f * i, card.top + 60}, {5, 5}, i == 1 ? pal::kBall : pal::kInkSoft));
      ui::label_fit(t, ctx_.fonts.bold, text, 30, s, {card.left + 90, card.top + 40}, card.width - 110, pal::kInk);
      loading_drawn_ = true;
      return;
    }
  }
  auto draw_pane = [&](int i, sf::FloatRect r) {
    panes_[static_cast<std::size_t>(i)]->draw(target, sub_layout(layout, r), alpha, ctx_.still || reduced_motion());
    Canvas t(target);
    t.set_view(layout.canvas_view());
    if (i == 3 && hide_frightening_) {
      t.draw(draw::rounded_rect(r, 0, pal::kPaperDeep));
      ui::paragraph(t, ctx_.fonts.regular, tr("compare.hidden"), 20, s, {r.left + 40, r.top + r.height / 2 - 50}, r.width - 80, pal::kInk, 1.35f);
    }
    t.draw(draw::rounded_rect(r, 4, sf::Color::Transparent, pal::kInk, 3));
  };

  if (!facilitator_) {
    for (int i = 0; i < 4; ++i) draw_pane(i, pane_rect(i));
    Canvas t(target);
    t.set_view(layout.canvas_view());
    for (int i = 0; i < 4; ++i) draw_pane_label(t, s, i, pane_rect(i), false);
    const std::string status = paused_ ? tr("compare.paused") : tr("compare.speed", {std::to_string(speed_)});
    // The top strip above the panes: the title on the left, the keys on the right; large text shrinks them to share it.
    const std::string keys = all_ended() ? tr("compare.keys.ended") : tr("compare.keys");
    sf::Text k = draw::text(ctx_.fonts.regular, keys, 16, s, pal::kPaper);
    sf::Text title = draw::text(ctx_.fonts.bold, tr("compare.title", {scenario_title_}) + "   \xC2\xB7   " + status, 20, s,
                                paused_ ? pal::kButtonHot : pal::kPaper);
    const float avail = kCanvasWidth - 44 - 42 - 24, both = title.getGlobalBounds().width + k.getGlobalBounds().width;
    for (sf::Text* text : {&title, &k}) {
      if (both > avail) text->scale(avail / both, avail / both);
      const float h = text->getGlobalBounds().height + (text->getGlobalBounds().top - text->getPosition().y);
      if (h > 40) text->scale(40 / h, 40 / h); // the strip above the panes is 46 px
    }
    title.setPosition(44, 10);
    t.draw(title);
    k.setPosition(kCanvasWidth - 42 - k.getGlobalBounds().width, 13);
    t.draw(k);
    return;
  }

  // Facilitator view: one pane large, big text beside it.
  const sf::FloatRect fr = focus_rect();
  draw_pane(focus_, fr);
  Canvas t(target);
  t.set_view(layout.canvas_view());
  ui::label_fit(t, ctx_.fonts.bold, scenario_title_, 34, s, {24, 18}, 660, pal::kPaper);
  const std::string status = paused_ ? tr("compare.paused") : tr("compare.speed", {std::to_string(speed_)});
  ui::label_fit(t, ctx_.fonts.bold, status, 26, s, {700, 26}, 560, all_ended() ? pal::kButtonHot : pal::kPaper);
  draw_pane_label(t, s, focus_, fr, true);
  // The four caregivers as big numbered chips.
  for (int i = 0; i < 4; ++i) {
    const sf::FloatRect chip{20.f + static_cast<float>(i) * 217.f, 592, 207, 52};
    const bool on = i == focus_;
    t.draw(draw::rounded_rect(chip, 26, on ? pal::kButtonHot : pal::with_alpha(pal::kPaper, 200), pal::kInk, on ? 3.f : 1.5f));
    sf::Text label = draw::text(on ? ctx_.fonts.bold : ctx_.fonts.regular,
                                std::to_string(i + 1) + "  " + tr("compare.caregiver." + compare_styles()[static_cast<std::size_t>(i)]), 22, s,
                                pal::kInk);
    ui::fit_width(label, chip.width - 36);
    if (scaled_text_size(22) <= 22.f) {
      label.setPosition(chip.left + 20, chip.top + 12);
    } else { // larger: centred in the chip
      const sf::FloatRect lb = label.getLocalBounds();
      label.setOrigin(lb.left, lb.top + lb.height / 2);
      label.setPosition(chip.left + 20, chip.top + chip.height / 2);
    }
    t.draw(label);
  }
  ui::label_fit(t, ctx_.fonts.regular, tr("compare.keys.facilitator"), 17, s, {24, std::min(660.f, 716 - scaled_text_size(17) * 1.25f)},
                1232, pal::kPaper); // under the notes panel too: it ends above this line
  // The notes.
  const sf::FloatRect notes{900, 92, 360, 552};
  draw::panel(t, notes, 18, pal::kPaper, pal::kInk, 2, 6);
  const std::string id = scenario_id_.empty() ? "strange-situation" : scenario_id_;
  const std::string section = kNotesIds[notes_];
  ui::label_fit(t, ctx_.fonts.regular, tr("compare.notes.page", {std::to_string(notes_ + 1), std::to_string(kNotesSections)}), 16, s,
                {notes.left + 22, notes.top + 14}, notes.width - 44, pal::kInkSoft);
  // The chosen note first, then the ones after it while they fit; large text: the note scrolls.
  if (notes_shown_ != notes_) {
    notes_scroll_.to_top();
    notes_shown_ = notes_;
  }
  const float list_top = notes.top + std::max(42.f, 14 + ui::line_step(16, 1.5f));
  notes_scroll_.set_area({notes.left + 4, list_top - 4, notes.width - 8, notes.top + notes.height - 8 - (list_top - 4)});
  float y = notes_scroll_.begin(t, layout) + 4;
  const float first = y;
  const float head = std::max(38.f, ui::line_step(26, 1.3f));
  for (int k = 0; k < kNotesSections; ++k) {
    const std::string sec = kNotesIds[(notes_ + k) % kNotesSections];
    const std::string text = tr("facilitator." + id + "." + sec);
    const float h = head + 2 + ui::wrapped_height(ctx_.fonts.regular, text, 22, notes.width - 40, 1.32f, s);
    if (k > 0 && (y - first) + (list_top - notes.top) + h > notes.height - 10) break;
    ui::label_fit(t, ctx_.fonts.bold, tr("compare.notes." + sec), 26, s, {notes.left + 20, y}, notes.width - 40, k == 0 ? pal::kInk : pal::kInkSoft);
    y += head;
    y += ui::paragraph(t, ctx_.fonts.regular, text, 22, s, {notes.left + 20, y}, notes.width - 40, pal::kInk, 1.32f) + 14;
  }
  notes_scroll_.end(t, layout, y - 14);
  (void)section;
}

namespace {
// The line under the compare debrief's title; larger text wraps it and the columns start lower.
float sub_y() { return std::max(64.f, 22 + scaled_text_size(32) * 1.2f); }
}  // namespace

sf::FloatRect CompareDebriefScreen::column(int i) const {
  return {30.f + static_cast<float>(i) * 308.f, columns_top_, 296, 656 - columns_top_};
}

bool CompareDebriefScreen::on_raw_event(const sf::Event& e, ScreenStack&) {
  return selected_ >= 0 && selected_ < 4 && reasons_scroll_[static_cast<std::size_t>(selected_)].on_event(e);
}

CompareDebriefScreen::CompareDebriefScreen(AppContext& ctx, std::vector<report::DebriefData> runs)
    : ctx_(ctx), runs_(std::move(runs)), charts_(runs_.size()) {}

void CompareDebriefScreen::open(ScreenStack& stack, int i) {
  auto d = std::make_unique<DebriefScreen>(ctx_, runs_[static_cast<std::size_t>(i)]);
  d->set_back_pops(true);
  stack.push(std::move(d));
}

void CompareDebriefScreen::on_action(Action a, ScreenStack& stack) {
  const int n = static_cast<int>(runs_.size());
  if (!n) return;
  if (a == Action::MoveLeft) selected_ = (selected_ + n - 1) % n;
  if (a == Action::MoveRight) selected_ = (selected_ + 1) % n;
  if (a == Action::Confirm) open(stack, selected_);
  if (a == Action::Back) stack.pop();
}

void CompareDebriefScreen::on_pointer(sf::Vector2f p, bool pressed, ScreenStack& stack) {
  for (int i = 0; i < static_cast<int>(runs_.size()); ++i)
    if (column(i).contains(p)) {
      selected_ = i;
      if (pressed) open(stack, i);
    }
}

void CompareDebriefScreen::draw(sf::RenderTarget& target, const Layout& layout, double) {
  Canvas t(target);
  t.set_view(layout.canvas_view());
  const float s = layout.ui_scale;
  ui::paper(t);
  const std::string title = runs_.empty() || runs_.front().scenario_id.empty() ? tr("debrief.title.playroom")
                                                                              : tr("debrief.title", {runs_.front().scenario_title});
  ui::label_fit(t, ctx_.fonts.bold, title, 32, s, {30, 22}, 1220, pal::kInk);
  // Under the title; larger text wraps it, and the columns start under it.
  if (scaled_text_size(17) <= 17.f) {
    ui::label(t, ctx_.fonts.regular, tr("compare.debrief.sub"), 17, s, {32, 64}, pal::kInkSoft);
    columns_top_ = 96;
  } else {
    columns_top_ = std::max(96.f, sub_y() + ui::paragraph(t, ctx_.fonts.regular, tr("compare.debrief.sub"), 17, s, {32, sub_y()}, 1220,
                                                          pal::kInkSoft, 1.25f) + 6);
  }
  for (std::size_t i = 0; i < runs_.size() && i < 4; ++i) {
    const report::DebriefData& d = runs_[i];
    const sf::FloatRect c = column(static_cast<int>(i));
    const bool on = static_cast<int>(i) == selected_;
    draw::panel(t, c, 18, on ? sf::Color(255, 248, 232) : pal::kButton, pal::kInk, on ? 3.f : 1.5f, 5);
    // Three lines over the chart; larger text spaces them out and pushes the chart down.
    const float l1 = c.top + 14, l2 = l1 + std::max(36.f, ui::line_step(24, 1.2f)), l3 = l2 + std::max(36.f, ui::line_step(24, 1.2f));
    ui::label_fit(t, ctx_.fonts.bold, tr("compare.caregiver." + d.caregiver_style), 24, s, {c.left + 18, l1}, c.width - 36, pal::kInk);
    ui::label_fit(t, ctx_.fonts.bold, tr("debrief.pattern." + report::pattern_key(d.outcome.pattern) + ".name"), 24, s, {c.left + 18, l2},
                  c.width - 36, to_sf(report::chart_colours::pattern(d.outcome.pattern)));
    char dd[64];
    std::snprintf(dd, sizeof dd, "%s  \xC2\xB7  D %.1f", d.outcome.subgroup.empty() ? "-" : d.outcome.subgroup.c_str(), d.outcome.disorganization);
    ui::label_fit(t, ctx_.fonts.regular, dd, 18, s, {c.left + 18, l3}, c.width - 36, pal::kInk);
    const float chart_y = std::max(c.top + 118, l3 + ui::line_step(18, 1.3f) + 6);
    if (!charts_[i]) {
      const report::ChartOptions o{272, 230, false, 0.72f};
      charts_[i].emplace(o.width, o.height, ctx_.fonts, [&](report::ChartDrawer& to) { report::draw_scales_chart(to, d, o); });
    }
    t.flush();
    // Larger text: a smaller chart leaves the moments more room (they scroll in the chosen column).
    const bool large = scaled_text_size(14) > 14.f;
    const float chart_scale = large ? 0.75f : 1.f;
    sf::Sprite sp = charts_[i]->sprite(chart_scale);
    sp.setPosition(c.left + 12 + (large ? 34.f : 0.f), chart_y);
    t.draw(sp);
    float y = chart_y + 242 * chart_scale;
    ScrollBox& box = reasons_scroll_[i];
    if (large) {
      box.set_area({c.left + 4, y - 4, c.width - 8, c.top + c.height - 8 - (y - 4)});
      y = box.begin(t, layout) + 4;
    }
    for (std::size_t k = 0; k < d.outcome.reasons.size() && k < 3; ++k) {
      const mind::Reason& r = d.outcome.reasons[k];
      const std::string line = mind::clock(r.time) + "  " + reason_text(r);
      const float h = ui::wrapped_height(ctx_.fonts.regular, line, 14, c.width - 36, 1.25f, s);
      if (!large && y + h > c.top + c.height - 30) break;
      y += ui::paragraph(t, ctx_.fonts.regular, line, 14, s, {c.left + 18, y}, c.width - 36, pal::kInk, 1.25f) + 8;
    }
    if (large) box.end(t, layout, y - 8);
  }
  ui::label_fit(t, ctx_.fonts.regular, tr("compare.debrief.keys"), 17, s, {32, std::min(672.f, 716 - scaled_text_size(17) * 1.25f)}, 1220,
                pal::kInkSoft);
}

}  // namespace sb::app::debrief
