#pragma once
// Problems found in a scenario, in the form compilers use so editors can jump to
// them: FILE:LINE:COL: error|warning: message.

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace sb::scenario {

enum class Severity { Error, Warning };

struct Diagnostic {
  std::string file;
  int line = 0;   // 1-based; 0 when the problem concerns the whole file
  int column = 0; // 1-based, in characters
  Severity severity = Severity::Error;
  std::string message;
};

// "FILE:LINE:COL: error: message"
std::string format(const Diagnostic& d);  // control characters in it escaped as \xHH
// `text` with C0 control characters and DEL written as \xHH.
std::string escape_controls(std::string_view text);
std::ostream& operator<<(std::ostream& os, const Diagnostic& d);

// The closest candidate within a small edit distance, or "" (for "did you mean" hints).
std::string closest(std::string_view word, const std::vector<std::string>& candidates);
// "; did you mean <x>?" style hint or "" — `open`/`close` wrap the suggestion.
std::string did_you_mean(std::string_view word, const std::vector<std::string>& candidates,
                         std::string_view open = "'", std::string_view close = "'");

}  // namespace sb::scenario
