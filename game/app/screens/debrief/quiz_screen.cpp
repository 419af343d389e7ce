#include "app/screens/debrief/quiz_screen.hpp"

#include <algorithm>

#include <spdlog/spdlog.h>

#include "app/render/canvas.hpp"
#include "app/art/draw_kit.hpp"
#include "app/art/palette.hpp"
#include "app/ui/ui_kit.hpp"
#include "app/render/comfort.hpp"
#include "app/screens/screen_stack.hpp"
#include "text/strings.hpp"

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
  feedback_shown_ = false;
  scroll_.to_top();
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
    // As the hint says ("1–3 choose · Enter answer"): a number picks an answer like the
    // arrows do, and Enter gives it, so a slip of the finger is not an answer.
    case Action::Choice1: if (n > 0 && chosen_ < 0) hover_ = 0; return;
    case Action::Choice2: if (n > 1 && chosen_ < 0) hover_ = 1; return;
    case Action::Choice3: if (n > 2 && chosen_ < 0) hover_ = 2; return;
    case Action::Choice4: if (n > 3 && chosen_ < 0) hover_ = 3; return;
    case Action::Back: stack.pop(); return;
    default: return;
  }
}

bool QuizScreen::on_raw_event(const sf::Event& e, ScreenStack&) { return scroll_.on_event(e); }

void QuizScreen::on_pointer(sf::Vector2f p, bool pressed, ScreenStack& stack) {
  if (done_ || questions_.empty()) {
    if (pressed) stack.pop();
    return;
  }
  const int n = static_cast<int>(questions_[static_cast<std::size_t>(index_)].answers.size());
  for (int i = 0; i < n; ++i)
    if (i < static_cast<int>(drawn_answers_.size()) ? drawn_answers_[static_cast<std::size_t>(i)].contains(p) : answer_rect(i).contains(p)) {
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
  ui::label_fit(t, ctx_.fonts.bold, tr("quiz.title", {tr("library.quiz." + scenario_)}), 32, s, {50, 24}, 1180, pal::kInk);
  // Larger text: the progress line moves under the taller title, the page's body below it scrolls.
  const float progress_y = std::max(76.f, 24 + scaled_text_size(32) * 1.3f);
  const float body_top = std::max(120.f, progress_y + scaled_text_size(17) * 1.3f + 4);
  const float keys_y = std::min(680.f, 716 - scaled_text_size(17) * 1.25f);
  auto keys = [&](const std::string& id, float at_100) {
    ui::label_fit(t, ctx_.fonts.regular, tr(id), 17, s, {52, std::min(at_100, keys_y)}, 1180, pal::kInkSoft);
  };
  scroll_.set_area({40, body_top, 1200, keys_y - 2 - body_top});
  const float top = scroll_.begin(t, layout) + (120 - body_top); // where 120 would be at 100 %
  const float shift = body_top - 120;
  drawn_answers_.clear();
  if (questions_.empty()) {
    scroll_.end(t, layout, top + shift + 40 + ui::paragraph(t, ctx_.fonts.regular, tr("quiz.none"), 22, s, {90, top + shift + 40}, 1100, pal::kInk));
    return;
  }
  if (done_) {
    ui::label_fit(t, ctx_.fonts.bold, tr("quiz.done", {std::to_string(right_), std::to_string(questions_.size())}), 30, s, {90, top + shift + 80}, 1100,
                  pal::kInk);
    const float y = top + shift + std::max(140.f, 80 + ui::line_step(30, 1.6f));
    scroll_.end(t, layout, y + ui::paragraph(t, ctx_.fonts.regular, tr("quiz.done.text"), 21, s, {90, y}, 1100, pal::kInk, 1.4f));
    keys("quiz.keys.done", 664);
    return;
  }
  const QuizQuestion& q = questions_[static_cast<std::size_t>(index_)];
  // The progress line sits above the scrolling body, drawn with the canvas view back.
  t.set_view(layout.canvas_view());
  ui::label_fit(t, ctx_.fonts.regular, tr("quiz.progress", {std::to_string(index_ + 1), std::to_string(questions_.size())}), 17, s,
                {52, progress_y}, 1180, pal::kInkSoft);
  scroll_.begin(t, layout);
  float y = top + shift + 10;
  y += ui::paragraph(t, ctx_.fonts.bold, q.question, 25, s, {90, y}, 1100, pal::kInk, 1.3f);
  y = std::max(y + 16, top + (250 - 120));
  float hover_top = y, hover_bottom = y;
  for (int i = 0; i < static_cast<int>(q.answers.size()); ++i) {
    const std::string& answer = q.answers[static_cast<std::size_t>(i)];
    const float text_h = ui::wrapped_height(ctx_.fonts.regular, answer, 21, 1020, 1.3f, s);
    const sf::FloatRect r{90, y, 1100, std::max(72.f, text_h + 16)};
    drawn_answers_.push_back(r);
    sf::Color fill = i == hover_ && chosen_ < 0 ? pal::kButtonHot : pal::kButton;
    if (chosen_ >= 0 && i == q.correct) fill = sf::Color(206, 236, 200);
    if (chosen_ >= 0 && i == chosen_ && i != q.correct) fill = sf::Color(246, 214, 200);
    draw::panel(t, r, 18, fill, pal::kInk, i == hover_ ? 2.5f : 1.5f, 4);
    ui::label(t, ctx_.fonts.bold, std::string(1, static_cast<char>('1' + i)), 22, s, {r.left + 20, r.top + std::min(22.f, (r.height - scaled_text_size(22) * 1.25f) / 2)},
              pal::kInkSoft);
    ui::paragraph(t, ctx_.fonts.regular, answer, 21, s, {r.left + 56, r.top + (r.height - text_h) / 2 + 2}, 1020, pal::kInk);
    if (i == hover_) hover_top = r.top, hover_bottom = r.top + r.height;
    y += r.height + 14;
  }
  float bottom = y - 14;
  float feedback_top = y;
  if (chosen_ >= 0) {
    const bool ok = chosen_ == q.correct;
    ui::label_fit(t, ctx_.fonts.bold, tr(ok ? "quiz.right" : "quiz.not_quite"), 21, s, {90, y + 6}, 1100, pal::kInk);
    const float why_y = y + 6 + std::max(32.f, ui::line_step(21, 1.5f));
    bottom = why_y + ui::paragraph(t, ctx_.fonts.regular, q.why, 19, s, {90, why_y}, 1100, pal::kInk, 1.3f);
  }
  scroll_.end(t, layout, bottom);
  // The answer in hand stays in view; once answered, the explanation scrolls into view.
  const float off = scroll_.offset();
  if (chosen_ >= 0 && !feedback_shown_) {
    feedback_shown_ = true;
    scroll_.reveal(feedback_top + off, bottom + off + 4);
  } else if (chosen_ < 0) {
    scroll_.follow(index_ * 8 + hover_, hover_top + off - 6, hover_bottom + off + 6);
  }
  keys(chosen_ >= 0 ? "quiz.keys.next" : "quiz.keys", 680);
}

}  // namespace sb::app::debrief
