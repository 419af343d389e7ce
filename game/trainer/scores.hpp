#pragma once
// What a coder writes on the score sheet of one Strange Situation: the four
// interactive scales for each reunion (1..7; Ainsworth et al. 1978, App. III),
// the disorganization rating (1..9; Main & Solomon 1990) and the classification
// with its subgroup. The student's sheet and the observer's have the same shape,
// so they can be compared scale by scale.
#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "mind/dyad.hpp"

namespace sb::trainer {

enum class Scale : std::uint8_t { ProximitySeeking, ContactMaintaining, Resistance, Avoidance };
constexpr std::array<Scale, 4> kScales = {Scale::ProximitySeeking, Scale::ContactMaintaining, Scale::Resistance,
                                          Scale::Avoidance};
// "proximity_seeking", …: the name in files and string keys.
const char* to_string(Scale s);
std::optional<Scale> scale_from_string(std::string_view name);

constexpr int kScaleMin = 1, kScaleMax = 7;  // interactive scales
constexpr int kRatingMin = 1, kRatingMax = 9; // disorganization
constexpr double kDisorganizedFrom = 5.0;     // a rating of 5 or more is D (Main & Solomon 1990)

struct ReunionScores {
  int episode = 0;                 // the scenario's episode index (0-based; people say index + 1)
  std::array<int, 4> scale{0, 0, 0, 0};  // by Scale; 0 = not scored yet
  int& operator[](Scale s) { return scale[static_cast<int>(s)]; }
  int operator[](Scale s) const { return scale[static_cast<int>(s)]; }
  bool operator==(const ReunionScores&) const = default;
};

struct ScoreSheet {
  std::vector<ReunionScores> reunions;
  int disorganization = 0;         // 1..9; 0 = not scored yet
  std::string subgroup;            // "A1" … "C2", or "D/A", "D/B", "D/C"; empty = not chosen yet
  // True when every scale, the rating and the subgroup are filled in and in range.
  bool complete() const;
  bool operator==(const ScoreSheet&) const = default;
};

// The subgroups a coder chooses from, in the order a score sheet lists them.
const std::vector<std::string>& subgroups();
bool is_subgroup(std::string_view code);
// "B3" -> Secure, "D/A" -> Disorganized.
std::optional<mind::Pattern> pattern_of(std::string_view subgroup);
// The organised pattern: "D/A" -> Avoidant, "B3" -> Secure (the A/B/C forced choice).
std::optional<mind::Pattern> organised_of(std::string_view subgroup);
// "D/A" -> "D-A": a subgroup as it appears in string keys.
std::string subgroup_key(std::string_view subgroup);

}  // namespace sb::trainer
