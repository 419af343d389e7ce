#pragma once
// `securebase validate --lang CODE [FILE|DIR...]`: what a language still lacks,
// interface ids (against the English tables) and scenario line ids (against the
// scenario files: the given ones, else every scenario in the assets folder).
#include <ostream>
#include <string>
#include <vector>

namespace sb::app {

struct LanguageGaps {
  bool has_tables = false;                 // assets/lang/<code>/ exists
  std::vector<std::string> interface_ids;  // in English, not in CODE
  struct Lines {
    std::string scenario_id, file;
    std::size_t total = 0;                 // line ids in the scenario
    std::vector<std::string> missing;
  };
  std::vector<Lines> scenarios;
  std::vector<std::string> unreadable;     // scenario files that did not load
  std::size_t missing_count() const;
};

// Every line id a scenario shows (narration, dialogue, prompts, options, answers), in file
// order, then the ids the play screens use for text without a line attribute:
// scenario.<id>.title, scenario.<id>.note.<n>, actor.<id>.<actor>, episode.<id>.<episode>,
// ending.<id>.<ending>, epilogue.<id>.<ending>.
std::vector<std::string> scenario_line_ids(const std::string& scenario_file, std::string* scenario_id);

LanguageGaps find_language_gaps(const std::string& code, const std::vector<std::string>& scenario_files_or_dirs);

// Prints one line per missing id ("de: scenario park: missing park.e1.open") and
// a summary. Returns 0 when nothing is missing, 1 otherwise (also for a language
// without tables or a scenario that does not load).
int validate_language(const std::string& code, const std::vector<std::string>& scenario_files_or_dirs,
                      std::ostream& out, std::ostream& err);

}  // namespace sb::app
