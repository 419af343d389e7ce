#include "app/art/figure_pose.hpp"

#include <algorithm>
#include <cmath>

#include "app/art/room_art.hpp"

namespace sb::app {

sf::Vector2f lerp_px(world::Vec2 a, world::Vec2 b, double alpha) {
  const float t = static_cast<float>(std::clamp(alpha, 0.0, 1.0));
  return to_px(world::Vec2{a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t});
}

sf::Vector2f unit(sf::Vector2f v, sf::Vector2f fallback) {
  const float len = std::hypot(v.x, v.y);
  return len > 1e-3f ? v / len : fallback;
}

bool on_rug(const world::RoomDef& room, world::Vec2 p) {
  for (const auto& r : room.regions)
    if (r.kind.find("rug") != std::string::npos && p.x >= r.rect.x && p.x <= r.rect.x + r.rect.w && p.y >= r.rect.y &&
        p.y <= r.rect.y + r.rect.h)
      return true;
  return false;
}

Face face_for(const sim::AgentView& a, mind::AnswerKind shown) {
  using E = scenario::Expression;
  switch (a.expression) {
    case E::Warm: return Face::Warm;
    case E::Attentive: return Face::Attentive;
    case E::Flat: return Face::Flat;
    case E::Tense: return Face::Tense;
    case E::Angry: return Face::Angry;
    case E::Frightened: return Face::Frightened;
    case E::Frightening: return Face::Frightening;
    case E::Dazed: return Face::Dazed;
    case E::None: break;
  }
  using K = mind::AnswerKind;
  switch (shown) {
    case K::Comfort: return Face::Warm;
    case K::Dismiss: case K::Ignore: return Face::Flat;
    case K::Intrude: return Face::Tense;
    case K::Frighten: return Face::Frightening;
    case K::Dissociate: return Face::Dazed;
    default: break;
  }
  return a.warmth >= 0.6 ? Face::Warm : a.warmth >= 0.35 ? Face::Attentive : Face::Flat;
}

FigurePose base_pose(const sim::AgentView& a, double alpha, sf::Vector2f child, float breath_clock, float walk_phase,
                     bool adult, const world::RoomDef& room) {
  FigurePose p;
  p.feet = lerp_px(a.previous, a.position, alpha);
  const sf::Vector2f vel{a.velocity.x, a.velocity.y};
  const float speed = std::hypot(vel.x, vel.y);
  p.speed = std::clamp(speed / 1.2f, 0.f, 1.f);
  p.walk_phase = walk_phase;
  p.distress = static_cast<float>(a.distress);
  p.warmth = static_cast<float>(a.warmth);
  p.action = a.action;
  p.breath = breath_clock * (adult ? 1.5f : 2.2f);
  if (a.role == "child") {
    p.gaze = unit(vel, {0, 0.4f});
  } else {
    p.gaze = unit(child - p.feet, {0, 1});
    p.sitting = a.pose == sim::Pose::Sit || (speed < 0.08f && a.pose == sim::Pose::Stand && on_rug(room, a.position));
    p.kneeling = a.pose == sim::Pose::Kneel;
    p.holding = a.pose == sim::Pose::Hold;
    p.face = face_for(a, a.answer);
  }
  return p;
}

}  // namespace sb::app
