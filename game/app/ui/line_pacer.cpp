#include "app/ui/line_pacer.hpp"

#include "app/render/comfort.hpp"

namespace sb::app {

std::size_t utf8_length(std::string_view s) {
  std::size_t n = 0;
  for (const char c : s)
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
  return n;
}

std::string_view utf8_prefix(std::string_view s, std::size_t n) {
  std::size_t seen = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) {
      if (seen == n) return s.substr(0, i);
      ++seen;
    }
  }
  return s;
}

void LinePacer::start(std::size_t letters) {
  letters_ = letters;
  shown_ = comfort().text_speed_cps <= 0 ? static_cast<double>(letters) : 0.0;
  waited_ = 0;
  ready_ = false;
}

bool LinePacer::auto_advancing() const { return always_ || comfort().auto_advance; }

void LinePacer::tick(double seconds, bool speaking) {
  if (!(seconds > 0)) seconds = 0; // a NaN or negative frame time reveals nothing
  const int cps = comfort().text_speed_cps;
  if (cps <= 0) shown_ = static_cast<double>(letters_);
  else if (!read_through()) shown_ += seconds * cps;
  if (!read_through() || speaking) {
    waited_ = 0; // the pause starts after the line is read through and the voice is done
    ready_ = false;
    return;
  }
  waited_ += seconds;
  ready_ = auto_advancing() && waited_ * 1000.0 >= comfort().auto_advance_pause_ms;
}

void LinePacer::reveal_all() { shown_ = static_cast<double>(letters_); }

std::size_t LinePacer::visible() const {
  if (read_through() || comfort().reduced_motion) return letters_;
  return static_cast<std::size_t>(shown_);
}

}  // namespace sb::app
