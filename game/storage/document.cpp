#include "storage/document.hpp"

#include <algorithm>
#include <charconv>
#include <cstdint>
#include <map>
#include <sstream>
#include <stdexcept>

#include <toml++/toml.h>

namespace sb::storage {
namespace {

bool name_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '.' ||
         c == '-';
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

int hex_digit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// Reads one quoted value starting at text[pos] == '"'; leaves pos after the closing quote.
bool read_quoted(std::string_view text, std::size_t& pos, std::string& out, std::string& error) {
  ++pos;
  while (pos < text.size()) {
    const char c = text[pos++];
    if (c == '"') return true;
    if (c != '\\') {
      if (static_cast<unsigned char>(c) < 0x20 && c != '\t') {
        error = "a control character inside quotes";
        return false;
      }
      out += c;
      continue;
    }
    if (pos >= text.size()) break;
    const char e = text[pos++];
    switch (e) {
      case '\\': out += '\\'; break;
      case '"': out += '"'; break;
      case 'n': out += '\n'; break;
      case 'r': out += '\r'; break;
      case 't': out += '\t'; break;
      case 'x': {
        const int hi = pos + 1 < text.size() ? hex_digit(text[pos]) : -1;
        const int lo = hi >= 0 ? hex_digit(text[pos + 1]) : -1;
        if (lo < 0) {
          error = "\\x needs two hex digits";
          return false;
        }
        out += static_cast<char>(hi * 16 + lo);
        pos += 2;
        break;
      }
      default:
        error = std::string("unknown escape \\") + e;
        return false;
    }
  }
  error = "a quoted value is not closed";
  return false;
}

bool parse_value(std::string_view text, std::vector<std::string>& values, std::string& error) {
  text = trim(text);
  if (text.empty()) return true;  // an empty list
  if (text.front() != '"') {
    values.emplace_back(text);
    return true;
  }
  std::size_t pos = 0;
  for (;;) {
    std::string value;
    if (!read_quoted(text, pos, value, error)) return false;
    values.push_back(std::move(value));
    while (pos < text.size() && (text[pos] == ' ' || text[pos] == '\t')) ++pos;
    if (pos == text.size()) return true;
    if (text[pos] != ',') {
      error = "expected a comma or the end of the line after a quoted value";
      return false;
    }
    ++pos;
    while (pos < text.size() && (text[pos] == ' ' || text[pos] == '\t')) ++pos;
    if (pos == text.size() || text[pos] != '"') {
      error = "expected a quoted value after a comma";
      return false;
    }
  }
}

std::string comment_lines(std::string_view comment) {
  std::string out;
  std::size_t start = 0;
  while (start <= comment.size()) {
    const std::size_t end = comment.find('\n', start);
    const std::string_view line = comment.substr(start, end == std::string_view::npos ? end : end - start);
    out += line.empty() ? "#\n" : "# " + std::string(line) + "\n";
    if (end == std::string_view::npos) break;
    start = end + 1;
  }
  return out;
}

// A name with a dot would be a dotted key in TOML; quoted, it stays one name.
std::string toml_name(std::string_view name) {
  return name.find('.') == std::string_view::npos ? std::string(name) : "\"" + std::string(name) + "\"";
}

// The document model holds strings; TOML has types. A value is written as the
// TOML type that reads back as exactly the same string: a whole number in its
// canonical form as an integer, true/false as a boolean, anything else as a
// string, and a list (any count but one) as an array of strings.
void insert_value(toml::table& t, const Entry& e) {
  if (e.values.size() == 1) {
    const std::string& v = e.values[0];
    std::int64_t n = 0;
    auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), n);
    if (ec == std::errc() && end == v.data() + v.size() && std::to_string(n) == v) t.insert(e.key, n);
    else if (v == "true" || v == "false") t.insert(e.key, v == "true");
    else t.insert(e.key, v);
    return;
  }
  toml::array list;
  for (const std::string& v : e.values) list.push_back(v);
  t.insert(e.key, std::move(list));
}

// Entries one by one (each through toml++, which quotes and escapes), so that
// comments and the document's own order survive.
void append_entries(std::string& out, const Section& section) {
  for (const Entry& e : section.entries) {
    if (!is_valid_name(e.key)) throw std::invalid_argument("invalid key: " + e.key);
    if (!e.comment.empty()) out += comment_lines(e.comment);
    toml::table one;
    insert_value(one, e);
    std::ostringstream line;
    line << toml::toml_formatter(one, toml::format_flags::allow_unicode_strings);
    out += line.str();
    out += '\n';
  }
}

