// Ainsworth's interactive scales and Main & Solomon's rating on hand-built records.
#include <catch2/catch.hpp>

#include "mind/coding.hpp"
#include "scripted_record.hpp"

using namespace sb::mind;
using namespace sb::mind::testing;

namespace {
ReunionScales scales_of(const std::vector<Segment>& reunion) {
  Script s;
  s.lead_in().episode(4, EpisodeRole::Reunion, reunion);
  return code_reunion(s.record.episodes().back());
}
}  // namespace

TEST_CASE("a prompt approach into held contact scores high seeking and maintaining", "[mind][coding]") {
  const ReunionScales r = scales_of(secure_reunion());
  CHECK(r.proximity_seeking == 7);
  CHECK(r.contact_maintaining >= 5);
  CHECK(r.resistance == 1);
  CHECK(r.avoidance <= 2);
}

TEST_CASE("a first approach later than 30 s cannot score 7 on proximity seeking", "[mind][coding]") {
  std::vector<Segment> late = {{40, Action::Play, 3.0}, {2, Action::MoveToward, 1.5}, {60, Action::Cling, 0.4, true}};
  const ReunionScales r = scales_of(late);
  CHECK(r.proximity_seeking == 6);
  std::vector<Segment> early = {{10, Action::Play, 3.0}, {2, Action::MoveToward, 1.5}, {60, Action::Cling, 0.4, true}};
  CHECK(scales_of(early).proximity_seeking == 7);
}

TEST_CASE("turning away at once and playing on scores high avoidance, no seeking", "[mind][coding]") {
  const ReunionScales r = scales_of(avoidant_reunion());
  CHECK(r.avoidance >= 6);
  CHECK(r.proximity_seeking == 1);
  CHECK(r.contact_maintaining == 1);
  CHECK(r.resistance == 1);
}

TEST_CASE("pushing away while held scores resistance by how often", "[mind][coding]") {
  const ReunionScales r = scales_of(resistant_reunion());
  CHECK(r.resistance >= 6);
  CHECK(r.contact_maintaining >= 4);
  CHECK(r.proximity_seeking == 7);
  std::vector<Segment> one_push = {{2, Action::MoveToward, 1.5}, {20, Action::Cling, 0.4, true},
                                   {1, Action::PushAway, 0.4, true}, {60, Action::Play, 2.5}};
  CHECK(scales_of(one_push).resistance == 3);
}

TEST_CASE("the disorganization rating rises with freezing and apprehension", "[mind][coding]") {
  Script calm;
  calm.lead_in().episode(4, EpisodeRole::Reunion, secure_reunion());
  CHECK(code_disorganization(calm.record).rating < 3);

  Script frozen;
  frozen.lead_in().episode(4, EpisodeRole::Reunion, frozen_reunion());
  const auto d = code_disorganization(frozen.record);
  CHECK(d.strength[4] == 3);  // (5) freezing: 20 s in her presence
  CHECK(d.strength[2] >= 1);  // (3) the approach broke off into stillness
  CHECK(d.rating >= 7);
  REQUIRE(d.example[4] != nullptr);
  CHECK(d.example[4]->length == Approx(20).margin(0.1));

  Script startled;
  startled.lead_in().episode(4, EpisodeRole::Reunion,
                             {{5, Action::Play, 2.0},
                              {1, Action::None, 1.0, false, 0.8, 0.5, true, AnswerKind::Frighten, true},
                              {3, Action::MoveAway, 2.0, false, 0.8, 0.5},
                              {60, Action::Play, 3.0}});
  const auto s = code_disorganization(startled.record);
  CHECK(s.strength[5] >= 1);  // (6) apprehension of the parent
  CHECK(s.rating >= 3);
}

TEST_CASE("the player's stick movement counts as approach and retreat", "[mind][coding]") {
  // No action, only the child's own velocity toward the caregiver.
  Script s;
  s.lead_in();
  BehaviourRecord& r = s.record;
  for (int i = 0; i < 120; ++i) {
    Percept p;
    p.time = 1000 + i / 60.0;
    p.episode = 4;
    p.role = EpisodeRole::Reunion;
    p.episode_time = i / 60.0;
    p.caregiver_distance = 3.0 - i / 60.0;
    p.child_speed_toward_caregiver = 1.0;
    r.observe(p, Action::None, ChildState{}, AnswerKind::None, false, 0.2, nullptr);
  }
  CHECK(r.episodes().back().first_approach == Approx(0).margin(0.05));
}

TEST_CASE("contact maintaining scores the child's own efforts, not how long it was held", "[mind][coding]") {
  // Held a full minute, but passively: sinking in at most, no clinging.
  std::vector<Segment> held = {{2, Action::MoveToward, 1.5}, {60, Action::None, 0.4, true}, {30, Action::Play, 2.5}};
  // Held briefly, clinging all the while, and protesting when put down.
  std::vector<Segment> clung = {{2, Action::MoveToward, 1.5}, {20, Action::Cling, 0.4, true},
                                {1, Action::None, 0.6}, {3, Action::ReachUp, 0.6}, {30, Action::Play, 2.5}};
  const ReunionScales a = scales_of(held), b = scales_of(clung);
  CHECK(a.contact_maintaining == 3);
  CHECK(b.contact_maintaining >= 6);
}

TEST_CASE("approach and retreat during exploration is not a sign of disorganization", "[mind][coding]") {
  std::vector<Segment> back_and_forth;
  for (int i = 0; i < 10; ++i) {
    back_and_forth.push_back({1.0, Action::MoveToward, 2.0});
    back_and_forth.push_back({1.0, Action::MoveAway, 2.0});
    back_and_forth.push_back({6.0, Action::Play, 3.0});
  }
  Script exploring;
  exploring.episode(1, EpisodeRole::Exploration, back_and_forth);
  CHECK(code_disorganization(exploring.record).strength[0] == 0);
  Script reunion;
  reunion.lead_in().episode(4, EpisodeRole::Reunion, back_and_forth);
  CHECK(code_disorganization(reunion.record).strength[0] >= 2);
}
