#pragma once
// Test helper: whether assets/lang/<code>/trainer.strings has a line for an id,
// so every key the trainer produces is said in English and German.
#include <fstream>
#include <set>
#include <string>

namespace sb::trainer::testing {

inline const std::set<std::string>& trainer_ids(const std::string& lang) {
  static std::set<std::string> en, de;
  std::set<std::string>& ids = lang == "de" ? de : en;
  if (ids.empty()) {
    std::ifstream in(std::string(SB_SOURCE_DIR) + "/assets/lang/" + lang + "/trainer.strings");
    for (std::string line; std::getline(in, line);) {
      const auto eq = line.find(" = ");
      if (line.empty() || line[0] == '#' || eq == std::string::npos) continue;
      ids.insert(line.substr(0, eq));
    }
  }
  return ids;
}

inline bool said_in_both(const std::string& id) { return trainer_ids("en").count(id) && trainer_ids("de").count(id); }

}  // namespace sb::trainer::testing
