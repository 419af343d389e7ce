#include "app/screens/play/resume_screen.hpp"

#include <spdlog/spdlog.h>

#include "app/art/draw_kit.hpp"
#include "app/art/palette.hpp"
#include "app/screens/play/scenario_screen.hpp"
#include "app/screens/screen_stack.hpp"
#include "app/screens/title/title_screen.hpp"
#include "app/ui/ui_kit.hpp"
#include "text/strings.hpp"

namespace sb::app {
namespace pal = palette;
namespace {
// Stepping time per 60 Hz tick: the rest of the frame draws the bar and reads input.
constexpr auto kSlice = std::chrono::milliseconds(12);
const sf::FloatRect kBar{kCanvasWidth / 2 - 300, 380, 600, 26};
}  // namespace

ResumeScreen::ResumeScreen(AppContext& ctx, SavedScene scene, bool owns_save)
    : ctx_(ctx), scene_(std::move(scene)), owns_save_(owns_save) {
  resumer_ = sim::Resumer::start(scene_.recording, &error_);
  if (resumer_) resumer_->on_tick = [this](const sim::Session& s, const sim::InputCommand& in) { backlog_.observe(s, in); };
}

void ResumeScreen::tick(const InputMapper&, ScreenStack& stack) {
  if (!resumer_) {
    spdlog::error("resume: cannot rebuild the scene: {}", error_);
    stack.replace(std::make_unique<TitleScreen>(ctx_));
    return;
  }
  if (!started_) {
    started_ = true;
    began_ = std::chrono::steady_clock::now();
    spdlog::info("resume: re-simulating {} ticks of {}", resumer_->ticks_total(), scene_.choice.entry.id);
  }
  const bool done = resumer_->step_for(kSlice);
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - began_).count();
  if (!bar_shown_ && !done && seconds > kBarAfterSeconds) {
    bar_shown_ = true;
    spdlog::info("resume: showing the progress bar ({:.0f} % after {:.2f} s)", resumer_->fraction() * 100, seconds);
  }
  if (!done) return;
  const std::uint64_t reached = resumer_->session().tick();
  if (!scene_.recording.final_hash || resumer_->hash_matches())
    spdlog::info("resume: reached tick {} in {:.2f} s; state hash {:016x}", reached, seconds, resumer_->session().hash());
  else // the scenario file was edited since the save: the story follows the file as it is now
    spdlog::warn("resume: reached tick {} in {:.2f} s, but the state differs from the save (the scenario changed)",
                 reached, seconds);
  ResumedPlay play;
  play.inputs = resumer_->inputs();
  play.recording = resumer_->recording();
  play.recording.final_hash = 0;
  play.session = resumer_->take_session();
  play.changed_choices = scene_.changed_choices;
  play.dropped_answers = scene_.dropped_answers;
  play.backlog = std::move(backlog_);
  play.owns_save = owns_save_;
  stack.replace(std::make_unique<ScenarioScreen>(ctx_, scene_.choice, std::move(play)));
}

void ResumeScreen::draw(sf::RenderTarget& target, const Layout& layout, double) {
  Canvas t(target);
  t.set_view(layout.canvas_view());
  play_ui::paper(t);
  if (!bar_shown_) return; // a short wait shows nothing but the page
  const float s = layout.ui_scale;
  const std::string& heading = tr("resume.heading");
  const float w = std::min(play_ui::text_width(ctx_.fonts.bold, heading, 34, s), kCanvasWidth - 160.f);
  play_ui::label_fit(t, ctx_.fonts.bold, heading, 34, s, {kCanvasWidth / 2 - w / 2, 300}, kCanvasWidth - 160.f, pal::kInk);
  draw::panel(t, kBar, 13, pal::kPaperDeep, pal::kInk, 2, 0);
  const float filled = static_cast<float>(fraction()) * (kBar.width - 8);
  if (filled > 1) t.draw(draw::rounded_rect({kBar.left + 4, kBar.top + 4, filled, kBar.height - 8}, 9, pal::kButtonHot));
}

}  // namespace sb::app
