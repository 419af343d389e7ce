#pragma once
// The ground of an outdoor scene, painted once under everyone: grass with paths
// and a sandpit in a park, a playground with hopscotch in a school yard, hedges
// round the edges and railings with a gate along the top.
#include <SFML/Graphics.hpp>

#include "app/render/canvas.hpp"

#include "world/world.hpp"

namespace sb::app {

// Outdoors when a `yard` region covers the whole world (the park, the school yard):
// the data says so, not the scenario's name.
bool is_outdoors(const world::RoomDef& room);
// A yard with a building's doorway (a `room` region) on one of its edges is a
// school yard or a courtyard: hard ground rather than grass.
bool has_hard_ground(const world::RoomDef& room);
// Everything draw_room_floor paints for an outdoor scene, over room_art_area(room).
void draw_outdoor_ground(Canvas& t, const world::RoomDef& room);

}  // namespace sb::app
