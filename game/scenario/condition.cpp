#include "scenario/condition.hpp"

#include <cctype>
#include <charconv>
#include <cmath>
#include <map>

namespace sb::scenario {

namespace {

struct Token {
  enum Kind { End, Number, Ident, LParen, RParen, Op, And, Or, Not, True, False, Bad };
  Kind kind = End;
  std::string text;
  double number = 0;
  CondTerm::Kind op = CondTerm::Less;
  int offset = 0;
};

bool ident_start(char c) { return std::isalpha(static_cast<unsigned char>(c)) || c == '_'; }
bool ident_char(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-' || c == '.';
}

class Parser {
 public:
  explicit Parser(std::string_view s) : s_(s) { next(); }

  std::optional<int> parse(ConditionError* err) {
    auto r = parse_or(0);
    if (!r) {
      if (err) *err = error_;
      return std::nullopt;
    }
    if (tok_.kind != Token::End) {
      fail("unexpected '" + tok_.text + "'" + (tok_.text == "=" ? "; did you mean '=='?" : ""), tok_.offset);
      if (err) *err = error_;
      return std::nullopt;
    }
    return r;
  }
  std::vector<CondTerm> terms;

 private:
  std::string_view s_;
  std::size_t pos_ = 0;
  Token tok_;
  ConditionError error_;
  bool failed_ = false;

  void fail(std::string msg, int offset) {
    if (failed_) return;
    failed_ = true;
    error_ = {std::move(msg), offset};
  }

  void next() {
    while (pos_ < s_.size() && std::isspace(static_cast<unsigned char>(s_[pos_]))) ++pos_;
    tok_ = Token{};
    tok_.offset = static_cast<int>(pos_);
    if (pos_ >= s_.size()) return;
    const char c = s_[pos_];
    auto two = [&](char second) { return pos_ + 1 < s_.size() && s_[pos_ + 1] == second; };
    if (c == '(') { tok_.kind = Token::LParen; tok_.text = "("; ++pos_; return; }
    if (c == ')') { tok_.kind = Token::RParen; tok_.text = ")"; ++pos_; return; }
    if (c == '<' || c == '>' || c == '=' || c == '!') {
      tok_.kind = Token::Op;
      const bool eq = two('=');
      tok_.text = std::string(1, c) + (eq ? "=" : "");
      if (c == '<') tok_.op = eq ? CondTerm::LessEq : CondTerm::Less;
      else if (c == '>') tok_.op = eq ? CondTerm::GreaterEq : CondTerm::Greater;
      else if (c == '=' && eq) tok_.op = CondTerm::Equal;
      else if (c == '!' && eq) tok_.op = CondTerm::NotEqual;
      else { tok_.kind = Token::Bad; }
      pos_ += eq ? 2 : 1;
      return;
    }
    if (std::isdigit(static_cast<unsigned char>(c)) || c == '.' || c == '-') {
      std::size_t end = pos_ + 1;
      while (end < s_.size() && (std::isdigit(static_cast<unsigned char>(s_[end])) || s_[end] == '.')) ++end;
      tok_.text = std::string(s_.substr(pos_, end - pos_));
      double v = 0;
      auto [p, ec] = std::from_chars(tok_.text.data(), tok_.text.data() + tok_.text.size(), v);
      tok_.kind = (ec == std::errc() && p == tok_.text.data() + tok_.text.size() && std::isfinite(v))
                      ? Token::Number : Token::Bad;
      tok_.number = v;
      pos_ = end;
      return;
    }
    if (ident_start(c)) {
      std::size_t end = pos_ + 1;
      while (end < s_.size() && ident_char(s_[end])) ++end;
      tok_.text = std::string(s_.substr(pos_, end - pos_));
      pos_ = end;
      static const std::map<std::string, CondTerm::Kind> word_ops = {
          {"lt", CondTerm::Less}, {"le", CondTerm::LessEq}, {"gt", CondTerm::Greater},
          {"ge", CondTerm::GreaterEq}, {"eq", CondTerm::Equal}, {"ne", CondTerm::NotEqual}};
      if (tok_.text == "and") tok_.kind = Token::And;
      else if (tok_.text == "or") tok_.kind = Token::Or;
      else if (tok_.text == "not") tok_.kind = Token::Not;
      else if (tok_.text == "true") tok_.kind = Token::True;
      else if (tok_.text == "false") tok_.kind = Token::False;
      else if (auto it = word_ops.find(tok_.text); it != word_ops.end()) {
        tok_.kind = Token::Op;
        tok_.op = it->second;
      } else tok_.kind = Token::Ident;
      return;
    }
    tok_.kind = Token::Bad;
    tok_.text = std::string(1, c);
    ++pos_;
  }

