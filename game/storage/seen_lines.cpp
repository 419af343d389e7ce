#include "storage/seen_lines.hpp"

#include "storage/record_fields.hpp"

namespace sb::storage {
namespace {

constexpr std::string_view kTopComment =
    "Secure Base: the story lines you have already read, so skipping can stop at new ones.\n"
    "It stays on this computer.";

Document to_document(const SeenLines& s) {
  Document doc;
  for (const auto& [id, lines] : s.by_scenario)
    doc.add_section("scenario").set("id", id).set_list("lines", std::vector<std::string>(lines.begin(), lines.end()));
  return doc;
}

SeenLines from_document(const Document& doc) {
  for (const Entry& e : doc.header.entries)
    if (e.key != "kind" && e.key != "format") throw RecordError("unexpected header key " + e.key, e.line);
  SeenLines out;
  for (const Section& sec : doc.sections) {
    if (sec.name != "scenario") throw RecordError("unexpected section [" + sec.name + "]", sec.line);
    only_keys(sec, {"id", "lines"});
    const std::string id = required_id(sec, "id");
    if (out.by_scenario.count(id)) throw RecordError("scenario " + id + " is listed twice", sec.line);
    const Entry* lines = sec.find("lines");
    if (!lines) throw RecordError("[scenario] has no lines", sec.line);
    auto& set = out.by_scenario[id];
    for (const std::string& l : lines->values) {
      if (!is_valid_name(l)) throw RecordError("a line id is not valid: " + l, lines->line);
      set.insert(l);
    }
  }
  return out;
}

}  // namespace

bool SeenLines::seen(std::string_view scenario, std::string_view line) const {
  const auto it = by_scenario.find(scenario);
  return it != by_scenario.end() && it->second.count(std::string(line)) > 0;
}

bool SeenLines::mark(std::string_view scenario, std::string_view line) {
  if (!is_valid_name(scenario) || !is_valid_name(line)) return false;
  auto it = by_scenario.find(scenario);
  if (it == by_scenario.end()) it = by_scenario.emplace(std::string(scenario), std::set<std::string>{}).first;
  return it->second.insert(std::string(line)).second;
}

std::size_t SeenLines::count(std::string_view scenario) const {
  const auto it = by_scenario.find(scenario);
  return it == by_scenario.end() ? 0 : it->second.size();
}

const DocumentSchema& seen_lines_schema() {
  static const DocumentSchema schema{"seen-lines", kSeenLinesFormat, {}};
  return schema;
}

std::filesystem::path seen_lines_file(const Paths& paths) { return paths.data / "seen-lines.ini"; }

Loaded<SeenLines> load_seen_lines(const Paths& paths) {
  return load_records<SeenLines>(seen_lines_file(paths), seen_lines_schema(), from_document);
}

std::optional<Problem> save_seen_lines(const Paths& paths, const SeenLines& seen) {
  if (auto p = ensure_private_dir(paths.data)) return p;
  return save_document(seen_lines_file(paths), seen_lines_schema(), to_document(seen), kTopComment);
}

}  // namespace sb::storage
