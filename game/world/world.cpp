#include "world/world.hpp"

#include <box2d/box2d.h>

#include <algorithm>
#include <cmath>
#include <cstring>

#include "world/hash.hpp"

namespace sb::world {
namespace {

// Fixture user data: what a fixture belongs to, packed in one integer.
enum class Owner : std::uintptr_t { Wall = 1, Toy = 2, Agent = 3, Region = 4 };
std::uintptr_t tag(Owner o, int index) { return (static_cast<std::uintptr_t>(o) << 24) | static_cast<std::uintptr_t>(index); }
Owner owner_of(std::uintptr_t t) { return static_cast<Owner>(t >> 24); }
int index_of(std::uintptr_t t) { return static_cast<int>(t & 0xFFFFFF); }

constexpr float kWallThickness = 0.3f;
constexpr float kTouchSlack = 0.06f; // metres: "in contact" allows a sliver of air
// How hard agents steer towards their desired velocity (1/s). High enough to feel
// responsive, low enough that a walking child pushes a toy rather than teleports it.
constexpr float kSteerRate = 12.f;

b2Vec2 to_b2(Vec2 v) { return {v.x, v.y}; }
Vec2 from_b2(const b2Vec2& v) { return {v.x, v.y}; }

}  // namespace

// Agents get their own collision category so one can walk past the others.
constexpr std::uint16_t kAgentBits = 0x0002;
constexpr std::uint16_t kToyBits = 0x0004; // walls, furniture and regions keep Box2D's default 0x0001

struct World::Impl : b2ContactListener {
  b2World world{b2Vec2(0.f, 0.f)}; // top-down: no gravity, floors are friction via damping
  std::vector<b2Body*> agents;
  std::vector<b2Body*> toys;
  b2Body* statics = nullptr;
  std::vector<std::vector<int>> agent_region_count; // per agent, per region: overlapping fixtures
  std::vector<float> max_speed;
  std::vector<Vec2> desired;
  std::vector<WorldEvent>* events = nullptr;

  void BeginContact(b2Contact* c) override { contact(c, true); }
  void EndContact(b2Contact* c) override { contact(c, false); }

