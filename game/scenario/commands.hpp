#pragma once
// The scenario tools behind `securebase validate|graph|stats`. Each writes results to
// `out`, problems to `err`, and returns the process exit status:
// 0 success, 1 invalid input, 3 unreadable file.

#include <ostream>
#include <string>
#include <vector>

namespace sb::scenario {

constexpr int kExitOk = 0;
constexpr int kExitInvalid = 1;
constexpr int kExitUnreadable = 3;

// Checks files and folders (every *.xml inside, recursively, in name order). Prints
// each problem as FILE:LINE:COL: error|warning: message, then one summary line:
// "N files checked: N valid, N invalid (E errors, W warnings)".
int validate_command(const std::vector<std::string>& files_or_dirs, std::ostream& out, std::ostream& err);

// Graphviz DOT of the narrative graph: node kinds as shapes, choices as labelled
// edges, endings coloured by outcome, triggers as entry points.
int graph_command(const std::string& file, std::ostream& out, std::ostream& err);

// Words, nodes, choices, endings and reachable outcomes, as text or one JSON object.
int stats_command(const std::string& file, bool json, std::ostream& out, std::ostream& err);

// The XML Schema the validator's element table corresponds to (scenario.xsd).
int schema_command(std::ostream& out);

}  // namespace sb::scenario
