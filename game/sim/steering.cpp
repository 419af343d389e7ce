#include "sim/steering.hpp"

#include <cmath>

namespace sb::sim {

world::Vec2 arrive(world::Vec2 from, world::Vec2 to, float speed, float stop_radius) {
  const float dx = to.x - from.x, dy = to.y - from.y;
  const float d = std::sqrt(dx * dx + dy * dy);
  if (d <= stop_radius || d == 0.f) return {0, 0};
  // Slow down over the last half metre.
  const float s = speed * std::min(1.f, (d - stop_radius) / 0.5f + 0.15f);
  return {dx / d * s, dy / d * s};
}

world::Vec2 walk_to(const PathGrid* paths, world::Vec2 from, world::Vec2 to, float speed, float stop_radius) {
  if (!paths) return arrive(from, to, speed, stop_radius);
  const world::Vec2 step = paths->next_step(from, to);
  if (step.x == to.x && step.y == to.y) return arrive(from, to, speed, stop_radius);
  const float dx = step.x - from.x, dy = step.y - from.y, d = std::sqrt(dx * dx + dy * dy);
  if (d < 1e-4f) return arrive(from, to, speed, stop_radius);
  return {dx / d * speed, dy / d * speed}; // no slowing at a corner
}

world::Vec2 steer(const world::World& w, mind::MoveGoal goal, const SteeringTargets& t, Rng& rng) {
  using mind::MoveGoal;
  const auto& def = w.def().agents[t.self];
  const world::Vec2 me = w.agent(t.self).position;
  const float speed = def.max_speed;
  auto contact_radius = [&](int other) { return def.radius + w.def().agents[other].radius + 0.03f; };

  switch (goal) {
    case MoveGoal::Stay:
      return {0, 0};
    case MoveGoal::TowardCaregiver:
      if (t.caregiver < 0 || !w.active(t.caregiver)) return {0, 0};
      return walk_to(t.paths, me, w.agent(t.caregiver).position, speed, contact_radius(t.caregiver));
    case MoveGoal::AwayFromCaregiver: {
      if (t.caregiver < 0 || !w.active(t.caregiver)) return {0, 0};
      const world::Vec2 c = w.agent(t.caregiver).position;
      const float dx = me.x - c.x, dy = me.y - c.y;
      const float d = std::sqrt(dx * dx + dy * dy);
      if (d > 4.f || d == 0.f) return {0, 0};
      return {dx / d * speed * 0.8f, dy / d * speed * 0.8f};
    }
    case MoveGoal::TowardToy: {
      float best = 1e9f;
      world::Vec2 target = me;
      for (int i = 0; i < w.toy_count(); ++i) {
        const world::Vec2 p = w.toy(i).position;
        const float d = std::hypot(p.x - me.x, p.y - me.y);
        if (d < best) best = d, target = p;
      }
      return walk_to(t.paths, me, target, speed * 0.7f, def.radius + 0.35f);
    }
    case MoveGoal::Wander: {
      world::Vec2& target = *t.wander;
      if (std::hypot(target.x - me.x, target.y - me.y) < 0.3f || (target.x == 0 && target.y == 0)) {
        // A new spot in the middle of the room, away from the walls.
        target = {float(rng.uniform(1.5, w.def().width - 1.5)), float(rng.uniform(1.5, w.def().height - 1.5))};
      }
      return walk_to(t.paths, me, target, speed * 0.6f, 0.2f);
    }
    case MoveGoal::TowardChild:
    case MoveGoal::Loom:
      if (t.child < 0) return {0, 0};
      return walk_to(t.paths, me, w.agent(t.child).position, goal == MoveGoal::Loom ? speed : speed * 0.8f, contact_radius(t.child));
    case MoveGoal::ToSeat:
      return walk_to(t.paths, me, t.seat, speed * 0.7f, 0.05f);
    case MoveGoal::ToDoor:
      return walk_to(t.paths, me, t.door, speed, 0.1f);
  }
  return {0, 0};
}

}  // namespace sb::sim
