#pragma once
// A set of trials in a file a teacher can hand out (`securebase trainer
// --export-set FILE`, `--import-set FILE`), in the storage document format
// (storage/STORAGE.md):
//
//   kind = trainer-set
//   format = 1
//
//   [set]
//   id = week-3
//   title = "Week 3: borderline cases"
//   difficulty = borderline        <- prototypes | borderline | d-cases | custom
//   scenario = strange-situation
//
//   [trial]
//   seed = 7311460154032516251
//   observer = B1                  <- the observer's class when the set was made (optional)
//
// Reading is strict: a file that is too large, not the format, or has any field
// missing, unknown, repeated or out of range is refused as a whole, with every
// problem listed as FILE:LINE: error: MESSAGE.
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "trainer/trial_set.hpp"

namespace sb::trainer {

inline constexpr int kSetFormat = 1;
inline constexpr std::size_t kMaxSetFileBytes = 64 * 1024;

struct SetFile {
  TrialSet set;
  std::vector<std::string> observer;  // per trial, the class written in the file ("" when absent)
};

struct SetFileResult {
  std::optional<SetFile> file;       // empty when there is any error
  std::vector<std::string> errors;   // "FILE:LINE: error: MESSAGE", in file order
};

// `observer` (optional) gives each trial's class at the time of writing.
std::string set_to_text(const TrialSet& set, const std::vector<std::string>& observer = {});
SetFileResult parse_set(std::string_view text, const std::string& file_name);
SetFileResult read_set_file(const std::filesystem::path& file);
// Writes atomically (0600). Returns a message when it could not.
std::optional<std::string> write_set_file(const std::filesystem::path& file, const TrialSet& set,
                                          const std::vector<std::string>& observer = {});

}  // namespace sb::trainer
