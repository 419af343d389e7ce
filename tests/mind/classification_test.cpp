// Classification of hand-built records, and reasons that point at moments.
#include <catch2/catch.hpp>

#include "mind/coding.hpp"
#include "scripted_record.hpp"

using namespace sb::mind;
using namespace sb::mind::testing;

namespace {
Classification classify_both(const std::vector<Segment>& reunion, double sep_arousal = 0.7, double sep_shown = 0.6) {
  Script s;
  s.lead_in(sep_arousal, sep_shown)
      .episode(4, EpisodeRole::Reunion, reunion)
      .separations_5_to_7(sep_arousal, sep_shown)
      .episode(7, EpisodeRole::Reunion, reunion);
  return classify_record(s.record);
}
bool any_reason(const Classification& c, const std::string& text) {
  for (const Reason& r : c.reasons)
    if (r.text.find(text) != std::string::npos) return true;
  return false;
}
}  // namespace

TEST_CASE("a child who seeks, is held, calms and plays again is secure", "[mind][classification]") {
  const Classification c = classify_both(secure_reunion());
  CHECK(c.pattern == Pattern::Secure);
  CHECK(c.subgroup == "B3");
  REQUIRE(c.reunions.size() == 2);
  CHECK(c.reunions[0].episode == 4);
  CHECK(c.disorganization < 5);
  CHECK(any_reason(c, "episode 8, 0:05: went to the parent and was held for 1:00"));
  CHECK(any_reason(c, "back to play"));
}

TEST_CASE("a child who turns away at the return and plays on is avoidant, with the moment named", "[mind][classification]") {
  const Classification c = classify_both(avoidant_reunion(), 0.65, 0.1);
  CHECK(c.pattern == Pattern::Avoidant);
  CHECK(c.subgroup == "A1");
  CHECK(any_reason(c, "episode 5, 0:02: turned away within 2 s of the parent's return and kept playing"));
  CHECK(any_reason(c, "did not go to the parent"));
  // The hidden arousal is part of the story: calm outside, stirred up inside.
  CHECK(any_reason(c, "looked calm while apart (shown distress 10%) though the body was stirred up (hidden arousal 65%)"));
  // Reasons carry the time of their moment.
  for (const Reason& r : c.reasons) CHECK(r.time >= 0);
}

TEST_CASE("a child who clings and pushes and does not settle is anxious-resistant", "[mind][classification]") {
  const Classification c = classify_both(resistant_reunion(), 0.9, 0.9);
  CHECK(c.pattern == Pattern::Anxious);
  CHECK(c.subgroup == "C1");
  CHECK(any_reason(c, "pushed away in contact"));
  CHECK(any_reason(c, "5 pushes this reunion"));
  CHECK(any_reason(c, "not back to play"));
}

TEST_CASE("freezing as the parent comes in makes D, with a best-fitting pattern", "[mind][classification]") {
  const Classification c = classify_both(frozen_reunion());
  CHECK(c.pattern == Pattern::Disorganized);
  CHECK(c.disorganization >= 5);
  REQUIRE(c.best_fit.has_value());
  CHECK(c.subgroup.rfind("D/", 0) == 0);
  CHECK(any_reason(c, "episode 5, 0:03: froze for 20 s as the parent came in"));
}

TEST_CASE("without a reunion there is nothing to classify yet, and no crash", "[mind][classification]") {
  Script s;
  s.episode(0, EpisodeRole::Free, {{30, Action::Play}});
  const Classification c = classify_record(s.record);
  CHECK(c.reunions.empty());
  REQUIRE_FALSE(c.reasons.empty());
  CHECK_THAT(c.reasons[0].text, Catch::Contains("no reunion"));
  BehaviourRecord empty;
  CHECK(classify_record(empty).reunions.empty());
}

TEST_CASE("clock formats minutes and seconds", "[mind][classification]") {
  CHECK(clock(0) == "0:00");
  CHECK(clock(42.2) == "0:42");
  CHECK(clock(185) == "3:05");
  CHECK(clock(-3) == "0:00");
}

TEST_CASE("each reason carries its template key and values, so it can be said in another language", "[mind][classification]") {
  const Classification c = classify_both(avoidant_reunion(), 0.65, 0.1);
  const Reason* turned = nullptr;
  const Reason* calm = nullptr;
  for (const Reason& r : c.reasons) {
    CHECK_FALSE(r.key.empty()); // every sentence the model writes has a key
    if (r.key == "turned-away-played" && !turned) turned = &r; // the first reunion's
    if (r.key == "calm-outside") calm = &r;
  }
  REQUIRE(turned != nullptr);
  CHECK(turned->at == std::vector<std::string>{"5", "0:02"});
  CHECK(turned->values == std::vector<std::string>{"2"});
  REQUIRE(calm != nullptr);
  CHECK(calm->at.empty()); // it speaks of several episodes, not one moment
  CHECK(calm->values == std::vector<std::string>{"4, 6, 7", "10%", "65%"});
}
