// Keys, buttons and sticks -> named actions -> the sim's InputCommand.
#include <catch2/catch.hpp>

#include "app/platform/input_map.hpp"

using namespace sb::app;

namespace {
sf::Event key(sf::Keyboard::Key k, bool down) {
  sf::Event e;
  e.type = down ? sf::Event::KeyPressed : sf::Event::KeyReleased;
  e.key = {k, false, false, false, false};
  return e;
}
sf::Event stick(sf::Joystick::Axis axis, float position) {
  sf::Event e;
  e.type = sf::Event::JoystickMoved;
  e.joystickMove = {0, axis, position};
  return e;
}
sf::Event pad(unsigned button, bool down) {
  sf::Event e;
  e.type = down ? sf::Event::JoystickButtonPressed : sf::Event::JoystickButtonReleased;
  e.joystickButton = {0, button};
  return e;
}
bool has(const std::vector<Action>& v, Action a) { return std::find(v.begin(), v.end(), a) != v.end(); }
}  // namespace

TEST_CASE("WASD and the arrows walk the child in the same directions") {
  InputMapper in;
  in.on_event(key(sf::Keyboard::D, true));
  auto c = to_command(in, std::nullopt);
  CHECK(c.move_x == Approx(1));
  CHECK(c.move_y == Approx(0));
  in.on_event(key(sf::Keyboard::D, false));
  in.on_event(key(sf::Keyboard::Up, true));
  c = to_command(in, std::nullopt);
  CHECK(c.move_x == Approx(0));
  CHECK(c.move_y == Approx(-1)); // up the screen is -y in the world too
  in.on_event(key(sf::Keyboard::Up, false));
  CHECK(to_command(in, std::nullopt).move_y == Approx(0));
}

TEST_CASE("walking diagonally is no faster than walking straight") {
  InputMapper in;
  in.on_event(key(sf::Keyboard::W, true));
  in.on_event(key(sf::Keyboard::A, true));
  const auto c = to_command(in, std::nullopt);
  CHECK(std::hypot(c.move_x, c.move_y) == Approx(1).epsilon(1e-4));
  CHECK(c.move_x < 0);
  CHECK(c.move_y < 0);
}

TEST_CASE("holding two keys for one direction and releasing one keeps walking") {
  InputMapper in;
  in.on_event(key(sf::Keyboard::D, true));
  in.on_event(key(sf::Keyboard::Right, true));
  in.on_event(key(sf::Keyboard::D, false));
  CHECK(in.held(Action::MoveRight));
  CHECK(to_command(in, std::nullopt).move_x == Approx(1));
}

TEST_CASE("a press is reported once, when it goes down") {
  InputMapper in;
  CHECK(has(in.on_event(key(sf::Keyboard::Enter, true)), Action::Confirm));
  CHECK(in.on_event(key(sf::Keyboard::Enter, false)).empty());
  const auto esc = in.on_event(key(sf::Keyboard::Escape, true));
  CHECK(has(esc, Action::Pause));
  CHECK(has(esc, Action::Back));
  CHECK(has(in.on_event(key(sf::Keyboard::F3, true)), Action::DebugToggle));
  CHECK(has(in.on_event(key(sf::Keyboard::F11, true)), Action::Fullscreen));
}

TEST_CASE("the gamepad stick walks with analog strength and a dead zone") {
  InputMapper in;
  in.on_event(stick(sf::Joystick::X, 10)); // inside the dead zone: a resting stick does not drift
  CHECK(to_command(in, std::nullopt).move_x == Approx(0));
  in.on_event(stick(sf::Joystick::X, 100));
  CHECK(to_command(in, std::nullopt).move_x == Approx(1));
  in.on_event(stick(sf::Joystick::X, -62.5f));
  const float half = to_command(in, std::nullopt).move_x;
  CHECK(half < -0.4f);
  CHECK(half > -0.6f);
}

TEST_CASE("the stick and the d-pad move through menus; A confirms, B goes back") {
  InputMapper in;
  CHECK(has(in.on_event(stick(sf::Joystick::Y, 90)), Action::MoveDown));
  CHECK(in.on_event(stick(sf::Joystick::Y, 95)).empty()); // still held: no second press
  in.on_event(stick(sf::Joystick::Y, 0));
  CHECK(has(in.on_event(stick(sf::Joystick::PovY, 100)), Action::MoveUp));
  CHECK(has(in.on_event(pad(0, true)), Action::Confirm));
  CHECK(has(in.on_event(pad(1, true)), Action::Back));
  CHECK(has(in.on_event(pad(7, true)), Action::Pause));
}

TEST_CASE("child actions reach the simulation as one-shot commands") {
  InputMapper in;
  const auto pressed = in.on_event(key(sf::Keyboard::Q, true));
  REQUIRE(has(pressed, Action::Signal));
  const auto c = to_command(in, child_action_for(Action::Signal));
  CHECK(c.action == sb::mind::Action::Call);
  CHECK(child_action_for(Action::Interact) == sb::mind::Action::Play);
  CHECK(child_action_for(Action::ReachUp) == sb::mind::Action::ReachUp);
  CHECK_FALSE(child_action_for(Action::Pause).has_value());
  CHECK(to_command(in, std::nullopt).action == sb::mind::Action::None);
}

TEST_CASE("rebinding an action needs only the table") {
  Bindings b = Bindings::defaults();
  b.unbind(Action::MoveUp);
  b.bind({Binding::Device::Key, sf::Keyboard::I, 0, Action::MoveUp});
  InputMapper in(b);
  in.on_event(key(sf::Keyboard::W, true));
  CHECK(to_command(in, std::nullopt).move_y == Approx(0));
  in.on_event(key(sf::Keyboard::I, true));
  CHECK(to_command(in, std::nullopt).move_y == Approx(-1));
}

TEST_CASE("losing focus lets go of every key, so the child does not walk on alone") {
  InputMapper in;
  in.on_event(key(sf::Keyboard::D, true));
  sf::Event lost;
  lost.type = sf::Event::LostFocus;
  in.on_event(lost);
  CHECK(to_command(in, std::nullopt).move_x == Approx(0));
  CHECK_FALSE(in.held(Action::MoveRight));
}

TEST_CASE("action names round-trip, for a settings file") {
  for (std::size_t i = 0; i < kActionCount; ++i) {
    const auto a = static_cast<Action>(i);
    CHECK(action_from_name(name(a)) == a);
  }
  CHECK_FALSE(action_from_name("fly").has_value());
}
