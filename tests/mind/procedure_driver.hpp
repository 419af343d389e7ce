#pragma once
// Test-only stand-in for the real session: plays the eight Strange Situation
// episodes (CONTENT-BRIEF §2) with a one-dimensional room so the mind can be
// tuned and tested before the world exists. Child and adults walk at about
// 1 m/s along a line toward their MoveGoal; contact is under 0.6 m; an absent
// caregiver is out at the door, far away.
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <vector>

#include "mind/behaviour_record.hpp"
#include "mind/coding.hpp"
#include "mind/dyad.hpp"
#include "mind/rng.hpp"

namespace sb::mind::testing {

struct EpisodePlan {
  EpisodeRole role;
  double seconds;
  bool caregiver, stranger;
};

// Ainsworth et al. 1978: 1 intro, 2 parent and baby, 3 stranger joins, 4 first
// separation, 5 first reunion, 6 alone, 7 stranger returns, 8 second reunion.
inline const std::vector<EpisodePlan>& strange_situation() {
  static const std::vector<EpisodePlan> plan = {
      {EpisodeRole::Introduction, 30, true, false}, {EpisodeRole::Exploration, 180, true, false},
      {EpisodeRole::Stranger, 180, true, true},     {EpisodeRole::Separation, 180, false, true},
      {EpisodeRole::Reunion, 180, true, false},     {EpisodeRole::Alone, 180, false, false},
      {EpisodeRole::Separation, 180, false, true},  {EpisodeRole::Reunion, 180, true, false},
  };
  return plan;
}

struct RunResult {
  Classification classification;
  std::vector<EpisodeStats> episodes;
  double baseline_arousal = 0;
  Strategy strategy = Strategy::Direct;
  double strength = 0;
  std::uint64_t hash = 0;
  long ticks = 0;
};

struct Room {
  static constexpr double kDoor = -4.0, kSeat = 0.0, kToy = 3.0, kStrangerSeat = -1.5, kContact = 0.6;
};

inline double step_toward(double x, double target, double speed, double dt, double stop) {
  const double gap = target - x;
  if (std::abs(gap) <= stop) return x;
  const double move = std::min(speed * dt, std::abs(gap) - stop);
  return x + (gap > 0 ? move : -move);
}

// Plays the procedure. `on_tick` (optional) sees the dyad after every tick.
// start_time lets one dyad live through the procedure more than once.
template <typename OnTick>
RunResult run_procedure(Dyad& dyad, OnTick&& on_tick, double start_time = 0.0, std::uint64_t room_seed = 7) {
  constexpr double dt = 1.0 / 60.0;
  Rng wander(room_seed);
  double child = 0.5, parent = Room::kSeat, stranger = Room::kDoor;
  double t = start_time;
  RunResult result;
  const std::size_t first_episode = dyad.record().episodes().size();
  const auto& plan = strange_situation();
  for (int ep = 0; ep < static_cast<int>(plan.size()); ++ep) {
    const EpisodePlan& e = plan[ep];
    if (e.caregiver && !plan[std::max(0, ep - 1)].caregiver) parent = Room::kDoor;  // she comes back in at the door
    double hard_crying = 0.0;
    for (double et = 0.0; et < e.seconds; et += dt) {
      Percept p;
      p.dt = dt;
      p.time = t;
      p.episode = ep;
      p.role = e.role;
      p.episode_time = et;
      p.caregiver_present = e.caregiver;
      p.caregiver_distance = e.caregiver ? std::abs(child - parent) : 10.0;
      p.touching_caregiver = e.caregiver && p.caregiver_distance < Room::kContact;
      p.stranger_present = e.stranger;
      p.stranger_distance = e.stranger ? std::abs(child - stranger) : 10.0;
      p.toy_distance = std::abs(child - Room::kToy);
      const DyadOutput out = dyad.tick(p, std::nullopt);
      ++result.ticks;

      // Move the child by its goal.
      const double before = child;
      switch (out.child_goal) {
        case MoveGoal::TowardCaregiver:
          child = step_toward(child, e.caregiver ? parent : Room::kDoor, 1.0, dt, e.caregiver ? 0.45 : 0.3);
          break;
        case MoveGoal::AwayFromCaregiver:
          child = std::clamp(child + (child >= parent ? 1.0 : -1.0) * dt, -4.5, 4.5);
          break;
        case MoveGoal::TowardToy: child = step_toward(child, Room::kToy, 1.0, dt, 0.2); break;
        case MoveGoal::Wander: child = std::clamp(child + wander.uniform(-1.0, 1.0) * dt, -4.5, 4.5); break;
        default: break;
      }
      (void)before;
      // Move the caregiver by hers.
      if (e.caregiver) {
        switch (out.caregiver_goal) {
          case MoveGoal::ToSeat: parent = step_toward(parent, Room::kSeat, 1.0, dt, 0.05); break;
          case MoveGoal::TowardChild: parent = step_toward(parent, child, 1.0, dt, 0.45); break;
          case MoveGoal::Loom: parent = step_toward(parent, child, 1.6, dt, 0.5); break;
          case MoveGoal::ToDoor: parent = step_toward(parent, Room::kDoor, 1.0, dt, 0.05); break;
          default: break;
        }
      }
      // The stranger: sits, then approaches in the last minute of episode 3, and
      // stays near the child in the separations to comfort.
      if (e.stranger) {
        const bool near = e.role == EpisodeRole::Separation || (e.role == EpisodeRole::Stranger && et > 120.0);
        stranger = step_toward(stranger, near ? child : Room::kStrangerSeat, 0.8, dt, near ? 0.9 : 0.05);
      } else {
        stranger = Room::kDoor;
      }
      on_tick(dyad, p);
      t += dt;
      // Separations are cut short after about a minute of hard crying.
      if (!e.caregiver) {
        hard_crying += dyad.child().expressed_distress > 0.6 ? dt : 0.0;
        if (hard_crying > 60.0 && (e.role == EpisodeRole::Separation || e.role == EpisodeRole::Alone)) break;
      }
    }
  }
  result.classification = dyad.classify();
  result.episodes.assign(dyad.record().episodes().begin() + static_cast<std::ptrdiff_t>(first_episode),
                         dyad.record().episodes().end());
  result.baseline_arousal = dyad.baseline_arousal();
  result.strategy = dyad.strategy();
  result.strength = dyad.strategy_strength();
  result.hash = dyad.hash();
  return result;
}

inline RunResult run_procedure(Dyad& dyad, double start_time = 0.0) {
  return run_procedure(dyad, [](const Dyad&, const Percept&) {}, start_time);
}

inline RunResult run_seeded(const CaregiverParams& c, std::uint64_t seed) {
  DyadDef def;
  def.caregiver = c;
  def.seed = seed;
  Dyad dyad(def);
  return run_procedure(dyad);
}

struct Rates {
  int runs = 0;
  int counts[4] = {};
  double secure() const { return runs ? double(counts[0]) / runs : 0; }
  double avoidant() const { return runs ? double(counts[1]) / runs : 0; }
  double anxious() const { return runs ? double(counts[2]) / runs : 0; }
  double disorganized() const { return runs ? double(counts[3]) / runs : 0; }
  void add(Pattern p) {
    ++runs;
    ++counts[static_cast<int>(p)];
  }
};

inline Rates rates_for(const CaregiverParams& c, int runs, std::uint64_t seed) {
  Rates r;
  for (int i = 0; i < runs; ++i) r.add(run_seeded(c, derive_seed(seed, i)).classification.pattern);
  return r;
}

}  // namespace sb::mind::testing
