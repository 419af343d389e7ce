#pragma once
// Loading a scenario: file or text -> checked, immutable model plus every problem
// found. Never throws for bad input, so a live reload can show a broken edit while
// the last good scenario keeps running.

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "scenario/diagnostics.hpp"
#include "scenario/model.hpp"

namespace sb::scenario {

struct LoadResult {
  std::shared_ptr<const Scenario> scenario; // null when there is at least one error
  std::vector<Diagnostic> diagnostics;      // errors and warnings in file order
  bool unreadable = false;                  // the file could not be read at all (exit 3)

  bool ok() const { return scenario != nullptr; }
  int errors() const;
  int warnings() const;
};

// Reads and checks a file. Asset paths are checked against the folder above the
// scenario's folder (assets/scenarios/x.xml -> assets/).
LoadResult load_file(const std::string& path);

// Checks text already in memory; `name` is used in messages. Asset files are looked
// up under `assets_root` when it is not empty (paths are still checked for shape).
LoadResult load_string(std::string_view text, const std::string& name, const std::string& assets_root = {});

// An id ("strange-situation") or a path -> the scenario file, if it exists. Ids are
// looked up as scenarios/<id>.xml under $SECUREBASE_ASSETS, then <exe dir>/../share/securebase
// (installed: PREFIX/bin and PREFIX/share), then <exe dir>/../assets, then -- only for a
// program inside the build tree -- the source tree's assets folder.
std::optional<std::string> find_scenario(const std::string& id_or_path);

// The assets folders searched by find_scenario, in order (existing ones only).
std::vector<std::string> asset_dirs();

}  // namespace sb::scenario
