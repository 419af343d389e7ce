// Issue 13, part 2: `simulate` on an adult scenario reports mean attachment anxiety and
// avoidance and a count per prototype, and the population of grown-ups lands within
// 7 points of Hazan & Shaver's (1987) three-way shares (secure 56, avoidant 25,
// anxious 19), with dismissing + fearful-avoidant as their avoidant group.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <cmath>
#include <sstream>

#include "sim/simulate.hpp"
#include "sim/simulate_adult.hpp"

using namespace sb;

namespace {

nlohmann::json simulate_json(const std::string& scenario, int runs, bool population) {
  sim::SimulateOptions o;
  o.scenario = scenario;
  o.runs = runs;
  o.seed = 1;
  o.json = true;
  o.population = population;
  o.observer = "ideal";
  std::ostringstream out, err;
  REQUIRE(sim::simulate_command(o, out, err) == 0);
  return nlohmann::json::parse(out.str());
}

}  // namespace

TEST_CASE("adult: simulate --json for a grown-up scene gives mean anxiety, mean avoidance and a count per prototype",
          "[sim][simulate]") {
  const auto j = simulate_json("grown-up", 6, false);
  REQUIRE(j.contains("adult"));
  const auto& a = j["adult"];
  CHECK(a["runs"] == 6);
  CHECK(a["mean_anxiety"].get<double>() >= 1.0);
  CHECK(a["mean_anxiety"].get<double>() <= 7.0);
  CHECK(a["mean_avoidance"].get<double>() >= 1.0);
  CHECK(a["mean_avoidance"].get<double>() <= 7.0);
  int total = 0;
  for (const char* p : {"secure", "preoccupied", "dismissing", "fearful"}) total += a["prototypes"][p].get<int>();
  CHECK(total == 6);
  CHECK(a["three_way"]["secure"].get<double>() + a["three_way"]["avoidant"].get<double>() + a["three_way"]["anxious"].get<double>() ==
        Approx(1.0).margin(0.001));
  CHECK(a["hazan_shaver_1987"]["secure"].get<double>() == Approx(0.56));

  // Infant scenes are coded as infants: no adult block.
  CHECK_FALSE(simulate_json("strange-situation", 2, false).contains("adult"));
}

TEST_CASE("adult: the population of grown-ups sits within 7 points of Hazan & Shaver's 56 / 25 / 19", "[sim][simulate][slow]") {
  const auto j = simulate_json("grown-up", 150, true);
  REQUIRE(j.contains("adult"));
  const auto& t = j["adult"]["three_way"];
  const double secure = 100 * t["secure"].get<double>(), avoidant = 100 * t["avoidant"].get<double>(),
               anxious = 100 * t["anxious"].get<double>();
  INFO("secure " << secure << ", avoidant " << avoidant << ", anxious " << anxious);
  CHECK(std::abs(secure - sim::kHazanShaver1987.secure) <= 7);
  CHECK(std::abs(avoidant - sim::kHazanShaver1987.avoidant) <= 7);
  CHECK(std::abs(anxious - sim::kHazanShaver1987.anxious) <= 7);
  // Every prototype occurs: the plane's four regions are all reached.
  for (const char* p : {"secure", "preoccupied", "dismissing", "fearful"}) CHECK(j["adult"]["prototypes"][p].get<int>() > 0);
}
