#pragma once
// The scene a player left mid-way, to continue later: $XDG_DATA_HOME/securebase/saved-play.ini.
// One slot, written when the player chooses "Save and quit" or closes the window
// mid-scene, removed when the scene ends or is restarted. A save is the play's
// recording so far (the bytes of sim::write_recording: configuration, seed and every
// input) plus what the player chose on the way in; resuming re-simulates it.
//
//   kind = "saved-play"
//   format = 1
//   [play]
//   scenario = "park"          <- the life map's scenario id
//   style = "rejecting"        <- sensitive | rejecting | inconsistent | frightening | custom
//   surprise = false           <- the style stays hidden until the debrief
//   autoplay = false
//   tick = 5400                <- how far the play had gone (60 per second)
//   saved = "2026-12-03T14:10:00Z"
//   [recording]
//   text = "securebase-replay 1\n…"
//
// A file that cannot be used is set aside as saved-play.ini.damaged-DATE and reported,
// as every player file is (STORAGE.md).
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "storage/paths.hpp"
#include "storage/versioned_file.hpp"

namespace sb::storage {

struct SavedPlay {
  std::string scenario;        // the scenario id as the life map lists it
  std::string style = "sensitive";
  bool surprise = false;
  bool autoplay = false;
  std::uint64_t tick = 0;      // ticks played (60 per second)
  std::string saved;           // UTC, "2026-12-03T14:10:00Z"; filled by save_play when empty
  std::string recording;       // sim::write_recording's bytes
  // Choices the player changed by stepping back (rollback), for the debrief: "old → new" lines.
  std::vector<std::string> changed_choices;
  bool operator==(const SavedPlay&) const = default;
};

inline constexpr int kSavedPlayFormat = 1;
const DocumentSchema& saved_play_schema();
std::filesystem::path saved_play_file(const Paths& paths);

// No file: value empty, no problem. A damaged file is set aside and reported.
Loaded<std::optional<SavedPlay>> load_saved_play(const Paths& paths);
// Atomic (temporary file, fsync, rename), 0600. Refuses (CouldNotSave) a play
// that would not read back, such as a scenario id with a space.
std::optional<Problem> save_play(const Paths& paths, SavedPlay play);
// Removes the slot (the scene ended or was restarted); no file is no problem.
std::optional<Problem> forget_saved_play(const Paths& paths);

}  // namespace sb::storage
