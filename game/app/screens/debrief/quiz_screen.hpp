#pragma once
// A short quiz for one scenario: 3–5 questions, three answers each, and after
// every choice an explanation of why the answer is right. Questions live in
// assets/lang/<code>/quiz.strings (quiz.<scenario>.<n>.q, .1 .2 .3, .correct, .why).
#include <string>
#include <vector>

#include "app/platform/app_context.hpp"
#include "app/screens/screen.hpp"
#include "app/ui/scroll_box.hpp"

namespace sb::app::debrief {

struct QuizQuestion {
  std::string question;
  std::vector<std::string> answers;
  int correct = 0; // index into answers
  std::string why;
};
// The questions for a scenario from the string tables (empty if it has none).
std::vector<QuizQuestion> quiz_for(const std::string& scenario_id);

class QuizScreen : public Screen {
 public:
  QuizScreen(AppContext& ctx, std::string scenario_id);
  std::string_view name() const override { return "quiz"; }
  void on_action(Action a, ScreenStack& stack) override;
  void on_pointer(sf::Vector2f p, bool pressed, ScreenStack& stack) override;
  void draw(sf::RenderTarget& target, const Layout& layout, double alpha) override;

  int question() const { return index_; }
  bool answered() const { return chosen_ >= 0; }
  int right() const { return right_; }
  int hovered() const { return hover_; }  // the answer in hand, before Enter gives it
  // Where answer i is at 100 % text; larger text makes the answers taller, and the page scrolls.
  static sf::FloatRect answer_rect(int i) { return {90, 250 + static_cast<float>(i) * 86.f, 1100, 72}; }
  // Page Up/Down, the pad's shoulder buttons and the wheel scroll a long question.
  bool on_raw_event(const sf::Event& e, ScreenStack& stack) override;

 private:
  void choose(int i);
  void next(ScreenStack& stack);
  AppContext& ctx_;
  std::string scenario_;
  std::vector<QuizQuestion> questions_;
  ScrollBox scroll_;
  std::vector<sf::FloatRect> drawn_answers_; // where the answers were drawn last (for the pointer)
  bool feedback_shown_ = false;
  int index_ = 0, chosen_ = -1, hover_ = 0, right_ = 0;
  bool done_ = false;
};

}  // namespace sb::app::debrief
