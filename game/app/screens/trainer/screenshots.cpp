#include "app/screens/trainer/screenshots.hpp"

#include <algorithm>

#include "app/screens/trainer/trainer_screen.hpp"
#include "app/screens/trainer/trial_screen.hpp"
#include "trainer/trial.hpp"

namespace sb::app::trainer_ui {
namespace tr_ = sb::trainer;

const std::vector<std::string>& screenshot_names() {
  static const std::vector<std::string> n{"trainer", "trainer-watch", "trainer-classify", "trainer-compare", "trainer-sets",
                                          "trainer-progress"};
  return n;
}

std::unique_ptr<Screen> screenshot_screen(const std::string& name, AppContext& ctx, double at) {
  if (std::find(screenshot_names().begin(), screenshot_names().end(), name) == screenshot_names().end()) return nullptr;
  if (name == "trainer-sets") return std::make_unique<TrainerScreen>(ctx);
  if (name == "trainer-progress") return std::make_unique<TrainerScreen>(ctx, TrainerPage::Progress);  // the player's own file
  std::string error;
  const auto scenario = tr_::load_trial_scenario(&error);
  if (!scenario) return nullptr;
  tr_::CurateOptions one;
  one.count = 1;
  tr_::TrialSet set = tr_::curate(tr_::SetKind::Prototypes, scenario, one);
  if (set.seeds.empty()) return nullptr;
  auto screen = std::make_unique<TrialScreen>(ctx, set, 0, scenario);
  screen->keep_practice(false);
  stage_screenshot(*screen, name, at);
  return screen;
}

void stage_screenshot(TrialScreen& screen, const std::string& name, double at) {
  const tr_::ScoreSheet& observer = screen.run().observer.sheet;
  if (name == "trainer-watch") {
    screen.go_to(TrialStep::Watch);
    double seconds = at;
    if (seconds <= 0)
      for (const auto& e : screen.run().episodes)
        if (e.role == mind::EpisodeRole::Reunion) {
          seconds = e.start + 4;  // just after the parent comes back
          break;
        }
    screen.seek_seconds(seconds);
    return;
  }
  // A sheet half filled in, as a student would have it: the first reunion scored, the cursor on avoidance.
  tr_::ScoreSheet& mine = screen.sheet();
  mine = tr_::blank_sheet(screen.run().observer);
  mine.reunions.front() = observer.reunions.front();
  mine.reunions.front()[tr_::Scale::Avoidance] = std::max(1, observer.reunions.front()[tr_::Scale::Avoidance] - 2);
  if (name == "trainer") {
    screen.go_to(TrialStep::Score);
    screen.select_row(3);
    return;
  }
  // Classify and compare: the whole sheet, one scale off by two and the class in a neighbouring subgroup.
  for (std::size_t r = 1; r < mine.reunions.size(); ++r) mine.reunions[r] = observer.reunions[r];
  mine.disorganization = observer.disorganization;
  mine.subgroup = observer.subgroup == "A1" ? "A2" : observer.subgroup;
  if (name == "trainer-classify") {
    screen.go_to(TrialStep::Classify);
    return;
  }
  screen.go_to(TrialStep::Compare);
  screen.select_row(3);
}

}  // namespace sb::app::trainer_ui
