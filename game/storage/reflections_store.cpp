#include "storage/reflections_store.hpp"

#include "storage/atomic_file.hpp"
#include "storage/record_fields.hpp"
#include "storage/timestamp.hpp"

namespace sb::storage {
namespace {

constexpr std::string_view kTopComment =
    "Secure Base reflections: your own words, kept only on this computer.\n"
    "Times are UTC. \"Delete my data\" in the settings removes this file.";

Document reflections_to_document(const Reflections& reflections) {
  Document doc;
  for (const Reflection& r : reflections.entries)
    doc.add_section("reflection")
        .set("scenario", r.scenario)
        .set("prompt", r.prompt)
        .set("written", r.written)
        .set("text", r.text);
  return doc;
}

Reflections reflections_from_document(const Document& doc) {
  for (const Entry& e : doc.header.entries)
    if (e.key != "kind" && e.key != "format") throw RecordError("unexpected header key " + e.key, e.line);
  Reflections out;
  for (const Section& sec : doc.sections) {
    if (sec.name != "reflection") throw RecordError("unexpected section [" + sec.name + "]", sec.line);
    only_keys(sec, {"scenario", "prompt", "written", "text"});
    Reflection r{required_id(sec, "scenario"), required_id(sec, "prompt"), required_time(sec, "written"),
                 required_text(sec, "text")};
    if (r.text.size() > kMaxReflectionBytes) throw RecordError("a reflection is too long", sec.line);
    out.entries.push_back(std::move(r));
  }
  return out;
}

// A damaged file: every record read on its own, so one bad record or one broken
// line loses only itself. The text is cut before each section header.
std::vector<Reflection> intact_records(std::string_view text) {
  std::vector<std::string> chunks;
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view line = text.substr(pos, end - pos);
    const std::size_t first = line.find_first_not_of(" \t");
    if (first != std::string_view::npos && line[first] == '[') chunks.emplace_back();
    if (!chunks.empty()) chunks.back().append(line).append("\n");
    pos = end + 1;
  }
  std::vector<Reflection> out;
  for (const std::string& chunk : chunks) {
    const ParseResult parsed = parse_document("kind = \"reflections\"\nformat = 1\n" + chunk);
    if (!parsed.document) continue;
    try {
      for (Reflection& r : reflections_from_document(*parsed.document).entries) out.push_back(std::move(r));
    } catch (const RecordError&) {
      // this record is damaged; the others still count
    }
  }
  return out;
}

}  // namespace

bool Reflections::add(std::string_view scenario, std::string_view prompt, std::string text, std::string when) {
  if (when.empty()) when = utc_now_iso();
  if (!is_valid_name(scenario) || !is_valid_name(prompt) || !is_iso_utc(when) || text.size() > kMaxReflectionBytes)
    return false;
  entries.push_back(Reflection{std::string(scenario), std::string(prompt), std::move(when), std::move(text)});
  return true;
}

std::vector<const Reflection*> Reflections::for_scenario(std::string_view scenario) const {
  std::vector<const Reflection*> out;
  for (const Reflection& r : entries)
    if (r.scenario == scenario) out.push_back(&r);
  return out;
}

const DocumentSchema& reflections_schema() {
  static const DocumentSchema schema{"reflections", kReflectionsFormat, {}};
  return schema;
}

Loaded<Reflections> load_reflections(const Paths& paths) {
  Loaded<Reflections> out;
  LoadedDocument loaded = load_document(paths.reflections_file(), reflections_schema());
  out.problem = std::move(loaded.problem);
  out.migrated_from = loaded.migrated_from;
  if (loaded.document) {
    try {
      out.value = reflections_from_document(*loaded.document);
      out.from_file = true;
      return out;
    } catch (const RecordError& e) {
      out.problem = set_aside_problem(paths.reflections_file(), Problem::Kind::Damaged, e.what(), e.line);
      out.migrated_from = 0;
    }
  }
  // A damaged file is the player's private words: keep every record that is still whole,
  // and write them back, so the Reflect page shows them and the next save keeps them.
  // The damaged file itself stays aside, untouched.
  if (!out.problem || out.problem->kind != Problem::Kind::Damaged || out.problem->moved_to.empty()) return out;
  const ReadResult damaged = read_whole_file(out.problem->moved_to);
  if (damaged.status != ReadResult::Status::Ok) return out;
  out.value.entries = intact_records(damaged.bytes);
  out.salvaged = static_cast<int>(out.value.entries.size());
  if (out.salvaged > 0) {
    if (auto p = save_reflections(paths, out.value)) out.notes.push_back("kept records could not be written back: " + p->describe());
    else out.from_file = true;
  }
  return out;
}

std::string reflections_to_text(const Reflections& reflections) {
  Document doc = reflections_to_document(reflections);
  doc.header.set("kind", "reflections").set("format", std::to_string(kReflectionsFormat));
  return write_document(doc, kTopComment);
}

std::optional<Problem> save_reflections(const Paths& paths, const Reflections& reflections) {
  Document doc = reflections_to_document(reflections);
  try {
    (void)reflections_from_document(doc);  // refuse to write what loading would set aside
  } catch (const RecordError& e) {
    return Problem{Problem::Kind::CouldNotSave, paths.reflections_file(), {}, 0, 0, e.what()};
  }
  return save_document(paths.reflections_file(), reflections_schema(), std::move(doc), kTopComment);
}

}  // namespace sb::storage
