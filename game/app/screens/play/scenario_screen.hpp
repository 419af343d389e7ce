#pragma once
// Playing a scenario as the child. The screen turns actions into input commands
// (walking, the child's repertoire, choices, advancing lines), steps the session
// at 60 Hz (the scenario's own time scale makes the Strange Situation about seven
// minutes), and draws the world through felt security with the story on top.
// F5 or saving the file reloads the scenario; I shows what's inside.
// The player paces the story's lines (sim::SessionConfig::player_paces_lines): a
// LinePacer reveals each line at the text speed; Enter or a click shows it whole,
// the next press goes on; with auto-advance (always in autoplay) the screen goes
// on by itself once the line is shown, the voice is quiet and the pause passed.
// Going on is an input command, so recordings replay it exactly.
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "app/platform/app_context.hpp"
#include "app/render/box2d_debug_draw.hpp"
#include "app/render/camera.hpp"
#include "app/art/room_art.hpp"
#include "app/screens/play/debug_overlay.hpp"
#include "app/screens/play/live_reload.hpp"
#include "app/screens/play/play_save.hpp"
#include "app/screens/play/play_setup.hpp"
#include "app/screens/play/scenario_audio.hpp"
#include "app/screens/play/scene_view.hpp"
#include "app/art/security_shader.hpp"
#include "app/screens/play/story_overlay.hpp"
#include "app/screens/screen.hpp"
#include "app/ui/backlog.hpp"
#include "app/ui/line_pacer.hpp"
#include "sim/recording.hpp"
#include "sim/reload.hpp"
#include "sim/session.hpp"
#include "storage/seen_lines.hpp"

namespace sb::app {

class ScenarioScreen : public Screen {
 public:
  ScenarioScreen(AppContext& ctx, PlayChoice choice);
  // Goes on from a play re-simulated to where it was (a save, or a step back).
  ScenarioScreen(AppContext& ctx, PlayChoice choice, ResumedPlay resumed);
  ~ScenarioScreen() override;
  // Closing the window mid-scene keeps the play in the save slot (play_save.hpp).
  void on_quit() override;
  std::string_view name() const override { return "scenario"; }
  void on_action(Action a, ScreenStack& stack) override;
  void on_pointer(sf::Vector2f p, bool pressed, ScreenStack& stack) override;
  void tick(const InputMapper& input, ScreenStack& stack) override;
  void draw(sf::RenderTarget& target, const Layout& layout, double alpha) override;

  // For screenshots, tests and the bench.
  sim::Session& session() { return *session_; }
  const PlayChoice& choice() const { return choice_; }
  // No keys pressed: the AI child (or a still child) plays on; lines are paced as in play
  // (with auto-advance or autoplay they go on by themselves, else they wait).
  void advance(int ticks);
  // The line on screen as the pacer shows it (for tests): letters visible of all.
  const LinePacer& pacer() const { return pacer_; }
  const std::string& paced_line_id() const { return paced_line_id_; }
  const ChoiceMenu& choices() const { return choices_; }
  // The people this frame is about, as canvas rectangles (the child first): the story's
  // box and choices keep clear of them (tests check the picture agrees).
  std::vector<sf::FloatRect> framed_on_canvas() const;
  // F3's overlay as last drawn (its bars), when it was on.
  const std::optional<DebugBars>& debug_bars() const { return debug_bars_; }
  bool episode_card_showing() const { return card_seconds_ > 0; } // the title card across the top
  bool inside_view() const { return inside_; }
  void set_inside_view(bool on) { inside_ = on; }
  void set_shader(bool on) { shader_.set_enabled(on); use_shader_ = on; }
  bool shader_active() const { return use_shader_ && shader_.active(); }
  // Forces the felt security the world is drawn with (screenshots of high vs low).
  void show_security(double felt_security) { forced_security_ = felt_security; shown_security_ = felt_security; }
  // What the world's light is drawn with now: felt security as shown, through the curve
  // that keeps the secure range light (felt_light.hpp). Feed it to security_look().
  double drawn_light() const;
  // A reload with text already checked (tests), or its failure's diagnostics.
  void apply_reload(const LiveReload::Result& r);
  const std::vector<std::string>& reload_problems() const { return reload_problems_; }
  bool reloading() const { return reload_.loading(); }  // a reload is being read on the worker
  std::optional<sf::Vector2f> shirt_on_canvas(const std::string& agent_id) const;
  std::vector<Prompt> prompts() const;
  // Playing the caregiver (caregiver_screen.hpp): her act goes into the next step.
  void queue_caregiver_act(mind::CaregiverAct a) { queued_caregiver_act_ = a; }
  const sim::Recording& recording() const { return recording_; }
  // Saves the play so far in the save slot; a translated notice when it could not.
  std::optional<std::string> save_now();
  // The same scene from its start (the pause menu); the save slot is emptied if it was this play's.
  void restart(ScreenStack& stack);
  const std::vector<std::string>& changed_choices() const { return changed_choices_; }
  // The story so far (the backlog screen shows it).
  const Backlog& backlog() const { return backlog_; }
  // Skip (held Ctrl): the line on screen was read in an earlier play or earlier in this one,
  // so skipping passes over it; an unread line stops the skip.
  bool line_was_read() const { return line_was_read_; }
  bool skipping() const { return skipping_; }
  // Rollback: the play re-simulated to `tick` (a line appearing or a choice offered), to go
  // on from there; answers dropped on the way are remembered, so a different one is noted.
  void go_back_to(std::uint64_t tick, ScreenStack& stack);
  // Backspace: back to the previous line or choice. False when there is none.
  bool step_back(ScreenStack& stack);
  bool on_raw_event(const sf::Event& e, ScreenStack& stack) override;

