#pragma once
// SFML aborts the process when it cannot open an X display, so we look first
// and explain in one line instead.
#include <string>

namespace sb::app {

// True if an X display can be opened; otherwise *why says, in a few words, what is missing.
bool display_available(std::string* why);
// The one line printed before exiting with code 3.
std::string no_display_message(const std::string& why);

}  // namespace sb::app
