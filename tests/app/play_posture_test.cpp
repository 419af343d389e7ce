// What the player sees of the caregiver's answers and of what can be done now.
#include <catch2/catch.hpp>

#include "app/art/hazard_art.hpp"
#include "app/screens/play/scene_view.hpp"
#include "app/screens/play/story_overlay.hpp"

using namespace sb::app;
using K = sb::mind::AnswerKind;

TEST_CASE("each answer has its own posture") {
  const AnswerPosture comfort = posture_for(K::Comfort, 0.8f);
  CHECK(comfort.kneel);
  CHECK(comfort.warmth == Approx(1.0));
  CHECK_FALSE(posture_for(K::Comfort, 3.0f).kneel); // too far away to kneel by the child
  const AnswerPosture dismiss = posture_for(K::Dismiss, 1.f);
  CHECK(dismiss.look_away);
  CHECK(dismiss.warmth < 0.35f); // arms folded
  CHECK(posture_for(K::Frighten, 1.f).scale > 1.2f); // looms
  CHECK(posture_for(K::Intrude, 1.f).lean > 0);
  CHECK(posture_for(K::Dissociate, 1.f).blank);
  const AnswerPosture none = posture_for(K::None, 1.f);
  CHECK(none.scale == 1.f);
  CHECK_FALSE(none.kneel);
}

TEST_CASE("threats loom larger as felt security falls") {
  CHECK(loom_factor(1.0, 0.7) == Approx(1.0));
  CHECK(loom_factor(0.2, 0.7) > 1.8);
  CHECK(loom_factor(0.2, 0.7) > loom_factor(0.6, 0.7));
}

TEST_CASE("prompts offer what can be done now") {
  auto has = [](const std::vector<Prompt>& ps, Action a) {
    for (const Prompt& p : ps)
      if (p.action == a) return true;
    return false;
  };
  PromptContext far;
  const auto alone = prompts_for(far);
  CHECK(has(alone, Action::Signal));
  CHECK(has(alone, Action::Cry));
  CHECK(has(alone, Action::TurnAway));
  CHECK(has(alone, Action::HideFeelings));
  CHECK(has(alone, Action::Freeze));
  CHECK_FALSE(has(alone, Action::ReachUp));
  CHECK_FALSE(has(alone, Action::Interact));
  PromptContext near;
  near.near_caregiver = true;
  near.near_toy = true;
  const auto close = prompts_for(near);
  CHECK(has(close, Action::ReachUp));
  CHECK(has(close, Action::Cling));
  CHECK(has(close, Action::Interact));
  CHECK(has(close, Action::ShowToy));
  near.autoplay = true; // watching: nothing to press
  CHECK(prompts_for(near).empty());
}

TEST_CASE("the choice menu answers 1-4, arrows with Enter, and the mouse") {
  ChoiceMenu m;
  m.set({"Go to the door", "Stay with the blocks", "Cry"});
  CHECK(m.on_action(Action::Choice2) == 1);
  CHECK_FALSE(m.on_action(Action::Choice4)); // only three on offer
  CHECK_FALSE(m.on_action(Action::MoveDown));
  CHECK_FALSE(m.on_action(Action::MoveDown));
  CHECK(m.on_action(Action::Confirm) == 2);
  CHECK_FALSE(m.on_action(Action::MoveDown)); // wraps to the first
  CHECK(m.on_action(Action::Confirm) == 0);
  const sf::FloatRect r = m.option_rect(1);
  CHECK_FALSE(m.on_pointer({r.left + 10, r.top + 10}, false));
  CHECK(m.selected() == 1);
  CHECK(m.on_pointer({r.left + 10, r.top + 10}, true) == 1);
  // The options never overlap each other or the dialogue box.
  for (int i = 0; i + 1 < 3; ++i) CHECK(m.option_rect(i).top + m.option_rect(i).height <= m.option_rect(i + 1).top);
  CHECK(m.option_rect(2).top + m.option_rect(2).height <= dialogue_rect().top);
}
