#include "app/screens/trainer/trial_screen.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include <spdlog/spdlog.h>

#include "app/art/draw_kit.hpp"
#include "app/art/palette.hpp"
#include "app/render/canvas.hpp"
#include "app/render/comfort.hpp"
#include "report/debrief_data.hpp"
#include "app/screens/debrief/moment_screen.hpp"
#include "app/screens/screen_stack.hpp"
#include "app/ui/ui_kit.hpp"
#include "mind/coding.hpp"
#include "scenario/model.hpp"
#include "sim/replay.hpp"
#include "storage/paths.hpp"
#include "text/reason_text.hpp"
#include "text/strings.hpp"
#include "trainer/trainer_file.hpp"

namespace sb::app::trainer_ui {
namespace pal = palette;
namespace ui = play_ui;
namespace tr_ = sb::trainer;
using tr_::Scale;

namespace {

constexpr int kCompareRows = 10;  // 8 scales, the rating, the classification
const double kSpeeds[] = {0.25, 0.5, 1, 2, 4, 8, 16};

// "Episode 5, 0:12: went toward the parent 3 s after the return", in the player's language.
std::string moment_text(const tr_::CodedMoment& m) {
  return tr("trainer.moment.at", {std::to_string(mind::episode_number(m.episode)), mind::clock(m.episode_time)}) + " " +
         tr("trainer.moment." + m.key, m.values);
}

sf::Color agreement_colour(tr_::Agreement a) {
  switch (a) {
    case tr_::Agreement::Exact: return sf::Color(200, 232, 196);
    case tr_::Agreement::WithinOne: return sf::Color(250, 230, 170);
    case tr_::Agreement::Differs: return sf::Color(246, 206, 196);
  }
  return pal::kButton;
}

// The subgroups laid out as four columns (A, B, C, D), for the classification grid.
// Larger text moves the grid under the taller column headings.
sf::FloatRect choice_rect(int i) {
  static const int col[11] = {0, 0, 1, 1, 1, 1, 2, 2, 3, 3, 3};
  static const int row[11] = {0, 1, 0, 1, 2, 3, 0, 1, 0, 1, 2};
  const float top = std::max(170.f, 130 + scaled_text_size(19) * 1.4f);
  return {60 + col[i] * 295.f, top + row[i] * 70.f, 275, 58};
}

}  // namespace

TrialScreen::TrialScreen(AppContext& ctx, tr_::TrialSet set, int index, std::shared_ptr<const scenario::Scenario> scenario)
    : ctx_(ctx), set_(std::move(set)), index_(index), scenario_(std::move(scenario)) {
  const std::uint64_t seed = set_.seeds.at(static_cast<std::size_t>(index_));
  run_ = tr_::run_trial(seed, scenario_);
  sheet_ = tr_::blank_sheet(run_.observer);
  start_view();
  spdlog::info("trainer: trial {} of set {} (seed {}), {} reunions", index_ + 1, set_.id, seed, sheet_.reunions.size());
}

TrialScreen::~TrialScreen() = default;

void TrialScreen::start_view() {
  std::string error;
  auto session = sim::session_for(run_.recording, &error);
  if (!session) {
    spdlog::error("trainer: {}", error);
    return;
  }
  view_ = std::make_unique<debrief::PaneView>(std::move(session));
}

double TrialScreen::seconds() const { return view_ ? view_->session().scenario_time() : 0.0; }

void TrialScreen::seek(std::uint64_t tick) {
  if (!view_) return;
  tick = std::min<std::uint64_t>(tick, run_.recording.ticks());
  if (tick < view_->session().tick()) start_view();  // back: replay from the start (same run, same hash)
  if (!view_) return;
  while (view_->session().tick() < tick) view_->session().step({});
  view_->snap();
}

void TrialScreen::seek_seconds(double t) {
  if (view_) seek(report::tick_at(t, view_->session().time_scale()));
}

void TrialScreen::go_to(TrialStep s) {
  step_ = s;
  if (s == TrialStep::Compare) compare_and_save();
  if (s == TrialStep::Score || s == TrialStep::Compare) row_ = 0;
  if (s == TrialStep::Classify) {  // the choice in hand is the one already made, if any
    const auto& all = tr_::subgroups();
    const auto it = std::find(all.begin(), all.end(), sheet_.subgroup);
    if (it != all.end()) choice_ = static_cast<int>(it - all.begin());
  }
}

void TrialScreen::compare_and_save() {
  comparison_ = tr_::compare(sheet_, run_.observer, &run_.panel);
  if (saved_ || !keep_practice_) return;
  saved_ = true;
  storage::Problem problem;
  const auto paths = storage::Paths::from_environment(&problem);
  if (!paths) {
    save_problem_ = problem.player_message();
    return;
  }
  auto data = tr_::load_trainer_data(*paths);
  if (data.problem) spdlog::warn("trainer: {}", data.problem->describe());
  tr_::record_attempt(data.value, set_.id, run_.seed, sheet_, run_.observer.sheet);
  if (auto p = tr_::save_trainer_data(*paths, data.value)) {
    save_problem_ = p->player_message();
    spdlog::error("trainer: {}", p->describe());
  } else {
    spdlog::info("trainer: scored trial {} of {}: {} exact, {} within one, {} apart; class {} (observer {})", index_ + 1, set_.id,
                 comparison_.exact, comparison_.within_one, comparison_.differ, sheet_.subgroup, run_.observer.sheet.subgroup);
  }
}

int TrialScreen::value(int row) const {
  if (row == 8) return sheet_.disorganization;
  return sheet_.reunions[static_cast<std::size_t>(row / 4)].scale[static_cast<std::size_t>(row % 4)];
}

void TrialScreen::set_value(int row, int v) {
  v = std::clamp(v, 1, max_value(row));
  if (row == 8) sheet_.disorganization = v;
  else if (row / 4 < static_cast<int>(sheet_.reunions.size())) sheet_.reunions[static_cast<std::size_t>(row / 4)].scale[static_cast<std::size_t>(row % 4)] = v;
}

std::string TrialScreen::row_label(int row) const {
  if (row == 8) return tr("trainer.scale.disorganization");
  return tr(std::string("trainer.scale.") + tr_::to_string(tr_::kScales[static_cast<std::size_t>(row % 4)]));
}

bool TrialScreen::on_raw_event(const sf::Event& e, ScreenStack&) {
  if (step_ == TrialStep::Score || step_ == TrialStep::Compare) return panel_scroll_.on_event(e);
  return false;
}

void TrialScreen::tick(const InputMapper&, ScreenStack&) {
  if (step_ != TrialStep::Watch || paused_ || !view_) return;
  owed_ += speed_;
  while (owed_ >= 1.0) {
    owed_ -= 1.0;
    if (view_->session().tick() >= run_.recording.ticks()) {
      paused_ = true;  // the end: nothing more to watch
      owed_ = 0;
      break;
    }
    view_->step({});
  }
}

void TrialScreen::watch_key(sf::Keyboard::Key k) {
  if (!view_) return;
  const double scale = view_->session().time_scale();
  const std::uint64_t now = view_->session().tick();
  auto speed_index = [&] { return static_cast<int>(std::find(std::begin(kSpeeds), std::end(kSpeeds), speed_) - std::begin(kSpeeds)); };
  if (k == sf::Keyboard::Space) paused_ = !paused_;
  else if (k == sf::Keyboard::S) speed_ = kSpeeds[std::max(0, speed_index() - 1)];
  else if (k == sf::Keyboard::F) speed_ = kSpeeds[std::min(6, speed_index() + 1)];
  else if (k == sf::Keyboard::Right) {
    // Paused: one second on; playing: ten seconds on.
    seek(now + static_cast<std::uint64_t>((paused_ ? 1 : 10) * sim::kTicksPerSecond));
  } else if (k == sf::Keyboard::Left) {
    const std::uint64_t back = 10 * sim::kTicksPerSecond;
    seek(now > back ? now - back : 0);
  } else if (k >= sf::Keyboard::Num1 && k <= sf::Keyboard::Num8) {
    const std::size_t e = static_cast<std::size_t>(k - sf::Keyboard::Num1);
    if (e < run_.episodes.size()) seek(report::tick_at(run_.episodes[e].start, scale) + 1);
  }
}

bool TrialScreen::on_key(sf::Keyboard::Key k, ScreenStack& stack) {
  switch (step_) {
    case TrialStep::Watch:
      if (k == sf::Keyboard::Enter) {
        go_to(TrialStep::Score);
        return true;
      }
      if (k == sf::Keyboard::Space || k == sf::Keyboard::S || k == sf::Keyboard::F || k == sf::Keyboard::Left ||
          k == sf::Keyboard::Right || (k >= sf::Keyboard::Num1 && k <= sf::Keyboard::Num8)) {
        watch_key(k);
        return true;
      }
      return false;
    case TrialStep::Score:
      if (k >= sf::Keyboard::Num1 && k <= sf::Keyboard::Num9) {
        set_value(row_, k - sf::Keyboard::Num0);
        return true;
      }
      if (k == sf::Keyboard::W) {
        step_ = TrialStep::Watch;
        paused_ = true;
        return true;
      }
      return false;
    case TrialStep::Classify: return false;
    case TrialStep::Compare:
      if (k == sf::Keyboard::N && index_ + 1 < static_cast<int>(set_.seeds.size())) {
        stack.replace(std::make_unique<TrialScreen>(ctx_, set_, index_ + 1, scenario_));
        return true;
      }
      return false;
  }
  return false;
}

void TrialScreen::on_action(Action a, ScreenStack& stack) {
  switch (step_) {
    case TrialStep::Watch:
      // The pad: A pauses, left/right step and rewind, up/down change the speed, Start scores.
      if (a == Action::Confirm) watch_key(sf::Keyboard::Space);
      else if (a == Action::MoveRight) watch_key(sf::Keyboard::Right);
      else if (a == Action::MoveLeft) watch_key(sf::Keyboard::Left);
      else if (a == Action::MoveUp) watch_key(sf::Keyboard::F);
      else if (a == Action::MoveDown) watch_key(sf::Keyboard::S);
      else if (a == Action::Pause) go_to(TrialStep::Score);
      else if (a == Action::Back) stack.pop();
      return;
    case TrialStep::Score:
      if (a == Action::MoveUp) row_ = (row_ + kRows - 1) % kRows;
      else if (a == Action::MoveDown) row_ = (row_ + 1) % kRows;
      else if (a == Action::MoveLeft) set_value(row_, value(row_) <= 1 ? 1 : value(row_) - 1);
      else if (a == Action::MoveRight) set_value(row_, value(row_) + 1);
      else if (a == Action::Confirm) {
        // Enter moves on; from the last row (or once all are scored) to the classification.
        int next = -1;
        for (int r = 0; r < kRows && next < 0; ++r)
          if (value((row_ + 1 + r) % kRows) == 0) next = (row_ + 1 + r) % kRows;
        if (next >= 0 && row_ < kRows - 1) row_ = row_ + 1;
        else if (next >= 0) row_ = next;
        else go_to(TrialStep::Classify);
      } else if (a == Action::Back) {
        step_ = TrialStep::Watch;
        paused_ = true;
      }
      return;
    case TrialStep::Classify: {
      static const int col[11] = {0, 0, 1, 1, 1, 1, 2, 2, 3, 3, 3};
      static const int first[4] = {0, 2, 6, 8}, count[4] = {2, 4, 2, 3};
      const int c = col[choice_], r = choice_ - first[c];
      if (a == Action::MoveUp) choice_ = first[c] + (r + count[c] - 1) % count[c];
      else if (a == Action::MoveDown) choice_ = first[c] + (r + 1) % count[c];
      else if (a == Action::MoveLeft || a == Action::MoveRight) {
        const int nc = (c + (a == Action::MoveRight ? 1 : 3)) % 4;
        choice_ = first[nc] + std::min(r, count[nc] - 1);
      } else if (a == Action::Confirm) {
        sheet_.subgroup = tr_::subgroups()[static_cast<std::size_t>(choice_)];
        go_to(TrialStep::Compare);
      } else if (a == Action::Back) {
        step_ = TrialStep::Score;
      }
      return;
    }
    case TrialStep::Compare:
      if (a == Action::MoveUp) row_ = (row_ + kCompareRows - 1) % kCompareRows;
      else if (a == Action::MoveDown) row_ = (row_ + 1) % kCompareRows;
      else if (a == Action::Confirm) replay_selected(stack);
      else if (a == Action::Back) stack.pop();
      return;
  }
}

void TrialScreen::replay_selected(ScreenStack& stack) {
  const tr_::CodedMoment* m = nullptr;
  std::string caption;
  if (row_ < 8 && row_ < static_cast<int>(comparison_.scales.size())) {
    const auto& r = comparison_.scales[static_cast<std::size_t>(row_)];
    if (!r.moments.empty()) m = &r.moments.front();
  } else if (row_ == 8 && !comparison_.rating.moments.empty()) {
    m = &comparison_.rating.moments.front();
  }
  std::string error;
  std::unique_ptr<debrief::MomentScreen> screen;
  if (m) {
    screen = debrief::MomentScreen::create(ctx_, run_.recording, m->time, moment_text(*m), m->episode, &error);
  } else if (row_ == 9 && !comparison_.classification.reasons.empty()) {
    const mind::Reason& r = comparison_.classification.reasons.front();
    screen = debrief::MomentScreen::create(ctx_, run_.recording, r.time, r.text, r.episode, &error);
  }
  if (screen) stack.push(std::move(screen));
  else if (!error.empty()) spdlog::warn("trainer: cannot replay: {}", error);
}

void TrialScreen::on_pointer(sf::Vector2f p, bool pressed, ScreenStack& stack) {
  for (std::size_t i = 0; i < hot_.size(); ++i) {
    if (!hot_[i].contains(p)) continue;
    const int n = static_cast<int>(i);
    if (step_ == TrialStep::Score && n < kRows) {
      row_ = n;
      if (pressed) {
        // The slider: where along the track was clicked sets the score.
        const sf::FloatRect& r = hot_[i];
        const int steps = max_value(n);
        const int v = 1 + static_cast<int>((p.x - r.left) / r.width * steps);
        set_value(n, v);
      }
    } else if (step_ == TrialStep::Score && n == kRows && pressed) {
      on_action(Action::Confirm, stack);
    } else if (step_ == TrialStep::Classify) {
      choice_ = n;
      if (pressed) on_action(Action::Confirm, stack);
    } else if (step_ == TrialStep::Compare) {
      row_ = n;
      if (pressed) replay_selected(stack);
    } else if (step_ == TrialStep::Watch && pressed) {
      if (n < static_cast<int>(run_.episodes.size()) && view_)
        seek(report::tick_at(run_.episodes[i].start, view_->session().time_scale()) + 1);
    }
    return;
  }
}

void TrialScreen::draw(sf::RenderTarget& target, const Layout& layout, double alpha) {
  hot_.clear();
  if (panel_row_ != row_) {
    panel_row_ = row_;
    panel_scroll_.to_top();
  }
  if (step_ == TrialStep::Watch && view_) {
    view_->draw(target, layout, alpha, ctx_.still);
    Canvas t(target);
    t.set_view(layout.canvas_view());
    draw_watch(t, layout);
    return;
  }
  Canvas t(target);
  t.set_view(layout.canvas_view());
  ui::paper(t);
  if (step_ == TrialStep::Score) draw_score(t, layout);
  else if (step_ == TrialStep::Classify) draw_classify(t, layout);
  else draw_compare(t, layout);
}

std::vector<float> TrialScreen::marker_edges(float least, float left, float width) const {
  // Widths in proportion to each episode's length, then every band below `least` raised
  // to it and the others scaled down to make room (repeated: scaling may push another below).
  const std::size_t n = run_.episodes.size();
  std::vector<float> w(n);
  for (std::size_t i = 0; i < n; ++i) w[i] = static_cast<float>(std::max(0.0, run_.episodes[i].end - run_.episodes[i].start));
  std::vector<bool> raised(n, false);
  least = std::min(least, n ? width / static_cast<float>(n) : width);
  for (std::size_t round = 0; round <= n; ++round) {
    float fixed = 0, free = 0;
    for (std::size_t i = 0; i < n; ++i) (raised[i] ? fixed : free) += raised[i] ? least : w[i];
    const float k = free > 0 ? (width - fixed) / free : 0;
    bool again = false;
    for (std::size_t i = 0; i < n; ++i)
      if (!raised[i] && w[i] * k < least) raised[i] = again = true;
    if (again) continue;
    for (std::size_t i = 0; i < n; ++i) w[i] = raised[i] ? least : w[i] * k;
    break;
  }
  std::vector<float> edges{left};
  for (float b : w) edges.push_back(edges.back() + b);
  return edges;
}

float TrialScreen::marker_x(double now, const std::vector<float>& edges) const {
  // Where `now` falls inside its episode's band.
  for (std::size_t i = 0; i < run_.episodes.size(); ++i) {
    const auto& e = run_.episodes[i];
    if (now < e.end || i + 1 == run_.episodes.size()) {
      const double f = e.end > e.start ? std::clamp((now - e.start) / (e.end - e.start), 0.0, 1.0) : 0.0;
      return edges[i] + static_cast<float>(f) * (edges[i + 1] - edges[i]);
    }
  }
  return edges.front();
}

float TrialScreen::keys_top(const std::string& keys, float s) const {
  // The key line at the bottom: one line at 680 when it fits, else wrapped and raised to end above the edge.
  return std::min(680.f, 712 - ui::wrapped_height(ctx_.fonts.regular, keys, 16, 1180, 1.25f, s));
}

void TrialScreen::draw_watch(Canvas& t, const Layout& layout) {
  const float s = layout.ui_scale;
  const double now = seconds();
  // The clock: episode, time within it, title.
  int episode = 0;
  for (std::size_t i = 0; i < run_.episodes.size(); ++i)
    if (now >= run_.episodes[i].start) episode = static_cast<int>(i);
  const auto& band = run_.episodes.empty() ? sim::EpisodeBand{} : run_.episodes[static_cast<std::size_t>(episode)];
  // The clock and the trial's number on cards that grow with the text.
  const float card_h = std::max(52.f, scaled_text_size(19) * 1.25f + 14);
  draw::panel(t, {20, 16, 900, card_h}, 20, pal::with_alpha(pal::kPaper, 230), pal::kInk, 1.5f, 0);
  // The episode's title in the player's language, as the scenario screen shows it.
  std::string title = band.title;
  if (scenario_ && static_cast<std::size_t>(band.index) < scenario_->episodes.size())
    title = tr_line("episode." + scenario_->id + "." + scenario_->episodes[static_cast<std::size_t>(band.index)].id, band.title);
  std::string line = tr("trainer.clock", {title, mind::clock(now - band.start)}) + "   " +
                     (paused_ ? tr("trainer.paused") : tr("trainer.speed", {speed_ < 1 ? mind::one_decimal(speed_) : std::to_string(static_cast<int>(speed_))}));
  ui::label_fit(t, ctx_.fonts.bold, line, 19, s, {40, 16 + (card_h - scaled_text_size(19) * 1.25f) / 2}, 860, pal::kInk);
  draw::panel(t, {940, 16, 320, card_h}, 20, pal::with_alpha(pal::kPaper, 230), pal::kInk, 1.5f, 0);
  ui::label_fit(t, ctx_.fonts.regular, tr("trainer.trial", {std::to_string(index_ + 1), std::to_string(set_.seeds.size())}), 17, s,
                {960, 16 + (card_h - scaled_text_size(17) * 1.25f) / 2}, 280, pal::kInk);
  // Episode markers along the bottom: one band per episode, reunions warm, the playhead in
  // ink, the keys under them (wrapped at large text; the strip grows upwards to hold them).
  // Each band is at least as wide as its number at the player's text size (the short
  // first episodes would otherwise put "1" on "2"); the longer ones give up the room.
  const float left = 40, width = 1200;
  const std::string keys = tr("trainer.keys.watch");
  const float band_h = std::max(26.f, scaled_text_size(15) * 1.25f + 6);
  const float keys_h = ui::wrapped_height(ctx_.fonts.regular, keys, 16, width, 1.25f, s);
  const float top = 708 - 22 - keys_h - 12 - band_h;
  draw::panel(t, {20, top - 12, 1240, 708 - (top - 12)}, 16, pal::with_alpha(pal::kPaper, 230), pal::kInk, 1.5f, 0);
  const std::vector<float> edges = marker_edges(ui::text_width(ctx_.fonts.bold, "8", 15, s) + 20, left, width);
  for (std::size_t i = 0; i < run_.episodes.size(); ++i) {
    const bool reunion = run_.episodes[i].role == mind::EpisodeRole::Reunion;
    const sf::FloatRect r{edges[i] + 1, top, std::max(4.f, edges[i + 1] - edges[i] - 2), band_h};
    draw::panel(t, r, 6, reunion ? pal::kButtonHot : pal::kPaperDeep, pal::kInkSoft, 1, 0);
    const std::string number = std::to_string(i + 1);
    const float w = ui::text_width(ctx_.fonts.bold, number, 15, s);
    ui::label(t, ctx_.fonts.bold, number, 15, s, {r.left + std::min(6.f, (r.width - w) / 2), r.top + (band_h - scaled_text_size(15) * 1.25f) / 2},
              pal::kInk);
    hot_.push_back(r);
  }
  const float x = marker_x(now, edges);
  t.draw(draw::rounded_rect({x - 2, top - 6, 4, band_h + 12}, 2, pal::kInk));
  ui::paragraph(t, ctx_.fonts.regular, keys, 16, s, {40, top + band_h + 12}, width, pal::kInkSoft, 1.25f);
}

void TrialScreen::draw_score(Canvas& t, const Layout& layout) {
  const float s = layout.ui_scale;
  ui::label_fit(t, ctx_.fonts.bold, tr("trainer.score"), 30, s, {50, 22}, 800, pal::kInk);
  ui::label_fit(t, ctx_.fonts.regular, tr("trainer.trial", {std::to_string(index_ + 1), std::to_string(set_.seeds.size())}), 17, s,
                {900, 34}, 330, pal::kInkSoft);
  // Rows grow with the player's text size; when they no longer fit, the list scrolls to the row in hand.
  const std::string keys = tr("trainer.keys.score");
  const float keys_y = keys_top(keys, s);
  const float list_top = std::max(84.f, 22 + scaled_text_size(30) * 1.3f);
  const float row_h = std::max(44.f, scaled_text_size(18) * 1.3f + 14);
  const float header = std::max(30.f, scaled_text_size(19) * 1.35f);
  rows_scroll_.set_area({40, list_top, 730, keys_y - 8 - list_top});
  const float top = rows_scroll_.begin(t, layout);
  float y = top, row_top = top, row_bottom = top;
  for (int row = 0; row < kRows; ++row) {
    if (row % 4 == 0 && row < 8) {
      const int r = row / 4;
      const int episode = r < static_cast<int>(sheet_.reunions.size()) ? sheet_.reunions[static_cast<std::size_t>(r)].episode : 0;
      ui::label_fit(t, ctx_.fonts.bold, tr("trainer.reunion", {std::to_string(r + 1), std::to_string(mind::episode_number(episode))}), 19, s,
                    {56, y}, 690, pal::kInk);
      y += header;
    }
    if (row == 8) y += 10;
    const bool on = row == row_;
    // A scale's name wraps in its column at large text ("Contact maintaining"); the row grows to hold it.
    const sf::Font& font = on ? ctx_.fonts.bold : ctx_.fonts.regular;
    const float label_h = ui::wrapped_height(font, row_label(row), 18, 266, 1.2f, s);
    const float h = std::max(row_h, label_h + 18);
    if (on) row_top = y, row_bottom = y + h;
    draw::panel(t, {50, y, 700, h - 6}, 12, on ? pal::kButtonHot : pal::kButton, pal::kInk, on ? 2.5f : 1.f, 2);
    ui::paragraph(t, font, row_label(row), 18, s, {64, y + (h - 6 - label_h) / 2}, 266, pal::kInk, 1.2f);
    // The slider: one stop per score, the chosen one filled.
    const int n = max_value(row);
    const sf::FloatRect track{340, y + (h - 6) / 2 - 13, 340, 26};
    for (int v = 1; v <= n; ++v) {
      const float cx = track.left + (v - 0.5f) * track.width / n;
      const bool chosen = value(row) == v;
      t.draw(draw::ellipse({cx, track.top + 13}, {chosen ? 13.f : 9.f, chosen ? 13.f : 9.f}, chosen ? pal::kCaregiverShirt : pal::kPaperDeep,
                           pal::kInk, 1.2f));
    }
    ui::label(t, ctx_.fonts.bold, value(row) ? std::to_string(value(row)) : tr("trainer.unscored"), 20, s,
              {700, y + (h - 6 - scaled_text_size(20) * 1.25f) / 2}, pal::kInk);
    hot_.push_back(track);
    y += h;
  }
  rows_scroll_.end(t, layout, y);
  rows_scroll_.follow(row_, row_top - top, row_bottom - top);
  // The anchors of the scale in hand, in the game's own words (scrolling when the text is large).
  const sf::FloatRect panel{790, 110, 450, std::min(470.f, keys_y - 70 - 110)};
  draw::panel(t, panel, 18, pal::kButton, pal::kInk, 1.5f, 4);
  panel_scroll_.set_area({panel.left + 4, panel.top + 8, panel.width - 8, panel.height - 16});
  const std::string scale = row_ == 8 ? "disorganization" : tr_::to_string(tr_::kScales[static_cast<std::size_t>(row_ % 4)]);
  float ay = panel_scroll_.begin(t, layout) + 10;
  ay += ui::paragraph(t, ctx_.fonts.bold, row_label(row_), 22, s, {panel.left + 20, ay}, panel.width - 40, pal::kInk) + 12;
  for (const char* a : row_ == 8 ? std::vector<const char*>{"1", "5", "9"} : std::vector<const char*>{"1", "4", "7"})
    ay += ui::paragraph(t, ctx_.fonts.regular, tr("trainer.anchor." + scale + "." + a), 18, s, {panel.left + 20, ay}, panel.width - 40,
                        pal::kInk) + 12;
  ay += 8;
  ay += ui::paragraph(t, ctx_.fonts.regular, tr("trainer.illustration"), 15, s, {panel.left + 20, ay}, panel.width - 40, pal::kInkSoft);
  panel_scroll_.end(t, layout, ay + 10);
  const sf::FloatRect next{790, panel.top + panel.height + 16, 450, std::max(44.f, scaled_text_size(19) * 1.3f + 12)};
  ui::pill(t, ctx_.fonts.bold, next, tr("trainer.classify"), 19, s, false);
  hot_.push_back(next);
  ui::paragraph(t, ctx_.fonts.regular, keys, 16, s, {52, keys_y}, 1180, pal::kInkSoft, 1.25f);
}

void TrialScreen::draw_classify(Canvas& t, const Layout& layout) {
  const float s = layout.ui_scale;
  ui::label_fit(t, ctx_.fonts.bold, tr("trainer.classify"), 30, s, {50, 22}, 1180, pal::kInk);
  for (int c = 0; c < 4; ++c)
    ui::label_fit(t, ctx_.fonts.bold, tr(std::string("trainer.pattern.") + "ABCD"[c]), 19, s, {64 + c * 295.f, 130}, 270, pal::kInk);
  const auto& all = tr_::subgroups();
  for (std::size_t i = 0; i < all.size(); ++i) {
    const sf::FloatRect r = choice_rect(static_cast<int>(i));
    ui::pill(t, ctx_.fonts.bold, r, all[i], 20, s, static_cast<int>(i) == choice_);
    hot_.push_back(r);
  }
  const sf::FloatRect about{60, 470, 1160, 150};
  draw::panel(t, about, 16, pal::kButton, pal::kInk, 1.2f, 3);
  ui::paragraph(t, ctx_.fonts.regular, tr("trainer.subgroup." + tr_::subgroup_key(all[static_cast<std::size_t>(choice_)])), 20, s,
                {about.left + 20, about.top + 18}, about.width - 40, pal::kInk);
  const std::string keys = tr("trainer.keys.classify");
  ui::paragraph(t, ctx_.fonts.regular, keys, 16, s, {52, keys_top(keys, s)}, 1180, pal::kInkSoft, 1.25f);
}

void TrialScreen::draw_spread(Canvas& t, sf::FloatRect strip, const sb::trainer::Spread& spread, int values) {
  // One place per score, a dot per place sized by how many of the panel wrote it; the
  // panel's range underlined, so its width reads at a glance.
  const int n = std::max(1, spread.coders());
  const float step = strip.width / static_cast<float>(values);
  const float cy = strip.top + strip.height / 2;
  if (spread.lowest() > 0) {
    const float x0 = strip.left + (spread.lowest() - 0.5f) * step, x1 = strip.left + (spread.highest() - 0.5f) * step;
    t.draw(draw::rounded_rect({x0 - 3, cy - 2, x1 - x0 + 6, 4}, 2, pal::kInkSoft));
  }
  for (int v = 1; v <= values; ++v) {
    const float cx = strip.left + (v - 0.5f) * step;
    const int k = spread.gave(v);
    if (k == 0) {
      t.draw(draw::ellipse({cx, cy}, {1.5f, 1.5f}, pal::kInkSoft));
      continue;
    }
    const float radius = std::min(step / 2 - 1, 3.f + 6.f * std::sqrt(static_cast<float>(k) / static_cast<float>(n)));
    t.draw(draw::ellipse({cx, cy}, {radius, radius}, pal::kCaregiverShirt, pal::kInk, 1.f));
  }
}

void TrialScreen::draw_class_spread(Canvas& t, sf::FloatRect strip, float s) {
  // The panel's classes as letters with their counts: "A 8  D 2".
  const tr_::ClassRow& k = comparison_.classification;
  if (!k.panel_coders) return;
  std::string text;
  for (mind::Pattern p : {mind::Pattern::Avoidant, mind::Pattern::Secure, mind::Pattern::Anxious, mind::Pattern::Disorganized}) {
    const int count = k.panel_patterns[static_cast<std::size_t>(p)];
    if (count) text += (text.empty() ? "" : "  ") + std::string(mind::letter(p)) + " " + std::to_string(count);
  }
  ui::label_fit(t, ctx_.fonts.bold, text, 16, s, {strip.left + 6, strip.top + (strip.height - scaled_text_size(16) * 1.25f) / 2},
                strip.width - 8, pal::kInk);
}

void TrialScreen::draw_compare(Canvas& t, const Layout& layout) {
  const float s = layout.ui_scale;
  const tr_::Comparison& c = comparison_;
  // The title, and the summary beside it when both fit on one line, else under it (large text, German).
  const std::string summary = tr("trainer.compare.summary", {std::to_string(c.exact), std::to_string(c.within_one), std::to_string(c.differ)});
  const float title_h = scaled_text_size(30) * 1.3f;
  const float title_w = ui::label_fit(t, ctx_.fonts.bold, tr("trainer.compare"), 30, s, {50, 18}, 1180, pal::kInk);
  const float summary_w = ui::text_width(ctx_.fonts.regular, summary, 17, s);
  const float summary_x = std::min(820.f, 1230 - summary_w);
  float head_y = std::max(72.f, 18 + title_h);
  if (50 + title_w + 30 <= summary_x)
    ui::label(t, ctx_.fonts.regular, summary, 17, s, {summary_x, 18 + (title_h - scaled_text_size(17) * 1.3f) / 2}, pal::kInkSoft);
  else
    head_y += ui::paragraph(t, ctx_.fonts.regular, summary, 17, s, {50, 18 + title_h}, 1180, pal::kInkSoft) + 4;
  // The table: one row per scale and reunion, then the rating and the class, each with
  // the panel's spread. Rows grow with the player's text size (a long label wraps) and
  // the table scrolls to the row in hand when it must. The number columns are as wide
  // as their headings ("Beobachter" at 200 %), and the table takes room from the
  // explanation beside it rather than squeezing them.
  const std::string keys = tr("trainer.keys.compare");
  const float keys_y = keys_top(keys, s);
  const float h = std::max(46.f, scaled_text_size(18) * 1.3f + 12);
  const std::string you = tr("trainer.compare.you"), observer = tr("trainer.compare.observer"), panel_head = tr("trainer.compare.panel");
  const float you_w = std::max({64.f, ui::text_width(ctx_.fonts.bold, you, 16, s) + 12, scaled_text_size(18) * 1.6f + 8});
  const float observer_w = std::max({84.f, ui::text_width(ctx_.fonts.bold, observer, 16, s) + 14, scaled_text_size(18) * 1.6f + 8});
  const float panel_w = std::max(scaled_text_size(16) > 16 ? 150.f : 170.f, ui::text_width(ctx_.fonts.bold, panel_head, 16, s) + 12);
  // Room for a scale's name beside the numbers: "Wiedervereinigung" in bold at 200 % is one word.
  const std::string reunion = tr("trainer.reunion", {"1", "5"});
  const float label_min = std::max(290.f, ui::text_width(ctx_.fonts.bold, reunion.substr(0, reunion.find(' ')), 16, s) + 24);
  const float table_w = std::clamp(20 + label_min + you_w + observer_w + panel_w + 40, 680.f, 830.f);
  const float panel_x = 50 + table_w - 40 - panel_w, observer_x = panel_x - observer_w, you_x = observer_x - you_w;
  ui::label(t, ctx_.fonts.bold, you, 16, s, {you_x, head_y}, pal::kInkSoft);
  ui::label(t, ctx_.fonts.bold, observer, 16, s, {observer_x, head_y}, pal::kInkSoft);
  ui::label(t, ctx_.fonts.bold, panel_head, 16, s, {panel_x + 6, head_y}, pal::kInkSoft);
  const float table_top = head_y + std::max(24.f, scaled_text_size(16) * 1.35f);
  rows_scroll_.set_area({40, table_top, table_w + 20, keys_y - 8 - table_top});
  const float top = rows_scroll_.begin(t, layout);
  float y = top, row_top = top, row_h = h;
  for (int row = 0; row < kCompareRows; ++row) {
    const bool on = row == row_;
    std::string label, mine, theirs;
    sf::Color fill = pal::kButton;
    const tr_::Spread* spread = nullptr;
    if (row < 8 && row < static_cast<int>(c.scales.size())) {
      const auto& sr = c.scales[static_cast<std::size_t>(row)];
      label = tr("trainer.reunion", {std::to_string(sr.reunion + 1),
                                     std::to_string(mind::episode_number(sheet_.reunions[static_cast<std::size_t>(sr.reunion)].episode))}) +
              ": " + row_label(row);
      mine = sr.student ? std::to_string(sr.student) : tr("trainer.unscored");
      theirs = std::to_string(sr.observer);
      fill = agreement_colour(sr.agreement);
      spread = &sr.panel;
    } else if (row == 8) {
      label = row_label(8);
      mine = c.rating.student ? std::to_string(c.rating.student) : tr("trainer.unscored");
      theirs = std::to_string(c.rating.observer);
      fill = agreement_colour(c.rating.agreement);
      spread = &c.rating.panel;
    } else {
      label = tr("trainer.compare.class");
      mine = c.classification.student.empty() ? tr("trainer.unscored") : c.classification.student;
      theirs = c.classification.observer;
      fill = agreement_colour(c.classification.same_subgroup ? tr_::Agreement::Exact
                              : c.classification.same_pattern ? tr_::Agreement::WithinOne
                                                              : tr_::Agreement::Differs);
    }
    const sf::Font& label_font = on ? ctx_.fonts.bold : ctx_.fonts.regular;
    const float label_w = you_x - 50 - 20;
    const float label_h = ui::wrapped_height(label_font, label, 16, label_w, 1.2f, s);
    const sf::FloatRect r{50, y, table_w, std::max(h, label_h + 18) - 6};
    if (on) row_top = y, row_h = r.height + 6;
    draw::panel(t, r, 10, fill, pal::kInk, on ? 2.5f : 0.8f, on ? 3 : 1);
    const float number_y = r.top + (r.height - scaled_text_size(18) * 1.25f) / 2;
    ui::paragraph(t, label_font, label, 16, s, {r.left + 12, r.top + (r.height - label_h) / 2}, label_w, pal::kInk, 1.2f);
    ui::label_fit(t, ctx_.fonts.bold, mine, 18, s, {you_x + 4, number_y}, observer_x - you_x - 8, pal::kInk);
    ui::label_fit(t, ctx_.fonts.bold, theirs, 18, s, {observer_x + 4, number_y}, panel_x - observer_x - 10, pal::kInk);
    const sf::FloatRect strip{panel_x, r.top + 4, panel_w, r.height - 8};
    if (spread) draw_spread(t, strip, *spread, row == 8 ? tr_::kRatingMax : tr_::kScaleMax);
    else draw_class_spread(t, strip, s);
    hot_.push_back(r);
    y += r.height + 6;
  }
  rows_scroll_.end(t, layout, y);
  rows_scroll_.follow(100 + row_, row_top - top, row_top - top + row_h);
  // The row in hand: what the difference means, then the moments behind the observer's code.
  const float panel_left = 50 + table_w + 20;
  const sf::FloatRect panel{panel_left, head_y, 1240 - panel_left, keys_y - 10 - head_y};
  draw::panel(t, panel, 18, pal::kButton, pal::kInk, 1.5f, 4);
  panel_scroll_.set_area({panel.left + 4, panel.top + 8, panel.width - 8, panel.height - 16});
  float py = panel_scroll_.begin(t, layout) + 8;
  const float w = panel.width - 40;
  auto para = [&](const std::string& text, bool bold, float size, sf::Color colour) {
    py += ui::paragraph(t, bold ? ctx_.fonts.bold : ctx_.fonts.regular, text, size, s, {panel.left + 20, py}, w, colour) + 8;
  };
  const std::vector<tr_::Explanation>* explain = nullptr;
  const std::vector<tr_::CodedMoment>* moments = nullptr;
  if (row_ < 8 && row_ < static_cast<int>(c.scales.size())) {
    explain = &c.scales[static_cast<std::size_t>(row_)].explain;
    moments = &c.scales[static_cast<std::size_t>(row_)].moments;
  } else if (row_ == 8) {
    explain = &c.rating.explain;
    moments = &c.rating.moments;
  } else {
    explain = &c.classification.explain;
  }
  for (const tr_::Explanation& e : *explain) para(tr(e.key, e.values), false, 17, pal::kInk);
  py += 4;
  if (moments)
    for (const tr_::CodedMoment& m : *moments) para("•  " + moment_text(m), false, 16, pal::kInkSoft);
  if (row_ == 9) {
    for (const mind::Reason& r : c.classification.reasons) para("•  " + reason_text(r), false, 16, pal::kInkSoft);
    para(tr("trainer.compare.caregiver", {mind::one_decimal(run_.caregiver.sensitivity), mind::one_decimal(run_.caregiver.acceptance),
                                          mind::one_decimal(run_.caregiver.cooperation), mind::one_decimal(run_.caregiver.accessibility)}),
         false, 16, pal::kInkSoft);
    if (c.classification.panel_coders) para(tr("trainer.compare.panel.about", {std::to_string(c.classification.panel_coders)}), false, 15, pal::kInkSoft);
  }
  if (!save_problem_.empty()) para(save_problem_, false, 15, pal::kBall);
  panel_scroll_.end(t, layout, py + 8);
  ui::paragraph(t, ctx_.fonts.regular, keys, 16, s, {52, keys_y}, 1180, pal::kInkSoft, 1.25f);
}

}  // namespace sb::app::trainer_ui
