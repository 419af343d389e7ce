// Presets and the SPEC parser for the caregiver's scales.
#include "mind/caregiver_params.hpp"

#include <charconv>
#include <cmath>
#include <cstdio>

namespace sb::mind {
namespace {

struct Named {
  std::string_view name;
  CaregiverParams params;
};

// Preset values are illustrations on Ainsworth's 1..9 scales (CONTENT-BRIEF §3):
// sensitive and harmonious; rejecting (answers, but averse to contact);
// inconsistent (often unavailable, then interfering); frightening (frightening or
// frightened moments often enough that the parent is also a source of alarm).
constexpr Named kPresets[] = {
    {"sensitive", {7, 7, 7, 7, 0.0}},
    {"rejecting", {3, 2, 5, 6, 0.0}},
    {"inconsistent", {3, 7, 3, 2, 0.0}},
    {"frightening", {4, 4, 4, 5, 0.3}},
};

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

bool parse_number(std::string_view text, double* out) {
  // std::from_chars for double is in libstdc++ 11+, which Debian 12 ships.
  const char* first = text.data();
  const char* last = text.data() + text.size();
  auto [ptr, ec] = std::from_chars(first, last, *out);
  return ec == std::errc() && ptr == last && std::isfinite(*out);
}

// Joins pieces with append (GCC 12 warns falsely on "literal" + std::string&&).
template <typename... Parts>
std::string cat(const Parts&... parts) {
  std::string out;
  (out.append(parts), ...);
  return out;
}

std::string format_number(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%g", v);
  return buf;
}

}  // namespace

CaregiverParams preset(std::string_view style) {
  for (const auto& p : kPresets)
    if (p.name == style) return p.params;
  return kPresets[0].params;
}

std::optional<CaregiverParams> parse_caregiver(std::string_view text, std::string* error) {
  auto fail = [&](std::string message) -> std::optional<CaregiverParams> {
    if (error) *error = std::move(message);
    return std::nullopt;
  };
  text = trim(text);
  if (text.empty())
    return fail("empty caregiver: use sensitive, rejecting, inconsistent, frightening or a SPEC such as "
                "sensitivity=7,acceptance=6,cooperation=7,accessibility=8,frightening=0.05");
  for (const auto& p : kPresets)
    if (p.name == text) return p.params;
  if (text.find('=') == std::string_view::npos)
    return fail(cat("unknown caregiver style '", text,
                    "': use sensitive, rejecting, inconsistent, frightening or a SPEC such as sensitivity=7,acceptance=6"));

  if (text.back() == ',') return fail("empty item in caregiver SPEC (a trailing comma?)");
  CaregiverParams params = preset("sensitive");
  bool seen[5] = {};
  while (!text.empty()) {
    const auto comma = text.find(',');
    const std::string_view item = trim(text.substr(0, comma));
    text = comma == std::string_view::npos ? std::string_view{} : text.substr(comma + 1);
    if (item.empty()) return fail("empty item in caregiver SPEC (two commas in a row, or a trailing comma?)");
    const auto eq = item.find('=');
    if (eq == std::string_view::npos) return fail(cat("'", item, "' has no '=': write key=value"));
    const std::string_view key = trim(item.substr(0, eq));
    const std::string_view value = trim(item.substr(eq + 1));
    double v = 0;
    if (!parse_number(value, &v)) return fail(cat("value of ", key, " is not a number: '", value, "'"));

    struct Key {
      std::string_view name;
      double CaregiverParams::*field;
      double lo, hi;
    };
    static constexpr Key kKeys[] = {
        {"sensitivity", &CaregiverParams::sensitivity, 1, 9},
        {"acceptance", &CaregiverParams::acceptance, 1, 9},
        {"cooperation", &CaregiverParams::cooperation, 1, 9},
        {"accessibility", &CaregiverParams::accessibility, 1, 9},
        {"frightening", &CaregiverParams::frightening, 0, 1},
    };
    int index = -1;
    for (int i = 0; i < 5; ++i)
      if (kKeys[i].name == key) index = i;
    if (index < 0)
      return fail(cat("unknown key '", key,
                      "': the keys are sensitivity, acceptance, cooperation, accessibility (1..9) and frightening (0..1)"));
    if (seen[index]) return fail(cat(key, " is given twice"));
    seen[index] = true;
    const Key& k = kKeys[index];
    if (v < k.lo || v > k.hi)
      return fail(cat(key, "=", value, " is out of range: use ", format_number(k.lo), "..", format_number(k.hi)));
    params.*(k.field) = v;
  }
  return params;
}

std::string describe(const CaregiverParams& p) {
  return "sensitivity=" + format_number(p.sensitivity) + ",acceptance=" + format_number(p.acceptance) +
         ",cooperation=" + format_number(p.cooperation) + ",accessibility=" + format_number(p.accessibility) +
         ",frightening=" + format_number(p.frightening);
}

}  // namespace sb::mind
