#pragma once
// What every screen may use: fonts, sound, the session to start, and a few
// shared switches. One per running game (or per screenshot).
#include <functional>

#include "app/platform/audio.hpp"
#include "app/platform/fonts.hpp"
#include "app/platform/frame_stats.hpp"
#include "sim/session.hpp"

namespace sb::app {

class InputMapper;
class PlayerSettings;
class Voice;

struct AppContext {
  Fonts fonts;
  Audio* audio = nullptr;          // never null while screens run
  sim::SessionConfig session;      // what Play starts
  bool debug_overlay = false;      // F3
  FrameStats stats;
  double clock = 0;                // real seconds since start, for idle animation only
  bool still = false;              // screenshots: no idle animation, no fades
  // Player care (app/settings, app/voice); null where there is none (screenshots).
  InputMapper* input = nullptr;        // the live bindings: the controls screen rebinds them
  Voice* voice = nullptr;              // self-voicing: ctx.voice->say(text) for lines and menus
  PlayerSettings* settings = nullptr;  // the player's settings: change() applies and saves
  std::function<void(unsigned width, unsigned height, bool fullscreen)> apply_window; // set by the running game
};

}  // namespace sb::app
