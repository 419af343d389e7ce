// Turns scenario text into an XNode tree with columns. TinyXML2 knows lines but not
// columns, so each element and attribute is found again in its source line.
#include "scenario/xml_tree.hpp"

#include <tinyxml2.h>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <map>

namespace sb::scenario::detail {

void Sink::add(int line, int col, Severity s, std::string msg) {
  if (s == Severity::Error) has_errors = true;
  if (items.size() >= limit) return;
  items.push_back({file, line, col, s, std::move(msg)});
  if (items.size() == limit)
    items.push_back({file, line, col, Severity::Error, "too many problems; stopping here"});
}

bool valid_utf8(std::string_view s, std::size_t* bad) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const std::size_t n = s.size();
  std::size_t i = 0;
  while (i < n) {
    const unsigned c = p[i];
    std::size_t len = 0;
    unsigned cp = 0;
    if (c < 0x80) { ++i; continue; }
    if ((c & 0xE0) == 0xC0) { len = 2; cp = c & 0x1F; }
    else if ((c & 0xF0) == 0xE0) { len = 3; cp = c & 0x0F; }
    else if ((c & 0xF8) == 0xF0) { len = 4; cp = c & 0x07; }
    else { if (bad) *bad = i; return false; }
    if (i + len > n) { if (bad) *bad = i; return false; }
    for (std::size_t k = 1; k < len; ++k) {
      if ((p[i + k] & 0xC0) != 0x80) { if (bad) *bad = i; return false; }
      cp = (cp << 6) | (p[i + k] & 0x3F);
    }
    // Overlong forms, surrogates and values past U+10FFFF are not UTF-8.
    const bool overlong = (len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000);
    if (overlong || (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF) { if (bad) *bad = i; return false; }
    i += len;
  }
  return true;
}

namespace {

class LineIndex {
 public:
  explicit LineIndex(std::string_view text) : text_(text) {
    starts_.push_back(0);
    for (std::size_t i = 0; i < text.size(); ++i)
      if (text[i] == '\n') starts_.push_back(i + 1);
  }
  // 1-based line and character column of a byte offset.
  std::pair<int, int> at(std::size_t offset) const {
    auto it = std::upper_bound(starts_.begin(), starts_.end(), offset);
    const std::size_t line = static_cast<std::size_t>(it - starts_.begin()); // 1-based
    return {static_cast<int>(line), column(starts_[line - 1], offset)};
  }
  int column(std::size_t line_start, std::size_t offset) const {
    int col = 1;
    for (std::size_t i = line_start; i < offset && i < text_.size(); ++i)
      if ((static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80) ++col;
    return col;
  }
  std::string_view line(int n) const {
    if (n < 1 || static_cast<std::size_t>(n) > starts_.size()) return {};
    const std::size_t b = starts_[static_cast<std::size_t>(n) - 1];
    const std::size_t e = static_cast<std::size_t>(n) < starts_.size() ? starts_[static_cast<std::size_t>(n)] : text_.size();
    return text_.substr(b, e - b);
  }
  std::size_t line_start(int n) const {
    if (n < 1 || static_cast<std::size_t>(n) > starts_.size()) return 0;
    return starts_[static_cast<std::size_t>(n) - 1];
  }

 private:
  std::string_view text_;
  std::vector<std::size_t> starts_;
};

bool name_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-' ||
         c == '.' || c == ':' || (static_cast<unsigned char>(c) & 0x80);
}
bool ascii_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// Walks the raw text once: declarations, unknown entities, nesting depth.
bool prescan(std::string_view t, const LineIndex& lines, Sink& sink) {
  std::vector<std::pair<std::string, std::size_t>> open; // element names and offsets
  bool ok = true;
  std::size_t i = 0;
  auto report = [&](std::size_t off, std::string msg) {
    if (sink.items.size() >= sink.limit) { sink.has_errors = true; return; } // finding the column costs time
    auto [l, c] = lines.at(off);
    sink.error(l, c, std::move(msg));
  };
  auto check_entity = [&](std::size_t amp) {
    std::size_t e = amp + 1;
    while (e < t.size() && e - amp < 40 && t[e] != ';' && !std::isspace(static_cast<unsigned char>(t[e])) && t[e] != '<') ++e;
    if (e >= t.size() || t[e] != ';') {
      report(amp, "'&' must be written '&amp;'");
      return;
    }
    const std::string_view name = t.substr(amp + 1, e - amp - 1);
    static const char* known[] = {"amp", "lt", "gt", "quot", "apos"};
    for (const char* k : known)
      if (name == k) return;
    if (!name.empty() && name[0] == '#') { // character reference; TinyXML2 decodes it
      const bool hex = name.size() > 1 && (name[1] == 'x' || name[1] == 'X');
      const std::string digits(name.substr(hex ? 2 : 1));
      char* end = nullptr;
      const unsigned long cp = digits.empty() ? 0 : std::strtoul(digits.c_str(), &end, hex ? 16 : 10);
      // XML 1.0 allows tab, newline and carriage return, and nothing else below U+0020.
      if (!digits.empty() && end && *end == '\0' && cp < 0x20 && cp != 0x9 && cp != 0xA && cp != 0xD)
        report(amp, "'&" + std::string(name) + ";' is a control character, which XML does not allow");
      return;
    }
    report(amp, "unknown entity '&" + std::string(name) + ";'; only &amp; &lt; &gt; &quot; &apos; are allowed");
  };
  while (i < t.size()) {
    const char c = t[i];
    if (c == '&') { check_entity(i); ++i; continue; }
    if (c != '<') { ++i; continue; }
    auto starts = [&](const char* s) { return t.compare(i, std::strlen(s), s) == 0; };
    if (starts("<!--")) {
      const auto e = t.find("-->", i + 4);
      i = e == std::string_view::npos ? t.size() : e + 3;
      continue;
    }
    if (starts("<![CDATA[")) {
      const auto e = t.find("]]>", i + 9);
      i = e == std::string_view::npos ? t.size() : e + 3;
      continue;
    }
    if (starts("<?")) {
      const auto e = t.find("?>", i + 2);
      i = e == std::string_view::npos ? t.size() : e + 2;
      continue;
    }
    if (starts("<!")) {
      std::size_t e = i + 2;
      while (e < t.size() && e - i < 20 && std::isalpha(static_cast<unsigned char>(t[e]))) ++e;
      const std::string word(t.substr(i + 2, e - i - 2));
      if (word == "DOCTYPE") report(i, "<!DOCTYPE> is not allowed in scenarios (it could declare entities); remove it");
      else if (word == "ENTITY") report(i, "entity declarations are not allowed in scenarios");
      else report(i, "<!" + word + "> declarations are not allowed in scenarios");
      ok = false;
      // Skip the declaration, including an internal subset in [...].
      int bracket = 0;
      while (e < t.size()) {
        if (t[e] == '[') ++bracket;
        else if (t[e] == ']') --bracket;
        else if (t[e] == '>' && bracket <= 0) break;
        ++e;
      }
      i = e + 1;
      continue;
    }
    const bool closing = i + 1 < t.size() && t[i + 1] == '/';
    // Skip to the end of the tag, stepping over quoted values (they may hold '>').
    std::size_t e = i + 1;
    char quote = 0;
    int attributes = 0;  // '=' outside quotes
    while (e < t.size()) {
      if (quote) { if (t[e] == quote) quote = 0; else if (t[e] == '&') check_entity(e); }
      else if (t[e] == '"' || t[e] == '\'') quote = t[e];
      else if (t[e] == '=') ++attributes;
      else if (t[e] == '>') break;
      ++e;
    }
    const bool self_closing = e < t.size() && e > i && t[e - 1] == '/';
    std::size_t ne = i + (closing ? 2 : 1);
    while (ne < t.size() && name_char(t[ne])) ++ne;
    const std::string name(t.substr(i + (closing ? 2 : 1), ne - i - (closing ? 2 : 1)));
    if (e >= t.size()) {
      report(i, "<" + name + " is not closed with '>'");
      return false;
    }
    if (attributes > kMaxAttributes) {
      report(i, "<" + name + "> has " + std::to_string(attributes) + " attributes; the limit is " +
                    std::to_string(kMaxAttributes));
      return false;
    }
    if (closing) {
      if (open.empty()) {
        report(i, "</" + name + "> closes nothing");
        return false;
      }
      if (open.back().first != name) {
        const auto [l, c] = lines.at(open.back().second);
        report(i, "</" + name + "> does not match <" + open.back().first + "> opened on line " + std::to_string(l) +
                      ", column " + std::to_string(c));
        return false;
      }
      open.pop_back();
    } else if (!self_closing) {
      open.emplace_back(name, i);
      if (open.size() > static_cast<std::size_t>(kMaxDepth)) {
        report(i, "elements nested deeper than " + std::to_string(kMaxDepth) + " levels");
        return false;
      }
    }
    i = e + 1;
  }
  if (!open.empty()) {
    report(open.back().second, "<" + open.back().first + "> is never closed");
    return false;
  }
  return ok;
}

// Whitespace runs become one space; ends are trimmed. Copies runs of text in bulk.
std::string collapse(const char* s) {
  std::string out;
  const std::size_t n = std::strlen(s);
  out.reserve(n);
  std::size_t i = 0;
  while (i < n) {
    while (i < n && ascii_space(s[i])) ++i;
    std::size_t j = i;
    while (j < n && !ascii_space(s[j])) ++j;
    if (j > i) {
      if (!out.empty()) out += ' ';
      out.append(s + i, j - i);
    }
    i = j;
  }
  return out;
}

struct Converter {
  const LineIndex& lines;
  std::vector<std::size_t> cursor; // per line: where the next element search starts
  // Last column computed, so a long single-line file is counted once, not per element.
  int memo_line = 0;
  std::size_t memo_offset = 0;
  int memo_col = 1;

