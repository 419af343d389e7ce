#include "sim/stage_director.hpp"

#include <cmath>
#include <cstring>

#include <spdlog/spdlog.h>

#include "sim/steering.hpp"

namespace sb::sim {

namespace {
using scenario::StageAct;
constexpr float kArrived = 0.15f;     // metres from the goal that count as there
constexpr double kGraceSeconds = 4.0; // beyond the expected walking time, before placing
constexpr float kWalkShare = 0.8f;    // scripted walks go at this share of top speed

float dist(world::Vec2 a, world::Vec2 b) { return std::hypot(a.x - b.x, a.y - b.y); }

float clearance(const world::RoomDef& room, bool child) {
  float r = child ? 0.24f : 0.38f;
  for (std::size_t i = 0; i < room.agents.size(); ++i)
    if ((room.agents[i].role == "child") == child) r = room.agents[i].radius;
  return r + 0.04f;
}
}  // namespace

StageDirector::StageDirector(const world::RoomDef& room, int child)
    : room_(room), child_(child), adult_paths_(room, clearance(room, false)), child_paths_(room, clearance(room, true)),
      actors_(room.agents.size()) {}

int StageDirector::agent(const std::string& id) const {
  for (std::size_t i = 0; i < room_.agents.size(); ++i)
    if (room_.agents[i].id == id) return static_cast<int>(i);
  return -1;
}

int StageDirector::toy(const std::string& id) const {
  for (std::size_t i = 0; i < room_.toys.size(); ++i)
    if (room_.toys[i].id == id) return static_cast<int>(i);
  return -1;
}

// A point to walk to for a place, thing or person: beside people and furniture, on toys and regions.
std::optional<world::Vec2> StageDirector::where(const std::string& id, int self, const world::World& w) const {
  const PathGrid& g = paths(self);
  if (const int a = agent(id); a >= 0) {
    const world::Vec2 them = w.agent(a).position, me = w.agent(self).position;
    const float d = dist(them, me), reach = room_.agents[a].radius + room_.agents[self].radius + 0.05f;
    if (d <= reach) return me;
    return g.free_near({them.x + (me.x - them.x) / d * reach, them.y + (me.y - them.y) / d * reach});
  }
  if (const int t = toy(id); t >= 0) return g.free_near(w.toy(t).position);
  for (const auto& r : room_.regions)
    if (r.id == id) return g.free_near({r.rect.x + r.rect.w / 2, r.rect.y + r.rect.h / 2});
  for (const auto& o : room_.obstacles)
    if (o.id == id) return g.free_near({o.rect.x + o.rect.w / 2, o.rect.y + o.rect.h / 2});
  return std::nullopt;
}

void StageDirector::walk(int i, world::Vec2 to, world::World& w, double now, const std::string& why) {
  Actor& a = actors_[static_cast<std::size_t>(i)];
  const world::Vec2 from = w.agent(i).position;
  const float speed = room_.agents[static_cast<std::size_t>(i)].max_speed * kWalkShare;
  to = paths(i).free_near(to); // a door in the wall: the nearest spot a body can stand on
  a.go = to;
  a.follow = -1;
  a.deadline = now + paths(i).length(from, to) / std::max(speed, 0.1f) * 1.5 + kGraceSeconds;
  a.why = why;
  a.pose = Pose::Stand;
  if (i != child_) w.set_passing(i, true); // people make way; furniture does not
}

bool StageDirector::walking(int i) const { return actors_[static_cast<std::size_t>(i)].go.has_value(); }

void StageDirector::direct(const scenario::StageDirection& d, world::World& w, double now) {
  const int i = agent(d.actor);
  if (i < 0) return;
  Actor& a = actors_[static_cast<std::size_t>(i)];
  if (d.expression != scenario::Expression::None) a.expression = d.expression;
  const std::string why = d.actor + " " + scenario::to_string(d.act) + (d.to.empty() ? "" : " to " + d.to);
  auto walk_then = [&](std::optional<Pose> pose, bool pick) {
    a.pose_on_arrival = pose;
    a.pick_up_on_arrival = pick;
    if (auto p = where(d.to, i, w); p && !d.to.empty() && dist(*p, w.agent(i).position) > kArrived) {
      walk(i, *p, w, now, why);
      a.follow = agent(d.to);
      if (agent(d.to) < 0) a.home = *p, a.home_pose = pose.value_or(Pose::Stand); // people move: walking to them is no home
    } else {
      a.go.reset();
      if (pose) a.pose = *pose, a.pose_at = w.agent(i).position;
      if (pick) pick_up(i, w);
    }
  };
  switch (d.act) {
    case StageAct::Enter: // presence is the story's; a place to go to on coming in
      if (!d.to.empty() && w.active(i)) walk_then(std::nullopt, false);
      break;
    case StageAct::Leave:
      if (held_by_ == i) release_child(w);
      break;
    case StageAct::Walk: walk_then(std::nullopt, false); break;
    case StageAct::Sit: walk_then(Pose::Sit, false); break;
    case StageAct::Kneel: walk_then(Pose::Kneel, false); break;
    case StageAct::Stand:
      a.pose = Pose::Stand;
      a.home_pose = Pose::Stand;
      a.pose_on_arrival.reset();
      break;
    case StageAct::PickUp: {
      scenario::StageDirection to_child = d;
      if (to_child.to.empty()) to_child.to = room_.agents[static_cast<std::size_t>(child_)].id;
      if (agent(to_child.to) == child_) {
        if (auto p = where(to_child.to, i, w); p && dist(*p, w.agent(i).position) > 0.6f) {
          walk(i, *p, w, now, why);
          a.follow = child_;
          a.pick_up_on_arrival = true;
        } else {
          pick_up(i, w);
        }
      }
      break;
    }
    case StageAct::Hold:
      if (!d.toy.empty()) a.toy = toy(d.toy);
      if (!d.to.empty() && agent(d.to) == child_) {
        scenario::StageDirection pick = d;
        pick.act = StageAct::PickUp;
        direct(pick, w, now);
      }
      break;
    case StageAct::PutDown:
      if (held_by_ == i) release_child(w);
      if (a.toy >= 0) {
        const world::Vec2 me = w.agent(i).position;
        w.place_toy(a.toy, child_paths_.free_near({me.x, me.y + room_.agents[static_cast<std::size_t>(i)].radius + 0.3f}));
        a.toy = -1;
      }
      break;
    case StageAct::Give: {
      const int t = toy(d.toy);
      const int to = d.to.empty() ? child_ : agent(d.to);
      if (t < 0 || to < 0) break;
      for (auto& other : actors_)
        if (other.toy == t) other.toy = -1;
      if (to == child_) {
        const world::Vec2 c = w.agent(child_).position;
        w.place_toy(t, child_paths_.free_near({c.x, c.y + room_.agents[static_cast<std::size_t>(child_)].radius + room_.toys[static_cast<std::size_t>(t)].radius + 0.05f}));
      } else {
        actors_[static_cast<std::size_t>(to)].toy = t;
      }
      break;
    }
    case StageAct::Take: {
      const int t = toy(d.toy);
      if (t < 0) break;
      for (auto& other : actors_)
        if (other.toy == t) other.toy = -1;
      a.toy = t;
      break;
    }
    case StageAct::TurnToward:
    case StageAct::TurnAway:
      a.facing = d.to;
      a.away = d.act == StageAct::TurnAway;
      break;
    case StageAct::Expression: break; // set above
  }
}

void StageDirector::pick_up(int i, world::World& w) {
  if (held_by_ >= 0 && held_by_ != i) return; // one pair of arms at a time
  held_by_ = i;
  actors_[static_cast<std::size_t>(i)].pose = Pose::Hold;
  actors_[static_cast<std::size_t>(i)].pose_at = w.agent(i).position;
  w.set_active(child_, false); // in arms: carried, not colliding
}

void StageDirector::release_child(world::World& w) {
  if (held_by_ < 0) return;
  Actor& a = actors_[static_cast<std::size_t>(held_by_)];
  if (a.pose == Pose::Hold) a.pose = Pose::Stand;
  const world::Vec2 me = w.agent(held_by_).position;
  const float off = room_.agents[static_cast<std::size_t>(held_by_)].radius + room_.agents[static_cast<std::size_t>(child_)].radius + 0.05f;
  w.place(child_, child_paths_.free_near({me.x, me.y + off}));
  w.set_active(child_, true);
  held_by_ = -1;
}

void StageDirector::forget(int i, world::World& w) {
  if (held_by_ == i) release_child(w);
  Actor& a = actors_[static_cast<std::size_t>(i)];
  if (a.toy >= 0) w.place_toy(a.toy, child_paths_.free_near(w.agent(i).position));
  w.set_passing(i, false);
  a = Actor{};
}

std::optional<world::Vec2> StageDirector::drive(int i, const world::World& w) const {
  const Actor& a = actors_[static_cast<std::size_t>(i)];
  if (!a.go) return std::nullopt;
  const float speed = room_.agents[static_cast<std::size_t>(i)].max_speed * kWalkShare;
  if (a.follow >= 0)
    if (auto p = where(room_.agents[static_cast<std::size_t>(a.follow)].id, i, w))
      return walk_to(&paths(i), w.agent(i).position, *p, speed, 0.05f);
  return walk_to(&paths(i), w.agent(i).position, *a.go, speed, 0.05f);
}

void StageDirector::after_step(world::World& w, double now) {
  for (std::size_t k = 0; k < actors_.size(); ++k) {
    const int i = static_cast<int>(k);
    Actor& a = actors_[k];
    if (a.go && w.active(i)) {
      bool there = dist(w.agent(i).position, *a.go) <= kArrived;
      if (a.follow >= 0) {
        const float reach = room_.agents[k].radius + room_.agents[static_cast<std::size_t>(a.follow)].radius + 0.25f;
        there = w.distance(i, a.follow) <= reach;
        // A person who keeps moving is not a place one is stuck on the way to: the walk just ends.
        if (!there && now >= a.deadline) a.go.reset(), a.follow = -1, a.pick_up_on_arrival = false, w.set_passing(i, false);
        if (!a.go) continue;
      }
      if (!there && now >= a.deadline) {
        spdlog::warn("stage: {} could not finish in time; placed at ({:.2f}, {:.2f})", a.why, a.go->x, a.go->y);
        w.place(i, *a.go);
        ++stuck_;
      }
      if (there || now >= a.deadline) {
        a.go.reset();
        w.set_passing(i, false);
        if (a.pose_on_arrival) a.pose = *a.pose_on_arrival, a.pose_at = w.agent(i).position;
        a.pose_on_arrival.reset();
        if (a.pick_up_on_arrival) pick_up(i, w);
        a.pick_up_on_arrival = false;
        a.follow = -1;
      }
    }
    // Sitting or kneeling ends when the mind walks them off, and resumes when it brings them back.
    if ((a.pose == Pose::Sit || a.pose == Pose::Kneel) && dist(w.agent(i).position, a.pose_at) > 0.35f) a.pose = Pose::Stand;
    const world::BodyState b = w.agent(i);
    if (a.pose == Pose::Stand && !a.go && a.home && a.home_pose != Pose::Stand && dist(b.position, *a.home) < 0.25f &&
        std::hypot(b.velocity.x, b.velocity.y) < 0.2f)
      a.pose = a.home_pose, a.pose_at = b.position;
    if (a.toy >= 0) {
      const world::Vec2 me = w.agent(i).position;
      w.place_toy(a.toy, {me.x, me.y + room_.agents[k].radius * 0.6f}); // in the hands, drawn over the body
    }
  }
  if (held_by_ >= 0) {
    if (!w.active(held_by_)) release_child(w);
    else w.place(child_, w.agent(held_by_).position);
  }
}

void StageDirector::view(int i, AgentView& v) const {
  const Actor& a = actors_[static_cast<std::size_t>(i)];
  v.pose = a.pose;
  v.expression = a.expression;
  v.facing = a.facing;
  v.facing_away = a.away;
  if (a.toy >= 0) v.holding_toy = room_.toys[static_cast<std::size_t>(a.toy)].id;
  if (i == child_ && held_by_ >= 0) v.held_by = room_.agents[static_cast<std::size_t>(held_by_)].id;
}

std::uint64_t StageDirector::hash() const {
  std::uint64_t h = 1469598103934665603ull;
  auto mix = [&h](double d) {
    unsigned char b[sizeof d];
    std::memcpy(b, &d, sizeof d);
    for (unsigned char c : b) h = (h ^ c) * 1099511628211ull;
  };
  for (const Actor& a : actors_) {
    mix(a.go ? a.go->x : -1);
    mix(a.go ? a.go->y : -1);
    mix(static_cast<double>(a.pose));
    mix(a.toy);
  }
  mix(held_by_);
  mix(stuck_);
  return h;
}

}  // namespace sb::sim