  int add(CondTerm t) {
    terms.push_back(std::move(t));
    return static_cast<int>(terms.size()) - 1;
  }

  std::optional<int> parse_or(int depth) {
    if (depth > kMaxConditionDepth) { fail("condition nested too deeply", tok_.offset); return std::nullopt; }
    auto left = parse_and(depth + 1);
    while (left && tok_.kind == Token::Or) {
      next();
      auto right = parse_and(depth + 1);
      if (!right) return std::nullopt;
      CondTerm t; t.kind = CondTerm::Or; t.a = *left; t.b = *right;
      left = add(t);
    }
    return left;
  }
  std::optional<int> parse_and(int depth) {
    auto left = parse_unary(depth + 1);
    while (left && tok_.kind == Token::And) {
      next();
      auto right = parse_unary(depth + 1);
      if (!right) return std::nullopt;
      CondTerm t; t.kind = CondTerm::And; t.a = *left; t.b = *right;
      left = add(t);
    }
    return left;
  }
  std::optional<int> parse_unary(int depth) {
    if (depth > kMaxConditionDepth) { fail("condition nested too deeply", tok_.offset); return std::nullopt; }
    if (tok_.kind == Token::Not) {
      next();
      auto a = parse_unary(depth + 1);
      if (!a) return std::nullopt;
      CondTerm t; t.kind = CondTerm::Not; t.a = *a;
      return add(t);
    }
    auto left = parse_atom(depth + 1);
    if (left && tok_.kind == Token::Op) {
      const CondTerm::Kind op = tok_.op;
      next();
      auto right = parse_atom(depth + 1);
      if (!right) return std::nullopt;
      CondTerm t; t.kind = op; t.a = *left; t.b = *right;
      return add(t);
    }
    return left;
  }
  std::optional<int> parse_atom(int depth) {
    CondTerm t;
    switch (tok_.kind) {
      case Token::Number: t.kind = CondTerm::Number; t.number = tok_.number; next(); return add(t);
      case Token::True: case Token::False:
        t.kind = CondTerm::Number; t.number = tok_.kind == Token::True ? 1 : 0; t.is_bool_literal = true;
        next(); return add(t);
      case Token::Ident: t.kind = CondTerm::Ident; t.ident = tok_.text; next(); return add(t);
      case Token::LParen: {
        next();
        auto inner = parse_or(depth + 1);
        if (!inner) return std::nullopt;
        if (tok_.kind != Token::RParen) { fail("missing ')'", tok_.offset); return std::nullopt; }
        next();
        return inner;
      }
      case Token::End: fail("condition ends too early", tok_.offset); return std::nullopt;
      case Token::Bad:
        fail("'" + tok_.text + "' is not allowed here" +
                 (tok_.text == "=" ? "; did you mean '=='?" : tok_.text == "&" ? "; write 'and'" : ""),
             tok_.offset);
        return std::nullopt;
      default: fail("expected a name, number or '(' but found '" + tok_.text + "'", tok_.offset); return std::nullopt;
    }
  }
};

double eval_term(const Condition& c, int i, const Condition::Lookup& lookup) {
  const CondTerm& t = c.terms[static_cast<std::size_t>(i)];
  switch (t.kind) {
    case CondTerm::Number: return t.number;
    case CondTerm::Ident: return lookup(t.ident).value_or(0.0);
    case CondTerm::Not: return eval_term(c, t.a, lookup) != 0 ? 0 : 1;
    case CondTerm::And: return (eval_term(c, t.a, lookup) != 0 && eval_term(c, t.b, lookup) != 0) ? 1 : 0;
    case CondTerm::Or: return (eval_term(c, t.a, lookup) != 0 || eval_term(c, t.b, lookup) != 0) ? 1 : 0;
    default: break;
  }
  const double a = eval_term(c, t.a, lookup), b = eval_term(c, t.b, lookup);
  switch (t.kind) {
    case CondTerm::Less: return a < b;
    case CondTerm::LessEq: return a <= b;
    case CondTerm::Greater: return a > b;
    case CondTerm::GreaterEq: return a >= b;
    case CondTerm::Equal: return a == b;
    case CondTerm::NotEqual: return a != b;
    default: return 0;
  }
}

// ---- Interval reasoning for "can never hold" ----------------------------------
struct Interval {
  double lo, hi;
  bool lo_open = false, hi_open = false;
  bool empty() const { return lo > hi || (lo == hi && (lo_open || hi_open)); }
};
using Box = std::map<std::string, Interval>;
using Dnf = std::vector<Box>; // satisfiable if any box is non-empty
constexpr std::size_t kMaxBoxes = 64;

struct Analyzer {
  const Condition& c;
  const NameTable& names;

