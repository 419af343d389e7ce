#pragma once
// Loading and saving one versioned document: checks "kind" and "format" in the
// header, migrates older formats forward step by step, and sets aside (never
// deletes) a file that cannot be used, so the caller can start from defaults.
// Files in the key = value text of before TOML are read like any older format:
// loading never rewrites a file, and the next save writes TOML.
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "storage/document.hpp"
#include "storage/problem.hpp"

namespace sb::storage {

struct DocumentSchema {
  std::string_view kind;    // the header's "kind", e.g. "settings"
  int current_version = 1;  // the header's "format" this build writes
  // migrations[i] turns format i+1 into format i+2; so size() == current_version - 1.
  // A migration may throw std::runtime_error when the old file is not what it should be.
  std::vector<std::function<void(Document&)>> migrations;
};

struct LoadedDocument {
  std::optional<Document> document;  // empty: no file, or it was set aside (see problem)
  std::optional<Problem> problem;
  int migrated_from = 0;             // the file's format when it was older, else 0
};

LoadedDocument load_document(const std::filesystem::path& file, const DocumentSchema& schema);

// Moves a file that was read but turned out unusable aside and says so.
Problem set_aside_problem(const std::filesystem::path& file, Problem::Kind kind, std::string detail, int line = 0);

// Fills the header (kind, format) and writes atomically.
std::optional<Problem> save_document(const std::filesystem::path& file, const DocumentSchema& schema,
                                     Document document, std::string_view top_comment);

// What a store hands back from a load: its value (defaults when the file was
// missing or set aside), what went wrong, and notes about values it replaced.
template <class T>
struct Loaded {
  T value{};
  std::optional<Problem> problem;  // show this to the player and log it
  std::vector<std::string> notes;  // small things fixed on the way (log only)
  int migrated_from = 0;
  bool from_file = false;          // false: defaults
  // Records read back from a file that was set aside as damaged (reflections:
  // every intact record is kept, and written back in place of the damaged file).
  int salvaged = 0;
};

}  // namespace sb::storage
