#pragma once
// A finished session written out for reading away from the game: a Markdown
// file, a self-contained HTML page (inline CSS, the charts inline as SVG) and
// the charts as SVG files. Everything is text, so no display and no fonts are
// needed. `securebase report` and the debrief's export button both land here.
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "report/debrief_data.hpp"

namespace sb::report {

struct ReportFiles {
  std::filesystem::path markdown, html;
  std::vector<std::filesystem::path> charts; // scales, timeline
  std::optional<std::filesystem::path> replay; // play.sbreplay, when the session was recorded
};

// Creates `dir` if needed. nullopt and *error when something cannot be written.
std::optional<ReportFiles> write_report(const DebriefData& d, const std::filesystem::path& dir, std::string* error);

// The texts on their own (tests and the export button use them).
std::string markdown(const DebriefData& d);
std::string html(const DebriefData& d);

// The references every report lists (the content brief's sources), after the scenario's own.
std::vector<ReferenceEntry> core_references();

}  // namespace sb::report
