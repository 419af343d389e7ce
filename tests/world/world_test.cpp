#include <catch2/catch.hpp>

#include "world/world.hpp"

using namespace sb::world;

namespace {
constexpr float kDt = 1.f / 60.f;

void run(World& w, int ticks, int agent, Vec2 v) {
  for (int i = 0; i < ticks; ++i) {
    w.drive(agent, v);
    w.step(kDt);
  }
}
}  // namespace

TEST_CASE("the child walks where it is driven") {
  World w(playroom());
  const int child = w.agent_index("child");
  REQUIRE(child >= 0);
  const Vec2 start = w.agent(child).position;
  run(w, 60, child, {1.f, 0.f});
  const Vec2 end = w.agent(child).position;
  CHECK(end.x - start.x > 0.8f);   // about a metre in a second
  CHECK(std::abs(end.y - start.y) < 0.05f);
}

TEST_CASE("speed is capped at the agent's maximum") {
  World w(playroom());
  const int child = w.agent_index("child");
  run(w, 120, child, {50.f, 0.f});
  const BodyState s = w.agent(child);
  CHECK(s.velocity.x <= playroom().agents[child].max_speed + 0.05f);
}

TEST_CASE("walls stop the child") {
  World w(playroom());
  const int child = w.agent_index("child");
  run(w, 60 * 10, child, {0.f, 1.7f}); // ten seconds towards the bottom wall
  const BodyState s = w.agent(child);
  CHECK(s.position.y <= w.def().height - playroom().agents[child].radius + 0.01f);
  CHECK(s.position.y > w.def().height - 0.5f);
}

TEST_CASE("the child pushes a toy it walks into") {
  RoomDef room = playroom();
  room.toys = {{"ball", "ball", ShapeKind::Circle, {7.0f, 4.6f}, 0.2f, 0.4f}};
  World w(room);
  const int child = w.agent_index("child"); // starts at (6.0, 4.6)
  const Vec2 ball0 = w.toy(0).position;
  bool pushed = false;
  for (int i = 0; i < 120; ++i) {
    w.drive(child, {1.5f, 0.f});
    w.step(kDt);
    for (const WorldEvent& e : w.events())
      if (e.kind == WorldEvent::Kind::ToyPushed && e.a == child && e.b == 0) pushed = true;
  }
  CHECK(pushed);
  CHECK(w.toy(0).position.x - ball0.x > 0.5f);
}

TEST_CASE("walking onto the rug is reported as entering a region") {
  World w(playroom());
  const int child = w.agent_index("child");
  // The child starts on the rug (Box2D finds overlaps in the first step); walk off it and back.
  run(w, 1, child, {0.f, 0.f});
  REQUIRE(w.in_region(child, 0));
  run(w, 60 * 3, child, {0.f, 1.5f});
  CHECK_FALSE(w.in_region(child, 0));
  bool entered = false;
  for (int i = 0; i < 60 * 3 && !entered; ++i) {
    w.drive(child, {0.f, -1.5f});
    w.step(kDt);
    for (const WorldEvent& e : w.events()) entered |= e.kind == WorldEvent::Kind::RegionEnter && e.a == child && e.b == 0;
  }
  CHECK(entered);
}

TEST_CASE("touching is reported when the child reaches the caregiver") {
  World w(playroom());
  const int child = w.agent_index("child");
  const int adult = w.agent_index("caregiver");
  CHECK_FALSE(w.touching(child, adult));
  for (int i = 0; i < 60 * 4 && !w.touching(child, adult); ++i) {
    const Vec2 c = w.agent(child).position, a = w.agent(adult).position;
    w.drive(child, {a.x - c.x, a.y - c.y});
    w.drive(adult, {0, 0});
    w.step(kDt);
  }
  CHECK(w.touching(child, adult));
}

TEST_CASE("an absent agent does not collide") {
  World w(playroom());
  const int adult = w.agent_index("caregiver");
  w.set_active(adult, false);
  CHECK_FALSE(w.active(adult));
  const int child = w.agent_index("child");
  CHECK_FALSE(w.touching(child, adult));
}

TEST_CASE("the same drive gives the same hash; a different one does not") {
  auto play = [](float vx) {
    World w(playroom());
    for (int i = 0; i < 300; ++i) {
      w.drive(0, {vx, std::sin(i * 0.05f)});
      w.drive(1, {-0.3f, 0.2f});
      w.step(kDt);
    }
    return w.hash();
  };
  CHECK(play(1.0f) == play(1.0f));
  CHECK(play(1.0f) != play(1.01f));
}

TEST_CASE("a grown-up on a scripted walk steps over a toy pinned against the wall; the child still pushes it") {
  // The Strange Situation's doorway: a bear pushed against the wall where people leave.
  RoomDef room;
  room.width = 12;
  room.height = 8;
  room.toys.push_back({"bear", "bear", ShapeKind::Circle, {6.f, 0.19f}, 0.18f, 1.f});
  room.agents.push_back({"parent", "caregiver", {6.f, 2.f}, 0.38f, 1.3f, 4});
  room.regions.push_back({"door", "door", {5.4f, 0.f, 1.2f, 0.4f}});
  World w(room);
  w.set_passing(0, true);
  run(w, 120, 0, {0.f, -1.f}); // two seconds straight up, to where the walk to the door ends
  CHECK(w.agent(0).position.y < 0.5f);
  // Off the walk, the same toy is a thing in the way again.
  World again(room);
  run(again, 120, 0, {0.f, -1.f});
  CHECK(again.agent(0).position.y > 0.65f);
  // Stepping over is not walking through walls, and doors still notice who comes in.
  bool entered = false;
  World fresh(room);
  fresh.set_passing(0, true);
  for (int i = 0; i < 120; ++i) {
    fresh.drive(0, {0.f, -1.f});
    fresh.step(kDt);
    for (const WorldEvent& e : fresh.events()) entered |= e.kind == WorldEvent::Kind::RegionEnter && e.a == 0;
  }
  CHECK(entered);
  CHECK(fresh.agent(0).position.y > 0.3f);
}
