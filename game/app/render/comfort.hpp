#pragma once
// The reading and motion comfort the player chose, as one value any screen can
// read without plumbing. draw::text scales every label by it; figures, the title
// art and any effect check reduced_motion before they pulse, shake or flash; the
// play screen paces scenario lines with text_speed_cps and auto_advance (see
// line_pacer.hpp) and asks content_notes before a scene that may stir things up.
namespace sb::app {

struct Comfort {
  float text_scale = 1.f;          // 1, 1.25, 1.5 or 2 (Settings::text_size_step)
  bool reduced_motion = false;     // no pulsing, shaking or flashing anywhere
  bool high_contrast = false;      // palette.hpp switched to the high-contrast scheme
  bool colour_blind_safe = false;  // palette.hpp switched to the Okabe-Ito hues
  int text_speed_cps = 40;         // characters per second; 0 = a whole line at once
                                   // (reduced motion also shows it whole, same reading time)
  bool auto_advance = false;       // lines move on by themselves (after speech ends); off: they wait for a press
  int auto_advance_pause_ms = 1500;
  bool content_notes = true;       // show a note (with a way to skip) before hard scenes
};

const Comfort& comfort();
void set_comfort(const Comfort& c);

// The one flag animations check: true means draw the still pose.
inline bool reduced_motion() { return comfort().reduced_motion; }

// The size a label of `base` layout pixels is drawn at. Body text grows by the
// full text scale; big headings, already easy to read, grow only up to 44 px so
// they still fit their place.
float scaled_text_size(float base);

}  // namespace sb::app
