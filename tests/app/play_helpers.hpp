#pragma once
// Shared by the play tests: key events through the real input map, a screen stack
// driven the way the game loop drives it, and a scenario chosen by id.
#include <catch2/catch.hpp>

#include <string>

#include "app/platform/app_context.hpp"
#include "app/platform/audio.hpp"
#include "app/platform/fonts.hpp"
#include "app/platform/input_map.hpp"
#include "app/screens/play/play_setup.hpp"
#include "app/screens/screen_stack.hpp"

namespace play_test {

// What a screen needs to draw in a test: silent audio, the fonts, and (`still`) the
// pose a screenshot takes, so pictures do not depend on the clock.
struct QuietApp {
  sb::app::Audio audio{false};
  sb::app::AppContext ctx;
  explicit QuietApp(bool still = true) {
    ctx.audio = &audio;
    ctx.still = still;
    REQUIRE(sb::app::load_fonts(ctx.fonts));
  }
};

inline sf::Event key_event(sf::Keyboard::Key k, bool down) {
  sf::Event e;
  e.type = down ? sf::Event::KeyPressed : sf::Event::KeyReleased;
  e.key = {k, false, false, false, false};
  return e;
}

// The game loop's handling of one key press: event -> actions -> the top screen, one change per key.
inline void press(sb::app::InputMapper& in, sb::app::ScreenStack& stack, sf::Keyboard::Key k) {
  for (sb::app::Action a : in.on_event(key_event(k, true))) {
    if (sb::app::Screen* top = stack.top()) top->on_action(a, stack);
    if (stack.apply()) break;
  }
  in.on_event(key_event(k, false));
}

inline void tick(sb::app::InputMapper& in, sb::app::ScreenStack& stack) {
  if (sb::app::Screen* top = stack.top()) top->tick(in, stack);
  stack.apply();
}

inline sb::app::ScenarioEntry entry(const std::string& id) {
  for (const sb::app::ScenarioEntry& e : sb::app::scenario_list())
    if (e.id == id) return e;
  FAIL("scenario " << id << " is not on the life map");
  return {};
}

// One frame of `screen` at 1280x720, offscreen, as the player would see it.
inline sf::Image render(sb::app::Screen& screen) {
  sf::RenderTexture target;
  REQUIRE(target.create(1280, 720));
  target.clear(sf::Color(40, 32, 38));
  screen.draw(target, sb::app::Layout::fit({1280, 720}), 1.0);
  target.display();
  return target.getTexture().copyToImage();
}

inline std::string top_name(const sb::app::ScreenStack& s) { return s.top() ? std::string(s.top()->name()) : "none"; }

}  // namespace play_test
