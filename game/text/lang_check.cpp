#include "text/lang_check.hpp"

#include <algorithm>
#include <filesystem>

#include "text/strings.hpp"
#include "scenario/loader.hpp"

namespace sb::app {
namespace fs = std::filesystem;

std::size_t LanguageGaps::missing_count() const {
  std::size_t n = interface_ids.size();
  for (const Lines& l : scenarios) n += l.missing.size();
  return n;
}

std::vector<std::string> scenario_line_ids(const std::string& file, std::string* scenario_id) {
  const scenario::LoadResult r = scenario::load_file(file);
  std::vector<std::string> ids;
  if (!r.ok()) return ids;
  if (scenario_id) *scenario_id = r.scenario->id;
  auto add = [&](const scenario::Line& l) {
    if (!l.id.empty() && std::find(ids.begin(), ids.end(), l.id) == ids.end()) ids.push_back(l.id);
  };
  for (const scenario::Node& n : r.scenario->nodes) {
    add(n.line);
    for (const scenario::Option& o : n.options) add(o.line);
    for (const scenario::AnswerCase& c : n.cases) add(c.line);
  }
  // Text without a line attribute, under the ids the play screens look it up by.
  const scenario::Scenario& sc = *r.scenario;
  auto add_id = [&](const std::string& id) { ids.push_back(id); };
  add_id("scenario." + sc.id + ".title");
  if (!sc.summary.empty()) add_id("scenario." + sc.id + ".summary");
  for (std::size_t i = 0; i < sc.content_notes.size(); ++i) add_id("scenario." + sc.id + ".note." + std::to_string(i + 1));
  for (const scenario::Actor& a : sc.actors)
    if (!a.name.empty()) add_id("actor." + sc.id + "." + a.id);
  for (const scenario::Episode& e : sc.episodes)
    if (!e.title.empty()) add_id("episode." + sc.id + "." + e.id);
  for (const scenario::Ending& e : sc.endings) {
    if (!e.title.empty()) add_id("ending." + sc.id + "." + e.id);
    if (!e.epilogue.empty()) add_id("epilogue." + sc.id + "." + e.id);
  }
  return ids;
}

namespace {

std::vector<std::string> scenario_files(const std::vector<std::string>& args) {
  std::vector<std::string> dirs = args;
  if (dirs.empty())
    for (const std::string& a : scenario::asset_dirs())
      if (fs::is_directory(fs::path(a) / "scenarios")) {
        dirs.push_back((fs::path(a) / "scenarios").string());
        break;
      }
  std::vector<std::string> files;
  for (const std::string& d : dirs) {
    std::error_code ec;
    if (!fs::is_directory(d, ec)) {
      files.push_back(d);
      continue;
    }
    std::vector<std::string> found;
    for (const auto& e : fs::directory_iterator(d, ec))
      if (e.path().extension() == ".xml") found.push_back(e.path().string());
    std::sort(found.begin(), found.end());
    files.insert(files.end(), found.begin(), found.end());
  }
  return files;
}

}  // namespace

LanguageGaps find_language_gaps(const std::string& code, const std::vector<std::string>& args) {
  LanguageGaps g;
  const auto langs = available_languages();
  g.has_tables = std::find(langs.begin(), langs.end(), code) != langs.end();
  if (!g.has_tables) return g;
  g.interface_ids = missing_strings(code);
  for (const std::string& f : scenario_files(args)) {
    LanguageGaps::Lines l;
    l.file = f;
    const auto ids = scenario_line_ids(f, &l.scenario_id);
    if (l.scenario_id.empty()) {
      g.unreadable.push_back(f);
      continue;
    }
    l.total = ids.size();
    // English is what the scenario files are written in: nothing to translate.
    if (code != "en") l.missing = missing_lines(code, l.scenario_id, ids);
    g.scenarios.push_back(std::move(l));
  }
  return g;
}

int validate_language(const std::string& code, const std::vector<std::string>& args, std::ostream& out,
                      std::ostream& err) {
  const LanguageGaps g = find_language_gaps(code, args);
  if (!g.has_tables) {
    err << code << ": no string tables (assets/lang/" << code << "/); languages here:";
    for (const std::string& l : available_languages()) err << ' ' << l;
    err << '\n';
    return 1;
  }
  for (const std::string& id : g.interface_ids) out << code << ": interface: missing " << id << '\n';
  for (const auto& l : g.scenarios)
    for (const std::string& id : l.missing) out << code << ": scenario " << l.scenario_id << ": missing " << id << '\n';
  for (const std::string& f : g.unreadable) err << f << ": could not be loaded (securebase validate " << f << ")\n";
  out << code << ": interface " << (g.interface_ids.empty() ? "complete" : std::to_string(g.interface_ids.size()) + " missing");
  for (const auto& l : g.scenarios)
    out << "; " << l.scenario_id << ' '
        << (l.missing.empty() ? "complete" : std::to_string(l.missing.size()) + "/" + std::to_string(l.total) + " missing");
  out << '\n';
  return g.missing_count() == 0 && g.unreadable.empty() ? 0 : 1;
}

}  // namespace sb::app
