// `securebase simulate`: input checking, output shape, determinism across threads.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <sstream>

#include "sim/simulate.hpp"

using namespace sb;

namespace {
struct Result {
  int code;
  std::string out, err;
};
Result simulate(sim::SimulateOptions o) {
  std::ostringstream out, err;
  const int code = sim::simulate_command(o, out, err);
  return {code, out.str(), err.str()};
}
}  // namespace

TEST_CASE("simulate refuses bad input with the documented exit codes", "[sim][simulate]") {
  sim::SimulateOptions o;
  o.runs = 0;
  CHECK(simulate(o).code == 2);
  o.runs = 2;
  o.caregiver = "sensitivity=12";
  Result r = simulate(o);
  CHECK(r.code == 2);  // a bad option value is a usage error
  CHECK_THAT(r.err, Catch::Contains("out of range"));
  o.caregiver = "sensitive";
  o.scenario = "no-such-scenario";
  r = simulate(o);
  CHECK(r.code == 3);
  CHECK_THAT(r.err, Catch::Contains("no such scenario"));
  o.scenario = "strange-situation";
  o.sweep = "warmth=1..9";
  r = simulate(o);
  CHECK(r.code == 2);
  CHECK_THAT(r.err, Catch::Contains("warmth"));
  o.sweep = "sensitivity=0..9";
  CHECK(simulate(o).code == 2);
  o.sweep = "sensitivity=1..9";
  o.population = true;
  CHECK(simulate(o).code == 2);
}

TEST_CASE("sweep values are parsed with a default or given step", "[sim][simulate]") {
  std::string error;
  auto s = sim::parse_sweep("sensitivity=1..9", &error);
  REQUIRE(s);
  CHECK(s->values.size() == 9);
  CHECK(s->values.front() == 1);
  CHECK(s->values.back() == 9);
  s = sim::parse_sweep("frightening=0..0.4", &error);
  REQUIRE(s);
  CHECK(s->values.size() == 5);
  s = sim::parse_sweep("acceptance=2..8:3", &error);
  REQUIRE(s);
  CHECK(s->values == std::vector<double>{2, 5, 8});
  CHECK_FALSE(sim::parse_sweep("sensitivity=9..1", &error));
  CHECK_FALSE(sim::parse_sweep("sensitivity=1..9:0", &error));
  CHECK_FALSE(sim::parse_sweep("sensitivity", &error));
  CHECK_FALSE(sim::parse_sweep("frightening=0..1:0.001", &error));
}

TEST_CASE("simulate --json gives one object with runs, seed, outcomes and mean scales", "[sim][simulate]") {
  sim::SimulateOptions o;
  o.runs = 4;
  o.seed = 7;
  o.json = true;
  o.caregiver = "rejecting";
  const Result r = simulate(o);
  REQUIRE(r.code == 0);
  CHECK(r.err.empty());
  CHECK(r.out.front() == '{');
  CHECK(r.out.find('\n') == r.out.size() - 1);  // one line, one object
  for (const char* key : {"\"runs\":4", "\"seed\":7", "\"outcomes\":{\"secure\":", "\"avoidant\":", "\"anxious\":",
                          "\"disorganized\":", "\"mean_scales\":{\"proximity_seeking\":", "\"avoidance\":",
                          "\"disorganization\":", "\"reunions\":[{\"reunion\":1"})
    CHECK_THAT(r.out, Catch::Contains(key));
  // It parses as JSON, and its numbers agree with one another.
  const auto j = nlohmann::json::parse(r.out);
  int total = 0;
  double rates = 0;
  for (const char* p : {"secure", "avoidant", "anxious", "disorganized"}) {
    total += j["outcomes"][p].get<int>();
    rates += j["rates"][p].get<double>();
  }
  CHECK(total == 4);
  CHECK(rates == Approx(1.0).margin(0.001));
}

TEST_CASE("simulate gives the same answer on one thread and on many", "[sim][simulate]") {
  sim::SimulateOptions o;
  o.runs = 4;
  o.seed = 3;
  o.json = true;
  o.caregiver = "inconsistent";
  o.threads = 1;
  const Result one = simulate(o);
  o.threads = 3;
  const Result three = simulate(o);
  REQUIRE(one.code == 0);
  CHECK(one.out == three.out);
}

TEST_CASE("simulate prints tables for a style, a sweep and a population", "[sim][simulate]") {
  sim::SimulateOptions o;
  o.runs = 2;
  Result r = simulate(o);
  REQUIRE(r.code == 0);
  CHECK_THAT(r.out, Catch::Contains("secure"));
  CHECK_THAT(r.out, Catch::Contains("proximity seeking"));
  o.sweep = "sensitivity=2..8:6";
  r = simulate(o);
  REQUIRE(r.code == 0);
  CHECK_THAT(r.out, Catch::Contains("sensitivity"));
  CHECK_THAT(r.out, Catch::Contains("\n2 "));
  CHECK_THAT(r.out, Catch::Contains("\n8 "));
  o.sweep.clear();
  o.population = true;
  r = simulate(o);
  REQUIRE(r.code == 0);
  CHECK_THAT(r.out, Catch::Contains("Ainsworth 1978"));
  CHECK_THAT(r.out, Catch::Contains("~62%"));
}
