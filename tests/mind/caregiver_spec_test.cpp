// The caregiver SPEC and style names a user types on the command line.
#include <catch2/catch.hpp>

#include "mind/caregiver_params.hpp"

using namespace sb::mind;

namespace {
std::string error_for(const char* text) {
  std::string error;
  const auto parsed = parse_caregiver(text, &error);
  CHECK_FALSE(parsed.has_value());
  return error;
}
}  // namespace

TEST_CASE("style names give their presets", "[mind][caregiver]") {
  std::string error;
  for (const char* style : {"sensitive", "rejecting", "inconsistent", "frightening"}) {
    const auto p = parse_caregiver(style, &error);
    REQUIRE(p.has_value());
    CHECK(describe(*p) == describe(preset(style)));
  }
  CHECK(preset("sensitive").sensitivity > preset("rejecting").sensitivity);
  CHECK(preset("rejecting").acceptance < preset("sensitive").acceptance);
  CHECK(preset("inconsistent").accessibility < preset("sensitive").accessibility);
  CHECK(preset("frightening").frightening > preset("sensitive").frightening);
}

TEST_CASE("a full SPEC sets every scale", "[mind][caregiver]") {
  std::string error;
  const auto p = parse_caregiver("sensitivity=7,acceptance=6,cooperation=7,accessibility=8,frightening=0.05", &error);
  REQUIRE(p.has_value());
  CHECK(p->sensitivity == 7);
  CHECK(p->acceptance == 6);
  CHECK(p->cooperation == 7);
  CHECK(p->accessibility == 8);
  CHECK(p->frightening == Approx(0.05));
}

TEST_CASE("unset SPEC keys keep the sensitive preset and spaces are allowed", "[mind][caregiver]") {
  std::string error;
  const auto p = parse_caregiver(" sensitivity = 2 , frightening=0.3 ", &error);
  REQUIRE(p.has_value());
  CHECK(p->sensitivity == 2);
  CHECK(p->frightening == Approx(0.3));
  CHECK(p->acceptance == preset("sensitive").acceptance);
  CHECK(p->accessibility == preset("sensitive").accessibility);
}

TEST_CASE("describe gives a SPEC that parses back to the same caregiver", "[mind][caregiver]") {
  std::string error;
  const CaregiverParams c{3.5, 2, 8, 4, 0.125};
  const auto back = parse_caregiver(describe(c), &error);
  REQUIRE(back.has_value());
  CHECK(describe(*back) == describe(c));
}

TEST_CASE("bad SPECs are refused with a message that names the problem", "[mind][caregiver]") {
  CHECK_THAT(error_for("grumpy"), Catch::Contains("unknown caregiver style 'grumpy'"));
  CHECK_THAT(error_for(""), Catch::Contains("empty caregiver"));
  CHECK_THAT(error_for("warmth=5"), Catch::Contains("unknown key 'warmth'"));
  CHECK_THAT(error_for("sensitivity=10"), Catch::Contains("out of range: use 1..9"));
  CHECK_THAT(error_for("sensitivity=0.5"), Catch::Contains("out of range"));
  CHECK_THAT(error_for("frightening=1.5"), Catch::Contains("use 0..1"));
  CHECK_THAT(error_for("acceptance=high"), Catch::Contains("not a number: 'high'"));
  CHECK_THAT(error_for("acceptance=nan"), Catch::Contains("not a number"));
  CHECK_THAT(error_for("sensitivity=5,sensitivity=6"), Catch::Contains("given twice"));
  CHECK_THAT(error_for("sensitivity=5,,acceptance=3"), Catch::Contains("empty item"));
  CHECK_THAT(error_for("sensitivity=5,"), Catch::Contains("empty item"));
  CHECK_THAT(error_for("sensitivity=5,acceptance"), Catch::Contains("has no '='"));
  // A null error pointer is allowed.
  CHECK_FALSE(parse_caregiver("nope=1", nullptr).has_value());
}
