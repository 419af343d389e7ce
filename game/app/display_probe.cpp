#include "app/display_probe.hpp"

#include <cstdlib>

#include <X11/Xlib.h>

namespace sb::app {

bool display_available(std::string* why) {
  const char* name = std::getenv("DISPLAY");
  if (!name || !*name) {
    if (why) *why = "DISPLAY is not set";
    return false;
  }
  Display* d = XOpenDisplay(nullptr);
  if (!d) {
    if (why) *why = std::string("cannot open display ") + name;
    return false;
  }
  XCloseDisplay(d);
  return true;
}

std::string no_display_message(const std::string& why) {
  return "securebase: no display found (" + why + "); run under a desktop session or xvfb-run";
}

}  // namespace sb::app
