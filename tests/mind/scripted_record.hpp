#pragma once
// Test helper: writes a behaviour record by hand, segment by segment, as if an
// observer watched a child do exactly these things.
#include <vector>

#include "mind/behaviour_record.hpp"

namespace sb::mind::testing {

struct Segment {
  double seconds;
  Action action;
  double distance = 2.5;     // to the caregiver
  bool touching = false;
  double arousal = 0.3, shown = 0.2;
  bool present = true;
  AnswerKind caregiver = AnswerKind::None;
  bool fright = false;       // a fright begins at the segment's start
};

class Script {
 public:
  Script& episode(int index, EpisodeRole role, const std::vector<Segment>& segments) {
    double et = 0.0;
    for (const Segment& s : segments) {
      const int ticks = static_cast<int>(s.seconds * 60.0 + 0.5);
      for (int i = 0; i < ticks; ++i) {
        Percept p;
        p.dt = 1.0 / 60.0;
        p.time = t_;
        p.episode = index;
        p.role = role;
        p.episode_time = et;
        p.caregiver_present = s.present;
        p.caregiver_distance = s.present ? s.distance : 10.0;
        p.touching_caregiver = s.present && s.touching;
        ChildState c;
        c.arousal = s.arousal;
        c.expressed_distress = s.shown;
        c.action = s.action;
        const bool bid_kind = s.action == Action::Call || s.action == Action::Cry || s.action == Action::ReachUp ||
                              s.action == Action::ShowToy;
        if (bid_kind && i == 0 && s.action != last_) record.note_bid(p, s.action, nullptr);
        record.observe(p, s.action, c, s.caregiver, s.fright && i == 0, 0.2, nullptr);
        last_ = s.action;
        t_ += p.dt;
        et += p.dt;
      }
    }
    return *this;
  }
  // The first four episodes of the procedure, uneventful, so that episode
  // numbers and the separations exist.
  Script& lead_in(double separation_arousal = 0.7, double separation_shown = 0.6) {
    episode(0, EpisodeRole::Introduction, {{30, Action::Play}});
    episode(1, EpisodeRole::Exploration, {{180, Action::Play}});
    episode(2, EpisodeRole::Stranger, {{180, Action::Play}});
    episode(3, EpisodeRole::Separation,
            {{120, Action::Cry, 10, false, separation_arousal, separation_shown, false}});
    return *this;
  }
  Script& separations_5_to_7(double arousal = 0.7, double shown = 0.6) {
    episode(5, EpisodeRole::Alone, {{120, Action::Cry, 10, false, arousal, shown, false}});
    episode(6, EpisodeRole::Separation, {{120, Action::Cry, 10, false, arousal, shown, false}});
    return *this;
  }

  BehaviourRecord record;

 private:
  double t_ = 0.0;
  Action last_ = Action::None;
};

// Reunions of the classic patterns, hand-built.
inline std::vector<Segment> secure_reunion() {
  return {{2, Action::None, 3.0},
          {2.5, Action::MoveToward, 1.5},
          {0.5, Action::ReachUp, 0.7, false, 0.7, 0.6},
          {40, Action::Cling, 0.4, true, 0.5, 0.4, true, AnswerKind::Comfort},
          {20, Action::None, 0.4, true, 0.25, 0.1, true, AnswerKind::Comfort},
          {115, Action::Play, 2.5, false, 0.2, 0.05}};
}
inline std::vector<Segment> avoidant_reunion() {
  return {{2, Action::None, 3.0, false, 0.6, 0.1},
          {6, Action::TurnAway, 3.0, false, 0.6, 0.1},
          {172, Action::Play, 3.0, false, 0.5, 0.1}};
}
inline std::vector<Segment> resistant_reunion() {
  std::vector<Segment> s = {{3, Action::Cry, 3.0, false, 0.9, 0.9},
                            {3, Action::MoveToward, 1.5, false, 0.9, 0.9},
                            {0.5, Action::ReachUp, 0.7, false, 0.9, 0.9}};
  for (int i = 0; i < 5; ++i) {
    s.push_back({12, Action::Cling, 0.4, true, 0.85, 0.9, true, AnswerKind::Comfort});
    s.push_back({2, Action::PushAway, 0.4, true, 0.85, 0.95, true, AnswerKind::Comfort});
  }
  s.push_back({103.5, Action::Cry, 0.4, true, 0.8, 0.8});
  return s;
}
inline std::vector<Segment> frozen_reunion() {
  return {{1, Action::None, 3.0, false, 0.8, 0.4},
          {2, Action::MoveToward, 2.0, false, 0.8, 0.4},
          {20, Action::Freeze, 2.0, false, 0.9, 0.3},
          {2, Action::MoveAway, 2.5, false, 0.9, 0.3},
          {155, Action::Play, 3.0, false, 0.7, 0.2}};
}

}  // namespace sb::mind::testing
