#include "app/screens/debrief/moment_screen.hpp"

#include <algorithm>
#include <cmath>

#include <spdlog/spdlog.h>

#include "app/render/canvas.hpp"
#include "report/debrief_data.hpp"
#include "app/screens/debrief/debrief_screen.hpp"
#include "app/art/draw_kit.hpp"
#include "app/art/palette.hpp"
#include "app/ui/ui_kit.hpp"
#include "app/render/comfort.hpp"
#include "app/screens/screen_stack.hpp"
#include "text/strings.hpp"
#include "mind/coding.hpp"
#include "sim/replay.hpp"

namespace sb::app::debrief {
namespace pal = palette;
namespace ui = play_ui;

MomentScreen::MomentScreen(AppContext& ctx, sim::Recording r) : ctx_(ctx), rec_(std::move(r)) {}
MomentScreen::~MomentScreen() = default;

void MomentScreen::restart(std::string* error) {
  auto session = sim::session_for(rec_, error);
  if (!session) return;
  run_ = 0;
  in_run_ = 0;
  // Headless up to the start, then the view takes over.
  play_.reset();
  auto* raw = session.get();
  while (raw->tick() < start_) {
    if (run_ >= rec_.inputs.size()) break;
    raw->step(rec_.inputs[run_].input);
    if (++in_run_ >= rec_.inputs[run_].count) {
      ++run_;
      in_run_ = 0;
    }
  }
  play_ = std::make_unique<PaneView>(std::move(session));
}

std::unique_ptr<MomentScreen> MomentScreen::create(AppContext& ctx, const sim::Recording& r, double at, std::string caption, int episode,
                                                   std::string* error) {
  std::unique_ptr<MomentScreen> m(new MomentScreen(ctx, r));
  // Time scale as the session will run it (the recording may leave it to the scenario).
  std::string why;
  auto probe = sim::session_for(r, &why);
  if (!probe) {
    if (error) *error = why;
    return nullptr;
  }
  const double scale = probe->time_scale();
  const std::uint64_t moment = report::tick_at(at, scale);
  const std::uint64_t lead = 3 * sim::kTicksPerSecond, follow = 5 * sim::kTicksPerSecond;
  m->start_ = moment > lead ? moment - lead : 0;
  m->end_ = std::min<std::uint64_t>(moment + follow, r.ticks());
  m->at_ = at;
  m->episode_ = episode;
  m->caption_ = std::move(caption);
  m->restart(error);
  if (!m->play_) return nullptr;
  spdlog::info("debrief: replaying the moment at {} (ticks {}..{})", mind::clock(at), m->start_, m->end_);
  return m;
}

std::unique_ptr<MomentScreen> MomentScreen::whole(AppContext& ctx, sim::Recording r, std::string* error) {
  std::unique_ptr<MomentScreen> m(new MomentScreen(ctx, std::move(r)));
  m->inset_ = false;
  m->start_ = 0;
  m->end_ = m->rec_.ticks();
  m->restart(error);
  if (!m->play_) return nullptr;
  return m;
}

std::uint64_t MomentScreen::tick_now() const { return play_ ? play_->session().tick() : 0; }
bool MomentScreen::finished() const { return tick_now() >= end_; }

bool MomentScreen::step_once() {
  if (!play_ || finished() || run_ >= rec_.inputs.size()) return false;
  play_->step(rec_.inputs[run_].input);
  if (++in_run_ >= rec_.inputs[run_].count) {
    ++run_;
    in_run_ = 0;
  }
  return true;
}

void MomentScreen::tick(const InputMapper&, ScreenStack&) {
  if (paused_ || !play_) return;
  for (int i = 0; i < speed_; ++i)
    if (!step_once()) break;
  
  if (!inset_ && finished() && !hash_checked_) {
    hash_checked_ = true;
    hash_ok_ = play_->session().hash() == rec_.final_hash;
    spdlog::info("replay: finished at tick {}; state hash {}", tick_now(), hash_ok_ ? "matches the recording" : "DIFFERS from the recording");
  }
}

void MomentScreen::on_action(Action a, ScreenStack& stack) {
  if (a == Action::Back || a == Action::Pause) {
    if (inset_) stack.pop();
    else stack.quit();
    return;
  }
  if (a == Action::Confirm) {
    if (finished()) {
      if (inset_) {
        std::string error;
        restart(&error);
      } else {
        stack.replace(std::make_unique<DebriefScreen>(ctx_, report::from_session(play_->session(), rec_)));
      }
    } else {
      paused_ = !paused_;
    }
  }
  if (a == Action::MoveUp) speed_ = std::min(16, speed_ * 2);
  if (a == Action::MoveDown) speed_ = std::max(1, speed_ / 2);
}

bool MomentScreen::on_key(sf::Keyboard::Key k, ScreenStack&) {
  if (k == sf::Keyboard::Period && paused_) {
    step_once();
    
    return true;
  }
  return false;
}

void MomentScreen::draw(sf::RenderTarget& target, const Layout& layout, double alpha) {
  if (!play_) return;
  const float s = layout.ui_scale;
  if (inset_) {
    {
      Canvas t(target);
      t.set_view(layout.canvas_view());
      sf::RectangleShape dim({kCanvasWidth, kCanvasHeight});
      dim.setFillColor(sf::Color(48, 36, 44, 150));
      t.draw(dim);
      const sf::FloatRect r = inset_rect();
      draw::panel(t, {r.left - 14, r.top - 70, r.width + 28, r.height + 140}, 22, pal::kPaper, pal::kInk, 3, 10);
      ui::label(t, ctx_.fonts.bold, tr("debrief.reason.replay", {mind::clock(at_), std::to_string(mind::episode_number(episode_))}), 19, s,
                {r.left, r.top - 56}, pal::kInk);
      std::string c = caption_.size() > 110 ? caption_.substr(0, 107) + "..." : caption_;
      ui::label(t, ctx_.fonts.regular, c, 16, s, {r.left, r.top - 28}, pal::kInkSoft);
    }
    const sf::FloatRect r = inset_rect();
    Layout inset = layout;
    inset.viewport = {layout.viewport.left + r.left / kCanvasWidth * layout.viewport.width,
                      layout.viewport.top + r.top / kCanvasHeight * layout.viewport.height, r.width / kCanvasWidth * layout.viewport.width,
                      r.height / kCanvasHeight * layout.viewport.height};
    inset.ui_scale = layout.ui_scale * r.width / kCanvasWidth;
    play_->draw(target, inset, alpha, ctx_.still || reduced_motion());
    Canvas t(target);
    t.set_view(layout.canvas_view());
    // A progress bar under the view: where the moment sits in this clip.
    const float span = static_cast<float>(std::max<std::uint64_t>(1, end_ - start_));
    const float done = static_cast<float>(tick_now() - std::min(tick_now(), start_)) / span;
    t.draw(draw::rounded_rect({r.left, r.top + r.height + 14, r.width, 10}, 5, pal::kPaperDeep));
    t.draw(draw::rounded_rect({r.left, r.top + r.height + 14, r.width * std::clamp(done, 0.f, 1.f), 10}, 5, pal::kCaregiverShirt));
    const float mark = std::min(1.f, static_cast<float>(3 * sim::kTicksPerSecond) / span);
    t.draw(draw::rounded_rect({r.left + r.width * mark - 2, r.top + r.height + 8, 4, 22}, 2, pal::kBall));
    ui::label(t, ctx_.fonts.regular, tr(finished() ? "moment.keys.end" : "moment.keys"), 16, s, {r.left, r.top + r.height + 32}, pal::kInkSoft);
    return;
  }
  play_->draw(target, layout, alpha, ctx_.still || reduced_motion());
  Canvas t(target);
  t.set_view(layout.canvas_view());
  t.draw(draw::rounded_rect({20, 16, 760, 52}, 20, pal::with_alpha(pal::kPaper, 225), pal::kInk, 1.5f));
  std::string line = tr("replay.banner", {mind::clock(play_->session().scenario_time()), std::to_string(speed_)});
  if (finished()) line = tr(hash_ok_ ? "replay.done.match" : "replay.done.mismatch");
  ui::label(t, ctx_.fonts.bold, line, 19, s, {40, 28}, pal::kInk);
}

}  // namespace sb::app::debrief
