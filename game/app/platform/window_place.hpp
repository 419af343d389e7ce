#pragma once
// Where a new window goes: centred on the screen. Without a window manager
// (a kiosk, Xvfb, some classroom set-ups) nobody else places it, and SFML's
// default put part of it off the screen. A window larger than the screen is
// pinned to its top-left corner so its title and top edge stay reachable.
#include <SFML/System/Vector2.hpp>

namespace sb::app {

sf::Vector2i centred_position(sf::Vector2u screen, sf::Vector2u window);

}  // namespace sb::app
