#pragma once
// Strict field readers for record files (progress, reflections): a field that
// is missing or malformed throws, and the loader sets the whole file aside.
#include <stdexcept>
#include <string>
#include <string_view>

#include "storage/document.hpp"
#include "storage/versioned_file.hpp"

namespace sb::storage {

struct RecordError : std::runtime_error {
  RecordError(const std::string& what, int line) : std::runtime_error(what), line(line) {}
  int line;
};

const std::string& required_text(const Section& s, std::string_view key);
std::string required_id(const Section& s, std::string_view key);        // [A-Za-z0-9_.-]+
std::string required_time(const Section& s, std::string_view key);      // UTC ISO shape
int required_count(const Section& s, std::string_view key);             // 0 .. 1e9
// Every key in the section must be one of `allowed`.
void only_keys(const Section& s, std::initializer_list<std::string_view> allowed);

// The load every record store does: read the document, turn it into a T with `parse`
// (which throws RecordError at the first bad field), and set the file aside if it does.
template <class T, class Parse>
Loaded<T> load_records(const std::filesystem::path& file, const DocumentSchema& schema, Parse parse) {
  Loaded<T> out;
  LoadedDocument loaded = load_document(file, schema);
  out.problem = std::move(loaded.problem);
  out.migrated_from = loaded.migrated_from;
  if (!loaded.document) return out;
  try {
    out.value = parse(*loaded.document);
    out.from_file = true;
  } catch (const RecordError& e) {
    out.problem = set_aside_problem(file, Problem::Kind::Damaged, e.what(), e.line);
    out.migrated_from = 0;
  }
  return out;
}

}  // namespace sb::storage
