#pragma once
// The student's practice on disk: $XDG_DATA_HOME/securebase/trainer.ini (0600,
// written atomically; a file that cannot be read is set aside, never deleted,
// and reported; storage/STORAGE.md). It holds every scored trial with both
// sheets, and the sets imported from teachers' files. Nothing leaves the machine.
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "storage/paths.hpp"
#include "storage/versioned_file.hpp"
#include "trainer/progress.hpp"
#include "trainer/storage_alias.hpp"

namespace sb::trainer {

struct TrainerData {
  TrainerProgress progress;
  std::vector<TrialSet> imported;  // teachers' sets, in the order imported
  bool operator==(const TrainerData&) const = default;
  const TrialSet* find_set(std::string_view id) const;
};

inline constexpr int kTrainerFormat = 1;
std::filesystem::path trainer_file(const storage::Paths& paths);

// A missing file is an empty start. Anything unexpected sets the whole file
// aside (so nothing is lost on the next save) and comes back as the problem.
storage::Loaded<TrainerData> load_trainer_data(const storage::Paths& paths);
std::optional<storage::Problem> save_trainer_data(const storage::Paths& paths, const TrainerData& data);

// Adds a set, or replaces an imported set with the same id (a teacher's newer
// version). Returns true when one was replaced.
bool add_imported_set(TrainerData& data, const TrialSet& set);

// Records one scored trial (when: UTC now if empty).
void record_attempt(TrainerData& data, const std::string& set, std::uint64_t seed, const ScoreSheet& student,
                    const ScoreSheet& observer, std::string when = {});

}  // namespace sb::trainer
