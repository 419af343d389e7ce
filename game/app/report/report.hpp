#pragma once
// A finished session written out for reading away from the game: a Markdown
// file, a self-contained HTML page (inline CSS, the charts embedded as PNG data)
// and the charts as PNG files. Charts are painted on the CPU, so no display is
// needed. `securebase report` and the debrief's export button both land here.
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "app/report/debrief_data.hpp"

namespace sb::app::report {

struct ReportFiles {
  std::filesystem::path markdown, html;
  std::vector<std::filesystem::path> charts; // scales, timeline
  std::optional<std::filesystem::path> replay; // play.sbreplay, when the session was recorded
};

// Creates `dir` if needed. nullopt and *error when something cannot be written.
std::optional<ReportFiles> write_report(const debrief::DebriefData& d, const std::filesystem::path& dir, std::string* error);

// The texts on their own (tests and the export button use them).
std::string markdown(const debrief::DebriefData& d);
std::string html(const debrief::DebriefData& d, const std::vector<std::string>& chart_png_bytes);

// The references every report lists (the content brief's sources), after the scenario's own.
std::vector<debrief::ReferenceEntry> core_references();

}  // namespace sb::app::report
