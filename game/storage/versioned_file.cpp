#include "storage/versioned_file.hpp"

#include <charconv>
#include <stdexcept>

#include "storage/atomic_file.hpp"

namespace sb::storage {
namespace fs = std::filesystem;

Problem set_aside_problem(const fs::path& file, Problem::Kind kind, std::string detail, int line) {
  Problem p;
  p.kind = kind;
  p.file = file;
  p.line = line;
  p.detail = std::move(detail);
  std::string error;
  if (auto moved = set_aside(file, &error)) {
    p.moved_to = *moved;
  } else {
    p.kind = Problem::Kind::CouldNotSetAside;
    p.detail += "; " + error;
  }
  return p;
}

LoadedDocument load_document(const fs::path& file, const DocumentSchema& schema) {
  LoadedDocument out;
  const ReadResult read = read_whole_file(file);
  if (read.status == ReadResult::Status::Missing) return out;
  if (read.status == ReadResult::Status::Failed) {
    out.problem = set_aside_problem(file, Problem::Kind::Unreadable, read.error);
    return out;
  }
  ParseResult parsed = parse_document(read.bytes);
  if (!parsed.document) {
    out.problem = set_aside_problem(file, Problem::Kind::Damaged, parsed.error.what, parsed.error.line);
    return out;
  }
  Document& doc = *parsed.document;

  const Entry* kind = doc.header.find("kind");
  if (!kind || kind->values.size() != 1 || kind->values[0] != schema.kind) {
    const std::string found = kind && kind->values.size() == 1 ? kind->values[0] : std::string("nothing");
    out.problem = set_aside_problem(file, Problem::Kind::WrongKind,
                                    "expected kind = " + std::string(schema.kind) + ", found " + found,
                                    kind ? kind->line : 0);
    return out;
  }
  const Entry* format = doc.header.find("format");
  int version = 0;
  if (format && format->values.size() == 1) {
    const std::string& v = format->values[0];
    auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), version);
    if (ec != std::errc() || end != v.data() + v.size()) version = 0;
  }
  if (version < 1) {
    out.problem = set_aside_problem(file, Problem::Kind::Damaged, "no readable format version",
                                    format ? format->line : 0);
    return out;
  }
  if (version > schema.current_version) {
    out.problem = set_aside_problem(file, Problem::Kind::NewerVersion,
                                    "this game reads up to format " + std::to_string(schema.current_version),
                                    format->line);
    out.problem->found_version = version;
    return out;
  }
  if (version < schema.current_version) {
    out.migrated_from = version;
    try {
      for (int v = version; v < schema.current_version; ++v) {
        const auto step = static_cast<std::size_t>(v - 1);
        if (step >= schema.migrations.size()) throw std::runtime_error("no migration from format " + std::to_string(v));
        schema.migrations[step](doc);
      }
    } catch (const std::exception& e) {
      out.problem = set_aside_problem(file, Problem::Kind::Damaged,
                                      "cannot bring format " + std::to_string(version) + " forward: " + e.what());
      out.migrated_from = 0;
      return out;
    }
    doc.header.set("format", std::to_string(schema.current_version));
  }
  out.document = std::move(doc);
  return out;
}

std::optional<Problem> save_document(const fs::path& file, const DocumentSchema& schema, Document document,
                                     std::string_view top_comment) {
  document.header.erase("kind");
  document.header.erase("format");
  document.header.entries.insert(document.header.entries.begin(),
                                 {Entry{"kind", {std::string(schema.kind)}, {}, 0},
                                  Entry{"format", {std::to_string(schema.current_version)}, {}, 0}});
  std::string text;
  try {
    text = write_document(document, top_comment);
  } catch (const std::exception& e) {
    Problem p;
    p.kind = Problem::Kind::CouldNotSave;
    p.file = file;
    p.detail = e.what();
    return p;
  }
  return atomic_write_file(file, text, Folder::GameOwn);
}

}  // namespace sb::storage
