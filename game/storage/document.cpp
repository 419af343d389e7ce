#include "storage/document.hpp"

#include <stdexcept>

namespace sb::app::storage {
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

// A value can go unquoted when reading it back bare gives exactly the same string.
bool can_be_bare(std::string_view v) {
  if (v.empty() || v.front() == '"' || v.front() == ' ' || v.back() == ' ') return false;
  for (char c : v) {
    const auto u = static_cast<unsigned char>(c);
    if (u < 0x20 || u == 0x7f || c == '#' || c == ';' || c == '\\') return false;
  }
  return true;
}

void append_quoted(std::string& out, std::string_view v) {
  static constexpr char kHex[] = "0123456789abcdef";
  out += '"';
  for (char c : v) {
    const auto u = static_cast<unsigned char>(c);
    switch (c) {
      case '\\': out += "\\\\"; break;
      case '"': out += "\\\""; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (u < 0x20 || u == 0x7f) {
          out += "\\x";
          out += kHex[u >> 4];
          out += kHex[u & 15];
        } else {
          out += c;
        }
    }
  }
  out += '"';
}

void append_comment(std::string& out, std::string_view comment) {
  std::size_t start = 0;
  while (start <= comment.size()) {
    const std::size_t end = comment.find('\n', start);
    const std::string_view line = comment.substr(start, end == std::string_view::npos ? end : end - start);
    out += line.empty() ? "#\n" : "# " + std::string(line) + "\n";
    if (end == std::string_view::npos) break;
    start = end + 1;
  }
}

void append_entries(std::string& out, const Section& section) {
  for (const Entry& e : section.entries) {
    if (!is_valid_name(e.key)) throw std::invalid_argument("invalid key: " + e.key);
    if (!e.comment.empty()) append_comment(out, e.comment);
    out += e.key;
    out += " =";
    if (e.values.size() == 1 && can_be_bare(e.values[0])) {
      out += ' ';
      out += e.values[0];
    } else {
      for (std::size_t i = 0; i < e.values.size(); ++i) {
        out += i == 0 ? " " : ", ";
        append_quoted(out, e.values[i]);
      }
    }
    out += '\n';
  }
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

ParseResult parse_document(std::string_view text) {
  ParseResult result;
  auto fail = [&](int line, std::string what) {
    result.error = ParseError{line, std::move(what)};
    return result;
  };
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);  // a BOM some editors add
  if (text.find('\0') != std::string_view::npos) return fail(0, "the file contains NUL bytes");

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

std::string write_document(const Document& document, std::string_view top_comment) {
  std::string out;
  if (!top_comment.empty()) append_comment(out, top_comment);
  append_entries(out, document.header);
  for (const Section& s : document.sections) {
    if (!is_valid_name(s.name)) throw std::invalid_argument("invalid section name: " + s.name);
    out += "\n[" + s.name + "]\n";
    append_entries(out, s);
  }
  return out;
}

}  // namespace sb::app::storage
