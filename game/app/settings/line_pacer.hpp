#pragma once
// Paces a scenario line by the player's settings: letters appear at the chosen
// text speed (or all at once), and with auto-advance the line moves on by itself
// once it is fully shown, the reading voice has finished, and the chosen pause
// has passed. The play screen owns one per shown line:
//   pacer.start(utf8_length(text)); each tick: pacer.tick(dt, voice && voice->speaking());
//   draw the first pacer.visible() letters; if (pacer.should_advance()) next line.
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
  std::size_t visible() const;
  bool complete() const { return visible() >= letters_; }
  bool should_advance() const { return ready_; }

 private:
  std::size_t letters_ = 0;
  double shown_ = 0;       // letters revealed so far (fractional)
  double waited_ = 0;      // seconds since the line was complete and the voice quiet
  bool ready_ = false;
};

}  // namespace sb::app
