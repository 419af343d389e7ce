// Structural checks against the element table: the part an XML Schema could say,
// but reported with columns and "did you mean" hints, and never stopping early.
#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>

#include "scenario/schema.hpp"
#include "scenario/xml_tree.hpp"

namespace sb::scenario::detail {

// FORMAT.md: numbers are plain decimals ("3", "0.25", "-1"): no '+', no spaces around them.
std::optional<double> parse_decimal(std::string_view s) {
  if (s.empty() || s.size() > 40) return std::nullopt;
  std::size_t i = 0;
  const bool neg = s[0] == '-';
  if (neg) ++i;
  double v = 0;
  int digits = 0;
  while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i]))) { v = v * 10 + (s[i] - '0'); ++i; ++digits; }
  if (i < s.size() && s[i] == '.') {
    ++i;
    double scale = 0.1;
    while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i]))) { v += (s[i] - '0') * scale; scale /= 10; ++i; ++digits; }
  }
  if (digits == 0 || i != s.size() || !std::isfinite(v)) return std::nullopt;
  return neg ? -v : v;
}

std::optional<bool> parse_bool(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  if (s == "true" || s == "1") return true;
  if (s == "false" || s == "0") return false;
  return std::nullopt;
}

std::vector<std::string> split_ws(std::string_view s) {
  std::vector<std::string> out;
  std::size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && std::isspace(static_cast<unsigned char>(s[i]))) ++i;
    std::size_t j = i;
    while (j < s.size() && !std::isspace(static_cast<unsigned char>(s[j]))) ++j;
    if (j > i) out.emplace_back(s.substr(i, j - i));
    i = j;
  }
  return out;
}