// One TOML value back to the model's strings; nested tables and arrays of
// arrays have no place in a save file.
bool to_strings(const toml::node& node, std::vector<std::string>& values, std::string& error) {
  if (const auto* list = node.as_array()) {
    for (const toml::node& item : *list) {
      if (item.is_array() || item.is_table()) {
        error = "a list may hold only plain values";
        return false;
      }
      if (!to_strings(item, values, error)) return false;
    }
    return true;
  }
  if (auto v = node.value<std::string>(); v && node.is_string()) values.push_back(*v);
  else if (node.is_integer()) values.push_back(std::to_string(*node.value<std::int64_t>()));
  else if (node.is_boolean()) values.push_back(*node.value<bool>() ? "true" : "false");
  else if (node.is_floating_point()) {
    std::ostringstream os;
    os << *node.value<double>();
    values.push_back(os.str());
  } else {
    error = "dates and times have no place in this format; write them as \"text\"";
    return false;
  }
  return true;
}

int line_of(const toml::node& node) { return static_cast<int>(node.source().begin.line); }

bool read_entries(const toml::table& table, Section& section, std::string& error, int& error_line) {
  for (const auto& [key, node] : table) {
    if (node.is_table() || (node.is_array_of_tables() && !node.as_array()->empty())) {
      error = "a table inside [" + section.name + "] is not part of this format";
      error_line = line_of(node);
      return false;
    }
    if (!is_valid_name(key.str())) {
      error = "invalid key";
      error_line = line_of(node);
      return false;
    }
    Entry e{std::string(key.str()), {}, {}, line_of(node)};
    if (!to_strings(node, e.values, error)) {
      error_line = e.line;
      return false;
    }
    section.entries.push_back(std::move(e));
  }
  // toml++ keeps keys sorted; the file's own order is the one a person wrote.
  std::stable_sort(section.entries.begin(), section.entries.end(),
                   [](const Entry& a, const Entry& b) { return a.line < b.line; });
  return true;
}

// *is_toml tells whether toml++ could read the text at all (then a failure here is final).
ParseResult parse_toml(std::string_view text, bool* is_toml) {
  ParseResult result;
  toml::table root;
  *is_toml = false;
  try {
    root = toml::parse(text);
  } catch (const toml::parse_error& e) {
    result.error = ParseError{static_cast<int>(e.source().begin.line), std::string(e.description())};
    return result;
  }
  *is_toml = true;
  Document doc;
  std::string error;
  int error_line = 0;
  auto fail = [&] {
    result.error = ParseError{error_line, error};
    return result;
  };
  for (const auto& [key, node] : root) {
    const std::string name(key.str());
    if (const auto* t = node.as_table()) {
      if (!is_valid_name(name)) {
        error = "invalid section name", error_line = line_of(node);
        return fail();
      }
      Section s{name, {}, line_of(node)};
      if (!read_entries(*t, s, error, error_line)) return fail();
      doc.sections.push_back(std::move(s));
    } else if (node.is_array_of_tables() && !node.as_array()->empty()) {
      if (!is_valid_name(name)) {
        error = "invalid section name", error_line = line_of(node);
        return fail();
      }
      for (const toml::node& item : *node.as_array()) {
        Section s{name, {}, line_of(item)};
        if (!read_entries(*item.as_table(), s, error, error_line)) return fail();
        doc.sections.push_back(std::move(s));
      }
    } else {
      if (!is_valid_name(name)) {
        error = "invalid key", error_line = line_of(node);
        return fail();
      }
      Entry e{name, {}, {}, line_of(node)};
      if (!to_strings(node, e.values, error)) {
        error_line = e.line;
        return fail();
      }
      doc.header.entries.push_back(std::move(e));
    }
  }
  std::stable_sort(doc.header.entries.begin(), doc.header.entries.end(),
                   [](const Entry& a, const Entry& b) { return a.line < b.line; });
  std::stable_sort(doc.sections.begin(), doc.sections.end(),
                   [](const Section& a, const Section& b) { return a.line < b.line; });
  result.document = std::move(doc);
  return result;
}

}  // namespace

bool is_valid_name(std::string_view name) {
  if (name.empty() || name.size() > 128) return false;
  for (char c : name)
    if (!name_char(c)) return false;
  return true;
}

