#pragma once
// Every benchmark prints Markdown tables for people; with `--json FILE` it also
// writes the same figures as one JSON object, which `scripts/bench --json` joins
// into one. Each figure carries its unit, the floor it is compared with (measured
// in the same run, so a slower machine moves both), the ratio to that floor, and
// its goal and whether it is met, so a change can be compared with the last run.
#include <cstring>
#include <fstream>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

namespace sb::bench {

// A goal: at most `max` (a ratio to the floor when the figure has one, else the value
// itself), or at least `min`.
struct Goal {
  std::optional<double> max, min;
  static Goal at_most(double v) { return {v, std::nullopt}; }
  static Goal at_least(double v) { return {std::nullopt, v}; }
};

class Report {
 public:
  Report(const char* name, int argc, char** argv) {
    json_["benchmark"] = name;
    json_["floors"] = nlohmann::json::object();
    json_["figures"] = nlohmann::json::array();
    for (int i = 1; i + 1 < argc; ++i)
      if (std::strcmp(argv[i], "--json") == 0) path_ = argv[i + 1];
  }
  ~Report() {
    if (path_.empty()) return;
    std::ofstream out(path_);
    out << json_.dump(2) << "\n";
  }
  Report(const Report&) = delete;
  Report& operator=(const Report&) = delete;

  // A yardstick measured in this run that figures are divided by.
  void floor(const std::string& id, double value, const std::string& unit, const std::string& what) {
    json_["floors"][id] = {{"value", value}, {"unit", unit}, {"what", what}};
  }
  // One figure; with `floor_id`, its ratio to that floor (value / floor).
  // Returns whether its goal is met (true without a goal).
  bool figure(const std::string& id, double value, const std::string& unit, const std::string& what,
              const std::string& floor_id = {}, Goal goal = {}) {
    nlohmann::json f{{"id", id}, {"value", value}, {"unit", unit}, {"what", what}};
    double compared = value;
    if (!floor_id.empty() && json_["floors"].contains(floor_id)) {
      const double base = json_["floors"][floor_id]["value"].get<double>();
      f["floor"] = floor_id;
      f["ratio"] = base > 0 ? value / base : 0.0;
      compared = f["ratio"].get<double>();
    }
    bool met = true;
    if (goal.max || goal.min) {
      nlohmann::json g = nlohmann::json::object();
      if (goal.max) g["max"] = *goal.max, met = met && compared <= *goal.max;
      if (goal.min) g["min"] = *goal.min, met = met && compared >= *goal.min;
      g["of"] = f.contains("ratio") ? "ratio" : "value";
      f["goal"] = g;
      f["met"] = met;
    }
    json_["figures"].push_back(f);
    return met;
  }
  // Anything else worth keeping beside the figures (the renderer's name, counts).
  void note(const std::string& key, const nlohmann::json& value) { json_[key] = value; }

 private:
  nlohmann::json json_;
  std::string path_;
};

}  // namespace sb::bench
