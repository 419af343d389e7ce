// A headless stand-in for `securebase validate|graph|stats|schema`, so ctest can run
// the scenario tools without the SFML app (which the lead's main.cpp wires up).
#include <iostream>
#include <string>
#include <vector>

#include "scenario/commands.hpp"

int main(int argc, char** argv) {
  const std::vector<std::string> args(argv + 1, argv + argc);
  const std::string usage = "usage: sb_scenario_tool validate FILE|DIR... | graph FILE | stats FILE [--json] | schema\n";
  if (args.empty()) { std::cerr << usage; return 2; }
  const std::string& cmd = args[0];
  if (cmd == "validate" && args.size() >= 2)
    return sb::scenario::validate_command({args.begin() + 1, args.end()}, std::cout, std::cerr);
  if (cmd == "graph" && args.size() == 2) return sb::scenario::graph_command(args[1], std::cout, std::cerr);
  if (cmd == "stats" && args.size() >= 2)
    return sb::scenario::stats_command(args[1], args.size() > 2 && args[2] == "--json", std::cout, std::cerr);
  if (cmd == "schema" && args.size() == 1) return sb::scenario::schema_command(std::cout);
  std::cerr << usage;
  return 2;
}
