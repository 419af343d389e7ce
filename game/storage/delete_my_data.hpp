#pragma once
// "Delete my data": removes the game's data, config and state folders with
// everything in them (settings, progress, reflections, replays, logs) and
// nothing else.
#include <filesystem>
#include <vector>

#include "storage/paths.hpp"
#include "storage/problem.hpp"

namespace sb::app::storage {

struct DeletionReport {
  std::vector<std::filesystem::path> removed;  // every file and folder removed, deepest first
  std::vector<Problem> problems;               // what could not be removed (CouldNotDelete)
  bool complete() const { return problems.empty(); }
};

// Only folders named "securebase" are touched, so a wrong Paths can never empty
// a home folder. Symbolic links are removed, not followed. Call it after the
// game has stopped saving: a save afterwards would create the files again.
DeletionReport delete_my_data(const Paths& paths);

}  // namespace sb::app::storage