  Interval range_of(const std::string& id, bool is_int_hint) const {
    (void)is_int_hint;
    auto info = names(id);
    if (!info) return {-INFINITY, INFINITY};
    return {info->min, info->max};
  }

  static bool intersect(Box& box, const std::string& id, Interval iv) {
    auto [it, inserted] = box.emplace(id, iv);
    if (!inserted) {
      Interval& cur = it->second;
      if (iv.lo > cur.lo || (iv.lo == cur.lo && iv.lo_open)) { cur.lo = iv.lo; cur.lo_open = iv.lo_open; }
      if (iv.hi < cur.hi || (iv.hi == cur.hi && iv.hi_open)) { cur.hi = iv.hi; cur.hi_open = iv.hi_open; }
    }
    return !it->second.empty();
  }

  std::optional<Dnf> single(const std::string& id, Interval iv) const {
    Box box;
    Interval r = range_of(id, false);
    if (!intersect(box, id, r) || !intersect(box, id, iv)) return Dnf{};
    return Dnf{box};
  }

  static CondTerm::Kind negate(CondTerm::Kind k) {
    switch (k) {
      case CondTerm::Less: return CondTerm::GreaterEq;
      case CondTerm::LessEq: return CondTerm::Greater;
      case CondTerm::Greater: return CondTerm::LessEq;
      case CondTerm::GreaterEq: return CondTerm::Less;
      case CondTerm::Equal: return CondTerm::NotEqual;
      default: return CondTerm::Equal;
    }
  }
  static CondTerm::Kind mirror(CondTerm::Kind k) {
    switch (k) {
      case CondTerm::Less: return CondTerm::Greater;
      case CondTerm::LessEq: return CondTerm::GreaterEq;
      case CondTerm::Greater: return CondTerm::Less;
      case CondTerm::GreaterEq: return CondTerm::LessEq;
      default: return k;
    }
  }