 private:
  ScenarioScreen(AppContext& ctx, PlayChoice choice, std::unique_ptr<sim::Session> session);
  sim::InputCommand command(const InputMapper& input);
  void step(const sim::InputCommand& c);
  void note_story(const sim::InputCommand& c);
  sim::InputCommand idle_command();  // no keys; carries a pending "go on"
  void after_step();
  void pace(double seconds, bool moved_on);
  void press_line();                 // Enter or a click on the line
  bool speaking() const;
  void finish(ScreenStack& stack);
  void configure_camera();
  sf::Vector2f child_px(double alpha) const;
  // Whom the picture is about now (world pixels, each person's figure): the child first,
  // then the line's speaker and whoever the story's stage directions move.
  std::vector<sf::FloatRect> framed(double alpha) const;
  // Where the camera heads: the child; with a line or choice up, the child and the people
  // it is about, framed together above the dialogue box where the room allows.
  sf::Vector2f camera_target() const;
  // Someone the story's current stage directions move is still moving (walking to the chair).
  bool acting_out() const;
  void sync_choices();

  mind::CaregiverAct queued_caregiver_act_ = mind::CaregiverAct::None;
  AppContext& ctx_;
  PlayChoice choice_;
  std::unique_ptr<sim::Session> session_;
  std::unique_ptr<SceneView> scene_;
  Camera camera_;
  SecurityShader shader_;
  Box2dDebugDraw debug_draw_{kPixelsPerMetre};
  std::optional<DebugBars> debug_bars_;
  bool use_shader_ = true;
  ScenarioAudio audio_;
  LiveReload reload_;
  sim::InputLog log_;
  sim::Recording recording_;
  ChoiceMenu choices_;
  std::vector<sf::FloatRect> prompt_rects_;
  std::vector<Prompt> prompts_drawn_;

  std::optional<mind::Action> queued_action_;
  std::optional<int> queued_choice_;
  bool queued_advance_ = false;
  bool reload_requested_ = false;
  bool inside_ = false;
  bool fast_ = false;
  bool reduced_motion_ = false;
  double shown_security_ = 0.7;
  std::optional<double> forced_security_;
  double card_seconds_ = 0;  // the episode card's remaining time on screen
  std::string card_title_;
  std::string last_line_id_;
  LinePacer pacer_;
  std::string paced_line_id_;   // the line the pacer is pacing; empty when none
  std::string line_speaker_;    // the paced line, translated, as drawn and spoken
  std::string line_text_;
  double beat_phase_ = 0;
  double reload_notice_ = 0; // "reloaded" shows briefly
  std::vector<std::string> reload_problems_;
  mind::Action last_child_action_ = mind::Action::None;
  std::uint64_t ticks_here_ = 0;
  std::vector<std::string> changed_choices_; // stepped back and chose otherwise: "old → new"
  std::map<std::uint64_t, std::string> dropped_answers_; // see ResumedPlay
  Backlog backlog_;
  storage::SeenLines seen_;     // lines read across plays (not in screenshots)
  bool seen_dirty_ = false;
  bool line_was_read_ = false;  // the paced line was in seen_ before it appeared
  bool skipping_ = false;
  int line_ticks_ = 0;          // ticks the paced line has been on screen
  bool owns_save_ = false;                   // the save slot holds this play (so its end empties it)
};

}  // namespace sb::app
