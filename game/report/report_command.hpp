#pragma once
// `securebase report` and `securebase replay`: the command-line ends of the
// report and replay features. main.cpp parses the options and calls these.
#include <iosfwd>
#include <memory>
#include <optional>
#include <string>

#include "sim/recording.hpp"
#include "sim/session.hpp"

namespace sb::report {

// Plays a session with the AI child to its ending (or a generous limit), recording its inputs.
std::unique_ptr<sim::Session> autoplay(const sim::SessionConfig& config, sim::Recording* recording);

// Reads a replay file. nullopt and *error ("FILE: line 3: ...") when it is not one.
std::optional<sim::Recording> load_replay(const std::string& path, std::string* error);

// Exit codes as the command line promises: 0 ok, 1 invalid input, 3 environment.
int report_from_session(const sim::SessionConfig& config, const std::string& scenario_id, const std::string& out_dir,
                        std::ostream& out, std::ostream& err);
int report_from_replay(const std::string& replay_file, const std::string& out_dir, std::ostream& out, std::ostream& err);
// `securebase replay FILE --headless`: the outcome and whether the state hash matched.
int replay_headless_command(const std::string& replay_file, std::ostream& out, std::ostream& err);

}  // namespace sb::report
