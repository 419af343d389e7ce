#pragma once
// One screen of the game (title, play, pause …). Screens live on a stack: only
// the top one gets input and ticks; drawing starts at the highest screen that
// covers everything and goes up, so a pause card sits over the dimmed scene.
#include <cstdint>
#include <string_view>

#include <SFML/Window/Keyboard.hpp>

#include <SFML/Graphics/RenderTarget.hpp>

#include "app/platform/input_map.hpp"
#include "app/render/layout.hpp"

namespace sb::app {

class ScreenStack;

class Screen {
 public:
  virtual ~Screen() = default;
  virtual std::string_view name() const = 0;
  // False for overlays: the screen below is drawn first.
  virtual bool covers_below() const { return true; }

  virtual void on_action(Action, ScreenStack&) {}
  // The pointer moved (pressed == false) or the left button went down, in canvas coordinates.
  virtual void on_pointer(sf::Vector2f, bool /*pressed*/, ScreenStack&) {}
  // A raw key, before it is mapped to actions; return true to keep it from the
  // action map (text entry, a screen's own letter keys such as X for export).
  virtual bool on_key(sf::Keyboard::Key, ScreenStack&) { return false; }
  // A typed character (UTF-32), for text entry.
  virtual void on_text(std::uint32_t /*unicode*/, ScreenStack&) {}
  // Every window event (but closing and resizing) before anything else sees it;
  // true keeps it from the rest. The controls screen captures a new key or pad input here.
  virtual bool on_raw_event(const sf::Event&, ScreenStack&) { return false; }
  // The game is closing (the window's close button): the last moment to keep what
  // the player would lose, such as a scene in progress. Called on every screen, top first.
  virtual void on_quit() {}
  // One fixed 60 Hz step; `input` holds what is pressed now.
  virtual void tick(const InputMapper&, ScreenStack&) {}
  // Draws the frame; alpha (0..1) is how far real time is past the last tick.
  virtual void draw(sf::RenderTarget& target, const Layout& layout, double alpha) = 0;
};

}  // namespace sb::app
