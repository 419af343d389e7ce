#include "app/screens/settings/binding_names.hpp"

#include <algorithm>
#include <array>
#include <charconv>

namespace sb::app {
namespace {

constexpr std::array<std::string_view, 101> kKeyNames = {
    "A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L", "M", "N", "O", "P", "Q", "R", "S", "T", "U", "V", "W",
    "X", "Y", "Z", "Num0", "Num1", "Num2", "Num3", "Num4", "Num5", "Num6", "Num7", "Num8", "Num9", "Escape",
    "LControl", "LShift", "LAlt", "LSystem", "RControl", "RShift", "RAlt", "RSystem", "Menu", "LBracket",
    "RBracket", "Semicolon", "Comma", "Period", "Quote", "Slash", "Backslash", "Tilde", "Equal", "Hyphen", "Space",
    "Enter", "Backspace", "Tab", "PageUp", "PageDown", "End", "Home", "Insert", "Delete", "Add", "Subtract",
    "Multiply", "Divide", "Left", "Right", "Up", "Down", "Numpad0", "Numpad1", "Numpad2", "Numpad3", "Numpad4",
    "Numpad5", "Numpad6", "Numpad7", "Numpad8", "Numpad9", "F1", "F2", "F3", "F4", "F5", "F6", "F7", "F8", "F9",
    "F10", "F11", "F12", "F13", "F14", "F15", "Pause"};
static_assert(kKeyNames.size() == sf::Keyboard::KeyCount, "one name per SFML key");

constexpr std::array<std::string_view, sf::Mouse::ButtonCount> kMouseNames = {"MouseLeft", "MouseRight", "MouseMiddle",
                                                                              "MouseX1", "MouseX2"};
constexpr std::array<std::string_view, sf::Joystick::AxisCount> kAxisNames = {"X", "Y", "Z", "R", "U", "V", "PovX", "PovY"};

// Shown on screen: what the Xbox-style pads Linux numbers this way print on their buttons.
constexpr std::array<std::string_view, 11> kPadButtons = {"A", "B", "X", "Y", "LB", "RB", "Back", "Start", "Guide", "L3", "R3"};

bool same_input(const Binding& a, const Binding& b) {
  return a.device == b.device && a.code == b.code && (a.device != Binding::Device::JoyAxis || a.direction == b.direction);
}

bool shared_on_purpose(Action a, Action b) {
  auto pair = [&](Action x, Action y) { return (a == x && b == y) || (a == y && b == x); };
  return pair(Action::Back, Action::Pause) || pair(Action::Confirm, Action::Interact);
}

}  // namespace

std::string input_name(const Binding& b) {
  switch (b.device) {
    case Binding::Device::Key:
      return b.code >= 0 && b.code < static_cast<int>(kKeyNames.size()) ? std::string(kKeyNames[static_cast<std::size_t>(b.code)]) : "";
    case Binding::Device::MouseButton:
      return b.code >= 0 && b.code < static_cast<int>(kMouseNames.size()) ? std::string(kMouseNames[static_cast<std::size_t>(b.code)]) : "";
    case Binding::Device::JoyButton: return "button" + std::to_string(b.code);
    case Binding::Device::JoyAxis:
      if (b.code < 0 || b.code >= static_cast<int>(kAxisNames.size())) return "";
      return "axis:" + std::string(kAxisNames[static_cast<std::size_t>(b.code)]) + (b.direction < 0 ? "-" : "+");
  }
  return "";
}

std::optional<Binding> binding_from_name(std::string_view n, Action a) {
  Binding b;
  b.action = a;
  for (std::size_t i = 0; i < kKeyNames.size(); ++i)
    if (kKeyNames[i] == n) return b.device = Binding::Device::Key, b.code = static_cast<int>(i), b;
  for (std::size_t i = 0; i < kMouseNames.size(); ++i)
    if (kMouseNames[i] == n) return b.device = Binding::Device::MouseButton, b.code = static_cast<int>(i), b;
  if (n.rfind("button", 0) == 0 && n.size() > 6 && n.size() <= 8) {
    int code = -1;
    const auto r = std::from_chars(n.data() + 6, n.data() + n.size(), code);
    if (r.ec != std::errc() || r.ptr != n.data() + n.size() || code < 0 || code >= static_cast<int>(sf::Joystick::ButtonCount))
      return std::nullopt;
    b.device = Binding::Device::JoyButton;
    b.code = code;
    return b;
  }
  if (n.rfind("axis:", 0) == 0 && n.size() > 6) {
    const char sign = n.back();
    if (sign != '+' && sign != '-') return std::nullopt;
    const std::string_view axis = n.substr(5, n.size() - 6);
    for (std::size_t i = 0; i < kAxisNames.size(); ++i)
      if (kAxisNames[i] == axis) {
        b.device = Binding::Device::JoyAxis;
        b.code = static_cast<int>(i);
        b.direction = sign == '-' ? -1.f : 1.f;
        return b;
      }
  }
  return std::nullopt;
}

bool is_gamepad(const Binding& b) { return b.device == Binding::Device::JoyButton || b.device == Binding::Device::JoyAxis; }

std::string display_name(const Binding& b) {
  switch (b.device) {
    case Binding::Device::Key: {
      static const std::array<std::pair<std::string_view, std::string_view>, 12> nicer = {{
          {"Left", "Left arrow"}, {"Right", "Right arrow"}, {"Up", "Up arrow"}, {"Down", "Down arrow"},
          {"Escape", "Esc"}, {"LControl", "Ctrl"}, {"RControl", "Right Ctrl"}, {"LShift", "Shift"},
          {"RShift", "Right Shift"}, {"LAlt", "Alt"}, {"Hyphen", "-"}, {"Equal", "="}}};
      const std::string n = input_name(b);
      for (const auto& [from, to] : nicer)
        if (from == n) return std::string(to);
      if (n.rfind("Num", 0) == 0 && n.size() == 4) return n.substr(3);
      return n;
    }
    case Binding::Device::MouseButton: {
      static const std::array<std::string_view, sf::Mouse::ButtonCount> m = {"Left click", "Right click", "Middle click",
                                                                            "Mouse 4", "Mouse 5"};
      return b.code >= 0 && b.code < static_cast<int>(m.size()) ? std::string(m[static_cast<std::size_t>(b.code)]) : "?";
    }
    case Binding::Device::JoyButton:
      return "Pad " + (b.code >= 0 && b.code < static_cast<int>(kPadButtons.size()) ? std::string(kPadButtons[static_cast<std::size_t>(b.code)])
                                                                                   : std::to_string(b.code));
    case Binding::Device::JoyAxis: {
      const bool neg = b.direction < 0;
      switch (b.code) {
        case sf::Joystick::X: return neg ? "Stick left" : "Stick right";
        case sf::Joystick::Y: return neg ? "Stick up" : "Stick down";
        case sf::Joystick::PovX: return neg ? "D-pad left" : "D-pad right";
        case sf::Joystick::PovY: return neg ? "D-pad down" : "D-pad up";
        default: return input_name(b);
      }
    }
  }
  return "?";
}

std::vector<Binding> bindings_of(const Bindings& b, Action a, bool gamepad) {
  std::vector<Binding> out;
  for (const Binding& x : b.all())
    if (x.action == a && is_gamepad(x) == gamepad) out.push_back(x);
  return out;
}

Bindings bindings_from(const storage::Settings& s) {
  const Bindings defaults = Bindings::defaults();
  Bindings out;
  for (std::size_t i = 0; i < kActionCount; ++i) {
    const Action a = static_cast<Action>(i);
    for (const bool pad : {false, true}) {
      const storage::BindingMap& map = pad ? s.gamepad_bindings : s.key_bindings;
      const auto it = map.find(std::string(name(a)));
      if (it == map.end()) {
        for (const Binding& d : bindings_of(defaults, a, pad)) out.bind(d);
        continue;
      }
      for (const std::string& n : it->second) {
        const auto b = binding_from_name(n, a);
        if (b && is_gamepad(*b) == pad) out.bind(*b);
      }
    }
  }
  return out;
}

void store_bindings(const Bindings& b, storage::Settings& s) {
  const Bindings defaults = Bindings::defaults();
  s.key_bindings.clear();
  s.gamepad_bindings.clear();
  for (std::size_t i = 0; i < kActionCount; ++i) {
    const Action a = static_cast<Action>(i);
    for (const bool pad : {false, true}) {
      const auto now = bindings_of(b, a, pad);
      const auto before = bindings_of(defaults, a, pad);
      const bool same = now.size() == before.size() &&
                        std::equal(now.begin(), now.end(), before.begin(), [](const Binding& x, const Binding& y) { return same_input(x, y); });
      if (same) continue;
      std::vector<std::string> names;
      for (const Binding& x : now) names.push_back(input_name(x));
      (pad ? s.gamepad_bindings : s.key_bindings)[std::string(name(a))] = names;
    }
  }
}

void rebind(Bindings& b, Action a, const Binding& captured) {
  Binding c = captured;
  c.action = a;
  std::vector<Binding> all = b.all();
  for (const Binding& x : all)
    if (x.action == a && same_input(x, c)) return;
  bool replaced = false;
  for (Binding& x : all)
    if (!replaced && x.action == a && is_gamepad(x) == is_gamepad(c)) {
      x = c;
      replaced = true;
    }
  if (!replaced) all.push_back(c);
  Bindings out;
  for (const Binding& x : all) out.bind(x);
  b = out;
}

std::vector<Action> conflicts(const Bindings& b, Action a, const Binding& input) {
  std::vector<Action> out;
  for (const Binding& x : b.all())
    if (x.action != a && same_input(x, input) && !shared_on_purpose(a, x.action) &&
        std::find(out.begin(), out.end(), x.action) == out.end())
      out.push_back(x.action);
  return out;
}

}  // namespace sb::app
