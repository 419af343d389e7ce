#pragma once
// Ainsworth's maternal care scales (1..9) plus a rate of frightening or frightened
// behaviour (0..1 per bid). Presets and the command-line SPEC parser live here.
#include <optional>
#include <string>
#include <string_view>

namespace sb::mind {

struct CaregiverParams {
  double sensitivity = 7;   // 1..9
  double acceptance = 7;    // 1..9
  double cooperation = 7;   // 1..9
  double accessibility = 7; // 1..9
  double frightening = 0.0; // 0..1
};

// "sensitive" | "rejecting" | "inconsistent" | "frightening" | a SPEC such as
// "sensitivity=7,acceptance=6,cooperation=7,accessibility=8,frightening=0.05".
// Unset SPEC keys keep the sensitive preset's values. On failure returns nullopt and
// fills *error with a message a user can act on.
std::optional<CaregiverParams> parse_caregiver(std::string_view text, std::string* error);
CaregiverParams preset(std::string_view style); // must be a valid style name
std::string describe(const CaregiverParams& p);  // "sensitivity=7,acceptance=…"

}  // namespace sb::mind
