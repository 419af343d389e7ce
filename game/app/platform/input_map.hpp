#pragma once
// Keys, mouse buttons and gamepad buttons/sticks are bound to named actions in
// one table; screens only ever see actions. Rebinding means editing the table,
// and a new screen just reacts to the actions it cares about.
#include <array>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include <SFML/Window/Event.hpp>

#include "sim/input_command.hpp"

namespace sb::app {

enum class Action : std::uint8_t {
  MoveLeft, MoveRight, MoveUp, MoveDown, // walking, and moving through menus
  Interact,    // play with the toy at hand
  Signal,      // call for the caregiver
  ReachUp,     // ask to be picked up
  Confirm, Back, Pause,
  DebugToggle, Fullscreen, Screenshot,
  // The rest of the child's repertoire and the scenario controls (game/app/play).
  ShowToy, Cry, Cling, PushAway, TurnAway, HideFeelings, Freeze,
  Choice1, Choice2, Choice3, Choice4,
  Inside,      // the "what's inside" view: the heartbeat beside the face
  Reload,      // F5: reload the scenario file
  FastForward, // autoplay: watch faster
  SelfVoicing, // V: the game reads itself aloud, or stops (app/voice)
  // A player's comforts in a scene (issue 16).
  Backlog,     // the story so far (Page Up, the wheel up, the pad's left trigger)
  StepBack,    // back to the previous line or choice, to choose again (Backspace)
  Skip,        // held: lines already read go by quickly (Ctrl, the pad's right trigger)
  Count
};
constexpr std::size_t kActionCount = static_cast<std::size_t>(Action::Count);
std::string_view name(Action a);
std::optional<Action> action_from_name(std::string_view name);

struct Binding {
  enum class Device : std::uint8_t { Key, MouseButton, JoyButton, JoyAxis };
  Device device = Device::Key;
  int code = 0;          // sf::Keyboard::Key, sf::Mouse::Button, button index or sf::Joystick::Axis
  float direction = 0;   // JoyAxis only: -1 or +1, which half of the axis
  Action action = Action::Confirm;
};

class Bindings {
 public:
  static Bindings defaults(); // WASD/arrows, Enter/Space, Esc, E, Q, R, F3, F11, F12; an Xbox-style pad
  void bind(Binding b);       // adds a binding (an action may have several)
  void unbind(Action a);      // removes all bindings of an action
  const std::vector<Binding>& all() const { return bindings_; }

 private:
  std::vector<Binding> bindings_;
};

// Turns window events into action presses (edges) and held state. Gamepad
// sticks are read from JoystickMoved events, so the whole path can be driven by
// synthetic events in tests.
class InputMapper {
 public:
  explicit InputMapper(Bindings bindings = Bindings::defaults());

  // Returns the actions this event newly pressed (empty for most events).
  std::vector<Action> on_event(const sf::Event& e);
  bool held(Action a) const;
  // The walking direction, -1..1 per axis, from keys and the stick (keys win
  // when both are in use); diagonals are normalised to length 1.
  sf::Vector2f move() const;
  void release_all(); // focus lost: nothing stays stuck down

  Bindings& bindings() { return bindings_; }

  static constexpr float kStickDeadzone = 0.25f;
  static constexpr float kStickPress = 0.6f; // a stick pushed this far presses a menu direction

 private:
  void set(Action a, bool down, std::vector<Action>& pressed);

  Bindings bindings_;
  std::array<int, kActionCount> digital_{};       // how many bound inputs hold each action
  std::array<float, kActionCount> analog_{};      // stick deflection per direction action, 0..1
  std::array<bool, kActionCount> down_{};
};

// The play screen's one-shot child actions, queued between ticks.
std::optional<mind::Action> child_action_for(Action a);

// What the player asks of the child this tick: the walk direction from the
// held movement actions, plus a one-shot child action pressed since the last tick.
sim::InputCommand to_command(const InputMapper& input, std::optional<mind::Action> pressed);

}  // namespace sb::app
