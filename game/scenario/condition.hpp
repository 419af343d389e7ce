#pragma once
// Conditions in scenario files: a tiny boolean language over the child's state and
// the scenario's variables, e.g. "expressed_distress > 0.8 and not settled".
// Grammar (FORMAT.md §Conditions):
//   expr := and ("or" and)* ; and := unary ("and" unary)* ; unary := "not" unary | cmp
//   cmp  := atom [op atom] ; op := < <= > >= == != lt le gt ge eq ne
//   atom := number | true | false | identifier | "(" expr ")"
// Parsed once at load time into a flat, copyable tree.

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sb::scenario {

struct CondTerm {
  enum Kind { Number, Ident, Not, And, Or, Less, LessEq, Greater, GreaterEq, Equal, NotEqual };
  Kind kind = Number;
  double number = 0;  // Number (true = 1, false = 0)
  bool is_bool_literal = false;
  std::string ident;  // Ident
  int a = -1, b = -1; // operands (indices into terms)
};

struct Condition {
  std::string text;           // as written
  std::vector<CondTerm> terms;
  int root = -1;

  // Values of identifiers; returns nullopt for an unknown name (which then counts as 0).
  using Lookup = std::function<std::optional<double>(const std::string&)>;
  bool eval(const Lookup& lookup) const;
  std::vector<std::string> identifiers() const;
};

struct ConditionError {
  std::string message;
  int offset = 0; // byte offset into the text
};

// Limits keep hostile input cheap: text length and nesting are bounded.
constexpr std::size_t kMaxConditionLength = 1000;
constexpr int kMaxConditionDepth = 32;

std::optional<Condition> parse_condition(std::string_view text, ConditionError* error);

// What the checker knows about a name: its range and whether it is a truth value.
struct NameInfo {
  double min = 0, max = 1;
  bool is_bool = false;
};
using NameTable = std::function<std::optional<NameInfo>(const std::string&)>;

struct ConditionProblem {
  std::string message;
  bool error = true;
};

// Type checks (undeclared names, bool compared with a number) and, where interval
// reasoning decides it, a condition that can never hold.
std::vector<ConditionProblem> check_condition(const Condition& c, const NameTable& names);

}  // namespace sb::scenario
