// Progress over time: the reliability milestone and the agreement curve.
#include <catch2/catch.hpp>

#include "trainer/progress.hpp"

using namespace sb::trainer;

namespace {
ScoreSheet as(std::string subgroup) {
  ScoreSheet s;
  s.reunions = {{4, {4, 4, 1, 2}}, {7, {4, 4, 1, 2}}};
  s.disorganization = subgroup[0] == 'D' ? 6 : 1;
  s.subgroup = std::move(subgroup);
  return s;
}
Attempt attempt(std::uint64_t seed, std::string mine, std::string theirs, std::string set = "class-1") {
  return {"2026-12-03T10:00:00Z", std::move(set), seed, as(std::move(mine)), as(std::move(theirs))};
}
}  // namespace

TEST_CASE("the reliability milestone needs every trial of the set scored and 80% agreement on A/B/C/D") {
  const TrialSet set{"class-1", "", SetKind::Custom, {1, 2, 3, 4, 5}};
  TrainerProgress p;
  for (std::uint64_t s = 1; s <= 4; ++s) p.attempts.push_back(attempt(s, "B3", "B3"));
  Milestone m = milestone(p, set);
  CHECK(m.scored == 4);
  CHECK(m.trials == 5);
  CHECK_FALSE(m.reached);  // one trial still to score

  p.attempts.push_back(attempt(5, "A1", "C1"));  // 4 of 5 = 80%
  m = milestone(p, set);
  CHECK(m.scored == 5);
  CHECK(*m.agreement == Approx(0.8));
  CHECK(m.reached);

  p.attempts.push_back(attempt(4, "D/B", "B3"));  // a later, worse attempt at trial 4 counts: 60%
  m = milestone(p, set);
  CHECK(*m.agreement == Approx(0.6));
  CHECK_FALSE(m.reached);

  p.attempts.push_back(attempt(5, "C1", "C1", "another-set"));  // another set's attempt does not count here
  CHECK(*milestone(p, set).agreement == Approx(0.6));
}

TEST_CASE("the agreement curve follows the last ten attempts") {
  TrainerProgress p;
  for (int i = 0; i < 10; ++i) p.attempts.push_back(attempt(i, "A1", "B3"));
  for (int i = 10; i < 20; ++i) p.attempts.push_back(attempt(i, "B3", "B3"));
  const std::vector<double> curve = agreement_curve(p);
  REQUIRE(curve.size() == 20);
  CHECK(curve[0] == 0.0);
  CHECK(curve[9] == 0.0);
  CHECK(curve[14] == Approx(0.5));
  CHECK(curve[19] == Approx(1.0));
}
