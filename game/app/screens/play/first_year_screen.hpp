#pragma once
// "Months in minutes" (issue 14): a first year of short moments — feeding, a
// bump, a bath, bedtime, a stranger visiting, a tower that falls, play — in each
// of which the child sends a cue and the player answers from the same bar of acts
// as in a scene, within 8 seconds or not at all. The child's working model learns
// from every answer (mind/first_year.hpp) and an inset shows its four
// expectations changing. After the year the Strange Situation follows, played
// by the player as the caregiver with the child the year has made, and is
// classified by the same observer.
#include <memory>

#include "app/platform/app_context.hpp"
#include "app/screens/play/caregiver_screen.hpp"
#include "app/screens/play/play_setup.hpp"
#include "app/screens/screen.hpp"
#include "mind/first_year.hpp"
#include "mind/working_model.hpp"

namespace sb::app {

class FirstYearScreen : public Screen {
 public:
  static constexpr int kMoments = 24;        // two a month
  static constexpr double kAnswerSeconds = 8; // a cue waits this long for an answer

  FirstYearScreen(AppContext& ctx, PlayChoice strange_situation);
  std::string_view name() const override { return "first-year"; }
  void on_action(Action a, ScreenStack& stack) override;
  void on_pointer(sf::Vector2f p, bool pressed, ScreenStack& stack) override;
  void tick(const InputMapper& input, ScreenStack& stack) override;
  void draw(sf::RenderTarget& target, const Layout& layout, double alpha) override;

  // Answers the current moment with an act after `seconds` (tests, screenshots).
  void answer(mind::CaregiverAct act, double seconds);
  const mind::FirstYear& year() const { return *year_; }
  const mind::WorkingModel& model() const { return *wm_; }
  // The child of the year and of the scene after it: one temperament, drawn from the seed.
  double soothability() const { return soothability_; }

 private:
  void next_or_finish(ScreenStack* stack);

  AppContext& ctx_;
  PlayChoice ss_;
  // The scene that follows, made first: the year is lived by the same child (its
  // temperament) that the Strange Situation then shows.
  std::unique_ptr<CaregiverScreen> scene_;
  double soothability_ = 0.5;
  std::unique_ptr<mind::WorkingModel> wm_; // the year's learning, handed to the Strange Situation
  std::unique_ptr<mind::FirstYear> year_;
  mind::Cue cue_;
  double waited_ = 0;   // seconds since this moment's cue
  double pause_ = 0;    // seconds left showing the last answer before the next moment
  int selected_ = 0;
  std::string last_;    // what happened in the last moment, in words
  bool finished_ = false;
};

std::unique_ptr<Screen> first_year_screenshot(AppContext& ctx, int moments_answered);
// `play --as caregiver --first-year`: the year, with the session's scenario (the Strange Situation) at its end.
std::unique_ptr<Screen> first_year_first_screen(AppContext& ctx);

}  // namespace sb::app
