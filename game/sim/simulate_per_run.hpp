#pragma once
// `simulate --per-run FILE`: one row per run for a student's own analysis (CSV,
// or JSON Lines when FILE ends in .jsonl), and the mean shown and hidden arousal
// per episode role that `simulate --json` adds. Columns are listed in MODEL.md,
// "Data for your own analysis".
#include <optional>
#include <string>
#include <vector>

#include "sim/simulate.hpp"

namespace sb::sim {

enum class PerRunFormat { Csv, JsonLines };
std::optional<PerRunFormat> per_run_format(const std::string& path);

// The column names, in order.
const std::vector<std::string>& per_run_columns();
// One run's values, in column order, formatted (numbers as text, names bare).
std::vector<std::string> per_run_values(int run, const RunSummary& r);

// Writes all rows atomically (a temporary file renamed over FILE). Returns a
// problem description, or nullopt on success.
std::optional<std::string> write_per_run(const std::string& path, const std::vector<RunSummary>& runs);

// {"introduction":{"shown":..,"hidden":..,"episodes":N},...} over all runs, for
// the roles that occurred.
std::string json_arousal_by_role(const std::vector<RunSummary>& runs);

}  // namespace sb::sim
