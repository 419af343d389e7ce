#pragma once
// `securebase trainer --export-set FILE [--set ID] [--trials N]` and
// `securebase trainer --import-set FILE`: handing sets between teacher and
// students. A set file that does not read changes nothing.
// Exit codes: 0 ok, 1 invalid input, 2 usage, 3 environment.
#include <iosfwd>
#include <string>

#include "storage/paths.hpp"
#include "trainer/storage_alias.hpp"

namespace sb::trainer {

struct ExportOptions {
  std::string file;
  std::string set = "prototypes";  // a curated kind, or the id of an imported set
  int trials = 6;                  // for curated sets
};

int export_set_command(const ExportOptions& options, const storage::Paths& paths, std::ostream& out, std::ostream& err);
int import_set_command(const std::string& file, const storage::Paths& paths, std::ostream& out, std::ostream& err);

}  // namespace sb::trainer
