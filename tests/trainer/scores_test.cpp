// The score sheet's vocabulary.
#include <catch2/catch.hpp>

#include "trainer/scores.hpp"

using namespace sb::trainer;
using sb::mind::Pattern;

TEST_CASE("subgroups name their pattern, and D subgroups their best-fitting organised one") {
  CHECK(*pattern_of("A1") == Pattern::Avoidant);
  CHECK(*pattern_of("B4") == Pattern::Secure);
  CHECK(*pattern_of("C2") == Pattern::Anxious);
  CHECK(*pattern_of("D/C") == Pattern::Disorganized);
  CHECK(*organised_of("D/C") == Pattern::Anxious);
  CHECK(*organised_of("B1") == Pattern::Secure);
  CHECK_FALSE(pattern_of("B5"));
  CHECK_FALSE(pattern_of(""));
  CHECK_FALSE(organised_of("D"));
  CHECK(subgroup_key("D/A") == "D-A");
  // Every subgroup starts with its pattern's letter (the one letter the trainer, debrief and charts share).
  for (const std::string& g : subgroups()) CHECK(g.substr(0, 1) == sb::mind::letter(*pattern_of(g)));
  CHECK(std::string(sb::mind::letter(Pattern::Secure)) == "B");
}

TEST_CASE("a sheet is complete only when every scale, the rating and the class are filled in and in range") {
  ScoreSheet s;
  s.reunions = {{4, {7, 5, 1, 1}}, {7, {7, 6, 1, 1}}};
  s.disorganization = 1;
  s.subgroup = "B3";
  CHECK(s.complete());
  s.reunions[1][Scale::Avoidance] = 0;
  CHECK_FALSE(s.complete());
  s.reunions[1][Scale::Avoidance] = 8;
  CHECK_FALSE(s.complete());
  s.reunions[1][Scale::Avoidance] = 2;
  s.disorganization = 10;
  CHECK_FALSE(s.complete());
  s.disorganization = 9;
  s.subgroup = "D";
  CHECK_FALSE(s.complete());
}

TEST_CASE("scale names read back") {
  for (Scale s : kScales) CHECK(*scale_from_string(to_string(s)) == s);
  CHECK_FALSE(scale_from_string("sensitivity"));
}
