#pragma once
// The physical playroom: Box2D bodies for walls, furniture, toys and people,
// sensors for regions, and contacts turned into world events. It never draws;
// debug drawing goes through b2Draw, which the app implements.
//
// Units: metres, seconds, kilograms (Box2D's MKS). +y points down the screen so
// that world and screen agree; angles in radians.

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

class b2Draw;

namespace sb::world {

struct Vec2 {
  float x = 0, y = 0;
};

struct Rect {
  float x = 0, y = 0, w = 1, h = 1; // top-left corner and size, metres
};

enum class ShapeKind : std::uint8_t { Box, Circle };

// Definition structs with defaults, in the Box2D manner.
struct ObstacleDef {
  std::string id;
  std::string kind = "furniture"; // furniture | wall | bench | bed | slide | … (for the art)
  Rect rect;
};

struct ToyDef {
  std::string id;
  std::string kind = "ball"; // ball | block | bear | … (for the art)
  ShapeKind shape = ShapeKind::Circle;
  Vec2 position;
  float radius = 0.18f; // circles; boxes use 2*radius per side
  float density = 0.6f;
};

struct RegionDef {
  std::string id;
  std::string kind = "area"; // rug | room | yard | gate | door | …
  Rect rect;
};

struct AgentDef {
  std::string id;          // "child", "caregiver", "stranger", …
  std::string role = "child";
  Vec2 position;
  float radius = 0.22f;    // a small child; adults ~0.36
  float max_speed = 1.6f;  // m/s
  float mass_density = 2.0f;
};

struct RoomDef {
  float width = 12.f;  // metres
  float height = 8.f;
  std::vector<ObstacleDef> obstacles;
  std::vector<ToyDef> toys;
  std::vector<RegionDef> regions;
  std::vector<AgentDef> agents;
  Vec2 door{6.f, 0.4f}; // where absent people go to and come from
};

// The playroom of the foundation and of the Strange Situation.
RoomDef playroom();

struct WorldEvent {
  enum class Kind : std::uint8_t { AgentTouchBegin, AgentTouchEnd, ToyPushed, RegionEnter, RegionLeave };
  Kind kind;
  int a = -1; // agent index
  int b = -1; // other agent / toy / region index
};

struct BodyState {
  Vec2 position;
  float angle = 0;
  Vec2 velocity;
};

class World {
 public:
  explicit World(const RoomDef& def);
  ~World();
  World(const World&) = delete;
  World& operator=(const World&) = delete;

  // Desired velocity in m/s, clamped to the agent's max speed; the body
  // accelerates towards it, so agents push toys and slide along walls.
  void drive(int agent, Vec2 desired_velocity);
  // Teleport (for entering through the door, or restoring a snapshot).
  void place(int agent, Vec2 position);
  void place_toy(int toy, Vec2 position); // handed over, picked up: teleported, at rest
  // A person on a scripted walk slips past other people ("excuse me") and steps over
  // toys, but not furniture.
  void set_passing(int agent, bool on);
  // Agents that are absent do not collide and are not drawn.
  void set_active(int agent, bool active);
  bool active(int agent) const;

  void step(float dt); // fixed step; events() then lists what happened in it

  const std::vector<WorldEvent>& events() const { return events_; }
  const RoomDef& def() const { return def_; }
  int agent_count() const;
  int toy_count() const;
  int agent_index(const std::string& id) const; // -1 if none
  BodyState agent(int i) const;
  BodyState toy(int i) const;
  bool touching(int agent_a, int agent_b) const;
  bool in_region(int agent, int region) const;
  float distance(int agent_a, int agent_b) const; // centre to centre
  float nearest_toy_distance(int agent) const;

  void debug_draw(b2Draw& draw); // calls b2World::DebugDraw with the given drawer
  std::uint64_t hash() const;    // positions and velocities, bit-exact

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
  RoomDef def_;
  std::vector<WorldEvent> events_;
};

}  // namespace sb::world
