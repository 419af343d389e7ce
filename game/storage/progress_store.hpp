#pragma once
// Which scenarios the player has played and which outcomes they have seen, with
// dates, in $XDG_DATA_HOME/securebase/progress.ini.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "storage/paths.hpp"
#include "storage/versioned_file.hpp"

namespace sb::app::storage {

struct OutcomeSeen {
  std::string id;           // the scenario's outcome id
  int times_seen = 0;
  std::string first_seen;   // UTC, "2026-11-29T09:22:05Z"
  std::string last_seen;
  bool operator==(const OutcomeSeen&) const = default;
};

struct ScenarioProgress {
  std::string id;           // the scenario id
  int times_played = 0;
  std::string first_played; // UTC; empty until it has been played once
  std::string last_played;
  std::vector<OutcomeSeen> outcomes;  // in the order first seen
  bool operator==(const ScenarioProgress&) const = default;
  const OutcomeSeen* find(std::string_view outcome) const;
};

struct Progress {
  std::vector<ScenarioProgress> scenarios;  // in the order first met

  // Both return false (and change nothing) for an id that is not [A-Za-z0-9_.-]+
  // or a time not in the UTC shape above; `when` defaults to now.
  bool record_played(std::string_view scenario, std::string when = {});
  bool record_outcome(std::string_view scenario, std::string_view outcome, std::string when = {});
  const ScenarioProgress* find(std::string_view scenario) const;
  bool operator==(const Progress&) const = default;
};

inline constexpr int kProgressFormat = 1;
const DocumentSchema& progress_schema();

// A missing file gives empty progress. Anything unexpected inside (a bad date, a
// count that is not a number) sets the whole file aside rather than dropping a
// record, so nothing is lost on the next save.
Loaded<Progress> load_progress(const Paths& paths);
std::optional<Problem> save_progress(const Paths& paths, const Progress& progress);
std::string progress_to_text(const Progress& progress);

}  // namespace sb::app::storage
