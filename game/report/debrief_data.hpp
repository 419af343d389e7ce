#pragma once
// Everything the debrief, the compare view and an exported report show about one
// finished session, copied out of the Session so it outlives it: the
// classification with its reasons, the timeline, the ending, the references,
// and (when there is one) the recording, so any moment can be replayed.
#include <array>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "mind/adult_coding.hpp"
#include "mind/dyad.hpp"
#include "sim/recording.hpp"
#include "sim/session.hpp"
#include "sim/timeline.hpp"

namespace sb::report {

struct ReferenceEntry {
  std::string key, text;
};

struct DebriefData {
  std::string scenario_id;     // "strange-situation"; empty for the free playroom
  std::string scenario_title;
  std::string caregiver_style; // sensitive | rejecting | inconsistent | frightening | custom
  std::uint64_t seed = 1;
  bool ai_child = false;
  double time_scale = 1;       // scenario seconds per real second
  double duration = 0;         // scenario seconds played
  std::uint64_t ticks = 0;
  std::uint64_t final_hash = 0;
  mind::Classification outcome; // for adult scenarios its reasons are the adult coding's (adult_reasons)
  std::optional<mind::AdultCoding> adult; // adult scenarios: anxiety, avoidance, prototype
  sim::Timeline timeline;
  std::string ending_title, epilogue;
  std::vector<std::string> debrief_keys; // sections the scenario's ending asks for
  std::vector<ReferenceEntry> references;
  std::optional<sim::Recording> recording;
};

// From a session (finished or not: an unfinished one is classified as it stands).
DebriefData from_session(const sim::Session& session, std::optional<sim::Recording> recording = std::nullopt);

// "secure" | "avoidant" | "anxious" | "disorganized": the id part of string keys.
std::string pattern_key(mind::Pattern p);

// A typical reunion profile of each pattern, for the charts. These are
// illustrations drawn from the verbal descriptions in Ainsworth et al. (1978)
// and Main & Solomon (1990), not published means.
struct TypicalProfile {
  mind::Pattern pattern;
  std::array<double, 4> scales; // seeking, maintaining, resistance, avoidance (1..7)
  double disorganization;       // 1..9
};
const std::array<TypicalProfile, 4>& typical_profiles();

// The played pattern's scales averaged over the reunions (1..7 each); all 1 without reunions.
std::array<double, 4> mean_scales(const mind::Classification& c);
// Which typical profile the played reunions sit closest to.
mind::Pattern nearest_profile(const mind::Classification& c);

// The tick at which scenario time `seconds` is reached, for a session of this time scale.
std::uint64_t tick_at(double seconds, double time_scale);

}  // namespace sb::report