  void contact(b2Contact* c, bool begin) {
    auto ta = c->GetFixtureA()->GetUserData().pointer;
    auto tb = c->GetFixtureB()->GetUserData().pointer;
    if (owner_of(tb) == Owner::Agent && owner_of(ta) != Owner::Agent) std::swap(ta, tb);
    if (owner_of(ta) != Owner::Agent) return;
    const int a = index_of(ta), b = index_of(tb);
    switch (owner_of(tb)) {
      case Owner::Agent:
        events->push_back({begin ? WorldEvent::Kind::AgentTouchBegin : WorldEvent::Kind::AgentTouchEnd, std::min(a, b), std::max(a, b)});
        break;
      case Owner::Toy:
        if (begin) events->push_back({WorldEvent::Kind::ToyPushed, a, b});
        break;
      case Owner::Region: {
        int& n = agent_region_count[a][b];
        n += begin ? 1 : -1;
        if (begin && n == 1) events->push_back({WorldEvent::Kind::RegionEnter, a, b});
        if (!begin && n == 0) events->push_back({WorldEvent::Kind::RegionLeave, a, b});
        break;
      }
      default:
        break;
    }
  }
};

RoomDef playroom() {
  RoomDef r;
  r.width = 12.f;
  r.height = 8.f;
  r.door = {6.f, 0.45f};
  r.regions = {{"rug", "rug", {3.5f, 2.5f, 5.f, 3.4f}}, {"door", "door", {5.2f, 0.f, 1.6f, 0.8f}}};
  r.obstacles = {
      {"shelf", "shelf", {0.4f, 1.2f, 0.7f, 2.6f}},
      {"armchair", "chair", {9.6f, 1.3f, 1.3f, 1.2f}},
      {"chair", "chair", {9.8f, 5.6f, 1.1f, 1.1f}},
      {"toybox", "toybox", {1.0f, 6.2f, 1.4f, 0.9f}},
  };
  r.toys = {
      {"ball", "ball", ShapeKind::Circle, {7.4f, 4.9f}, 0.2f, 0.4f},
      {"block-red", "block", ShapeKind::Box, {4.6f, 5.2f}, 0.16f, 0.8f},
      {"block-blue", "block", ShapeKind::Box, {5.0f, 5.45f}, 0.16f, 0.8f},
      {"bear", "bear", ShapeKind::Circle, {3.0f, 3.6f}, 0.24f, 0.5f},
      {"drum", "drum", ShapeKind::Circle, {8.3f, 3.0f}, 0.22f, 0.7f},
  };
  r.agents = {
      {"child", "child", {6.0f, 4.6f}, 0.24f, 1.7f, 2.0f},
      {"caregiver", "caregiver", {5.0f, 3.4f}, 0.38f, 1.3f, 4.0f},
  };
  return r;
}

World::World(const RoomDef& def) : impl_(std::make_unique<Impl>()), def_(def) {
  Impl& m = *impl_;
  m.events = &events_;
  m.world.SetContactListener(&m);

  b2BodyDef sd;
  m.statics = m.world.CreateBody(&sd);
  auto add_box = [&](const Rect& r, Owner o, int index, bool sensor) {
    b2PolygonShape shape;
    shape.SetAsBox(r.w / 2, r.h / 2, b2Vec2(r.x + r.w / 2, r.y + r.h / 2), 0.f);
    b2FixtureDef fd;
    fd.shape = &shape;
    fd.isSensor = sensor;
    fd.friction = 0.3f;
    fd.userData.pointer = tag(o, index);
    m.statics->CreateFixture(&fd);
  };
  const float t = kWallThickness;
  add_box({-t, -t, def.width + 2 * t, t}, Owner::Wall, 0, false);
  add_box({-t, def.height, def.width + 2 * t, t}, Owner::Wall, 1, false);
  add_box({-t, 0, t, def.height}, Owner::Wall, 2, false);
  add_box({def.width, 0, t, def.height}, Owner::Wall, 3, false);
  for (std::size_t i = 0; i < def.obstacles.size(); ++i) add_box(def.obstacles[i].rect, Owner::Wall, int(4 + i), false);
  for (std::size_t i = 0; i < def.regions.size(); ++i) add_box(def.regions[i].rect, Owner::Region, int(i), true);

  for (std::size_t i = 0; i < def.toys.size(); ++i) {
    const ToyDef& td = def.toys[i];
    b2BodyDef bd;
    bd.type = b2_dynamicBody;
    bd.position = to_b2(td.position);
    bd.linearDamping = 3.0f; // carpet friction, seen from above
    bd.angularDamping = 4.0f;
    b2Body* body = m.world.CreateBody(&bd);
    b2CircleShape circle;
    b2PolygonShape box;
    b2FixtureDef fd;
    if (td.shape == ShapeKind::Circle) {
      circle.m_radius = td.radius;
      fd.shape = &circle;
    } else {
      box.SetAsBox(td.radius, td.radius);
      fd.shape = &box;
    }
    fd.density = td.density;
    fd.friction = 0.4f;
    fd.restitution = 0.2f;
    fd.userData.pointer = tag(Owner::Toy, int(i));
    fd.filter.categoryBits = kToyBits; // so a walker can step over toys (set_passing)
    body->CreateFixture(&fd);
    m.toys.push_back(body);
  }

  for (std::size_t i = 0; i < def.agents.size(); ++i) {
    const AgentDef& ad = def.agents[i];
    b2BodyDef bd;
    bd.type = b2_dynamicBody;
    bd.position = to_b2(ad.position);
    bd.fixedRotation = true;
    bd.linearDamping = 0.5f;
    b2Body* body = m.world.CreateBody(&bd);
    b2CircleShape circle;
    circle.m_radius = ad.radius;
    b2FixtureDef fd;
    fd.shape = &circle;
    fd.density = ad.mass_density;
    fd.friction = 0.2f;
    fd.userData.pointer = tag(Owner::Agent, int(i));
    fd.filter.categoryBits = kAgentBits; // so a walker can pass people (set_passing)
    body->CreateFixture(&fd);
    m.agents.push_back(body);
    m.max_speed.push_back(ad.max_speed);
    m.desired.push_back({});
    m.agent_region_count.emplace_back(def.regions.size(), 0);
  }
}

World::~World() = default;

void World::drive(int agent, Vec2 v) {
  const float max = impl_->max_speed[agent];
  const float len = std::sqrt(v.x * v.x + v.y * v.y);
  if (len > max && len > 0) v = {v.x / len * max, v.y / len * max};
  impl_->desired[agent] = v;
}

void World::place(int agent, Vec2 p) {
  b2Body* b = impl_->agents[agent];
  b->SetTransform(to_b2(p), 0.f);
  b->SetLinearVelocity(b2Vec2(0, 0));
}

void World::place_toy(int toy, Vec2 p) {
  b2Body* b = impl_->toys[toy];
  b->SetTransform(to_b2(p), b->GetAngle());
  b->SetLinearVelocity(b2Vec2(0, 0));
  b->SetAngularVelocity(0);
}

void World::set_passing(int agent, bool on) {
  for (b2Fixture* f = impl_->agents[agent]->GetFixtureList(); f; f = f->GetNext()) {
    b2Filter filter = f->GetFilterData();
    // A toy pinned against a wall in the doorway would otherwise hold an adult in the room for good.
    filter.maskBits = on ? static_cast<std::uint16_t>(0xFFFF & ~(kAgentBits | kToyBits)) : 0xFFFF;
    f->SetFilterData(filter);
  }
}

void World::set_active(int agent, bool on) { impl_->agents[agent]->SetEnabled(on); }
bool World::active(int agent) const { return impl_->agents[agent]->IsEnabled(); }

void World::step(float dt) {
  events_.clear();
  Impl& m = *impl_;
  for (std::size_t i = 0; i < m.agents.size(); ++i) {
    b2Body* b = m.agents[i];
    if (!b->IsEnabled()) continue;
    // Steer: an impulse that closes part of the gap to the desired velocity.
    const b2Vec2 gap = to_b2(m.desired[i]) - b->GetLinearVelocity();
    const float k = std::min(1.f, kSteerRate * dt);
    b->ApplyLinearImpulseToCenter(b->GetMass() * k * gap, true);
  }
  m.world.Step(dt, 8, 3);
}

int World::agent_count() const { return int(impl_->agents.size()); }
int World::toy_count() const { return int(impl_->toys.size()); }

int World::agent_index(const std::string& id) const {
  for (std::size_t i = 0; i < def_.agents.size(); ++i)
    if (def_.agents[i].id == id) return int(i);
  return -1;
}

static BodyState state_of(const b2Body* b) { return {from_b2(b->GetPosition()), b->GetAngle(), from_b2(b->GetLinearVelocity())}; }
BodyState World::agent(int i) const { return state_of(impl_->agents[i]); }
BodyState World::toy(int i) const { return state_of(impl_->toys[i]); }

float World::distance(int a, int b) const {
  return (impl_->agents[a]->GetPosition() - impl_->agents[b]->GetPosition()).Length();
}

bool World::touching(int a, int b) const {
  if (!active(a) || !active(b)) return false;
  return distance(a, b) <= def_.agents[a].radius + def_.agents[b].radius + kTouchSlack;
}

bool World::in_region(int agent, int region) const { return impl_->agent_region_count[agent][region] > 0; }

float World::nearest_toy_distance(int agent) const {
  float best = 1e9f;
  const b2Vec2 p = impl_->agents[agent]->GetPosition();
  for (const b2Body* t : impl_->toys) best = std::min(best, (t->GetPosition() - p).Length());
  return best;
}

void World::debug_draw(b2Draw& draw) {
  impl_->world.SetDebugDraw(&draw);
  impl_->world.DebugDraw();
  impl_->world.SetDebugDraw(nullptr);
}

std::uint64_t World::hash() const {
  Fnv1a h;
  for (const b2Body* b : impl_->agents) {
    h.add(b->GetPosition().x), h.add(b->GetPosition().y);
    h.add(b->GetLinearVelocity().x), h.add(b->GetLinearVelocity().y);
    h.add(std::uint8_t(b->IsEnabled()));
  }
  for (const b2Body* b : impl_->toys) {
    h.add(b->GetPosition().x), h.add(b->GetPosition().y), h.add(b->GetAngle());
    h.add(b->GetLinearVelocity().x), h.add(b->GetLinearVelocity().y);
  }
  return h.value();
}

}  // namespace sb::world
