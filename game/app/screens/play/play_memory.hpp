#pragma once
// What the game remembers of a player's plays, on this computer only (storage):
// the story lines already read, so the skip key can pass over them, and the scenes
// played with the outcomes seen in each, which the life map marks. Problems with
// those files are logged; the game then carries on with what it could keep.
#include <optional>
#include <string>

#include "storage/progress_store.hpp"
#include "storage/seen_lines.hpp"

namespace sb::app {

storage::SeenLines load_seen_lines();
void save_seen_lines(const storage::SeenLines& seen);

// A scene played to its end, and the pattern it ended in ("secure", …) when it was classified.
void remember_play(const std::string& scenario_id, const std::optional<std::string>& outcome);
storage::Progress load_progress();

}  // namespace sb::app
