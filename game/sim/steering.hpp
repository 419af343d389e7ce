#pragma once
// Turns the mind's movement goals into desired velocities in the world.
#include "mind/dyad.hpp"
#include "sim/paths.hpp"
#include "sim/rng.hpp"
#include "world/world.hpp"

namespace sb::sim {

struct SteeringTargets {
  int self = -1;
  int child = -1;
  int caregiver = -1;
  world::Vec2 seat;          // where this agent rests (its spawn point)
  world::Vec2 door;
  world::Vec2* wander = nullptr; // the agent's current wander target, renewed here
  const PathGrid* paths = nullptr; // when given, walks round furniture instead of into it
};

world::Vec2 steer(const world::World& w, mind::MoveGoal goal, const SteeringTargets& t, Rng& rng);

// Walk towards a point, slowing on arrival so agents settle rather than orbit.
world::Vec2 arrive(world::Vec2 from, world::Vec2 to, float speed, float stop_radius);
// arrive(), but round furniture: heads for the next corner of the path while the
// straight line is blocked.
world::Vec2 walk_to(const PathGrid* paths, world::Vec2 from, world::Vec2 to, float speed, float stop_radius);

}  // namespace sb::sim
