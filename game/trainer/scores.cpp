// The score sheet's vocabulary: scale names, subgroups and their patterns.
#include "trainer/scores.hpp"

#include <algorithm>

namespace sb::trainer {

const char* to_string(Scale s) {
  switch (s) {
    case Scale::ProximitySeeking: return "proximity_seeking";
    case Scale::ContactMaintaining: return "contact_maintaining";
    case Scale::Resistance: return "resistance";
    case Scale::Avoidance: return "avoidance";
  }
  return "?";
}

std::optional<Scale> scale_from_string(std::string_view name) {
  for (Scale s : kScales)
    if (name == to_string(s)) return s;
  return std::nullopt;
}

const std::vector<std::string>& subgroups() {
  static const std::vector<std::string> all = {"A1", "A2", "B1", "B2", "B3", "B4", "C1", "C2", "D/A", "D/B", "D/C"};
  return all;
}

bool is_subgroup(std::string_view code) {
  const auto& all = subgroups();
  return std::find(all.begin(), all.end(), code) != all.end();
}

namespace {
std::optional<mind::Pattern> from_letter(char c) {
  switch (c) {
    case 'A': return mind::Pattern::Avoidant;
    case 'B': return mind::Pattern::Secure;
    case 'C': return mind::Pattern::Anxious;
    case 'D': return mind::Pattern::Disorganized;
    default: return std::nullopt;
  }
}
}  // namespace

std::optional<mind::Pattern> pattern_of(std::string_view subgroup) {
  if (!is_subgroup(subgroup)) return std::nullopt;
  return from_letter(subgroup[0]);
}

std::optional<mind::Pattern> organised_of(std::string_view subgroup) {
  if (!is_subgroup(subgroup)) return std::nullopt;
  return from_letter(subgroup.size() == 3 ? subgroup[2] : subgroup[0]);
}

std::string subgroup_key(std::string_view subgroup) {
  std::string key(subgroup);
  for (char& c : key)
    if (c == '/') c = '-';
  return key;
}

bool ScoreSheet::complete() const {
  if (reunions.empty() || !is_subgroup(subgroup)) return false;
  if (disorganization < kRatingMin || disorganization > kRatingMax) return false;
  for (const ReunionScores& r : reunions)
    for (int v : r.scale)
      if (v < kScaleMin || v > kScaleMax) return false;
  return true;
}

}  // namespace sb::trainer
