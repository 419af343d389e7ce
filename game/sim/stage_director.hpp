#pragma once
// Acts out the story's stage directions in the world: walks (round furniture, see
// paths.hpp), sitting and kneeling, a child picked up and held, toys handed over,
// turning toward or away, expressions. A scripted walk that cannot finish within a
// few seconds of its expected time ends with the actor placed where they were going
// and a warning in the log; stuck() counts those.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "scenario/model.hpp"
#include "sim/paths.hpp"
#include "sim/session.hpp"

namespace sb::sim {

class StageDirector {
 public:
  StageDirector(const world::RoomDef& room, int child);

  // `now`: seconds of ticks (real time), for deadlines.
  void direct(const scenario::StageDirection& d, world::World& w, double now);
  // A walk of agent i to a point (also used for leaving through the door).
  void walk(int i, world::Vec2 to, world::World& w, double now, const std::string& why);
  bool walking(int i) const;
  // The velocity a scripted walk asks for; nullopt when the mind steers agent i.
  std::optional<world::Vec2> drive(int i, const world::World& w) const;
  // After the physics step: arrivals, deadlines, poses, held bodies and toys.
  void after_step(world::World& w, double now);
  // The child is put down (a wriggle, a push, its own walk) or its holder left.
  void release_child(world::World& w);
  void forget(int i, world::World& w); // agent i left the room

  const PathGrid& paths(int i) const { return i == child_ ? child_paths_ : adult_paths_; }
  int held_by() const { return held_by_; }
  // Where agent i rests now: the last place a stage direction walked or sat them.
  std::optional<world::Vec2> home(int i) const { return actors_[static_cast<std::size_t>(i)].home; }
  int stuck() const { return stuck_; }
  void view(int i, AgentView& v) const; // pose, expression, facing, holding
  std::uint64_t hash() const;

 private:
  struct Actor {
    std::optional<world::Vec2> go;
    double deadline = 0;
    std::string why;                   // for the log
    std::optional<Pose> pose_on_arrival;
    std::optional<world::Vec2> home;
    int follow = -1;                   // walking to a person: their place is where they are now
    Pose home_pose = Pose::Stand;      // back home, they sit (or kneel) again
    bool pick_up_on_arrival = false;
    Pose pose = Pose::Stand;
    world::Vec2 pose_at;
    std::string facing;
    bool away = false;
    scenario::Expression expression = scenario::Expression::None;
    int toy = -1;                      // held toy
  };
  const world::RoomDef& room_;
  int child_;
  PathGrid adult_paths_, child_paths_;
  std::vector<Actor> actors_;
  int held_by_ = -1;
  int stuck_ = 0;

  int agent(const std::string& id) const;
  int toy(const std::string& id) const;
  std::optional<world::Vec2> where(const std::string& id, int self, const world::World& w) const;
  void pick_up(int i, world::World& w);
};

}  // namespace sb::sim
