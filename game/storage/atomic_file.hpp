#pragma once
// File operations that never leave a half-written file behind and never lose
// one: write-to-temporary-then-rename, whole-file reads, and moving a file
// aside under a new name instead of deleting it.
#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

#include "storage/problem.hpp"

namespace sb::storage {

// Whose folder a file goes into: the game's own (made 0700 even when it already
// existed) or one the player chose (missing folders are made 0700, existing ones
// are never changed: `report --out .` must not chmod the current directory).
enum class Folder { PlayerChosen, GameOwn };

// Writes bytes to ".NAME.tmp-PID-N" beside target (mode 0600 whatever the
// umask), fsyncs it, renames it over target and fsyncs the folder. The folder
// is created 0700 when missing. On failure target is untouched and the
// temporary removed. Temporaries left by writers that were killed are removed
// on the next write to the same file.
std::optional<Problem> atomic_write_file(const std::filesystem::path& target, std::string_view bytes,
                                         Folder folder = Folder::PlayerChosen);

struct ReadResult {
  enum class Status { Ok, Missing, Failed };
  Status status = Status::Missing;
  std::string bytes;
  std::string error;  // for Failed
};
inline constexpr std::size_t kMaxFileBytes = 64u << 20;  // far above any real save; stops a runaway read
// Only regular files are read: a FIFO, a device or a folder in a file's place is
// Failed at once ("not a regular file"), never waited on (opened non-blocking).
ReadResult read_whole_file(const std::filesystem::path& file, std::size_t max_bytes = kMaxFileBytes);

// Renames file to "NAME.damaged-YYYYmmdd-HHMMSS" (UTC), adding "-2", "-3", ...
// if that name is taken; never replaces anything. Returns the new path, or
// nullopt with *error filled.
std::optional<std::filesystem::path> set_aside(const std::filesystem::path& file, std::string* error = nullptr);

// True for the names atomic_write_file uses for its temporaries.
bool is_temporary_name(std::string_view filename);

}  // namespace sb::storage
