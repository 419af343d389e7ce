// Issue 13, part 2: adults are coded on two continuous dimensions, attachment anxiety
// and avoidance, and Bartholomew & Horowitz's prototypes are regions of that plane.
// Unresolved moments are kept apart: they never move the point.
#include <catch2/catch.hpp>

#include "mind/adult_coding.hpp"
#include "mind/behaviour_record.hpp"

using namespace sb::mind;

namespace {

std::vector<AdultChoice> chose(std::initializer_list<AdultAct> acts) {
  std::vector<AdultChoice> out;
  double t = 10;
  for (AdultAct a : acts) out.push_back({t += 30, 1, a, to_string(a), "line", false});
  return out;
}

AdultCoding code(std::initializer_list<AdultAct> acts) {
  const BehaviourRecord empty;
  return code_adult(empty, chose(acts), true);
}

}  // namespace

TEST_CASE("adult coding: the four prototypes are the four quadrants of the anxiety-avoidance plane") {
  CHECK(prototype_at(2, 2) == Prototype::Secure);
  CHECK(prototype_at(6, 2) == Prototype::Preoccupied);
  CHECK(prototype_at(2, 6) == Prototype::Dismissing);
  CHECK(prototype_at(6, 6) == Prototype::Fearful);
  CHECK(prototype_at(kAdultScaleMid, kAdultScaleMid) == Prototype::Secure); // the midpoint itself is not "high"
  CHECK(std::string(to_string(Prototype::Fearful)) == "fearful");
}

TEST_CASE("adult coding: pursuing and protesting raise anxiety; withdrawing and deflecting raise avoidance") {
  const AdultCoding hot = code({AdultAct::Pursue, AdultAct::AskReassurance, AdultAct::Criticise});
  CHECK(hot.anxiety > 5.5);
  CHECK(hot.avoidance < kAdultScaleMid);
  CHECK(hot.prototype == Prototype::Preoccupied);

  const AdultCoding cold = code({AdultAct::Stonewall, AdultAct::Deflect, AdultAct::Withdraw});
  CHECK(cold.avoidance > 5.5);
  CHECK(cold.anxiety < kAdultScaleMid);
  CHECK(cold.prototype == Prototype::Dismissing);

  const AdultCoding open = code({AdultAct::SayWhatHurts, AdultAct::SootheSelf, AdultAct::OfferRepair});
  CHECK(open.anxiety < 3);
  CHECK(open.avoidance < 3);
  CHECK(open.prototype == Prototype::Secure);

  const AdultCoding torn = code({AdultAct::Pursue, AdultAct::Withdraw, AdultAct::RefuseRepair});
  CHECK(torn.anxiety > kAdultScaleMid);
  CHECK(torn.avoidance > kAdultScaleMid);
  CHECK(torn.prototype == Prototype::Fearful);
}

TEST_CASE("adult coding: the dimensions are continuous, stay within 1..7, and more of the same moves further") {
  const AdultCoding one = code({AdultAct::Withdraw});
  const AdultCoding two = code({AdultAct::Withdraw, AdultAct::Stonewall});
  const AdultCoding many = code({AdultAct::Withdraw, AdultAct::Stonewall, AdultAct::Withdraw, AdultAct::Stonewall,
                                 AdultAct::Withdraw, AdultAct::Stonewall, AdultAct::Withdraw, AdultAct::Stonewall});
  CHECK(one.avoidance > kAdultScaleMid);
  CHECK(two.avoidance > one.avoidance);
  CHECK(many.avoidance > two.avoidance);
  CHECK(many.avoidance <= 7.0);
  const AdultCoding none = code({});
  CHECK(none.anxiety == Approx(kAdultScaleMid));
  CHECK(none.avoidance == Approx(kAdultScaleMid));
  CHECK(none.reasons.empty());
}

TEST_CASE("adult coding: a freeze is an unresolved moment, kept apart: it never moves the point or picks the prototype") {
  const BehaviourRecord empty;
  auto choices = chose({AdultAct::SayWhatHurts, AdultAct::OfferRepair});
  const AdultCoding without = code_adult(empty, choices, true);
  choices.push_back({200, 3, AdultAct::SootheSelf, "stand very still", "line.freeze", true});
  const AdultCoding with = code_adult(empty, choices, true);
  CHECK_FALSE(without.unresolved);
  CHECK(with.unresolved);
  CHECK(with.anxiety == Approx(without.anxiety));
  CHECK(with.avoidance == Approx(without.avoidance));
  CHECK(with.prototype == Prototype::Secure);
}

TEST_CASE("adult coding: each choice is a reason, in time order, with the direction it pushed") {
  const AdultCoding c = code({AdultAct::Criticise, AdultAct::Withdraw});
  REQUIRE(c.reasons.size() == 2);
  CHECK(c.reasons[0].key == "choice");
  CHECK(c.reasons[0].push.anxiety > 0);
  CHECK(c.reasons[1].push.avoidance > 0);
  CHECK(c.reasons[0].time < c.reasons[1].time);
  CHECK(c.reasons[1].values.at(1) == "withdraw");
}

TEST_CASE("adult coding: act names round-trip and unknown names are refused") {
  for (int i = 0; i < kAdultActCount; ++i) {
    const auto a = static_cast<AdultAct>(i);
    CHECK(adult_act_from_name(to_string(a)) == a);
  }
  CHECK_FALSE(adult_act_from_name("cry"));
  CHECK_FALSE(adult_act_from_name(""));
}

TEST_CASE("adult coding: the drawn path starts in the middle and ends where the point was coded") {
  const AdultCoding c = code({AdultAct::Pursue, AdultAct::Withdraw, AdultAct::RefuseRepair});
  const auto path = adult_path(c);
  REQUIRE(path.size() == c.reasons.size() + 1);
  CHECK(path.front().anxiety == Approx(kAdultScaleMid));
  CHECK(path.front().avoidance == Approx(kAdultScaleMid));
  CHECK(path.back().anxiety == Approx(c.anxiety));
  CHECK(path.back().avoidance == Approx(c.avoidance));
  CHECK(path[1].anxiety > path[0].anxiety); // pursuing moved it toward more anxiety first
}
