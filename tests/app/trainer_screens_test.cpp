// Coding practice on screen: a trial scored by keyboard reaches the comparison
// and is kept; rewinding replays the same run; the scoring screen's picture.
#include <catch2/catch.hpp>

#include "app/art/palette.hpp"
#include "app/screens/screen_stack.hpp"
#include "app/screens/trainer/trainer_screen.hpp"
#include "app/screens/trainer/trial_screen.hpp"
#include "play_helpers.hpp"
#include "screenshot_shot.hpp"
#include "../storage/storage_test_env.hpp"
#include "trainer/trial.hpp"

using namespace sb;
using app::trainer_ui::TrialScreen;
using app::trainer_ui::TrialStep;

namespace {
// The first clear prototype: a short, real trial.
trainer::TrialSet one_prototype(std::shared_ptr<const scenario::Scenario>* scenario) {
  std::string error;
  *scenario = trainer::load_trial_scenario(&error);
  INFO(error);
  REQUIRE(*scenario);
  trainer::CurateOptions one;
  one.count = 1;
  trainer::TrialSet set = trainer::curate(trainer::SetKind::Prototypes, *scenario, one);
  REQUIRE(set.seeds.size() == 1);
  return set;
}
}  // namespace

TEST_CASE("trainer: a trial scored by keyboard reaches the comparison and is kept in the practice file") {
  storage_test::TempHome home;
  play_test::QuietApp app;
  std::shared_ptr<const scenario::Scenario> scenario;
  const trainer::TrialSet set = one_prototype(&scenario);
  app::ScreenStack stack;
  stack.push(std::make_unique<TrialScreen>(app.ctx, set, 0, scenario));
  stack.apply();
  auto* trial = dynamic_cast<TrialScreen*>(stack.top());
  REQUIRE(trial);
  CHECK(trial->step() == TrialStep::Watch);
  trial->on_key(sf::Keyboard::Enter, stack);
  CHECK(trial->step() == TrialStep::Score);
  // Each row: a digit sets the score, Enter goes on; after the ninth row, the classification.
  for (int row = 0; row < TrialScreen::kRows; ++row) {
    CHECK(trial->row() == row);
    trial->on_key(sf::Keyboard::Num4, stack);
    trial->on_action(app::Action::Confirm, stack);
  }
  CHECK(trial->step() == TrialStep::Classify);
  CHECK(trial->sheet().complete() == false);  // no class chosen yet
  trial->on_action(app::Action::Confirm, stack);
  CHECK(trial->step() == TrialStep::Compare);
  CHECK(trial->sheet().complete());
  CHECK(trial->comparison().scales.size() == 8);
  CHECK(trial->saved());
  const auto data = trainer::load_trainer_data(home.paths());
  CHECK_FALSE(data.problem);
  REQUIRE(data.value.progress.attempts.size() == 1);
  CHECK(data.value.progress.attempts.front().seed == set.seeds.front());
  CHECK(data.value.progress.attempts.front().student.reunions.front()[trainer::Scale::Avoidance] == 4);

  // Enter on a row replays the observer's moment for it, over the comparison.
  trial->on_action(app::Action::MoveDown, stack);
  trial->on_action(app::Action::Confirm, stack);
  stack.apply();
  REQUIRE(stack.top());
  CHECK(stack.top()->name() == "moment");
}

TEST_CASE("trainer: rewinding replays the run to the same state, and episode keys jump to their start") {
  play_test::QuietApp app;
  std::shared_ptr<const scenario::Scenario> scenario;
  const trainer::TrialSet set = one_prototype(&scenario);
  app::ScreenStack stack;
  TrialScreen trial(app.ctx, set, 0, scenario);
  trial.seek(3000);
  const double at = trial.seconds();
  trial.seek(9000);
  CHECK(trial.seconds() > at);
  trial.seek(3000);  // back: replayed from the start
  CHECK(trial.seconds() == at);
  trial.on_key(sf::Keyboard::Num5, stack);  // the first reunion
  REQUIRE(trial.run().episodes.size() >= 5);
  CHECK(trial.seconds() >= trial.run().episodes[4].start);
  CHECK(trial.seconds() < trial.run().episodes[4].start + 1.0);
}

TEST_CASE("screenshot: the trainer's scoring sheet shows sliders and the anchors panel") {
  const sf::Image img = test::shot("trainer");
  CHECK(img.getSize() == sf::Vector2u(1280, 720));
  // The chosen stop of a slider is filled in the caregiver's blue; the anchors sit on a light panel.
  int blue = 0;
  for (unsigned y = 100; y < 600; ++y)
    for (unsigned x = 340; x < 690; ++x) blue += img.getPixel(x, y) == app::palette::kCaregiverShirt;
  CHECK(blue > 400);
  CHECK(img.getPixel(1230, 300) == app::palette::kButton);  // the anchors panel's right margin
}

TEST_CASE("screenshot: the comparison shows the panel's spread as dots beside the student's and the observer's numbers") {
  const sf::Image img = test::shot("trainer-compare");
  // Each scale row has dots in the panel column (x 520-690), drawn in the caregiver's blue.
  int blue = 0;
  for (unsigned y = 100; y < 650; ++y)
    for (unsigned x = 520; x < 690; ++x) blue += img.getPixel(x, y) == app::palette::kCaregiverShirt;
  CHECK(blue > 300);
  // The explanation panel on the right is still the light panel colour at its margin.
  CHECK(img.getPixel(1232, 300) == app::palette::kButton);
}

TEST_CASE("trainer: a long list of sets scrolls to the one in hand, and the wheel scrolls it") {
  storage_test::TempHome home;
  trainer::TrainerData data;
  for (int i = 0; i < 8; ++i) data.imported.push_back({"class-" + std::to_string(i), "Class set " + std::to_string(i), trainer::SetKind::Custom, {1, 2, 3}});
  REQUIRE_FALSE(trainer::save_trainer_data(home.paths(), data));
  play_test::QuietApp app;
  app::ScreenStack stack;
  app::trainer_ui::TrainerScreen screen(app.ctx);
  sf::RenderTexture target;
  REQUIRE(target.create(1280, 720));
  auto draw = [&] {
    target.clear();
    screen.draw(target, app::Layout::fit({1280, 720}), 1.0);
  };
  const int rows = 3 + 8;
  draw();
  CHECK(screen.sets_scroll().scrollable());        // eleven sets do not fit at once
  CHECK(screen.row_rect(0).height > 0);            // the first is in sight
  CHECK(screen.row_rect(rows - 1).height == 0);    // the last is not, yet
  screen.on_action(app::Action::MoveUp, stack);    // from the first, up wraps to the last
  CHECK(screen.selected() == rows - 1);
  draw();
  draw();  // the list follows the choice on the next frame
  const sf::FloatRect last = screen.row_rect(rows - 1);
  CHECK(last.height >= 80);                        // whole, not a sliver
  CHECK(last.top + last.height <= screen.sets_scroll().area().top + screen.sets_scroll().area().height + 0.5f);
  CHECK(screen.row_rect(0).height == 0);           // scrolled out of sight, and so not clickable
  // The wheel scrolls back up.
  sf::Event wheel;
  wheel.type = sf::Event::MouseWheelScrolled;
  wheel.mouseWheelScroll = {sf::Mouse::VerticalWheel, 10, 640, 400};
  const float before = screen.sets_scroll().offset();
  CHECK(screen.on_raw_event(wheel, stack));
  draw();
  CHECK(screen.sets_scroll().offset() < before);
}