  int column_at(int line, std::size_t offset_in_line) {
    const std::size_t start = lines.line_start(line);
    if (line != memo_line || offset_in_line < memo_offset) {
      memo_line = line;
      memo_offset = 0;
      memo_col = 1;
    }
    memo_col += lines.column(start + memo_offset, start + offset_in_line) - 1;
    memo_offset = offset_in_line;
    return memo_col;
  }

  // Finds `<name` on the element's line, after the previous element found there.
  int element_column(int line, const std::string& name, std::size_t* found_at) {
    const std::string_view l = lines.line(line);
    if (static_cast<std::size_t>(line) >= cursor.size()) cursor.resize(static_cast<std::size_t>(line) + 1, 0);
    const std::size_t start = cursor[static_cast<std::size_t>(line)];
    const std::string needle = "<" + name;
    std::size_t p = l.find(needle, start);
    while (p != std::string_view::npos && p + needle.size() < l.size() && name_char(l[p + needle.size()]))
      p = l.find(needle, p + 1);
    if (p == std::string_view::npos) { *found_at = 0; return 1; }
    cursor[static_cast<std::size_t>(line)] = p + 1;
    *found_at = p;
    return column_at(line, p);
  }

  // Finds `name=` on the line at or after *from, and moves *from past it.
  int attribute_column(int line, const std::string& name, std::size_t* from) {
    const std::string_view l = lines.line(line);
    std::size_t p = l.find(name, *from);
    while (p != std::string_view::npos) {
      const bool before_ok = p == 0 || ascii_space(l[p - 1]);
      std::size_t q = p + name.size();
      while (q < l.size() && ascii_space(l[q])) ++q;
      if (before_ok && q < l.size() && l[q] == '=') break;
      p = l.find(name, p + 1);
    }
    if (p == std::string_view::npos) return 1;
    *from = p + name.size();
    return column_at(line, p);
  }

