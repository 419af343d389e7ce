#pragma once
// The scene a player left mid-way: what a save holds for the play screens (the play's
// recording so far, and what was chosen on the way in) and how the game keeps it in
// storage's one slot (storage/saved_play.hpp). Resuming re-simulates the recording
// (resume_screen.hpp), so a save is small and always exact.
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "app/screens/play/play_setup.hpp"
#include "app/ui/backlog.hpp"
#include "sim/input_command.hpp"
#include "sim/recording.hpp"
#include "sim/session.hpp"

namespace sb::app {

// A play re-simulated to where it was: handed to ScenarioScreen to go on from there.
struct ResumedPlay {
  std::unique_ptr<sim::Session> session;      // at the saved (or rolled-back) tick
  sim::Recording recording;                   // its inputs so far
  std::vector<sim::InputCommand> inputs;      // the same, one per tick (for live reload)
  std::vector<std::string> changed_choices;   // "old → new", choices changed by stepping back
  // Answers dropped by stepping back, by the tick their choice was offered: a new answer
  // that differs is a changed choice.
  std::map<std::uint64_t, std::string> dropped_answers;
  Backlog backlog;                            // the story so far, rebuilt while re-simulating
  bool owns_save = false;                     // the save slot holds this play (so its end empties it)
};

struct SavedScene {
  PlayChoice choice;
  sim::Recording recording;
  std::vector<std::string> changed_choices;
  std::string saved;   // UTC time of the save
  std::map<std::uint64_t, std::string> dropped_answers; // a step back's (never saved)
};

// What the title finds in the slot: a scene to continue, and/or a notice for the player
// (a damaged save set aside, or a scenario that is no longer there). Logged as well.
struct SaveLookup {
  std::optional<SavedScene> scene;
  std::string notice;  // translated; empty when all is well
};
SaveLookup find_saved_scene();

// Writes the slot (atomically, 0600). `recording.final_hash` must be the session's hash
// at its last tick. Returns a translated notice when it could not be saved (also logged).
std::optional<std::string> save_scene(const PlayChoice& choice, const sim::Recording& recording,
                                      const std::vector<std::string>& changed_choices);
// Empties the slot (the scene ended or was restarted).
void forget_saved_scene();

// "3:05": minutes and seconds of play for `ticks` at 60 per second.
std::string play_time(std::uint64_t ticks);

}  // namespace sb::app
