#include "sim/scenario_room.hpp"

#include <algorithm>

namespace sb::sim {

const char* role_name(scenario::ActorRole r) {
  using R = scenario::ActorRole;
  switch (r) {
    case R::Child: return "child";
    case R::Caregiver: return "caregiver";
    case R::Stranger: return "stranger";
    case R::Teacher: return "teacher";
    case R::Partner: return "partner";
    case R::Mentor: return "mentor";
    case R::Other: return "other";
  }
  return "other";
}

world::RoomDef room_from_scenario(const scenario::Scenario& s) {
  world::RoomDef r;
  r.width = float(s.world.width);
  r.height = float(s.world.height);
  r.door = {r.width / 2, 0.45f};
  // People come and go through a door, or else a gate (the park, the school yard).
  bool have_door = false;
  for (const auto& g : s.world.regions) {
    r.regions.push_back({g.id, scenario::to_string(g.kind), {float(g.x), float(g.y), float(g.w), float(g.h)}});
    const bool door = g.kind == scenario::RegionKind::Door;
    if (door || (g.kind == scenario::RegionKind::Gate && !have_door)) {
      r.door = {float(g.x + g.w / 2), float(g.y + g.h / 2)};
      have_door |= door;
    }
  }
  for (const auto& o : s.world.obstacles) r.obstacles.push_back({o.id, o.kind, {float(o.x), float(o.y), float(o.w), float(o.h)}});
  for (const auto& t : s.world.toys) {
    const auto shape = t.shape == scenario::ToyShape::Circle ? world::ShapeKind::Circle : world::ShapeKind::Box;
    r.toys.push_back({t.id, t.kind, shape, {float(t.x), float(t.y)}, float(t.radius), 0.6f});
  }
  // People: the child first, so that index 0 is always the player.
  auto add_actor = [&](const scenario::Actor& a) {
    world::AgentDef d;
    d.id = a.id;
    d.role = role_name(a.role);
    d.position = r.door;
    for (const auto& sp : s.world.spawns)
      if (sp.actor == a.id) d.position = {float(sp.x), float(sp.y)};
    // The player is a small child, except in the scenes of adult life.
    const bool small = a.role == scenario::ActorRole::Child && !adult_life(s);
    d.radius = small ? 0.24f : 0.38f;
    d.max_speed = small ? 1.7f : 1.3f;
    d.mass_density = small ? 2.0f : 4.0f;
    r.agents.push_back(d);
  };
  for (const auto& a : s.actors)
    if (a.role == scenario::ActorRole::Child) add_actor(a);
  for (const auto& a : s.actors)
    if (a.role != scenario::ActorRole::Child) add_actor(a);
  return r;
}

bool adult_life(const scenario::Scenario& s) { return s.life_stage == "adulthood" || s.life_stage == "later-life"; }

mind::CaregiverParams adjusted_caregiver(const scenario::Scenario& s, mind::CaregiverParams p, const std::string& style) {
  for (const scenario::ParamAdjust& a : s.caregiving.adjust) {
    if (!a.style.empty() && a.style != style) continue;
    double* v = a.param == "sensitivity"     ? &p.sensitivity
                : a.param == "acceptance"    ? &p.acceptance
                : a.param == "cooperation"   ? &p.cooperation
                : a.param == "accessibility" ? &p.accessibility
                : a.param == "frightening"   ? &p.frightening
                                             : nullptr;
    if (!v) continue;
    if (a.set) *v = *a.set;
    *v += a.add;
    const bool rate = v == &p.frightening;
    *v = std::clamp(*v, rate ? 0.0 : 1.0, rate ? 1.0 : 9.0);
  }
  return p;
}

double scenario_time_scale(const scenario::Scenario& s) { return s.time_scale > 0 ? s.time_scale : 1.0; }

mind::EpisodeRole episode_role(const scenario::Episode& e) {
  using S = scenario::EpisodeRole;
  using M = mind::EpisodeRole;
  switch (e.role) {
    case S::Introduction: return M::Introduction;
    case S::Exploration: return M::Exploration;
    case S::Stranger: return M::Stranger;
    case S::Separation: return M::Separation;
    case S::Alone: return M::Alone;
    case S::Reunion: return M::Reunion;
    case S::Free: return M::Free;
  }
  return M::Free;
}

}  // namespace sb::sim