const Entry* Section::find(std::string_view key) const {
  for (const Entry& e : entries)
    if (e.key == key) return &e;
  return nullptr;
}

Entry* Section::find(std::string_view key) {
  for (Entry& e : entries)
    if (e.key == key) return &e;
  return nullptr;
}

Section& Section::set(std::string key, std::string value, std::string comment) {
  return set_list(std::move(key), {std::move(value)}, std::move(comment));
}

Section& Section::set_list(std::string key, std::vector<std::string> values, std::string comment) {
  if (Entry* e = find(key)) {
    e->values = std::move(values);
    if (!comment.empty()) e->comment = std::move(comment);
  } else {
    entries.push_back(Entry{std::move(key), std::move(values), std::move(comment), 0});
  }
  return *this;
}

bool Section::erase(std::string_view key) {
  for (auto it = entries.begin(); it != entries.end(); ++it)
    if (it->key == key) {
      entries.erase(it);
      return true;
    }
  return false;
}

Section& Document::add_section(std::string name) {
  sections.push_back(Section{std::move(name), {}, 0});
  return sections.back();
}

const Section* Document::find_section(std::string_view name) const {
  for (const Section& s : sections)
    if (s.name == name) return &s;
  return nullptr;
}

Section* Document::find_section(std::string_view name) {
  for (Section& s : sections)
    if (s.name == name) return &s;
  return nullptr;
}

ParseResult parse_key_value(std::string_view text) {
  ParseResult result;
  auto fail = [&](int line, std::string what) {
    result.error = ParseError{line, std::move(what)};
    return result;
  };

  Document doc;
  Section* current = &doc.header;
  int line_no = 0;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(start, end - start);
    start = end + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    line = trim(line);
    if (line.empty() || line.front() == '#' || line.front() == ';') continue;

    if (line.front() == '[') {
      if (line.back() != ']') return fail(line_no, "a section header must end with ]");
      const std::string_view name = trim(line.substr(1, line.size() - 2));
      if (!is_valid_name(name)) return fail(line_no, "invalid section name");
      current = &doc.add_section(std::string(name));
      current->line = line_no;
      continue;
    }
    const std::size_t eq = line.find('=');
    if (eq == std::string_view::npos) return fail(line_no, "expected key = value");
    const std::string_view key = trim(line.substr(0, eq));
    if (!is_valid_name(key)) return fail(line_no, "invalid key");
    if (current->find(key)) return fail(line_no, "the key " + std::string(key) + " appears twice");
    Entry entry{std::string(key), {}, {}, line_no};
    std::string error;
    if (!parse_value(line.substr(eq + 1), entry.values, error)) return fail(line_no, error);
    current->entries.push_back(std::move(entry));
  }
  result.document = std::move(doc);
  return result;
}

ParseResult parse_document(std::string_view text) {
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);  // a BOM some editors add
  if (text.find('\0') != std::string_view::npos) return ParseResult{std::nullopt, ParseError{0, "the file contains NUL bytes"}};
  bool is_toml = false;
  ParseResult toml = parse_toml(text, &is_toml);
  if (toml.document || is_toml) return toml;
  // Array-of-tables headers exist only in TOML: such a file is broken TOML, and its
  // own error is the one that names the problem.
  if (text.substr(0, 2) == "[[" || text.find("\n[[") != std::string_view::npos) return toml;
  // Not TOML: perhaps a file from before TOML, in the old key = value format.
  ParseResult old = parse_key_value(text);
  if (old.document) {
    old.old_format = true;
    return old;
  }
  // Neither: say where the reader that got further stopped.
  return old.error.line > toml.error.line ? old : toml;
}

std::string write_document(const Document& document, std::string_view top_comment) {
  std::string out;
  if (!top_comment.empty()) out += comment_lines(top_comment);
  append_entries(out, document.header);
  std::map<std::string, int> count;
  for (const Section& s : document.sections) ++count[s.name];
  for (const Section& s : document.sections) {
    if (!is_valid_name(s.name)) throw std::invalid_argument("invalid section name: " + s.name);
    // A name that repeats is a list of records: [[name]] each time.
    out += count[s.name] > 1 ? "\n[[" + toml_name(s.name) + "]]\n" : "\n[" + toml_name(s.name) + "]\n";
    append_entries(out, s);
  }
  return out;
}

}  // namespace sb::storage
