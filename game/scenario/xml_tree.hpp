#pragma once
// Internal to the loader: the parsed file as a plain tree with line AND column for
// every element and attribute. TinyXML2 stays inside xml_tree.cpp.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "scenario/diagnostics.hpp"

namespace sb::scenario::detail {

constexpr std::size_t kMaxFileBytes = 8u << 20; // 8 MiB: ten times the 10,000-node benchmark
constexpr int kMaxDepth = 24;                   // the format needs 5; leave room, refuse abuse
constexpr int kMaxAttributes = 64;              // per element; the format needs 12 (TinyXML2's duplicate check is quadratic)

struct XAttr {
  std::string name, value;
  int line = 0, col = 0;
};

struct XNode {
  std::string name;
  int line = 0, col = 0;
  std::vector<XAttr> attrs;
  std::string text; // text content, whitespace collapsed
  std::vector<XNode> children;

  const XAttr* attr(std::string_view n) const {
    for (const auto& a : attrs)
      if (a.name == n) return &a;
    return nullptr;
  }
};

// Collects diagnostics for one file.
struct Sink {
  std::string file;
  std::vector<Diagnostic> items;
  std::size_t limit = 500; // stop collecting after this many: a garbage file must not flood
  bool has_errors = false;

  void error(int line, int col, std::string msg) { add(line, col, Severity::Error, std::move(msg)); }
  void warning(int line, int col, std::string msg) { add(line, col, Severity::Warning, std::move(msg)); }
  void add(int line, int col, Severity s, std::string msg);
};

// Checks size, encoding, DOCTYPE/ENTITY and nesting, then parses. Returns false (with
// diagnostics) when the text cannot be turned into a tree.
bool parse_tree(std::string_view text, Sink& sink, XNode& root);

// Is the text valid UTF-8? On failure *bad is the byte offset of the first bad byte.
bool valid_utf8(std::string_view s, std::size_t* bad = nullptr);

}  // namespace sb::scenario::detail

namespace sb::scenario {
struct Scenario;
}

namespace sb::scenario::detail {

// Elements, attributes, types, counts and order against schema(); every problem.
void check_structure(const XNode& root, Sink& sink);
// The tree -> the model, with the checks that need more than one element (ids,
// references, ranges, conditions, asset paths).
void build_scenario(const XNode& root, Sink& sink, Scenario& out, const std::string& assets_root);
// Graph checks: reachability, dead ends, endings and outcomes.
void analyse_graph(const Scenario& s, Sink& sink);

// Strict decimal as in XML Schema (optional sign, digits, optional fraction).
std::optional<double> parse_decimal(std::string_view s);
std::optional<bool> parse_bool(std::string_view s);
std::vector<std::string> split_ws(std::string_view s);

}  // namespace sb::scenario::detail
