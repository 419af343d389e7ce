#pragma once
// The debrief's charts, drawn through a ChartDrawer so the screen (SFML, in
// app/report) and an exported report (SVG text, svg_drawer) show the same pictures:
// - the reunion scales: Ainsworth's four interactive scales per reunion, beside
//   the typical profile of each pattern, and the disorganization rating (1..9)
//   with Main & Solomon's threshold at 5;
// - the timeline: hidden arousal, shown distress and distance to the caregiver,
//   bids and answers marked, episodes as bands.
// Labels come from the string tables (tr), so they follow the language.
#include <string>

#include "report/chart_drawer.hpp"
#include "report/debrief_data.hpp"

namespace sb::report {

namespace chart_colours {
inline constexpr Rgba kPaper{250, 241, 224};
inline constexpr Rgba kInk{78, 60, 54};
inline constexpr Rgba kGrid{222, 206, 184};
inline constexpr Rgba kSeeking{70, 150, 140};     // proximity seeking
inline constexpr Rgba kMaintaining{88, 128, 196}; // contact maintaining
inline constexpr Rgba kResistance{218, 104, 82};  // resistance
inline constexpr Rgba kAvoidance{150, 120, 170};  // avoidance
inline constexpr Rgba kFelt{30, 140, 150};        // felt security
inline constexpr Rgba kArousal{206, 66, 72};      // hidden arousal
inline constexpr Rgba kDistress{236, 150, 40};    // shown distress
inline constexpr Rgba kDistance{70, 120, 190};    // distance to the caregiver
inline constexpr Rgba kComfort{80, 160, 90};
inline constexpr Rgba kCold{140, 140, 150};       // dismiss, ignore
inline constexpr Rgba kFright{120, 40, 90};       // frighten, dissociate, intrude
Rgba pattern(mind::Pattern p);
}  // namespace chart_colours

struct ChartOptions {
  unsigned width = 1180, height = 460; // pixels
  bool typical = true;   // show the typical profiles beside the played reunions
  float text = 1.f;      // text scale (bigger for the compare view)
};

// Both draw the whole chart, its paper included, onto `to`.
void draw_scales_chart(ChartDrawer& to, const DebriefData& d, const ChartOptions& o = {});
void draw_timeline_chart(ChartDrawer& to, const DebriefData& d, const ChartOptions& o = {});

// The same charts as SVG documents (the report's chart-*.svg files); `inline_svg`
// gives the bare <svg> element for an HTML page.
std::string scales_svg(const DebriefData& d, const ChartOptions& o = {}, bool inline_svg = false);
std::string timeline_svg(const DebriefData& d, const ChartOptions& o = {}, bool inline_svg = false);

// Where scenario time t (seconds) falls on the timeline chart's x axis (for highlighting a moment).
float timeline_x(const DebriefData& d, const ChartOptions& o, double t);

}  // namespace sb::report
