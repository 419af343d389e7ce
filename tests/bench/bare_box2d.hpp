#pragma once
// The floor the benchmarks compare against: a plain b2World holding the same
// bodies as a RoomDef, stepped with the same settings and nothing else.
#include <box2d/box2d.h>

#include <memory>

#include "world/world.hpp"

namespace sb::bench {

inline std::unique_ptr<b2World> bare_world(const world::RoomDef& def) {
  auto w = std::make_unique<b2World>(b2Vec2(0, 0));
  b2BodyDef sd;
  b2Body* statics = w->CreateBody(&sd);
  auto box = [&](float x, float y, float bw, float bh, bool sensor) {
    b2PolygonShape s;
    s.SetAsBox(bw / 2, bh / 2, b2Vec2(x + bw / 2, y + bh / 2), 0);
    b2FixtureDef fd;
    fd.shape = &s;
    fd.isSensor = sensor;
    statics->CreateFixture(&fd);
  };
  box(-0.3f, -0.3f, def.width + 0.6f, 0.3f, false);
  box(-0.3f, def.height, def.width + 0.6f, 0.3f, false);
  box(-0.3f, 0, 0.3f, def.height, false);
  box(def.width, 0, 0.3f, def.height, false);
  for (const auto& o : def.obstacles) box(o.rect.x, o.rect.y, o.rect.w, o.rect.h, false);
  for (const auto& r : def.regions) box(r.rect.x, r.rect.y, r.rect.w, r.rect.h, true);
  auto circle = [&](world::Vec2 p, float r, float density, bool agent) {
    b2BodyDef bd;
    bd.type = b2_dynamicBody;
    bd.position.Set(p.x, p.y);
    bd.fixedRotation = agent;
    bd.linearDamping = agent ? 0.5f : 3.f;
    b2Body* b = w->CreateBody(&bd);
    b2CircleShape c;
    c.m_radius = r;
    b->CreateFixture(&c, density);
    return b;
  };
  for (const auto& t : def.toys) circle(t.position, t.radius, t.density, false);
  for (const auto& a : def.agents) circle(a.position, a.radius, a.mass_density, true);
  return w;
}

}  // namespace sb::bench
