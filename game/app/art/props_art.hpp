#pragma once
// Things drawn as themselves (issue 13): a book, a phone, a mug, a plant, tissues,
// keys, a coat, a photo, a cushion, a wooden car, a doll, instead of the red ball
// every unknown thing used to be. Seen from above, like the rest of the room.
#include <string>

#include <SFML/Graphics.hpp>

#include "app/render/canvas.hpp"

namespace sb::app {

// Draws `kind` at `centre` (radius in pixels, angle in radians) and returns true, or
// returns false for kinds it does not know (the ball, blocks, the bear: room_art).
bool draw_prop(Canvas& t, const std::string& kind, sf::Vector2f centre, float radius_px, float angle);

}  // namespace sb::app
