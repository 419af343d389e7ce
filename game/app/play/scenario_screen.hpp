#pragma once
// Playing a scenario as the child. The screen turns actions into input commands
// (walking, the child's repertoire, choices, advancing lines), steps the session
// at 60 Hz (the scenario's own time scale makes the Strange Situation about seven
// minutes), and draws the world through felt security with the story on top.
// F5 or saving the file reloads the scenario; I shows what's inside.
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "app/app_context.hpp"
#include "app/camera.hpp"
#include "app/play/live_reload.hpp"
#include "app/play/play_setup.hpp"
#include "app/play/scenario_audio.hpp"
#include "app/play/scene_view.hpp"
#include "app/play/security_shader.hpp"
#include "app/play/story_overlay.hpp"
#include "app/screen.hpp"
#include "sim/recording.hpp"
#include "sim/reload.hpp"
#include "sim/session.hpp"

namespace sb::app {

class ScenarioScreen : public Screen {
 public:
  ScenarioScreen(AppContext& ctx, PlayChoice choice);
  ~ScenarioScreen() override;
  std::string_view name() const override { return "scenario"; }
  void on_action(Action a, ScreenStack& stack) override;
  void on_pointer(sf::Vector2f p, bool pressed, ScreenStack& stack) override;
  void tick(const InputMapper& input, ScreenStack& stack) override;
  void draw(sf::RenderTarget& target, const Layout& layout, double alpha) override;

  // For screenshots, tests and the bench.
  sim::Session& session() { return *session_; }
  const PlayChoice& choice() const { return choice_; }
  void advance(int ticks);                 // no input: the AI child (or a still child) plays on
  const ChoiceMenu& choices() const { return choices_; }
  bool inside_view() const { return inside_; }
  void set_inside_view(bool on) { inside_ = on; }
  void set_shader(bool on) { shader_.set_enabled(on); use_shader_ = on; }
  bool shader_active() const { return use_shader_ && shader_.active(); }
  // Forces the felt security the world is drawn with (screenshots of high vs low).
  void show_security(double felt_security) { forced_security_ = felt_security; shown_security_ = felt_security; }
  // A reload with text already checked (tests), or its failure's diagnostics.
  void apply_reload(const LiveReload::Result& r);
  const std::vector<std::string>& reload_problems() const { return reload_problems_; }
  std::optional<sf::Vector2f> shirt_on_canvas(const std::string& agent_id) const;
  std::vector<Prompt> prompts() const;
  const sim::Recording& recording() const { return recording_; }

 private:
  sim::InputCommand command(const InputMapper& input);
  void step(const sim::InputCommand& c);
  void after_step();
  void finish(ScreenStack& stack);
  void configure_camera();
  sf::Vector2f child_px(double alpha) const;
  void sync_choices();

  AppContext& ctx_;
  PlayChoice choice_;
  std::unique_ptr<sim::Session> session_;
  std::unique_ptr<SceneView> scene_;
  Camera camera_;
  SecurityShader shader_;
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
  double beat_phase_ = 0;
  double reload_notice_ = 0; // "reloaded" shows briefly
  std::vector<std::string> reload_problems_;
  mind::Action last_child_action_ = mind::Action::None;
  std::uint64_t ticks_here_ = 0;
};

}  // namespace sb::app
