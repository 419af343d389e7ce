// Placing the window (see window_place.hpp).
#include "app/platform/window_place.hpp"

#include <algorithm>

namespace sb::app {

sf::Vector2i centred_position(sf::Vector2u screen, sf::Vector2u window) {
  auto centre = [](unsigned room, unsigned size) { return std::max(0, (static_cast<int>(room) - static_cast<int>(size)) / 2); };
  return {centre(screen.x, window.x), centre(screen.y, window.y)};
}

}  // namespace sb::app
