#pragma once
// `securebase simulate --validate`: every target of the attachment model (issue 12)
// measured through the real session, each with its source, the model's figure and
// pass or fail, printed as the Markdown table that MODEL.md's "Validation" section
// holds (scripts/model-validation pastes it there).
#include <cstdint>
#include <iosfwd>
#include <vector>

namespace sb::sim {

struct ValidateOptions {
  int runs = 600;          // the Strange Situation population; the other batches scale with it
  std::uint64_t seed = 1;
  int threads = 0;         // 0 = all cores
};

// Prints the table; exit code 0 when it could be measured (failing targets are
// figures, not errors: they say "no"), 3 when a scenario could not be loaded.
int validate_command(const ValidateOptions& options, std::ostream& out, std::ostream& err);

// Pearson's r of two equally long series; 0 when either does not vary (or n < 2).
double correlation(const std::vector<double>& x, const std::vector<double>& y);

}  // namespace sb::sim
