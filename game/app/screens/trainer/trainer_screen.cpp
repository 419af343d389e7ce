#include "app/screens/trainer/trainer_screen.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include <spdlog/spdlog.h>

#include "app/art/draw_kit.hpp"
#include "app/art/palette.hpp"
#include "app/render/canvas.hpp"
#include "app/render/comfort.hpp"
#include "app/screens/screen_stack.hpp"
#include "app/screens/trainer/trial_screen.hpp"
#include "app/ui/ui_kit.hpp"
#include "storage/paths.hpp"
#include "text/strings.hpp"
#include "trainer/trial.hpp"

namespace sb::app::trainer_ui {
namespace pal = palette;
namespace ui = play_ui;
namespace tr_ = sb::trainer;

namespace {
std::string percent(std::optional<double> v) {
  return v ? std::to_string(static_cast<int>(std::lround(*v * 100))) + " %" : tr("trainer.progress.kappa_undefined");
}
std::string two_decimals(std::optional<double> v) {
  if (!v) return tr("trainer.progress.kappa_undefined");
  char b[16];
  std::snprintf(b, sizeof b, "%.2f", *v);
  return b;
}
// The key hints sit at the bottom, higher with larger text; a problem line just above them.
float keys_top() { return std::min(680.f, 716 - scaled_text_size(16) * 1.25f); }
float problem_top() { return keys_top() - scaled_text_size(15) * 1.3f - 6; }
}  // namespace

TrainerScreen::TrainerScreen(AppContext& ctx, TrainerPage page) : ctx_(ctx), page_(page) {
  std::string error;
  scenario_ = tr_::load_trial_scenario(&error);
  if (!scenario_) spdlog::error("trainer: {}", error);
  else curator_ = std::make_unique<Curator>(scenario_, kCuratedTrials);
  reload();
}

TrainerScreen::~TrainerScreen() = default;

void TrainerScreen::reload() {
  storage::Problem problem;
  const auto paths = storage::Paths::from_environment(&problem);
  if (!paths) {
    problem_ = problem.player_message();
    return;
  }
  path_ = tr_::trainer_file(*paths).string();
  auto loaded = tr_::load_trainer_data(*paths);
  if (loaded.problem) {
    problem_ = loaded.problem->player_message();
    spdlog::warn("trainer: {}", loaded.problem->describe());
  }
  data_ = std::move(loaded.value);
}

void TrainerScreen::tick(const InputMapper&, ScreenStack&) {
  // Back from a trial: read the practice again, so the figures include it.
  if (reloaded_at_ < 0 || ctx_.clock - reloaded_at_ > 2.0) {
    reloaded_at_ = ctx_.clock;
    if (!ctx_.still) reload();
  }
}

std::optional<tr_::TrialSet> TrainerScreen::set_at(int i) {
  if (i < 3) return curator_ ? curator_->set(static_cast<tr_::SetKind>(i)) : std::nullopt;
  const std::size_t k = static_cast<std::size_t>(i - 3);
  if (k < data_.imported.size()) return data_.imported[k];
  return std::nullopt;
}

bool TrainerScreen::open(ScreenStack& stack) {
  const auto set = set_at(selected_);
  if (!set || set->seeds.empty() || !scenario_) return false;
  // The first trial without an attempt in this set; all scored: start again.
  int next = 0;
  for (std::size_t i = 0; i < set->seeds.size(); ++i) {
    const bool done = std::any_of(data_.progress.attempts.begin(), data_.progress.attempts.end(),
                                  [&](const tr_::Attempt& a) { return a.set == set->id && a.seed == set->seeds[i]; });
    if (!done) {
      next = static_cast<int>(i);
      break;
    }
  }
  stack.push(std::make_unique<TrialScreen>(ctx_, *set, next, scenario_));
  return true;
}

void TrainerScreen::on_action(Action a, ScreenStack& stack) {
  if (a == Action::Back) {
    stack.pop();
    return;
  }
  if (a == Action::MoveLeft || a == Action::MoveRight) {
    page_ = page_ == TrainerPage::Sets ? TrainerPage::Progress : TrainerPage::Sets;
    return;
  }
  if (page_ != TrainerPage::Sets) return;
  if (a == Action::MoveUp) selected_ = (selected_ + rows() - 1) % rows();
  else if (a == Action::MoveDown) selected_ = (selected_ + 1) % rows();
  else if (a == Action::Confirm) open(stack);
}

bool TrainerScreen::on_raw_event(const sf::Event& e, ScreenStack&) {
  return page_ == TrainerPage::Sets && sets_scroll_.on_event(e);
}

sf::FloatRect TrainerScreen::row_rect(int i) const {
  const std::size_t k = static_cast<std::size_t>(i) + 2;
  return i >= 0 && k < hot_.size() ? hot_[k] : sf::FloatRect{};
}

void TrainerScreen::on_pointer(sf::Vector2f p, bool pressed, ScreenStack& stack) {
  for (std::size_t i = 0; i < hot_.size(); ++i)
    if (hot_[i].contains(p)) {
      if (i < 2) {  // the two page tabs
        if (pressed) page_ = i == 0 ? TrainerPage::Sets : TrainerPage::Progress;
        return;
      }
      selected_ = static_cast<int>(i) - 2;
      if (pressed) open(stack);
      return;
    }
}

void TrainerScreen::draw(sf::RenderTarget& target, const Layout& layout, double) {
  hot_.clear();
  Canvas t(target);
  t.set_view(layout.canvas_view());
  const float s = layout.ui_scale;
  ui::paper(t);
  // The two tabs at the right, each as wide as its word at the player's text size.
  const float tab_h = std::max(44.f, scaled_text_size(18) * 1.3f + 12);
  const float w1 = std::max(250.f, ui::text_width(ctx_.fonts.bold, tr("trainer.progress"), 18, s) + 60);
  const float w0 = std::max(250.f, ui::text_width(ctx_.fonts.bold, tr("trainer.sets"), 18, s) + 60);
  const sf::FloatRect tabs[2] = {{1220 - w1 - 20 - w0, 22, w0, tab_h}, {1220 - w1, 22, w1, tab_h}};
  ui::label_fit(t, ctx_.fonts.bold, tr("trainer.title"), 32, s, {50, 20}, tabs[0].left - 70, pal::kInk);
  ui::pill(t, ctx_.fonts.bold, tabs[0], tr("trainer.sets"), 18, s, page_ == TrainerPage::Sets);
  ui::pill(t, ctx_.fonts.bold, tabs[1], tr("trainer.progress"), 18, s, page_ == TrainerPage::Progress);
  hot_.push_back(tabs[0]);
  hot_.push_back(tabs[1]);
  if (page_ == TrainerPage::Sets) draw_sets(t, layout);
  else draw_progress(t, layout);
  if (!problem_.empty())
    ui::label_fit(t, ctx_.fonts.regular, problem_, 15, s, {52, problem_top()}, 1180, pal::kBall);
}

void TrainerScreen::draw_sets(Canvas& t, const Layout& layout) {
  const float s = layout.ui_scale;
  float y = 86;
  y += ui::paragraph(t, ctx_.fonts.regular, tr("trainer.about"), 18, s, {52, y}, 1180, pal::kInk) + 14;
  // The list scrolls when a class has added more sets than fit (and at large text).
  const float keys_y = keys_top();
  const float list_bottom = (problem_.empty() ? keys_y : problem_top()) - 8;
  const sf::FloatRect area{40, y, 1200, std::max(0.f, list_bottom - y)};
  sets_scroll_.set_area(area);
  const float top = sets_scroll_.begin(t, layout);
  y = top;
  float on_top = top, on_bottom = top;
  for (int i = 0; i < rows(); ++i) {
    const bool on = i == selected_;
    // Taller with larger text: the title line, then the description under it.
    const float title_h = scaled_text_size(20) * 1.3f;
    const sf::FloatRect r{50, y, 1180, std::max(88.f, title_h + scaled_text_size(16) * 1.3f + 30)};
    if (on) on_top = y, on_bottom = y + r.height;
    draw::panel(t, r, 16, on ? pal::kButtonHot : pal::kButton, pal::kInk, on ? 2.5f : 1.f, 3);
    // Only the part in sight can be clicked.
    sf::FloatRect seen;
    hot_.push_back(r.intersects(area, seen) ? seen : sf::FloatRect{});
    const auto set = set_at(i);
    std::string title, about;
    if (i < 3) {
      const std::string kind = tr_::to_string(static_cast<tr_::SetKind>(i));
      title = tr("trainer.set." + kind);
      about = tr("trainer.set." + kind + ".about");
    } else {
      title = tr("trainer.set.custom", {set->title.empty() ? set->id : set->title});
      about = tr("trainer.set.custom.about", {std::to_string(set->seeds.size())});
    }
    ui::label_fit(t, ctx_.fonts.bold, title, 20, s, {r.left + 18, r.top + 10}, 560, pal::kInk);
    ui::label_fit(t, ctx_.fonts.regular, about, 16, s, {r.left + 18, r.top + std::max(48.f, 14 + title_h)}, 1140, pal::kInkSoft);
    std::string status;
    if (!set) {
      const auto kind = static_cast<tr_::SetKind>(i);
      status = tr("trainer.preparing", {std::to_string(curator_ ? curator_->tried(kind) : 0), std::to_string(curator_ ? curator_->found(kind) : 0),
                                        std::to_string(kCuratedTrials)});
    } else {
      const tr_::Milestone m = tr_::milestone(data_.progress, *set);
      status = m.reached ? tr("trainer.set.reliable", {percent(m.agreement)})
                         : tr("trainer.set.progress", {std::to_string(m.scored), std::to_string(m.trials), percent(m.agreement)});
    }
    ui::label_fit(t, ctx_.fonts.regular, status, 16, s, {r.left + 600, r.top + 14}, 560, pal::kInk);
    y += r.height + 10;
  }
  sets_scroll_.end(t, layout, y);
  sets_scroll_.follow(selected_, on_top - top + area.top, on_bottom - top + area.top);  // reveal() takes offset-0 page coordinates
  ui::label_fit(t, ctx_.fonts.regular, tr("trainer.keys.sets"), 16, s, {52, keys_y}, 1180, pal::kInkSoft);
}

float TrainerScreen::stored_height(float s) const {
  return path_.empty() ? ui::line_step(15, 1.3f) : ui::wrapped_height(ctx_.fonts.regular, tr("trainer.progress.stored", {path_}), 15, 1180, 1.3f, s);
}

void TrainerScreen::draw_progress(Canvas& t, const Layout& layout) {
  const float s = layout.ui_scale;
  const auto& attempts = data_.progress.attempts;
  float y = 92;
  if (attempts.empty()) {
    ui::paragraph(t, ctx_.fonts.regular, tr("trainer.progress.none"), 20, s, {52, y}, 1180, pal::kInk);
  } else {
    const tr_::AgreementSummary sum = tr_::summarize(attempts);
    auto line = [&](const std::string& text, bool bold) {
      y += ui::paragraph(t, bold ? ctx_.fonts.bold : ctx_.fonts.regular, text, 19, s, {52, y}, 1180, pal::kInk) + 8;
    };
    line(tr("trainer.progress.trials", {std::to_string(attempts.size())}), true);
    line(tr("trainer.progress.abcd", {percent(sum.agree_abcd), two_decimals(sum.kappa_abcd)}), false);
    line(tr("trainer.progress.abc", {percent(sum.agree_abc), two_decimals(sum.kappa_abc)}), false);
    line(tr("trainer.progress.mad", {two_decimals(sum.mean_abs_diff[0]), two_decimals(sum.mean_abs_diff[1]), two_decimals(sum.mean_abs_diff[2]),
                                     two_decimals(sum.mean_abs_diff[3]), two_decimals(sum.rating_mean_abs_diff)}),
         false);
    // The chart: agreement over the last ten trials after each attempt, with the 80 % line.
    const std::vector<double> curve = tr_::agreement_curve(data_.progress);
    // The chart takes what is left above the milestone (less at larger text).
    const float chart_bottom = keys_top() - stored_height(s) - 12 -
                               ui::wrapped_height(ctx_.fonts.regular, tr("trainer.progress.milestone", {"80 %"}), 16, 1180, 1.3f, s) - 24;
    const sf::FloatRect chart{80, y + 36, 1120, std::max(60.f, std::min(560.f, chart_bottom) - y - 36)};
    ui::label_fit(t, ctx_.fonts.bold, tr("trainer.progress.chart"), 18, s, {52, y + 4}, 1180, pal::kInk);
    t.draw(draw::rounded_rect(chart, 10, pal::kButton, pal::kInkSoft, 1));
    // 0 % at the bottom, 100 % at the top, inside a margin so the dots stay whole.
    const float pad = 14;
    auto y_of = [&](double v) { return chart.top + pad + (chart.height - 2 * pad) * (1 - static_cast<float>(v)); };
    const float goal_y = y_of(tr_::kReliableAgreement);
    ui::label(t, ctx_.fonts.regular, "100 %", 14, s, {chart.left + 8, y_of(1.0) + 4}, pal::kInkSoft);
    ui::label(t, ctx_.fonts.regular, "0 %", 14, s, {chart.left + 8, y_of(0.0) - 20}, pal::kInkSoft);
    draw::line(t, {chart.left, goal_y}, {chart.left + chart.width, goal_y}, 2, pal::kCaregiverShirt);
    ui::label(t, ctx_.fonts.bold, "80 %", 15, s, {chart.left + chart.width - 50, goal_y - 22}, pal::kCaregiverShirt);
    const std::size_t n = curve.size();
    auto point = [&](std::size_t i) {
      const float x = chart.left + 70 + (n > 1 ? static_cast<float>(i) / static_cast<float>(n - 1) : 0.5f) * (chart.width - 100);
      return sf::Vector2f{x, y_of(curve[i])};
    };
    for (std::size_t i = 1; i < n; ++i) draw::line(t, point(i - 1), point(i), 3, pal::kInk);
    for (std::size_t i = 0; i < n; ++i) t.draw(draw::ellipse(point(i), {5, 5}, pal::kBall));
    y = chart.top + chart.height + 10;
  }
  // From the bottom up, each measured at the player's text size: the keys, where practice is kept, the milestone.
  const float keys_y = keys_top();
  const float stored_y = keys_y - stored_height(s) - 6;
  const std::string milestone = tr("trainer.progress.milestone", {"80 %"});
  const float milestone_y = std::min(590.f, stored_y - ui::wrapped_height(ctx_.fonts.regular, milestone, 16, 1180, 1.3f, s) - 6);
  ui::paragraph(t, ctx_.fonts.regular, milestone, 16, s, {52, milestone_y}, 1180, pal::kInkSoft);
  // The path wraps (cut where it must) rather than shrinking to tiny type.
  if (!path_.empty()) ui::paragraph(t, ctx_.fonts.regular, tr("trainer.progress.stored", {path_}), 15, s, {52, stored_y}, 1180, pal::kInkSoft);
  ui::label_fit(t, ctx_.fonts.regular, tr("trainer.keys.progress"), 16, s, {52, keys_y}, 1180, pal::kInkSoft);
}

}  // namespace sb::app::trainer_ui
