#include "app/debrief/quiz_screen.hpp"

#include <algorithm>

#include <spdlog/spdlog.h>

#include "app/canvas.hpp"
#include "app/draw_kit.hpp"
#include "app/palette.hpp"
#include "app/play/ui_kit.hpp"
#include "app/screen_stack.hpp"
#include "app/text/strings.hpp"

namespace sb::app::debrief {
namespace pal = palette;
namespace ui = play_ui;

namespace {
bool has(const std::string& id) { return tr(id) != id; }
}  // namespace

std::vector<QuizQuestion> quiz_for(const std::string& scenario) {
  std::vector<QuizQuestion> out;
  for (int n = 1; n <= 9; ++n) {
    const std::string base = "quiz." + scenario + "." + std::to_string(n);
    if (!has(base + ".q")) break;
    QuizQuestion q;
    q.question = tr(base + ".q");
    for (int a = 1; a <= 4 && has(base + "." + std::to_string(a)); ++a) q.answers.push_back(tr(base + "." + std::to_string(a)));
    try {
      q.correct = std::stoi(tr(base + ".correct")) - 1;
    } catch (const std::exception&) {
      q.correct = -1;
    }
    q.why = tr(base + ".why");
    // A question without a valid answer key would teach nothing: leave it out (and say so).
    if (q.answers.size() < 2 || q.correct < 0 || q.correct >= static_cast<int>(q.answers.size())) {
      spdlog::warn("quiz: {} has no valid answers or answer key; skipped", base);
      continue;
    }
    out.push_back(std::move(q));
  }
  return out;
}

QuizScreen::QuizScreen(AppContext& ctx, std::string scenario_id) : ctx_(ctx), scenario_(std::move(scenario_id)), questions_(quiz_for(scenario_)) {}

void QuizScreen::choose(int i) {
  if (chosen_ >= 0 || index_ >= static_cast<int>(questions_.size())) return;
  chosen_ = i;
  if (i == questions_[static_cast<std::size_t>(index_)].correct) {
    ++right_;
    ctx_.audio->chime();
  } else {
    ctx_.audio->click();
  }
}

void QuizScreen::next(ScreenStack& stack) {
  if (done_ || questions_.empty()) {
    stack.pop();
    return;
  }
  if (chosen_ < 0) return;
  chosen_ = -1;
  hover_ = 0;
  if (++index_ >= static_cast<int>(questions_.size())) done_ = true;
}

void QuizScreen::on_action(Action a, ScreenStack& stack) {
  const int n = questions_.empty() || done_ ? 0 : static_cast<int>(questions_[static_cast<std::size_t>(index_)].answers.size());
  switch (a) {
    case Action::MoveUp: if (n) hover_ = (hover_ + n - 1) % n; return;
    case Action::MoveDown: if (n) hover_ = (hover_ + 1) % n; return;
    case Action::Confirm:
      if (chosen_ < 0 && n && !done_) choose(hover_);
      else next(stack);
      return;
    case Action::Choice1: choose(0); return;
    case Action::Choice2: if (n > 1) choose(1); return;
    case Action::Choice3: if (n > 2) choose(2); return;
    case Action::Back: stack.pop(); return;
    default: return;
  }
}

void QuizScreen::on_pointer(sf::Vector2f p, bool pressed, ScreenStack& stack) {
  if (done_ || questions_.empty()) {
    if (pressed) stack.pop();
    return;
  }
  const int n = static_cast<int>(questions_[static_cast<std::size_t>(index_)].answers.size());
  for (int i = 0; i < n; ++i)
    if (answer_rect(i).contains(p)) {
      hover_ = i;
      if (pressed) {
        if (chosen_ < 0) choose(i);
        else next(stack);
      }
      return;
    }
  if (pressed && chosen_ >= 0) next(stack);
}

void QuizScreen::draw(sf::RenderTarget& target, const Layout& layout, double) {
  Canvas t(target);
  t.set_view(layout.canvas_view());
  const float s = layout.ui_scale;
  ui::paper(t);
  ui::label(t, ctx_.fonts.bold, tr("quiz.title", {tr("library.quiz." + scenario_)}), 32, s, {50, 24}, pal::kInk);
  if (questions_.empty()) {
    ui::paragraph(t, ctx_.fonts.regular, tr("quiz.none"), 22, s, {90, 160}, 1100, pal::kInk);
    return;
  }
  if (done_) {
    ui::label(t, ctx_.fonts.bold, tr("quiz.done", {std::to_string(right_), std::to_string(questions_.size())}), 30, s, {90, 200}, pal::kInk);
    ui::paragraph(t, ctx_.fonts.regular, tr("quiz.done.text"), 21, s, {90, 260}, 1100, pal::kInk, 1.4f);
    ui::label(t, ctx_.fonts.regular, tr("quiz.keys.done"), 17, s, {90, 664}, pal::kInkSoft);
    return;
  }
  const QuizQuestion& q = questions_[static_cast<std::size_t>(index_)];
  ui::label(t, ctx_.fonts.regular, tr("quiz.progress", {std::to_string(index_ + 1), std::to_string(questions_.size())}), 17, s, {52, 76},
            pal::kInkSoft);
  ui::paragraph(t, ctx_.fonts.bold, q.question, 25, s, {90, 130}, 1100, pal::kInk, 1.3f);
  for (int i = 0; i < static_cast<int>(q.answers.size()); ++i) {
    const sf::FloatRect r = answer_rect(i);
    sf::Color fill = i == hover_ && chosen_ < 0 ? pal::kButtonHot : pal::kButton;
    if (chosen_ >= 0 && i == q.correct) fill = sf::Color(206, 236, 200);
    if (chosen_ >= 0 && i == chosen_ && i != q.correct) fill = sf::Color(246, 214, 200);
    draw::panel(t, r, 18, fill, pal::kInk, i == hover_ ? 2.5f : 1.5f, 4);
    ui::label(t, ctx_.fonts.bold, std::string(1, static_cast<char>('1' + i)), 22, s, {r.left + 20, r.top + 22}, pal::kInkSoft);
    const std::string& answer = q.answers[static_cast<std::size_t>(i)];
    const float lines = static_cast<float>(ui::wrap(ctx_.fonts.regular, answer, 21, r.width - 80).size());
    ui::paragraph(t, ctx_.fonts.regular, answer, 21, s, {r.left + 56, r.top + (r.height - lines * 21 * 1.3f) / 2 + 2}, r.width - 80, pal::kInk);
  }
  if (chosen_ >= 0) {
    const float top = answer_rect(static_cast<int>(q.answers.size())).top + 6;
    const bool ok = chosen_ == q.correct;
    ui::label(t, ctx_.fonts.bold, tr(ok ? "quiz.right" : "quiz.not_quite"), 21, s, {90, top}, pal::kInk);
    ui::paragraph(t, ctx_.fonts.regular, q.why, 19, s, {90, top + 32}, 1100, pal::kInk, 1.3f);
  }
  ui::label(t, ctx_.fonts.regular, tr(chosen_ >= 0 ? "quiz.keys.next" : "quiz.keys"), 17, s, {52, 680}, pal::kInkSoft);
}

}  // namespace sb::app::debrief
