#pragma once
// The debrief's charts, painted on the CPU (raster::Painter) so the screen and
// an exported report show the very same pictures:
// - the reunion scales: Ainsworth's four interactive scales per reunion, beside
//   the typical profile of each pattern, and the disorganization rating (1..9)
//   with Main & Solomon's threshold at 5;
// - the timeline: hidden arousal, shown distress and distance to the caregiver,
//   bids and answers marked, episodes as bands.
// Labels come from the string tables (tr), so they follow the language.
#include <SFML/Graphics/Color.hpp>
#include <SFML/Graphics/Image.hpp>

#include "app/report/debrief_data.hpp"

namespace sb::app::debrief {

namespace chart_colours {
inline const sf::Color kPaper{250, 241, 224};
inline const sf::Color kInk{78, 60, 54};
inline const sf::Color kGrid{222, 206, 184};
inline const sf::Color kSeeking{70, 150, 140};     // proximity seeking
inline const sf::Color kMaintaining{88, 128, 196}; // contact maintaining
inline const sf::Color kResistance{218, 104, 82};  // resistance
inline const sf::Color kAvoidance{150, 120, 170};  // avoidance
inline const sf::Color kArousal{206, 66, 72};      // hidden arousal
inline const sf::Color kDistress{236, 150, 40};    // shown distress
inline const sf::Color kDistance{70, 120, 190};    // distance to the caregiver
inline const sf::Color kComfort{80, 160, 90};
inline const sf::Color kCold{140, 140, 150};       // dismiss, ignore
inline const sf::Color kFright{120, 40, 90};       // frighten, dissociate, intrude
sf::Color pattern(mind::Pattern p);
}  // namespace chart_colours

struct ChartOptions {
  unsigned width = 1180, height = 460;
  bool typical = true;   // show the typical profiles beside the played reunions
  float text = 1.f;      // text scale (bigger for the compare view)
};

sf::Image scales_chart(const DebriefData& d, const ChartOptions& o = {});
sf::Image timeline_chart(const DebriefData& d, const ChartOptions& o = {});

// Where scenario time t falls on the timeline chart's x axis (for highlighting a moment).
float timeline_x(const DebriefData& d, const ChartOptions& o, double t);

}  // namespace sb::app::debrief