  std::optional<Dnf> sat(int i, bool neg, int depth) const {
    if (depth > 2 * kMaxConditionDepth + 8) return std::nullopt;
    const CondTerm& t = c.terms[static_cast<std::size_t>(i)];
    switch (t.kind) {
      case CondTerm::Number: return ((t.number != 0) != neg) ? Dnf{Box{}} : Dnf{};
      case CondTerm::Ident: {
        auto info = names(t.ident);
        if (!info || !info->is_bool) return Dnf{Box{}};
        const double v = neg ? 0 : 1;
        return single(t.ident, {v, v});
      }
      case CondTerm::Not: return sat(t.a, !neg, depth + 1);
      case CondTerm::And:
      case CondTerm::Or: {
        auto a = sat(t.a, neg, depth + 1);
        auto b = sat(t.b, neg, depth + 1);
        if (!a || !b) return std::nullopt;
        const bool conj = (t.kind == CondTerm::And) != neg;
        if (!conj) {
          if (a->size() + b->size() > kMaxBoxes) return std::nullopt;
          a->insert(a->end(), b->begin(), b->end());
          return a;
        }
        if (a->size() * b->size() > kMaxBoxes) return std::nullopt;
        Dnf out;
        for (const Box& x : *a)
          for (const Box& y : *b) {
            Box m = x;
            bool ok = true;
            for (const auto& [id, iv] : y) ok = intersect(m, id, iv) && ok;
            if (ok) out.push_back(std::move(m));
          }
        return out;
      }
      default: break;
    }
    // A comparison: only "name op number" (either way round) is decided.
    const CondTerm& l = c.terms[static_cast<std::size_t>(t.a)];
    const CondTerm& r = c.terms[static_cast<std::size_t>(t.b)];
    CondTerm::Kind op = neg ? negate(t.kind) : t.kind;
    std::string id;
    double v = 0;
    if (l.kind == CondTerm::Ident && r.kind == CondTerm::Number) { id = l.ident; v = r.number; }
    else if (l.kind == CondTerm::Number && r.kind == CondTerm::Ident) { id = r.ident; v = l.number; op = mirror(op); }
    else if (l.kind == CondTerm::Number && r.kind == CondTerm::Number) {
      Condition tmp;
      tmp.terms = c.terms;
      const bool holds = eval_term(tmp, i, [](const std::string&) { return std::optional<double>{}; }) != 0;
      return (holds != neg) ? Dnf{Box{}} : Dnf{};
    } else return Dnf{Box{}};
    switch (op) {
      case CondTerm::Less: return single(id, {-INFINITY, v, false, true});
      case CondTerm::LessEq: return single(id, {-INFINITY, v});
      case CondTerm::Greater: return single(id, {v, INFINITY, true, false});
      case CondTerm::GreaterEq: return single(id, {v, INFINITY});
      case CondTerm::Equal: return single(id, {v, v});
      default: return Dnf{Box{}}; // != : an interval cannot say; assume it may hold
    }
  }
};

enum class Type { Bool, Number, Unknown };

Type type_of(const Condition& c, int i, const NameTable& names, std::vector<ConditionProblem>& out,
             int depth) {
  if (depth > 2 * kMaxConditionDepth + 8) return Type::Unknown;
  const CondTerm& t = c.terms[static_cast<std::size_t>(i)];
  switch (t.kind) {
    case CondTerm::Number: return t.is_bool_literal ? Type::Bool : Type::Number;
    case CondTerm::Ident: {
      auto info = names(t.ident);
      if (!info) {
        out.push_back({"'" + t.ident + "' is not a declared variable or a built-in name", true});
        return Type::Unknown;
      }
      return info->is_bool ? Type::Bool : Type::Number;
    }
    case CondTerm::Not: {
      if (type_of(c, t.a, names, out, depth + 1) == Type::Number)
        out.push_back({"'not' needs a truth value, not a number", true});
      return Type::Bool;
    }
    case CondTerm::And:
    case CondTerm::Or: {
      for (int k : {t.a, t.b})
        if (type_of(c, k, names, out, depth + 1) == Type::Number)
          out.push_back({std::string("'") + (t.kind == CondTerm::And ? "and" : "or") +
                             "' joins truth values; compare the number first, e.g. 'x > 0'", true});
      return Type::Bool;
    }
    default: {
      const Type a = type_of(c, t.a, names, out, depth + 1);
      const Type b = type_of(c, t.b, names, out, depth + 1);
      const bool ordering = t.kind != CondTerm::Equal && t.kind != CondTerm::NotEqual;
      if (a != Type::Unknown && b != Type::Unknown) {
        if (a != b) out.push_back({"compares a truth value with a number", true});
        else if (ordering && a == Type::Bool) out.push_back({"orders truth values; use == or != for them", true});
      }
      return Type::Bool;
    }
  }
}

void collect_idents(const Condition& c, std::vector<std::string>& out) {
  for (const auto& t : c.terms)
    if (t.kind == CondTerm::Ident) out.push_back(t.ident);
}

}  // namespace

bool Condition::eval(const Lookup& lookup) const {
  if (root < 0 || root >= static_cast<int>(terms.size())) return false;
  return eval_term(*this, root, lookup) != 0;
}

std::vector<std::string> Condition::identifiers() const {
  std::vector<std::string> out;
  collect_idents(*this, out);
  return out;
}

std::optional<Condition> parse_condition(std::string_view text, ConditionError* error) {
  if (text.size() > kMaxConditionLength) {
    if (error) *error = {"condition longer than " + std::to_string(kMaxConditionLength) + " characters", 0};
    return std::nullopt;
  }
  Parser p(text);
  auto root = p.parse(error);
  if (!root) return std::nullopt;
  Condition c;
  c.text = std::string(text);
  c.terms = std::move(p.terms);
  c.root = *root;
  return c;
}

std::vector<ConditionProblem> check_condition(const Condition& c, const NameTable& names) {
  std::vector<ConditionProblem> out;
  if (c.root < 0) return out;
  const Type t = type_of(c, c.root, names, out, 0);
  if (t == Type::Number)
    out.push_back({"condition is a number, not a truth value; compare it, e.g. '" + c.text + " > 0'", true});
  if (!out.empty()) return out;
  Analyzer an{c, names};
  auto dnf = an.sat(c.root, false, 0);
  if (dnf && dnf->empty())
    out.push_back({"condition '" + c.text + "' can never hold (the values it needs are outside their ranges or contradict each other)", true});
  return out;
}

}  // namespace sb::scenario
