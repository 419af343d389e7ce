#pragma once
// What every screen may use: fonts, sound, the session to start, and a few
// shared switches. One per running game (or per screenshot).
#include <functional>

#include "app/audio.hpp"
#include "app/fonts.hpp"
#include "app/frame_stats.hpp"
#include "sim/session.hpp"

namespace sb::app {

struct AppContext {
  Fonts fonts;
  Audio* audio = nullptr;          // never null while screens run
  sim::SessionConfig session;      // what Play starts
  bool debug_overlay = false;      // F3
  FrameStats stats;
  double clock = 0;                // real seconds since start, for idle animation only
  bool still = false;              // screenshots: no idle animation, no fades
};

}  // namespace sb::app
