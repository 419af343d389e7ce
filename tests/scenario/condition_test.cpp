#include <catch2/catch.hpp>

#include <map>

#include "scenario/condition.hpp"

using namespace sb::scenario;

namespace {
bool eval(const std::string& text, std::map<std::string, double> vars) {
  auto c = parse_condition(text, nullptr);
  REQUIRE(c.has_value());
  return c->eval([&](const std::string& n) -> std::optional<double> {
    auto it = vars.find(n);
    if (it == vars.end()) return std::nullopt;
    return it->second;
  });
}
NameTable names() {
  return [](const std::string& n) -> std::optional<NameInfo> {
    if (n == "arousal") return NameInfo{0, 1, false};
    if (n == "settled") return NameInfo{0, 1, true};
    if (n == "hugs") return NameInfo{0, 5, false};
    return std::nullopt;
  };
}
std::vector<std::string> problems(const std::string& text) {
  auto c = parse_condition(text, nullptr);
  REQUIRE(c.has_value());
  std::vector<std::string> out;
  for (const auto& p : check_condition(*c, names())) out.push_back(p.message);
  return out;
}
}  // namespace

TEST_CASE("conditions evaluate with precedence: not > comparison > and > or") {
  CHECK(eval("arousal > 0.5", {{"arousal", 0.6}}));
  CHECK_FALSE(eval("arousal > 0.5", {{"arousal", 0.5}}));
  CHECK(eval("arousal ge 0.5", {{"arousal", 0.5}}));
  CHECK(eval("a or b and c", {{"a", 1}, {"b", 0}, {"c", 0}}));
  CHECK_FALSE(eval("(a or b) and c", {{"a", 1}, {"b", 0}, {"c", 0}}));
  CHECK(eval("not settled and hugs == 2", {{"settled", 0}, {"hugs", 2}}));
  CHECK(eval("hugs != -1", {{"hugs", 2}}));
}

TEST_CASE("syntax errors say where") {
  ConditionError e;
  CHECK_FALSE(parse_condition("arousal >", &e));
  CHECK(e.message == "condition ends too early");
  CHECK_FALSE(parse_condition("arousal & settled", &e));
  CHECK(e.offset == 8);
  CHECK_FALSE(parse_condition("(arousal > 1", &e));
  CHECK(e.message == "missing ')'");
  CHECK_FALSE(parse_condition(std::string(2000, '('), &e));
  std::string deep;
  for (int i = 0; i < 200; ++i) deep += "not ";
  CHECK_FALSE(parse_condition(deep + "settled", &e));
  CHECK(e.message == "condition nested too deeply");
}

TEST_CASE("never-true conditions are found where intervals decide them") {
  CHECK(problems("arousal > 1").size() == 1);
  CHECK(problems("hugs > 5").size() == 1);
  CHECK(problems("hugs >= 5").empty());
  CHECK(problems("arousal > 0.7 and arousal < 0.3").size() == 1);
  CHECK(problems("arousal > 0.7 or arousal < 0.3").empty());
  CHECK(problems("not (arousal <= 1)").size() == 1);
  CHECK(problems("settled and not settled").size() == 1);
  CHECK(problems("1 > 2").size() == 1);
  CHECK(problems("hugs != 3").empty());
}

TEST_CASE("types are checked") {
  CHECK(problems("settled > 1")[0] == "compares a truth value with a number");
  CHECK(problems("hugs")[0].find("is a number, not a truth value") != std::string::npos);
  CHECK(problems("mood > 1")[0] == "'mood' is not a declared variable or a built-in name");
  CHECK(problems("hugs and settled")[0].find("joins truth values") != std::string::npos);
}