namespace {

bool valid_id(std::string_view s, std::size_t max_len, bool letter_first) {
  if (s.empty() || s.size() > max_len) return false;
  const unsigned char c0 = static_cast<unsigned char>(s[0]);
  if (letter_first ? !std::isalpha(c0) : !std::isalnum(c0)) return false;
  for (char ch : s) {
    const unsigned char c = static_cast<unsigned char>(ch);
    if (!std::isalnum(c) && c != '_' && c != '.' && c != '-') return false;
  }
  return true;
}

std::string join(const std::vector<std::string>& v, const char* sep = ", ") {
  std::string out;
  for (const auto& s : v) out += (out.empty() ? "" : sep) + s;
  return out;
}

// Checks one attribute value against its type; returns a message or "".
std::string check_value(const AttrSpec& a, const std::string& v) {
  auto num = [&](double lo, double hi, bool lo_open, const char* what) -> std::string {
    auto d = parse_decimal(v);
    if (!d) return "'" + v + "' is not a number (write plain decimals: 3, 0.25, -1)";
    if (*d < lo || (lo_open && *d == lo) || *d > hi) return "'" + v + "' is out of range; it must be " + what;
    return {};
  };
  switch (a.type) {
    case AttrType::Id:
    case AttrType::IdRef:
      return valid_id(v, 64, true) ? "" : "'" + v + "' is not a valid id (a letter, then letters, digits, '_', '.' or '-'; at most 64)";
    case AttrType::IdRefs:
      for (const auto& w : split_ws(v))
        if (!valid_id(w, 64, true)) return "'" + w + "' is not a valid id";
      return {};
    case AttrType::LineId:
      return valid_id(v, 128, false) ? "" : "'" + v + "' is not a valid line id (letters, digits, '_', '.' or '-')";
    case AttrType::Text:
    case AttrType::Condition:
      return std::all_of(v.begin(), v.end(), [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; })
                 ? "must not be empty" : "";
    case AttrType::Number: return num(-HUGE_VAL, HUGE_VAL, false, "a number");
    case AttrType::NonNegative: return num(0, HUGE_VAL, false, "0 or more");
    case AttrType::Positive: return num(0, HUGE_VAL, true, "more than 0");
    case AttrType::Unit: return num(0, 1, false, "between 0 and 1");
    case AttrType::Delta: return num(-1, 1, false, "between -1 and 1");
    case AttrType::Integer: {
      auto d = parse_decimal(v);
      return (d && v.find('.') == std::string::npos) ? "" : "'" + v + "' is not a whole number";
    }
    case AttrType::Bool: return parse_bool(v) ? "" : "'" + v + "' is not true or false";
    case AttrType::AssetPath: return v.empty() ? "must not be empty" : ""; // shape checked with the file
    case AttrType::Enum: {
      for (const auto& x : a.values)
        if (x == v) return {};
      return "'" + v + "' is not one of: " + join(a.values) + did_you_mean(v, a.values);
    }
    case AttrType::EnumList: {
      for (const auto& w : split_ws(v)) {
        bool found = false;
        for (const auto& x : a.values) found = found || x == w;
        if (!found) return "'" + w + "' is not one of: " + join(a.values) + did_you_mean(w, a.values);
      }
      return split_ws(v).empty() ? "must not be empty" : "";
    }
  }
  return {};
}

// Name lists for hints, built only when a hint is needed (the common path allocates nothing).
std::vector<std::string> attr_names(const ElementSpec& spec) {
  std::vector<std::string> v;
  for (const auto& a : spec.attrs) v.push_back(a.name);
  return v;
}
std::vector<std::string> child_names(const ElementSpec& spec) {
  std::vector<std::string> v;
  for (const auto& c : spec.children) v.push_back(c.name);
  return v;
}

void check(const XNode& n, const ElementSpec& spec, Sink& sink) {
  // Attributes.
  for (const auto& xa : n.attrs) {
    if (xa.name.rfind("xmlns", 0) == 0 || xa.name.rfind("xsi:", 0) == 0) {
      if (spec.name == "scenario") continue;
    }
    const AttrSpec* as = nullptr;
    for (const auto& a : spec.attrs)
      if (a.name == xa.name) as = &a;
    if (!as) {
      const auto allowed = attr_names(spec);
      std::string hint = did_you_mean(xa.name, allowed);
      if (hint.empty() && !allowed.empty()) hint = " (allowed: " + join(allowed) + ")";
      sink.error(xa.line, xa.col, "unknown attribute '" + xa.name + "' on <" + n.name + ">" + hint);
      continue;
    }
    const std::string msg = check_value(*as, xa.value);
    if (!msg.empty()) sink.error(xa.line, xa.col, "<" + n.name + "> " + xa.name + ": " + msg);
  }
  for (const auto& a : spec.attrs)
    if (a.required && !n.attr(a.name))
      sink.error(n.line, n.col, "<" + n.name + "> is missing the required attribute '" + a.name + "'");

  // Text.
  if (spec.text == TextRule::Required && n.text.empty())
    sink.error(n.line, n.col, "<" + n.name + "> needs text");
  if (spec.text == TextRule::None && !n.text.empty()) {
    std::string shown = n.text.substr(0, 30);
    sink.error(n.line, n.col, "<" + n.name + "> takes no text, but has '" + shown + (n.text.size() > 30 ? "…" : "") + "'");
  }

  // Children: known, counted, in order.
  int count[16] = {}; // per entry of spec.children (no element has more than 16)
  int last_rank = -1;
  const std::string* last_name = nullptr;
  for (const XNode& c : n.children) {
    const ChildSpec* cs = nullptr;
    std::size_t which = 0;
    for (std::size_t k = 0; k < spec.children.size(); ++k)
      if (spec.children[k].name == c.name) { cs = &spec.children[k]; which = k; }
    if (!cs) {
      const auto names = child_names(spec);
      std::string hint = did_you_mean(c.name, names, "<", ">");
      if (hint.empty()) {
        if (names.empty()) hint = " (<" + n.name + "> takes no elements)";
        else if (element_spec(c.name)) hint = "; <" + c.name + "> does not belong inside <" + n.name + ">";
        else hint = " (allowed: <" + join(names, ">, <") + ">)";
      }
      sink.error(c.line, c.col, "unknown element <" + c.name + "> in <" + n.name + ">" + hint);
      continue;
    }
    const int seen = ++count[which < 16 ? which : 15];
    if (cs->max >= 0 && seen == cs->max + 1)
      sink.error(c.line, c.col, "<" + n.name + "> may have at most " + std::to_string(cs->max) + " <" + c.name + ">");
    if (cs->rank < last_rank)
      sink.error(c.line, c.col, "<" + c.name + "> must come before <" + *last_name + "> in <" + n.name + ">");
    else {
      last_rank = cs->rank;
      last_name = &cs->name;
    }
    if (const ElementSpec* es = element_spec(c.name)) check(c, *es, sink);
  }
  for (std::size_t k = 0; k < spec.children.size() && k < 16; ++k) {
    const ChildSpec& cs = spec.children[k];
    if (count[k] < cs.min)
      sink.error(n.line, n.col, "<" + n.name + "> needs " + (cs.min == 1 ? "a" : "at least " + std::to_string(cs.min)) +
                                    " <" + cs.name + "> element");
  }
}

}  // namespace

void check_structure(const XNode& root, Sink& sink) {
  if (root.name != "scenario") {
    std::vector<std::string> top = {"scenario"};
    sink.error(root.line, root.col, "the top element must be <scenario>, not <" + root.name + ">" + did_you_mean(root.name, top, "<", ">"));
    return;
  }
  check(root, *element_spec("scenario"), sink);
}

}  // namespace sb::scenario::detail
