#include "app/platform/input_map.hpp"

#include <algorithm>
#include <cmath>

namespace sb::app {
namespace {
constexpr std::array<std::string_view, kActionCount> kNames = {
    "move_left", "move_right", "move_up", "move_down", "interact", "signal", "reach_up",
    "confirm",   "back",       "pause",   "debug",     "fullscreen", "screenshot",
    "show_toy",  "cry",        "cling",   "push_away", "turn_away",  "hide_feelings", "freeze",
    "choice_1",  "choice_2",   "choice_3", "choice_4", "inside",     "reload",        "fast_forward",
    "self_voicing", "backlog", "step_back", "skip"};

std::size_t idx(Action a) { return static_cast<std::size_t>(a); }

Binding key(sf::Keyboard::Key k, Action a) { return {Binding::Device::Key, k, 0, a}; }
Binding pad(int button, Action a) { return {Binding::Device::JoyButton, button, 0, a}; }
Binding stick(sf::Joystick::Axis axis, float dir, Action a) { return {Binding::Device::JoyAxis, axis, dir, a}; }
}  // namespace

std::string_view name(Action a) { return idx(a) < kActionCount ? kNames[idx(a)] : "unknown"; }

std::optional<Action> action_from_name(std::string_view n) {
  for (std::size_t i = 0; i < kActionCount; ++i)
    if (kNames[i] == n) return static_cast<Action>(i);
  return std::nullopt;
}

Bindings Bindings::defaults() {
  using K = sf::Keyboard;
  using J = sf::Joystick;
  Bindings b;
  for (auto k : {K::A, K::Left}) b.bind(key(k, Action::MoveLeft));
  for (auto k : {K::D, K::Right}) b.bind(key(k, Action::MoveRight));
  for (auto k : {K::W, K::Up}) b.bind(key(k, Action::MoveUp));
  for (auto k : {K::S, K::Down}) b.bind(key(k, Action::MoveDown));
  b.bind(key(K::E, Action::Interact));
  b.bind(key(K::Q, Action::Signal));
  b.bind(key(K::R, Action::ReachUp));
  for (auto k : {K::Enter, K::Space}) b.bind(key(k, Action::Confirm));
  b.bind(key(K::Escape, Action::Back));
  b.bind(key(K::Backspace, Action::Back));
  b.bind(key(K::Escape, Action::Pause));
  b.bind(key(K::P, Action::Pause));
  b.bind(key(K::F3, Action::DebugToggle));
  b.bind(key(K::F11, Action::Fullscreen));
  b.bind(key(K::F12, Action::Screenshot));
  b.bind({Binding::Device::MouseButton, sf::Mouse::Right, 0, Action::Back});
  b.bind(key(K::G, Action::ShowToy));
  b.bind(key(K::C, Action::Cry));
  b.bind(key(K::F, Action::Cling));
  b.bind(key(K::X, Action::PushAway));
  b.bind(key(K::T, Action::TurnAway));
  b.bind(key(K::H, Action::HideFeelings));
  b.bind(key(K::Z, Action::Freeze));
  b.bind(key(K::Num1, Action::Choice1));
  b.bind(key(K::Num2, Action::Choice2));
  b.bind(key(K::Num3, Action::Choice3));
  b.bind(key(K::Num4, Action::Choice4));
  b.bind(key(K::Numpad1, Action::Choice1));
  b.bind(key(K::Numpad2, Action::Choice2));
  b.bind(key(K::Numpad3, Action::Choice3));
  b.bind(key(K::Numpad4, Action::Choice4));
  b.bind(key(K::I, Action::Inside));
  b.bind(key(K::F5, Action::Reload));
  b.bind(key(K::Tab, Action::FastForward));
  b.bind(key(K::V, Action::SelfVoicing));
  b.bind(key(K::PageUp, Action::Backlog));
  b.bind(key(K::Backspace, Action::StepBack));
  b.bind(key(K::LControl, Action::Skip));
  b.bind(key(K::RControl, Action::Skip));
  b.bind(stick(J::Z, +1, Action::Backlog)); // left trigger
  b.bind(stick(J::R, +1, Action::Skip));    // right trigger, held
  b.bind(pad(4, Action::Cry));          // LB
  b.bind(pad(5, Action::Cling));        // RB
  b.bind(pad(6, Action::Inside));       // Back/View
  b.bind(pad(9, Action::TurnAway));     // left stick click
  b.bind(pad(10, Action::ShowToy));     // right stick click
  // An Xbox-style layout, as Linux's joystick driver numbers it.
  b.bind(pad(0, Action::Confirm));   // A
  b.bind(pad(0, Action::Interact));  // A also plays during play
  b.bind(pad(1, Action::Back));      // B
  b.bind(pad(2, Action::ReachUp));   // X
  b.bind(pad(3, Action::Signal));    // Y
  b.bind(pad(7, Action::Pause));     // Start
  b.bind(stick(J::X, -1, Action::MoveLeft));
  b.bind(stick(J::X, +1, Action::MoveRight));
  b.bind(stick(J::Y, -1, Action::MoveUp));
  b.bind(stick(J::Y, +1, Action::MoveDown));
  b.bind(stick(J::PovX, -1, Action::MoveLeft));
  b.bind(stick(J::PovX, +1, Action::MoveRight));
  // Linux reports the d-pad's up as positive PovY.
  b.bind(stick(J::PovY, +1, Action::MoveUp));
  b.bind(stick(J::PovY, -1, Action::MoveDown));
  return b;
}

void Bindings::bind(Binding b) { bindings_.push_back(b); }

void Bindings::unbind(Action a) {
  bindings_.erase(std::remove_if(bindings_.begin(), bindings_.end(), [a](const Binding& b) { return b.action == a; }),
                  bindings_.end());
}

InputMapper::InputMapper(Bindings bindings) : bindings_(std::move(bindings)) {}

void InputMapper::set(Action a, bool was_down_before, std::vector<Action>& pressed) {
  const bool now = digital_[idx(a)] > 0 || analog_[idx(a)] >= kStickPress;
  if (now && !was_down_before) pressed.push_back(a);
  down_[idx(a)] = now;
}

std::vector<Action> InputMapper::on_event(const sf::Event& e) {
  std::vector<Action> pressed;
  auto digital = [&](Binding::Device dev, int code, bool down) {
    for (const Binding& b : bindings_.all()) {
      if (b.device != dev || b.code != code) continue;
      const bool before = down_[idx(b.action)];
      int& n = digital_[idx(b.action)];
      n = down ? n + 1 : std::max(0, n - 1);
      set(b.action, before, pressed);
    }
  };
  switch (e.type) {
    case sf::Event::KeyPressed: digital(Binding::Device::Key, e.key.code, true); break;
    case sf::Event::KeyReleased: digital(Binding::Device::Key, e.key.code, false); break;
    case sf::Event::MouseButtonPressed: digital(Binding::Device::MouseButton, e.mouseButton.button, true); break;
    case sf::Event::MouseButtonReleased: digital(Binding::Device::MouseButton, e.mouseButton.button, false); break;
    case sf::Event::JoystickButtonPressed: digital(Binding::Device::JoyButton, static_cast<int>(e.joystickButton.button), true); break;
    case sf::Event::JoystickButtonReleased: digital(Binding::Device::JoyButton, static_cast<int>(e.joystickButton.button), false); break;
    case sf::Event::JoystickMoved: {
      const float v = std::clamp(e.joystickMove.position / 100.f, -1.f, 1.f);
      for (const Binding& b : bindings_.all()) {
        if (b.device != Binding::Device::JoyAxis || b.code != e.joystickMove.axis) continue;
        const bool before = down_[idx(b.action)];
        const float along = v * b.direction;
        analog_[idx(b.action)] = along > kStickDeadzone ? (along - kStickDeadzone) / (1.f - kStickDeadzone) : 0.f;
        set(b.action, before, pressed);
      }
      break;
    }
    case sf::Event::LostFocus: release_all(); break;
    default: break;
  }
  return pressed;
}

bool InputMapper::held(Action a) const { return down_[idx(a)]; }

sf::Vector2f InputMapper::move() const {
  auto axis = [&](Action neg, Action pos) {
    const float keys = static_cast<float>((digital_[idx(pos)] > 0) - (digital_[idx(neg)] > 0));
    if (keys != 0) return keys;
    return analog_[idx(pos)] - analog_[idx(neg)];
  };
  sf::Vector2f m{axis(Action::MoveLeft, Action::MoveRight), axis(Action::MoveUp, Action::MoveDown)};
  const float len = std::hypot(m.x, m.y);
  if (len > 1.f) m /= len;
  return m;
}

void InputMapper::release_all() {
  digital_.fill(0);
  analog_.fill(0);
  down_.fill(false);
}

std::optional<mind::Action> child_action_for(Action a) {
  switch (a) {
    case Action::Interact: return mind::Action::Play;
    case Action::Signal: return mind::Action::Call;
    case Action::ReachUp: return mind::Action::ReachUp;
    case Action::ShowToy: return mind::Action::ShowToy;
    case Action::Cry: return mind::Action::Cry;
    case Action::Cling: return mind::Action::Cling;
    case Action::PushAway: return mind::Action::PushAway;
    case Action::TurnAway: return mind::Action::TurnAway;
    case Action::HideFeelings: return mind::Action::HideFeelings;
    case Action::Freeze: return mind::Action::Freeze;
    default: return std::nullopt;
  }
}

sim::InputCommand to_command(const InputMapper& input, std::optional<mind::Action> pressed) {
  sim::InputCommand c;
  const sf::Vector2f m = input.move();
  c.move_x = m.x;
  c.move_y = m.y; // +y is down the screen in both the world and the window
  if (pressed) c.action = *pressed;
  return c;
}

}  // namespace sb::app
