#pragma once
// The game's front door: open the window and run the loop, or render one
// screen offscreen into a PNG. main.cpp calls these; tests call the renderer.
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <SFML/Graphics/Image.hpp>

#include "sim/session.hpp"

namespace sb::app {

class Screen;
struct AppContext;

struct RunOptions {
  sim::SessionConfig session;     // what Play starts
  bool fullscreen = false;
  bool straight_to_play = false;  // `securebase play`: skip the title
  // When set, the game opens on this screen (`securebase replay FILE`).
  std::function<std::unique_ptr<Screen>(AppContext&)> first_screen;
};

// Runs until the player quits. Returns a process exit code (0, or 3 when no display).
int run_game(const RunOptions& options);

struct ScreenshotRequest {
  std::string screen = "title"; // one of screenshot_screens()
  sim::SessionConfig session;   // for play and pause
  double at = 0;                // seconds of play (the AI child plays them) before the picture
  // As a player with these settings would see it; unset: the settings this process has.
  std::optional<std::string> lang;      // the interface and scenario language ("en", "de")
  std::optional<int> text_size_percent; // one of storage::kTextSizePercent
  sf::Vector2u size{1280, 720}; // the picture in device pixels (the canvas is scaled to fit, as in a window)
};
const std::vector<std::string>& screenshot_screens();

class ScreenStack;
// The screens a picture of `request.screen` shows, built on `ctx` (its fonts, session and
// the look this process has now) and pushed onto `stack`. false and *error when it cannot.
// render_screenshot uses it; the layout test uses it to lay screens out without pictures.
bool push_screenshot_screens(const ScreenshotRequest& request, AppContext& ctx, ScreenStack& stack, std::string* error);
// Renders one frame (1280x720 unless asked) offscreen. nullopt and *error when it cannot.
std::optional<sf::Image> render_screenshot(const ScreenshotRequest& request, std::string* error);
// render_screenshot, then the PNG. Returns an exit code: 0, 1 (bad request), 3 (no display, unwritable file).
int write_screenshot(const ScreenshotRequest& request, const std::string& out_path);

}  // namespace sb::app
