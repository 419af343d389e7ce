#pragma once
// Rebinding: every action with its keys and its gamepad inputs. Choose one and
// press the new key, mouse button (middle or side), pad button or stick
// direction: it replaces that action's first input of the same kind (Esc
// cancels). Inputs shared with another action are marked "(!)" with the other
// action's name; "Reset to defaults" puts everything back. Saved at once.
#include <optional>
#include <string>

#include "app/platform/app_context.hpp"
#include "app/screens/screen.hpp"
#include "app/ui/option_list.hpp"
#include "app/screens/settings/player_settings.hpp"

namespace sb::app {

class ControlsScreen : public Screen {
 public:
  ControlsScreen(AppContext& ctx, PlayerSettings& settings);
  std::string_view name() const override { return "controls"; }
  void on_action(Action a, ScreenStack& stack) override;
  void on_pointer(sf::Vector2f p, bool pressed, ScreenStack& stack) override;
  bool on_raw_event(const sf::Event& e, ScreenStack& stack) override;
  void draw(sf::RenderTarget& target, const Layout& layout, double alpha) override;

  OptionList& list() { return list_; }
  std::optional<Action> capturing() const { return capturing_; }
  const std::string& message() const { return message_; }
  // What the screen does with a captured input (tests call it directly).
  void capture(const Binding& input);

 private:
  void build_rows();
  Bindings current() const;
  AppContext& ctx_;
  PlayerSettings& settings_;
  OptionList list_;
  ScreenStack* stack_ = nullptr;
  std::optional<Action> capturing_;
  std::string message_;
};

// The player-facing name of an action ("Call for your grown-up"), from the string tables.
std::string action_label(Action a);

}  // namespace sb::app
