#include "app/platform/display_probe.hpp"

#include <chrono>
#include <cstdlib>
#include <thread>

#include <X11/Xlib.h>

namespace sb::app {

bool display_available(std::string* why) {
  const char* name = std::getenv("DISPLAY");
  if (!name || !*name) {
    if (why) *why = "DISPLAY is not set";
    return false;
  }
  // The connection stays open for the life of the process: an X server such as
  // Xvfb resets when its last client leaves, and a reset in the moment between
  // this probe and SFML's own connection makes SFML abort.
  static Display* keep = nullptr;
  if (keep) return true;
  // A few tries: a server that is just resetting refuses for a moment.
  for (int attempt = 0; attempt < 4 && !keep; ++attempt) {
    if (attempt > 0) std::this_thread::sleep_for(std::chrono::milliseconds(150));
    keep = XOpenDisplay(nullptr);
  }
  if (!keep) {
    if (why) *why = std::string("cannot open display ") + name;
    return false;
  }
  return true;
}

std::string no_display_message(const std::string& why) {
  return "securebase: no display found (" + why + "); run under a desktop session or xvfb-run";
}

}  // namespace sb::app
