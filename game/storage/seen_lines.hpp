#pragma once
// Which story lines the player has already read, per scenario, across plays:
// $XDG_DATA_HOME/securebase/seen-lines.ini. Holding the skip key passes quickly over
// these and stops at a line never read before (as visual novels do).
//
//   kind = "seen-lines"
//   format = 1
//   [[scenario]]
//   id = "park"
//   lines = ["park.arrive.intro", "park.dog.bark"]
//
// Strict like progress: a record that is not exactly right sets the file aside
// (kept, reported), so nothing is silently dropped on the next save.
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>

#include "storage/paths.hpp"
#include "storage/versioned_file.hpp"

namespace sb::storage {

struct SeenLines {
  std::map<std::string, std::set<std::string>, std::less<>> by_scenario;

  bool seen(std::string_view scenario, std::string_view line) const;
  // True when the line was new. Ids that are not [A-Za-z0-9_.-]+ are refused (false).
  bool mark(std::string_view scenario, std::string_view line);
  std::size_t count(std::string_view scenario) const;
  bool operator==(const SeenLines&) const = default;
};

inline constexpr int kSeenLinesFormat = 1;
const DocumentSchema& seen_lines_schema();
std::filesystem::path seen_lines_file(const Paths& paths);

Loaded<SeenLines> load_seen_lines(const Paths& paths);
std::optional<Problem> save_seen_lines(const Paths& paths, const SeenLines& seen);

}  // namespace sb::storage
