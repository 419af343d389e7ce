#pragma once
// Logs go to the console and to $XDG_STATE_HOME/securebase/securebase.log
// (default ~/.local/state/securebase/), so a player can send a log when
// something went wrong.
#include <filesystem>
#include <optional>
#include <string>

namespace sb::app {

std::filesystem::path state_dir(); // where logs and screenshots go
// level: trace | debug | info | warn | error | critical | off. Returns the log
// file's path, or nullopt when only the console could be used (a warning says why).
std::optional<std::filesystem::path> init_logging(const std::string& level);

}  // namespace sb::app
