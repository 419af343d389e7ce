#include "text/strings.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>

#include "scenario/loader.hpp"

namespace sb::text {
namespace {

namespace fs = std::filesystem;
using Table = std::map<std::string, std::string, std::less<>>;

struct Tables {
  std::string code = "en";
  Table english, chosen;
  Table unknown; // ids asked for that no table has: shown as themselves, kept apart
  bool loaded = false;
};

Tables& tables() {
  static Tables t;
  return t;
}

std::string unescape(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\\' && i + 1 < s.size()) {
      const char c = s[++i];
      out += c == 'n' ? '\n' : c;
    } else {
      out += s[i];
    }
  }
  return out;
}

std::string trim(std::string_view s) {
  const auto b = s.find_first_not_of(" \t\r");
  if (b == std::string_view::npos) return {};
  const auto e = s.find_last_not_of(" \t\r");
  return std::string(s.substr(b, e - b + 1));
}

void read_table(const fs::path& f, Table& into) {
  std::ifstream in(f);
  std::string line;
  bool first = true;
  while (std::getline(in, line)) {
    if (first && line.rfind("\xEF\xBB\xBF", 0) == 0) line.erase(0, 3); // a BOM from a Windows editor
    first = false;
    const std::string t = trim(line);
    if (t.empty() || t[0] == '#') continue;
    const auto eq = t.find('=');
    if (eq == std::string::npos) continue;
    into[trim(std::string_view(t).substr(0, eq))] = unescape(trim(std::string_view(t).substr(eq + 1)));
  }
}

// The folder holding `code`'s tables: assets/lang/<code> in the first assets folder that has it.
std::optional<fs::path> lang_dir(const std::string& code) {
  if (code.empty() || code.find('/') != std::string::npos || code.find("..") != std::string::npos) return std::nullopt;
  for (const std::string& dir : scenario::asset_dirs()) {
    const fs::path root = fs::path(dir) / "lang" / code;
    std::error_code ec;
    if (fs::is_directory(root, ec)) return root;
  }
  return std::nullopt;
}

// Reads *.strings under assets/lang/<code>/ in name order; `recursive` takes the
// scenarios/ folder too.
bool load_into(const std::string& code, Table& into, bool recursive = true) {
  const auto root = lang_dir(code);
  if (!root) return false;
  std::error_code ec;
  std::vector<fs::path> files;
  if (recursive) {
    for (const auto& e : fs::recursive_directory_iterator(*root, ec))
      if (e.path().extension() == ".strings") files.push_back(e.path());
  } else {
    for (const auto& e : fs::directory_iterator(*root, ec))
      if (e.path().extension() == ".strings") files.push_back(e.path());
  }
  std::sort(files.begin(), files.end());
  for (const fs::path& f : files) read_table(f, into);
  return true;
}

void ensure_english() {
  Tables& t = tables();
  if (!t.loaded) {
    load_into("en", t.english);
    t.loaded = true;
  }
}

}  // namespace

bool set_language(const std::string& code) {
  Tables& t = tables();
  // English again too: the assets folder may have changed (tests, a live edit).
  t.english.clear();
  t.unknown.clear();
  t.loaded = false;
  ensure_english();
  t.chosen.clear();
  if (code == "en") {
    t.code = "en";
    return true;
  }
  if (!load_into(code, t.chosen)) {
    t.code = "en";
    return false;
  }
  t.code = code;
  return true;
}

const std::string& language() { return tables().code; }

bool has_string(std::string_view id) {
  ensure_english();
  const Tables& t = tables();
  return t.chosen.count(id) || t.english.count(id);
}

const std::string& tr(std::string_view id) {
  ensure_english();
  Tables& t = tables();
  if (auto it = t.chosen.find(id); it != t.chosen.end()) return it->second;
  if (auto it = t.english.find(id); it != t.english.end()) return it->second;
  // Missing everywhere: show the id so the gap is visible and easy to find.
  if (auto it = t.unknown.find(id); it != t.unknown.end()) return it->second;
  return t.unknown.emplace(std::string(id), std::string(id)).first->second;
}

namespace {

// The `{name}` placeholders of a template, in order of appearance.
std::vector<std::string_view> placeholders(std::string_view s) {
  std::vector<std::string_view> names;
  for (std::size_t open = s.find('{'); open != std::string_view::npos; open = s.find('{', open + 1)) {
    const auto close = s.find('}', open);
    if (close == std::string_view::npos) break;
    names.push_back(s.substr(open + 1, close - open - 1));
  }
  return names;
}

}  // namespace

std::string tr(std::string_view id, const std::vector<std::string>& args) {
  const std::string& chosen = tr(id);
  // Callers pass the arguments in the order of the English text's placeholders; a
  // translation may put them in another order ("after {s} s with {act}" becomes
  // "nach {s} s mit „{act}“" only by name), so each placeholder is filled by its
  // name's place in English. A name English lacks takes the next argument in turn.
  std::vector<std::string_view> english_names;
  if (auto it = tables().english.find(id); it != tables().english.end()) english_names = placeholders(it->second);
  std::vector<std::string_view> order;  // distinct names, first appearance first
  for (std::string_view n : english_names)
    if (std::find(order.begin(), order.end(), n) == order.end()) order.push_back(n);

  std::string out;
  std::size_t from = 0, next_positional = 0;
  for (;;) {
    const auto open = chosen.find('{', from);
    const auto close = open == std::string::npos ? std::string::npos : chosen.find('}', open);
    if (close == std::string::npos) break;
    const std::string_view name(chosen.data() + open + 1, close - open - 1);
    const auto named = std::find(order.begin(), order.end(), name);
    const std::size_t index = named != order.end() ? static_cast<std::size_t>(named - order.begin()) : next_positional++;
    if (index >= args.size()) {  // more placeholders than arguments: leave the rest as written
      if (named == order.end()) break;
      out.append(chosen, from, close + 1 - from);
    } else {
      out.append(chosen, from, open - from).append(args[index]);
    }
    from = close + 1;
  }
  return out.append(chosen, from, std::string::npos);
}

const std::string& tr_line(std::string_view line_id, const std::string& original) {
  ensure_english();
  Tables& t = tables();
  if (line_id.empty()) return original;
  if (auto it = t.chosen.find(line_id); it != t.chosen.end()) return it->second;
  return original;
}

std::vector<std::string> available_languages() {
  std::vector<std::string> out;
  for (const std::string& dir : scenario::asset_dirs()) {
    std::error_code ec;
    for (const auto& e : fs::directory_iterator(fs::path(dir) / "lang", ec))
      if (e.is_directory()) out.push_back(e.path().filename().string());
    if (!out.empty()) break;
  }
  std::sort(out.begin(), out.end());
  return out;
}

std::string language_name(const std::string& code) {
  Table t;
  load_into(code, t, false);
  const auto it = t.find("language.name");
  return it != t.end() ? it->second : code;
}

std::vector<std::string> missing_strings(const std::string& code) {
  Table english, other;
  load_into("en", english, false);
  load_into(code, other, false);
  std::vector<std::string> out;
  for (const auto& [id, text] : english)
    if (!other.count(id)) out.push_back(id);
  return out;
}

std::vector<std::string> missing_lines(const std::string& code, const std::string& scenario_id,
                                       const std::vector<std::string>& line_ids) {
  Table lines;
  if (const auto root = lang_dir(code)) read_table(*root / "scenarios" / (scenario_id + ".strings"), lines);
  std::vector<std::string> out;
  for (const std::string& id : line_ids)
    if (!id.empty() && !lines.count(id)) out.push_back(id);
  return out;
}

}  // namespace sb::text