  void convert(const tinyxml2::XMLElement* e, XNode& out) {
    out.name = e->Name();
    out.line = e->GetLineNum();
    std::size_t at = 0;
    out.col = element_column(out.line, out.name, &at);
    std::size_t n_attrs = 0;
    for (const tinyxml2::XMLAttribute* a = e->FirstAttribute(); a; a = a->Next()) ++n_attrs;
    out.attrs.reserve(n_attrs);
    // Attributes come in source order: each search starts where the previous one matched,
    // so an element's line is scanned once, not once per attribute.
    int from_line = out.line;
    std::size_t from = at;
    for (const tinyxml2::XMLAttribute* a = e->FirstAttribute(); a; a = a->Next()) {
      XAttr xa;
      xa.name = a->Name();
      xa.value = a->Value();
      xa.line = a->GetLineNum();
      if (xa.line != from_line) from_line = xa.line, from = 0;
      xa.col = attribute_column(xa.line, xa.name, &from);
      out.attrs.push_back(std::move(xa));
    }
    std::size_t n_children = 0;
    for (const tinyxml2::XMLNode* n = e->FirstChildElement(); n; n = n->NextSiblingElement()) ++n_children;
    out.children.reserve(n_children);
    for (const tinyxml2::XMLNode* n = e->FirstChild(); n; n = n->NextSibling()) {
      if (const auto* ce = n->ToElement()) {
        out.children.emplace_back();
        convert(ce, out.children.back());
      } else if (const auto* tx = n->ToText()) {
        std::string piece = collapse(tx->Value());
        if (piece.empty()) continue;
        if (out.text.empty()) out.text = std::move(piece);
        else {
          out.text += ' ';
          out.text += piece;
        }
      }
    }
  }
};

}  // namespace

bool parse_tree(std::string_view text, Sink& sink, XNode& root) {
  if (text.size() > kMaxFileBytes) {
    sink.error(0, 0, "file is " + std::to_string(text.size()) + " bytes; the limit is " +
                         std::to_string(kMaxFileBytes) + " bytes");
    return false;
  }
  const LineIndex lines(text);
  std::size_t bad = 0;
  if (!valid_utf8(text, &bad)) {
    auto [l, c] = lines.at(bad);
    sink.error(l, c, "the file is not valid UTF-8 here; save it as UTF-8");
    return false;
  }
  if (text.find('\0') != std::string_view::npos) {
    auto [l, c] = lines.at(text.find('\0'));
    sink.error(l, c, "the file contains a NUL character");
    return false;
  }
  // XML 1.0 forbids C0 control characters other than tab, newline and carriage return.
  const auto control = std::find_if(text.begin(), text.end(), [](char c) {
    return static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\n' && c != '\r';
  });
  if (control != text.end()) {
    const auto at = static_cast<std::size_t>(control - text.begin());
    auto [l, c] = lines.at(at);
    char code[8];
    std::snprintf(code, sizeof code, "U+%04X", static_cast<unsigned>(static_cast<unsigned char>(*control)));
    sink.error(l, c, std::string("the file contains a control character (") + code + "), which XML does not allow");
    return false;
  }
  if (!prescan(text, lines, sink)) return false;

  tinyxml2::XMLDocument doc(true, tinyxml2::COLLAPSE_WHITESPACE);
  doc.Parse(text.data(), text.size());
  if (doc.Error()) {
    const int line = std::max(1, doc.ErrorLineNum());
    std::string msg;
    switch (doc.ErrorID()) {
      case tinyxml2::XML_ERROR_EMPTY_DOCUMENT: msg = "the file has no elements"; break;
      case tinyxml2::XML_ERROR_PARSING_ATTRIBUTE: msg = "an attribute is malformed (name=\"value\" with quotes)"; break;
      case tinyxml2::XML_ERROR_MISMATCHED_ELEMENT: msg = "a closing tag does not match its element"; break;
      case tinyxml2::XML_ERROR_PARSING_ELEMENT: msg = "an element is malformed"; break;
      case tinyxml2::XML_ERROR_PARSING_TEXT: msg = "text is malformed (a stray '<' or '&'?)"; break;
      case tinyxml2::XML_ERROR_PARSING_COMMENT: msg = "a comment is not closed with '-->'"; break;
      case tinyxml2::XML_ERROR_PARSING_CDATA: msg = "a CDATA section is malformed"; break;
      case tinyxml2::XML_ERROR_PARSING_DECLARATION: msg = "the <?xml ...?> declaration is malformed"; break;
      default: msg = doc.ErrorName(); break;
    }
    sink.error(line, 1, "malformed XML: " + msg);
    return false;
  }
  const tinyxml2::XMLElement* top = doc.RootElement();
  if (!top) {
    sink.error(1, 1, "no <scenario> element");
    return false;
  }
  Converter conv{lines, {}, 0, 0, 1};
  conv.convert(top, root);
  return true;
}

}  // namespace sb::scenario::detail
