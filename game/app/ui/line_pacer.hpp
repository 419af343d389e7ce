#pragma once
// Paces a scenario line by the player's settings: letters appear at the chosen
// text speed (or all at once), and with auto-advance the line moves on by itself
// once it is fully shown, the reading voice has finished, and the chosen pause
// has passed. The play screen owns one per shown line:
//   pacer.start(utf8_length(text)); each tick: pacer.tick(dt, voice && voice->speaking());
//   draw the first pacer.visible() letters; if (pacer.should_advance()) next line.
// Reduced motion shows the whole line at once but keeps the same reading time
// before auto-advance, so asking for stillness never means less time to read.
// The settings are read from comfort() as they are now, so a change in the
// settings applies to the line on screen.
#include <cstddef>
#include <string_view>

namespace sb::app {

// Code points in a UTF-8 string (what "letters shown" counts).
std::size_t utf8_length(std::string_view s);
// The first `n` code points of `s`, never splitting one.
std::string_view utf8_prefix(std::string_view s, std::size_t n);

class LinePacer {
 public:
  void start(std::size_t letters);
  void tick(double seconds, bool speaking);
  void reveal_all();                        // a press while the line is still appearing
  std::size_t visible() const;              // letters to draw now
  bool complete() const { return visible() >= letters_; }
  // Lines move on by themselves whatever the auto-advance setting (autoplay: the
  // player watches). The voice and the pause are still waited for.
  void set_always_advance(bool on) { always_ = on; }
  bool auto_advancing() const;              // this line will move on without a press
  bool should_advance() const { return ready_; }

 private:
  bool read_through() const { return shown_ >= static_cast<double>(letters_); }

  std::size_t letters_ = 0;
  double shown_ = 0;       // letters revealed so far by the text speed (fractional)
  double waited_ = 0;      // seconds since the line was complete and the voice quiet
  bool ready_ = false;
  bool always_ = false;
};

}  // namespace sb::app
