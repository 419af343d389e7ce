#include "app/screens/play/scenario_screen.hpp"

#include <algorithm>
#include <cmath>

#include <spdlog/spdlog.h>

#include "app/art/draw_kit.hpp"
#include "app/art/palette.hpp"
#include "app/screens/play/backlog_screen.hpp"
#include "app/screens/play/pause_screen.hpp"
#include "app/screens/play/play_memory.hpp"
#include "app/screens/play/resume_screen.hpp"
#include "app/screens/play/epilogue_screen.hpp"
#include "app/screens/play/felt_light.hpp"
#include "app/ui/ui_kit.hpp"
#include "app/render/comfort.hpp"
#include "app/art/room_art.hpp"
#include "app/screens/screen_stack.hpp"
#include "text/strings.hpp"
#include "app/platform/voice/read_aloud.hpp"
#include "app/platform/voice/voice.hpp"
#include "sim/replay.hpp"
#include "sim/resume.hpp"

namespace sb::app {
namespace pal = palette;
namespace {

constexpr double kCardSeconds = 4.0;
constexpr int kFastSteps = 8; // autoplay's fast forward: eight ticks per tick

sim::SessionConfig config_for(const AppContext& ctx, const PlayChoice& c) {
  sim::SessionConfig s;
  s.scenario = c.entry.scenario;
  s.caregiver = c.params;
  s.caregiver_style = c.style;
  s.seed = c.seed;
  s.ai_child = c.autoplay;
  s.time_scale = ctx.session.time_scale; // 0: the scenario's own
  s.player_paces_lines = true;           // lines wait for the pacer or the player
  s.caregiver_played = c.caregiver_role;
  return s;
}

bool grown_up(const PlayChoice& c) {
  return c.entry.scenario && (c.entry.scenario->life_stage == "adulthood" || c.entry.scenario->life_stage == "later-life");
}

bool vocal(mind::Action a) {
  using A = mind::Action;
  return a == A::Call || a == A::Cry || a == A::ReachUp || a == A::ShowToy || a == A::Cling || a == A::PushAway;
}

}  // namespace

ScenarioScreen::ScenarioScreen(AppContext& ctx, PlayChoice choice)
    : ScenarioScreen(ctx, choice, std::make_unique<sim::Session>(config_for(ctx, choice))) {}

ScenarioScreen::ScenarioScreen(AppContext& ctx, PlayChoice choice, ResumedPlay resumed)
    : ScenarioScreen(ctx, std::move(choice), std::move(resumed.session)) {
  recording_ = std::move(resumed.recording);
  for (const sim::InputCommand& in : resumed.inputs) log_.push(in);
  changed_choices_ = std::move(resumed.changed_choices);
  dropped_answers_ = std::move(resumed.dropped_answers);
  backlog_ = std::move(resumed.backlog);
  owns_save_ = resumed.owns_save;
  after_step(); // the line, choices and scene as they stand at this tick
  pace(0, false);
  spdlog::info("play: {} goes on at tick {}", choice_.entry.id, session_->tick());
}

ScenarioScreen::ScenarioScreen(AppContext& ctx, PlayChoice choice, std::unique_ptr<sim::Session> session)
    : ctx_(ctx), choice_(std::move(choice)),
      session_(std::move(session)),
      scene_(std::make_unique<SceneView>(session_->world().def(), grown_up(choice_))),
      audio_(choice_.entry.id, ctx.audio && !ctx.audio->silent() && !ctx.still),
      reload_(ctx.still ? std::string() : choice_.entry.path) {
  reduced_motion_ = ctx.still ? false : play_comfort().reduced_motion;
  if (!ctx.still) seen_ = load_seen_lines();
  pacer_.set_always_advance(choice_.autoplay); // watching: lines go on by themselves
  recording_ = sim::start_recording(session_->config(), choice_.entry.id);
  shown_security_ = session_->child().felt_security;
  configure_camera();
  if (ctx_.audio) ctx_.audio->ambience(false); // the scene brings its own
  spdlog::info("play: {} begins (time scale {:.2f}); shader {}", choice_.entry.id, session_->time_scale(),
               shader_.active() ? "on" : "not available");
}

ScenarioScreen::~ScenarioScreen() {
  audio_.stop();
  if (seen_dirty_) save_seen_lines(seen_); // every way out of a scene keeps what was read
}

std::optional<std::string> ScenarioScreen::save_now() {
  if (ctx_.still || session_->ended()) return std::nullopt; // screenshots never save; an ended play has nothing to continue
  sim::Recording r = recording_;
  r.final_hash = session_->hash();
  auto notice = save_scene(choice_, r, changed_choices_);
  if (!notice) owns_save_ = true;
  return notice;
}

void ScenarioScreen::on_quit() {
  spdlog::info("play: the window closes mid-scene at tick {}; saving", session_->tick());
  (void)save_now();
}

void ScenarioScreen::go_back_to(std::uint64_t tick, ScreenStack& stack) {
  if (tick >= session_->tick()) return;
  // Answers given after that moment are dropped; the first answer given at a choice is what a new one is compared with.
  for (const Backlog::Entry& e : backlog_.entries())
    if (e.kind == Backlog::Entry::Kind::Choice && e.tick >= tick) dropped_answers_.emplace(e.tick, e.text);
  SavedScene back;
  back.choice = choice_;
  back.recording = sim::truncated(recording_, tick);
  back.changed_choices = changed_choices_;
  back.dropped_answers = dropped_answers_;
  spdlog::info("play: stepping back from tick {} to tick {}", session_->tick(), tick);
  audio_.stop();
  stack.replace(std::make_unique<ResumeScreen>(ctx_, std::move(back), owns_save_));
}

bool ScenarioScreen::step_back(ScreenStack& stack) {
  const sim::StoryRuntime* story = session_->story();
  const bool showing = story && (story->line() || !story->choices().empty());
  const auto to = backlog_.step_back_from(session_->tick(), showing);
  if (!to) {
    spdlog::info("play: nothing to step back to");
    return false;
  }
  go_back_to(*to, stack);
  return true;
}

bool ScenarioScreen::on_raw_event(const sf::Event& e, ScreenStack& stack) {
  if (e.type == sf::Event::MouseWheelScrolled && e.mouseWheelScroll.delta > 0) { // wheel up: the backlog, as in Ren'Py
    stack.push(std::make_unique<BacklogScreen>(ctx_, *this, backlog_));
    return true;
  }
  return false;
}

void ScenarioScreen::restart(ScreenStack& stack) {
  spdlog::info("play: restarting {}", choice_.entry.id);
  if (seen_dirty_) save_seen_lines(seen_); // before the new scene reads them
  seen_dirty_ = false;
  if (owns_save_) forget_saved_scene();
  owns_save_ = false;
  stack.replace(std::make_unique<ScenarioScreen>(ctx_, choice_));
}

void ScenarioScreen::configure_camera() {
  const world::RoomDef& room = session_->world().def();
  camera_.configure({-kWallPx - 20, -kBackWallPx - 20},
                    {room.width * kPixelsPerMetre + kWallPx + 20, room.height * kPixelsPerMetre + kWallPx + 20},
                    {SceneView::kViewWidth, SceneView::kViewHeight});
  camera_.snap(camera_target());
}

sf::Vector2f ScenarioScreen::child_px(double alpha) const {
  for (const sim::AgentView& a : session_->agents())
    if (a.role == "child") return lerp_px(a.previous, a.position, alpha);
  return {0, 0};
}

bool ScenarioScreen::acting_out() const {
  const std::vector<std::string>& who = session_->stage_subjects();
  for (const sim::AgentView& a : session_->agents())
    if (a.present && a.role != "child" && std::find(who.begin(), who.end(), a.id) != who.end() && std::hypot(a.velocity.x, a.velocity.y) > 0.05f)
      return true;
  return false;
}

double ScenarioScreen::drawn_light() const { return drawn_security(*session_, shown_security_); }

std::vector<sf::FloatRect> ScenarioScreen::framed(double alpha) const {
  // A figure's extent around its feet: a small child, or a grown-up (a grown-up player too).
  auto figure = [&](const sim::AgentView& a) {
    const sf::Vector2f f = lerp_px(a.previous, a.position, alpha);
    const bool adult = a.role != "child" || grown_up(choice_);
    return adult ? sf::FloatRect{f.x - 40, f.y - 134, 80, 146} : sf::FloatRect{f.x - 24, f.y - 70, 48, 80};
  };
  std::vector<sf::FloatRect> out;
  const auto agents = session_->agents();
  for (const sim::AgentView& a : agents)
    if (a.role == "child") out.push_back(figure(a));
  const sim::StoryRuntime* story = session_->story();
  if (!story || (!story->line() && story->choices().empty())) return out;
  std::vector<std::string> ids = session_->stage_subjects();
  if (const auto line = story->line(); line && !line->speaker.empty()) ids.insert(ids.begin(), line->speaker);
  for (const sim::StoryChoice& c : story->choices()) ids.push_back(c.to); // "lean on your parent's knee": the parent
  // The caregiver matters in every line the child lives through: framed too, when the room allows.
  for (const sim::AgentView& a : agents)
    if (a.role == "caregiver") ids.push_back(a.id);
  for (const sim::AgentView& a : agents)
    if (a.role != "child" && a.present && std::find(ids.begin(), ids.end(), a.id) != ids.end()) out.push_back(figure(a));
  return out;
}

std::vector<sf::FloatRect> ScenarioScreen::framed_on_canvas() const {
  const sf::Vector2f cam = camera_.at(1.0);
  std::vector<sf::FloatRect> out;
  for (const sf::FloatRect& r : framed(1.0)) {
    const sf::Vector2f p = SceneView::to_canvas({r.left, r.top}, cam);
    out.push_back({p.x, p.y, r.width * SceneView::kZoom, r.height * SceneView::kZoom});
  }
  return out;
}

sf::Vector2f ScenarioScreen::camera_target() const {
  const std::vector<sf::FloatRect> boxes = framed(1.0);
  const sim::StoryRuntime* story = session_->story();
  if (boxes.empty() || !story || (!story->line() && story->choices().empty())) return child_px(1.0) + sf::Vector2f{0, -30};
  sf::FloatRect u = boxes.front();
  for (const sf::FloatRect& r : boxes) {
    const float right = std::max(u.left + u.width, r.left + r.width), bottom = std::max(u.top + u.height, r.top + r.height);
    u.left = std::min(u.left, r.left);
    u.top = std::min(u.top, r.top);
    u.width = right - u.left;
    u.height = bottom - u.top;
  }
  // The band between the corner labels and the dialogue box, relative to the camera's centre;
  // with choices up, left of their column.
  const float band_top = (70 - kCanvasHeight / 2) / SceneView::kZoom, band_bottom = (494 - kCanvasHeight / 2) / SceneView::kZoom;
  const bool choosing = session_->story() && !session_->story()->choices().empty();
  const float band_left = (20 - kCanvasWidth / 2) / SceneView::kZoom, band_right = ((choosing ? 680 : 1260) - kCanvasWidth / 2) / SceneView::kZoom;
  const sf::FloatRect& c = boxes.front();
  // Everyone's middle, but never so far that the child leaves the frame.
  // When they cannot all be framed, as much of them as the child allows: the child stays a
  // little inside the band's edge.
  const float m = 24;
  const float x = std::clamp(u.left + u.width / 2 - (band_left + band_right) / 2, c.left + c.width - band_right + m, c.left - band_left - m);
  const float y = std::clamp(u.top + u.height / 2 - (band_top + band_bottom) / 2, c.top + c.height - band_bottom + m / 2, c.top - band_top - m / 2);
  return {x, y};
}

std::vector<Prompt> ScenarioScreen::prompts() const {
  PromptContext c;
  c.autoplay = choice_.autoplay;
  c.adult = session_->config().scenario && session_->config().scenario->adult();
  const world::World& w = session_->world();
  c.near_toy = w.nearest_toy_distance(0) < 0.9f;
  c.caregiver_present = false;
  sim::AgentView child;
  for (const sim::AgentView& a : session_->agents())
    if (a.role == "child") child = a;
  for (const sim::AgentView& a : session_->agents())
    if (a.role == "caregiver" && a.present) {
      c.caregiver_present = true;
      c.near_caregiver = std::hypot(a.position.x - child.position.x, a.position.y - child.position.y) < 1.4f;
    }
  return prompts_for(c);
}

void ScenarioScreen::sync_choices() {
  std::vector<std::string> options;
  if (const sim::StoryRuntime* s = session_->story())
    for (const sim::StoryChoice& c : s->choices()) options.push_back(tr_line(c.line_id, play_ui::squash(c.text)));
  choices_.set(std::move(options));
}

void ScenarioScreen::on_action(Action a, ScreenStack& stack) {
  if (a == Action::Pause) {
    spdlog::info("play: paused at tick {}", session_->tick());
    stack.push(std::make_unique<PauseScreen>(ctx_, this));
    return;
  }
  if (a == Action::Backlog) {
    stack.push(std::make_unique<BacklogScreen>(ctx_, *this, backlog_));
    return;
  }
  if (a == Action::StepBack) {
    if (!step_back(stack)) ctx_.audio->click();
    return;
  }
  if (a == Action::Inside) {
    inside_ = !inside_;
    ctx_.audio->click();
    spdlog::info("play: what's inside {}", inside_ ? "shown" : "hidden");
    return;
  }
  if (a == Action::Reload) {
    reload_requested_ = true;
    return;
  }
  if (a == Action::FastForward && (choice_.autoplay || choice_.caregiver_role)) { // watching, or caring for the AI child
    fast_ = !fast_;
    spdlog::info("play: fast forward {}", fast_ ? "on" : "off");
    return;
  }
  if (a == Action::DebugToggle) {
    ctx_.debug_overlay = !ctx_.debug_overlay;
    spdlog::info("play: debug overlay {}", ctx_.debug_overlay ? "on" : "off");
    return;
  }
  if (!choices_.empty()) {
    if (auto picked = choices_.on_action(a)) queued_choice_ = *picked;
    else if (a == Action::MoveUp || a == Action::MoveDown) ctx_.audio->click();
    return;
  }
  const sim::StoryRuntime* story = session_->story();
  if (a == Action::Confirm && story && story->line()) {
    press_line();
    return;
  }
  if (choice_.autoplay) return; // the AI child acts; the player watches
  if (auto child = child_action_for(a)) queued_action_ = child;
}

void ScenarioScreen::on_pointer(sf::Vector2f p, bool pressed, ScreenStack&) {
  if (!choices_.empty()) {
    if (auto picked = choices_.on_pointer(p, pressed)) queued_choice_ = *picked;
    return;
  }
  if (!pressed) return;
  const sim::StoryRuntime* story = session_->story();
  if (story && story->line() && dialogue_rect().contains(p)) {
    press_line();
    return;
  }
  for (std::size_t i = 0; i < prompt_rects_.size() && i < prompts_drawn_.size(); ++i)
    if (prompt_rects_[i].contains(p))
      if (auto child = child_action_for(prompts_drawn_[i].action)) queued_action_ = child;
}

sim::InputCommand ScenarioScreen::command(const InputMapper& input) {
  sim::InputCommand c;
  // While a choice waits, the arrows move through it and the child stands still.
  if (choices_.empty() && !choice_.autoplay) c = to_command(input, queued_action_);
  if (queued_choice_) {
    c.choice = static_cast<std::int8_t>(*queued_choice_);
    spdlog::info("play: chose option {}", *queued_choice_ + 1);
    ctx_.audio->chime();
  }
  c.advance = queued_advance_;
  c.caregiver_act = queued_caregiver_act_;
  queued_caregiver_act_ = mind::CaregiverAct::None;
  queued_action_.reset();
  queued_choice_.reset();
  queued_advance_ = false;
  return c;
}

void ScenarioScreen::press_line() {
  if (paced_line_id_.empty()) return; // a line not paced yet appears on the next tick
  if (!pacer_.complete()) {
    pacer_.reveal_all();
    spdlog::info("play: line {} shown whole (pressed)", paced_line_id_);
    return;
  }
  if (!queued_advance_) spdlog::info("play: going on from line {} (pressed)", paced_line_id_);
  queued_advance_ = true;
}

bool ScenarioScreen::speaking() const { return ctx_.voice && ctx_.voice->speaking(); }

sim::InputCommand ScenarioScreen::idle_command() {
  sim::InputCommand c;
  c.advance = queued_advance_;
  queued_advance_ = false;
  c.caregiver_act = queued_caregiver_act_;
  queued_caregiver_act_ = mind::CaregiverAct::None;
  return c;
}

void ScenarioScreen::step(const sim::InputCommand& c) {
  session_->step(c);
  note_story(c);
  log_.push(c);
  recording_.push(c);
  after_step();
  pace(sim::kTickSeconds, c.advance);
}

// The backlog writes down what appeared and what was chosen; a choice answered anew
// after stepping back is compared with the answer it replaced.
void ScenarioScreen::note_story(const sim::InputCommand& c) {
  const std::size_t before = backlog_.entries().size();
  backlog_.observe(*session_, c);
  for (std::size_t i = before; i < backlog_.entries().size(); ++i) {
    const Backlog::Entry& e = backlog_.entries()[i];
    if (e.kind != Backlog::Entry::Kind::Choice) continue;
    const auto old = dropped_answers_.find(e.tick);
    if (old == dropped_answers_.end()) continue;
    if (old->second != e.text) {
      changed_choices_.push_back(old->second + " \u2192 " + e.text);
      spdlog::info("play: a choice changed after stepping back: {} -> {}", old->second, e.text);
    }
    dropped_answers_.erase(old);
  }
}

// One tick of the line's pace: a new line starts its pacer (and is read aloud); a
// line that is done by the settings queues "go on" for the next step.
void ScenarioScreen::pace(double seconds, bool moved_on) {
  const sim::StoryRuntime* story = session_->story();
  const auto line = story && story->choices().empty() ? story->line() : std::nullopt;
  if (!line) {
    paced_line_id_.clear();
    return;
  }
  if (line->id != paced_line_id_ || moved_on) { // moved on to the same line again starts it anew
    paced_line_id_ = line->id;
    line_speaker_ = story_speaker(story->scenario(), line->speaker);
    line_text_ = tr_line(line->id, play_ui::squash(line->text));
    pacer_.start(utf8_length(line_text_));
    line_ticks_ = 0;
    line_was_read_ = seen_.seen(choice_.entry.id, line->id);
    if (!ctx_.still && seen_.mark(choice_.entry.id, line->id)) seen_dirty_ = true;
    read_aloud_once(ctx_, line->id, (line_speaker_.empty() ? std::string() : line_speaker_ + ": ") + line_text_); // self-voicing
    return;
  }
  pacer_.tick(seconds, speaking());
  ++line_ticks_;
  // Skipping: a line already read shows for a moment, whole, and goes on.
  constexpr int kSkipShowTicks = 4;
  if (skipping_ && line_was_read_ && line_ticks_ >= kSkipShowTicks && !queued_advance_) {
    pacer_.reveal_all();
    spdlog::info("play: skipped line {} (read before)", paced_line_id_);
    queued_advance_ = true;
    return;
  }
  // Watching autoplay, going on by itself waits while someone still does what the line
  // says (walks to the chair and sits), up to a limit: the next line never talks over the
  // last one's picture. (A player's own pace is left alone: the walk finishes either way.)
  constexpr int kActingOutTicks = 10 * sim::kTicksPerSecond;
  const bool wait_for_stage = choice_.autoplay && acting_out() && line_ticks_ < kActingOutTicks;
  if (pacer_.should_advance() && !queued_advance_ && !wait_for_stage) {
    spdlog::info("play: going on from line {} (by itself)", paced_line_id_);
    queued_advance_ = true;
  }
}

void ScenarioScreen::after_step() {
  scene_->tick(*session_);
  const sim::StoryRuntime* story = session_->story();
  if (story && story->episode_started_this_tick()) {
    card_title_ = tr_line("episode." + story->scenario().id + "." + story->episode().id, story->episode().title);
    card_seconds_ = kCardSeconds;
    spdlog::info("play: episode {}: {}", story->episode_index() + 1, story->episode().title);
    audio_.page();
  }
  const std::string line_id = story && story->line() ? story->line()->id : std::string();
  if (line_id != last_line_id_) {
    last_line_id_ = line_id;
    if (!line_id.empty()) {
      spdlog::info("play: line {}", line_id);
      audio_.page();
    }
  }
  const std::size_t before = choices_.size();
  sync_choices();
  if (choices_.size() != before && !choices_.empty()) spdlog::info("play: choice offered ({} options)", choices_.size());
  for (const sim::AgentView& a : session_->agents()) {
    if (a.role == "child") {
      if (a.action != last_child_action_ && vocal(a.action)) audio_.child(a.action);
      last_child_action_ = a.action;
    }
  }
}

void ScenarioScreen::apply_reload(const LiveReload::Result& r) {
  if (!r.scenario) {
    reload_problems_ = r.diagnostics;
    return;
  }
  reload_problems_.clear();
  sim::Rebuilt rebuilt = sim::rebuild_session(*session_, r.scenario, log_);
  spdlog::info("play: reloaded {}; {} ticks replayed; episode {}, node {}", choice_.entry.id, log_.size(),
               rebuilt.same_episode ? "kept" : "changed", rebuilt.same_node ? "kept" : "changed");
  session_ = std::move(rebuilt.session);
  choice_.entry.scenario = r.scenario;
  scene_ = std::make_unique<SceneView>(session_->world().def(), grown_up(choice_));
  configure_camera();
  reload_notice_ = 2.5;
  sync_choices();
}

void ScenarioScreen::advance(int ticks) {
  for (int i = 0; i < ticks && !session_->ended(); ++i) {
    step(idle_command());
    camera_.tick(camera_target(), sim::kTickSeconds);
    if (card_seconds_ > 0) card_seconds_ -= sim::kTickSeconds;
  }
  camera_.snap(camera_target());
  shown_security_ = forced_security_.value_or(session_->child().felt_security);
}

void ScenarioScreen::tick(const InputMapper& input, ScreenStack& stack) {
  ++ticks_here_;
  if (reload_requested_) {
    reload_requested_ = false;
    spdlog::info("play: F5, reloading {}", reload_.path());
    reload_.request();  // read and checked on a worker; poll() hands it back
  }
  if (auto r = reload_.poll()) {
    apply_reload(*r);
  }
  const bool skip = input.held(Action::Skip);
  if (skip != skipping_) spdlog::info("play: skip {}", skip ? "held" : "released");
  skipping_ = skip;
  std::vector<mind::AnswerKind> answers_before;
  for (const sim::AgentView& a : session_->agents()) answers_before.push_back(a.answer);

  step(command(input));
  for (int i = 1; fast_ && i < kFastSteps && !session_->ended(); ++i) step(idle_command());

  // The caregiver's voice when an answer begins.
  const auto agents = session_->agents();
  for (std::size_t i = 0; i < agents.size() && i < answers_before.size(); ++i)
    if (agents[i].answer != answers_before[i] && agents[i].answer != mind::AnswerKind::None) {
      audio_.answer(agents[i].answer);
      spdlog::info("play: {} answers: {}", agents[i].id, mind::to_string(agents[i].answer));
    }

  const double target = forced_security_.value_or(session_->child().felt_security);
  shown_security_ += (target - shown_security_) * 0.05; // about a third of a second to follow
  const double bpm = ScenarioAudio::beats_per_minute(session_->child().arousal);
  beat_phase_ = std::fmod(beat_phase_ + sim::kTickSeconds * bpm / 60.0, 1.0);
  audio_.update(shown_security_, session_->child().arousal, sim::kTickSeconds);
  if (card_seconds_ > 0) card_seconds_ -= sim::kTickSeconds;
  if (reload_notice_ > 0) reload_notice_ -= sim::kTickSeconds;
  camera_.tick(camera_target(), sim::kTickSeconds);
  if (session_->ended()) finish(stack);
}

void ScenarioScreen::finish(ScreenStack& stack) {
  recording_.final_hash = session_->hash();
  const auto outcome = session_->outcome();
  spdlog::info("play: the scenario ended: {}{}", outcome ? sim::outcome_name(outcome->pattern) : "unclassified",
               session_->story() && session_->story()->ending() ? " (" + session_->story()->ending()->id + ")" : "");
  audio_.stop();
  if (owns_save_) forget_saved_scene(); // nothing left to continue
  owns_save_ = false;
  if (!ctx_.still) remember_play(choice_.entry.id, outcome ? std::optional<std::string>(sim::outcome_name(outcome->pattern)) : std::nullopt);
  PlayResult result;
  result.choice = choice_;
  result.recording = recording_;
  result.changed_choices = changed_choices_;
  result.session = std::move(session_);
  // Keep a session alive for this screen's last draw (the stack swaps after the tick).
  session_ = std::make_unique<sim::Session>(result.session->config());
  stack.replace(std::make_unique<EpilogueScreen>(ctx_, std::move(result)));
}

std::optional<sf::Vector2f> ScenarioScreen::shirt_on_canvas(const std::string& id) const {
  auto p = scene_->shirt_of(*session_, id, 1.0);
  if (!p) return std::nullopt;
  const sf::Vector2f cam = camera_.at(1.0);
  const float device = SceneView::kZoom;
  const sf::Vector2f snapped{std::round(cam.x * device) / device, std::round(cam.y * device) / device};
  return SceneView::to_canvas(*p, snapped);
}

void ScenarioScreen::draw(sf::RenderTarget& target, const Layout& layout, double alpha) {
  const float s = layout.ui_scale;
  const float clock = ctx_.still ? 0.f : static_cast<float>(session_->tick()) / sim::kTicksPerSecond;
  const sf::Vector2f cam = camera_.at(alpha);
  const sf::Vector2f child = child_px(alpha);
  const sf::Vector2f focus = SceneView::to_canvas(child + sf::Vector2f{0, -40}, cam);
  const double felt = shown_security_;
  const double light = drawn_light();
  const bool still = ctx_.still || reduced_motion_;

  if (shader_active()) {
    sf::RenderTexture& rt = shader_.scene(layout.target_size);
    if (shader_active()) {
      rt.clear(sf::Color(40, 32, 38));
      {
        Canvas c(rt);
        scene_->draw(c, layout, *session_, cam, alpha, felt, clock, still);
      }
      shader_.present(target, layout, focus, security_look(light));
    }
  }
  Canvas t(target);
  if (!shader_active()) {
    scene_->draw(t, layout, *session_, cam, alpha, felt, clock, still);
    SecurityShader::fallback(t, layout, focus, light);
  }
  t.set_view(layout.canvas_view());

  const sim::StoryRuntime* story = session_->story();
  // What's inside: the heartbeat beside the child's face.
  if (inside_) {
    const sf::Vector2f face = SceneView::to_canvas(child + sf::Vector2f{0, -50}, cam);
    draw_heartbeat(t, ctx_.fonts, s, face + sf::Vector2f{34, -36}, session_->child().arousal, beat_phase_, reduced_motion_,
                   tr("play.inside.caption"));
  }

  // The corner labels: where we are, and the switches. Larger text: taller pills, and
  // the two share the top edge (the switches shrink first, then the place's name).
  const bool large_text = scaled_text_size(17) > 17.f;
  const float pill_h = large_text ? scaled_text_size(17) + 16 : 34.f;
  std::string right = tr(inside_ ? "play.inside.on" : "play.inside.off");
  if (choice_.autoplay) right = tr(fast_ ? "play.autoplay.fast" : "play.autoplay") + "   \xC2\xB7   " + right;
  const std::string where = story ? tr_line("scenario." + choice_.entry.id + ".title", story->scenario().title) : std::string();
  const bool show_where = card_seconds_ <= 0 && story;
  float where_w = show_where ? play_ui::text_width(ctx_.fonts.bold, where, 17, s) : 0.f;
  float right_w = play_ui::text_width(ctx_.fonts.regular, right, 16, s);
  if (large_text) {
    const float room = kCanvasWidth - 16 - 16 - (show_where ? 32 + 16 : 0) - 32;
    right_w = std::min(right_w, std::max(room * 0.6f, room - where_w));
    where_w = std::min(where_w, room - right_w);
  }
  if (show_where) {
    t.draw(draw::rounded_rect({16, 14, where_w + 32, pill_h}, pill_h / 2, pal::with_alpha(pal::kPaper, 215), pal::with_alpha(pal::kInk, 180), 1.5f));
    play_ui::label_fit(t, ctx_.fonts.bold, where, 17, s, {32, large_text ? 14 + (pill_h - scaled_text_size(17) * 1.3f) / 2 : 20.f}, where_w,
                       pal::kInk);
  }
  {
    t.draw(draw::rounded_rect({kCanvasWidth - right_w - 48, 14, right_w + 32, pill_h}, pill_h / 2, pal::with_alpha(pal::kPaper, 215),
                              pal::with_alpha(pal::kInk, 180), 1.5f));
    play_ui::label_fit(t, ctx_.fonts.regular, right, 16, s,
                       {kCanvasWidth - right_w - 32, large_text ? 14 + (pill_h - scaled_text_size(16) * 1.3f) / 2 : 21.f}, right_w, pal::kInk);
  }

  // The story, clear of the child and of whoever the line is about.
  if (story) {
    const StoryPlace place = story_place(framed_on_canvas(), choices_.empty() ? 0.f : choices_.column_height());
    const float box_right = choice_.caregiver_role ? kAnswerBarLeft : 0.f; // clear of the answer bar
    if (!choices_.empty()) {
      const auto line = story->line();
      const std::string prompt = line ? tr_line(line->id, play_ui::squash(line->text)) : tr("play.choose");
      // Playing the caregiver, the child's options are the AI child's to weigh: the
      // player sees that she is choosing, not a menu in words meant for the child.
      draw_dialogue(t, ctx_.fonts, s, line ? story_speaker(story->scenario(), line->speaker) : std::string(), prompt,
                    std::string::npos, choice_.caregiver_role ? tr("care.child_choosing") : std::string(), place.box_at_top,
                    box_right);
      choices_.place(dialogue_rect(), place.choices_left, place.choices_far);
      if (!choice_.caregiver_role) choices_.draw(t, ctx_.fonts, s);
      std::string spoken = prompt; // self-voicing: the prompt, then each choice with its number
      int n = 0;
      for (const sim::StoryChoice& c : story->choices()) spoken += ". " + std::to_string(++n) + ": " + tr_line(c.line_id, play_ui::squash(c.text));
      read_aloud_once(ctx_, "choice:" + (line ? line->id : std::to_string(story->choices().size())), spoken);
    } else if (const auto line = story->line()) {
      if (line->id == paced_line_id_) {
        // Letters as the pacer shows them (whole in screenshots); the cue once the line waits for a press.
        const std::size_t shown = ctx_.still ? utf8_length(line_text_) : pacer_.visible();
        std::string cue;
        if (pacer_.complete()) cue = tr(pacer_.auto_advancing() ? "play.advance.auto" : "play.advance");
        draw_dialogue(t, ctx_.fonts, s, line_speaker_, line_text_, shown, cue, place.box_at_top, box_right);
      } else { // shown before its first paced tick (a reload): whole, waiting
        draw_dialogue(t, ctx_.fonts, s, story_speaker(story->scenario(), line->speaker),
                      tr_line(line->id, play_ui::squash(line->text)), std::string::npos, std::string(), place.box_at_top,
                      box_right);
      }
    }
    const float shown = static_cast<float>(std::clamp(std::min(card_seconds_, kCardSeconds - card_seconds_) / 0.5, 0.0, 1.0));
    draw_episode_card(t, ctx_.fonts, s, card_title_, ctx_.still && card_seconds_ > 0 ? 1.f : shown);
  }
  // What the child can do now, unless a line or a choice needs the space.
  prompts_drawn_.clear();
  prompt_rects_.clear();
  if (!(story && (story->line() || !choices_.empty()))) {
    prompts_drawn_ = prompts();
    prompt_rects_ = draw_prompts(t, ctx_.fonts, s, prompts_drawn_);
  }

  // F3: the physics shapes and what the model sees, over everything but a reload's problems.
  debug_bars_.reset();
  if (ctx_.debug_overlay) {
    const float device = layout.ui_scale * SceneView::kZoom;
    const sf::Vector2f snapped{std::round(cam.x * device) / device, std::round(cam.y * device) / device};
    debug_bars_ = draw_debug_overlay(t, layout, ctx_, *session_, snapped, {SceneView::kViewWidth, SceneView::kViewHeight}, debug_draw_,
                                     {16, 60});
  }

  // Live reload: a broken edit's diagnostics, or a short "reloaded".
  if (!reload_problems_.empty()) {
    const sf::FloatRect box{40, 64, 1200, 40.f + 24.f * static_cast<float>(std::min<std::size_t>(reload_problems_.size(), 8))};
    draw::panel(t, box, 14, sf::Color(255, 240, 232, 245), sf::Color(176, 70, 60), 2.5f, 4.f);
    play_ui::label(t, ctx_.fonts.bold, tr("play.reload.broken"), 17, s, {box.left + 18, box.top + 8}, sf::Color(150, 50, 44));
    for (std::size_t i = 0; i < reload_problems_.size() && i < 7; ++i)
      play_ui::label(t, ctx_.fonts.regular, reload_problems_[i], 15, s, {box.left + 18, box.top + 34 + 24.f * i}, pal::kInk);
  } else if (reload_notice_ > 0) {
    const std::string& msg = tr("play.reload.done");
    const float w = play_ui::text_width(ctx_.fonts.regular, msg, 16, s);
    t.draw(draw::rounded_rect({kCanvasWidth / 2 - w / 2 - 18, 112, w + 36, 32}, 16, pal::with_alpha(pal::kButtonHot, 230),
                              pal::kInk, 1.5f));
    play_ui::label(t, ctx_.fonts.regular, msg, 16, s, {kCanvasWidth / 2 - w / 2, 118}, pal::kInk);
  }
}

}  // namespace sb::app
