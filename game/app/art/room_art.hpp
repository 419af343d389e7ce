#pragma once
// The room drawn from the world's definition: floor, walls, rugs, furniture and
// toys. Everything is in world pixels (metres times kPixelsPerMetre).
#include <SFML/Graphics.hpp>

#include "app/render/canvas.hpp"

#include "world/world.hpp"

namespace sb::app {

constexpr float kPixelsPerMetre = 110.f;
constexpr float kWallPx = 0.3f * kPixelsPerMetre;     // the world's walls are 0.3 m thick
constexpr float kBackWallPx = 1.1f * kPixelsPerMetre; // the back wall's face, seen from the front
inline sf::Vector2f to_px(world::Vec2 v) { return {v.x * kPixelsPerMetre, v.y * kPixelsPerMetre}; }
inline sf::FloatRect to_px(const world::Rect& r) {
  return {r.x * kPixelsPerMetre, r.y * kPixelsPerMetre, r.w * kPixelsPerMetre, r.h * kPixelsPerMetre};
}

// The walls, the floor, the rugs: everything drawn before anyone stands in the room.
// Outdoors (a yard region covering the room) it is grass or playground instead: outdoor_ground.hpp.
void draw_room_floor(Canvas& t, const world::RoomDef& room);
// The area draw_room_floor paints (the room, its walls and a margin of garden).
sf::FloatRect room_art_area(const world::RoomDef& room);
// The area draw_obstacle paints, shadow included.
sf::FloatRect obstacle_art_area(const world::ObstacleDef& o);
// Walls and furniture (everything with a body), each with its soft shadow.
void draw_obstacle(Canvas& t, const world::ObstacleDef& o);
// A toy of a kind (ball, block, bear; anything else is drawn as a ball).
// `variant` picks among a kind's colours (e.g. the toy's index).
void draw_toy(Canvas& t, const std::string& kind, sf::Vector2f centre, float radius_px, float angle, int variant = 0);
// The y at which an obstacle is depth-sorted against people (its bottom edge).
inline float depth_of(const world::ObstacleDef& o) { return (o.rect.y + o.rect.h) * kPixelsPerMetre; }

}  // namespace sb::app
