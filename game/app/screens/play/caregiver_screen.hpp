#pragma once
// Playing the caregiver (issue 14): the same scene as the child's role, with the
// roles swapped. The AI child plays; its cue is shown over it (plain, subtle or
// easy to miss, as its working model makes it) and in a card with the need it
// stands for and the seconds since it came; the player answers from a bar of
// acts (arrows or the pad's stick to choose, E / pad X / a click to do it), and
// the act being carried out is drawn over the caregiver. Enter still moves the
// story's lines on. Everything else is the scenario screen underneath.
#include <array>
#include <memory>

#include "app/platform/app_context.hpp"
#include "app/screens/play/play_setup.hpp"
#include "app/screens/play/scenario_screen.hpp"
#include "app/screens/screen.hpp"

namespace sb::app {

class CaregiverScreen : public Screen {
 public:
  CaregiverScreen(AppContext& ctx, PlayChoice choice); // choice.caregiver_role is set here
  std::string_view name() const override { return "caregiver-play"; }
  void on_action(Action a, ScreenStack& stack) override;
  void on_pointer(sf::Vector2f p, bool pressed, ScreenStack& stack) override;
  void tick(const InputMapper& input, ScreenStack& stack) override;
  void draw(sf::RenderTarget& target, const Layout& layout, double alpha) override;

  // The acts in the bar, top to bottom: the warm ones, then the everyday others.
  static const std::array<mind::CaregiverAct, 14>& bar();
  static sf::FloatRect button_rect(int i);
  int selected() const { return selected_; }
  // Where the cue card was last drawn (empty before any cue): never over a person.
  sf::FloatRect cue_card() const { return cue_card_; }
  void act(mind::CaregiverAct a); // as if chosen from the bar (tests, screenshots)
  ScenarioScreen& scene() { return *scene_; }

  // For a class on a projector (FACILITATOR.md): each new cue pauses the scene and
  // offers four answers to discuss (1–4 picks one); the child's inner state is shown.
  void set_class_mode(bool on);
  bool waiting_for_class() const { return class_cue_ >= 0; }
  const std::array<mind::CaregiverAct, 4>& suggestions() const { return suggestions_; }

 private:
  void draw_cue(Canvas& t, const Layout& layout);
  void draw_doing(Canvas& t, const Layout& layout);
  void draw_bar(Canvas& t, const Layout& layout);
  void draw_class(Canvas& t, const Layout& layout);

  AppContext& ctx_;
  std::unique_ptr<ScenarioScreen> scene_;
  int selected_ = 0;
  int hovered_ = -1;
  bool class_mode_ = false;
  int class_cue_ = -1;   // the cue the class is discussing, -1 none
  int class_done_ = -1;  // the last cue the class answered
  sf::FloatRect cue_card_;
  std::array<mind::CaregiverAct, 4> suggestions_{};
};

// `screenshot --screen play --as caregiver --scenario ID --at S`: the scene after S seconds
// of a scripted warm caregiver answering, with the bar and the cue drawn.
std::unique_ptr<Screen> caregiver_screenshot_screen(AppContext& ctx, double at);

}  // namespace sb::app
