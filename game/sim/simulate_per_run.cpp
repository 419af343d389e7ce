// Per-run rows for `simulate --per-run`, and arousal by episode role for --json.
#include "sim/simulate_per_run.hpp"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <system_error>

namespace sb::sim {
namespace {

std::string num(double v, const char* format = "%.4g") {
  char buf[48];
  std::snprintf(buf, sizeof buf, format, v);
  return buf;
}

bool ends_with(const std::string& s, const std::string& tail) {
  return s.size() >= tail.size() && s.compare(s.size() - tail.size(), tail.size(), tail) == 0;
}

const char* role_name(int role) {
  static const char* kNames[kEpisodeRoles] = {"free", "introduction", "exploration", "stranger", "separation", "alone", "reunion"};
  return role >= 0 && role < kEpisodeRoles ? kNames[role] : "free";
}

// Mean over the reunions coded, each scale.
double mean_scale(const mind::Classification& c, double mind::ReunionScales::*field) {
  if (c.reunions.empty()) return 0;
  double sum = 0;
  for (const auto& r : c.reunions) sum += r.*field;
  return sum / static_cast<double>(c.reunions.size());
}

// Separation and alone episodes are both "apart" for the separation columns.
void apart(const RunSummary& r, double* shown, double* hidden) {
  double s = 0, h = 0;
  int n = 0;
  for (int role : {static_cast<int>(mind::EpisodeRole::Separation), static_cast<int>(mind::EpisodeRole::Alone)}) {
    const RoleArousal& a = r.by_role[static_cast<std::size_t>(role)];
    s += a.shown * a.episodes, h += a.hidden * a.episodes, n += a.episodes;
  }
  *shown = n ? s / n : 0, *hidden = n ? h / n : 0;
}

bool is_number_column(const std::string& name) {
  return name != "strategy_in" && name != "outcome" && name != "subgroup" && name != "outcome_ideal" && name != "d_indices";
}

// "0102000": the strength (0..3) of each of the seven indices, in Main & Solomon's order.
std::string d_indices(const mind::Classification& c) {
  std::string s;
  for (int v : c.d_indices) s += static_cast<char>('0' + v);
  return s;
}

}  // namespace

std::optional<PerRunFormat> per_run_format(const std::string& path) {
  if (ends_with(path, ".csv")) return PerRunFormat::Csv;
  if (ends_with(path, ".jsonl")) return PerRunFormat::JsonLines;
  return std::nullopt;
}

const std::vector<std::string>& per_run_columns() {
  static const std::vector<std::string> kColumns = {
      "run", "seed", "sensitivity", "acceptance", "cooperation", "accessibility", "frightening", "temperament",
      "soothability", "strategy_in", "outcome", "subgroup", "outcome_ideal", "d_rating", "d_indices", "proximity_seeking",
      "contact_maintaining", "resistance", "avoidance", "separation_shown", "separation_hidden", "reunion_shown",
      "reunion_hidden", "minutes"};
  return kColumns;
}

std::vector<std::string> per_run_values(int run, const RunSummary& r) {
  using mind::ReunionScales;
  const mind::Classification& c = r.classification;
  double sep_shown = 0, sep_hidden = 0;
  apart(r, &sep_shown, &sep_hidden);
  const RoleArousal& reunion = r.by_role[static_cast<std::size_t>(mind::EpisodeRole::Reunion)];
  return {std::to_string(run),
          std::to_string(r.seed),
          num(r.caregiver.sensitivity),
          num(r.caregiver.acceptance),
          num(r.caregiver.cooperation),
          num(r.caregiver.accessibility),
          num(r.caregiver.frightening),
          num(r.temperament.reactivity),
          num(r.temperament.soothability),
          mind::to_string(r.strategy_before),
          mind::to_string(c.pattern),
          c.subgroup,
          mind::to_string(r.ideal_classification.pattern),
          num(c.disorganization),
          d_indices(c),
          num(mean_scale(c, &ReunionScales::proximity_seeking)),
          num(mean_scale(c, &ReunionScales::contact_maintaining)),
          num(mean_scale(c, &ReunionScales::resistance)),
          num(mean_scale(c, &ReunionScales::avoidance)),
          num(sep_shown),
          num(sep_hidden),
          num(reunion.shown),
          num(reunion.hidden),
          num(r.minutes)};
}

std::optional<std::string> write_per_run(const std::string& path, const std::vector<RunSummary>& runs) {
  const auto format = per_run_format(path);
  if (!format) return "the file name must end in .csv or .jsonl";
  const std::filesystem::path target(path);
  std::filesystem::path temp = target;
  temp += ".part";
  {
    std::ofstream f(temp, std::ios::binary | std::ios::trunc);
    if (!f) return "cannot create " + temp.string();
    const auto& columns = per_run_columns();
    if (*format == PerRunFormat::Csv) {
      for (std::size_t i = 0; i < columns.size(); ++i) f << (i ? "," : "") << columns[i];
      f << "\n";
    }
    for (std::size_t run = 0; run < runs.size(); ++run) {
      const auto values = per_run_values(static_cast<int>(run), runs[run]);
      if (*format == PerRunFormat::Csv) {
        // No value holds a comma or a quote (names and numbers only).
        for (std::size_t i = 0; i < values.size(); ++i) f << (i ? "," : "") << values[i];
      } else {
        f << "{";
        for (std::size_t i = 0; i < values.size(); ++i) {
          f << (i ? "," : "") << "\"" << columns[i] << "\":";
          if (is_number_column(columns[i])) f << values[i];
          else f << "\"" << values[i] << "\"";
        }
        f << "}";
      }
      f << "\n";
    }
    f.flush();
    if (!f) {
      f.close();
      std::error_code ignored;
      std::filesystem::remove(temp, ignored);
      return "cannot write " + temp.string();
    }
  }
  std::error_code ec;
  std::filesystem::rename(temp, target, ec);
  if (ec) {
    std::filesystem::remove(temp, ec);
    return "cannot replace " + path;
  }
  return std::nullopt;
}

std::string json_arousal_by_role(const std::vector<RunSummary>& runs) {
  std::string out = "{";
  bool first = true;
  for (int role = 0; role < kEpisodeRoles; ++role) {
    double shown = 0, hidden = 0;
    int n = 0;
    for (const RunSummary& r : runs) {
      const RoleArousal& a = r.by_role[static_cast<std::size_t>(role)];
      if (!a.episodes) continue;
      shown += a.shown, hidden += a.hidden, ++n;
    }
    if (!n) continue;
    out += std::string(first ? "" : ",") + "\"" + role_name(role) + "\":{\"shown\":" + num(shown / n, "%.4f") +
           ",\"hidden\":" + num(hidden / n, "%.4f") + ",\"runs\":" + std::to_string(n) + "}";
    first = false;
  }
  return out + "}";
}

}  // namespace sb::sim
