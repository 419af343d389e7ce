#pragma once
// A camera that follows a target smoothly (exponential ease each tick) and stays
// inside the room, remembering its last position so frames can interpolate.
#include <SFML/System/Vector2.hpp>

namespace sb::app {

class Camera {
 public:
  // `bounds`: the area worth showing (world pixels); `view`: the visible size.
  void configure(sf::Vector2f bounds_min, sf::Vector2f bounds_max, sf::Vector2f view_size);
  void snap(sf::Vector2f target);
  void tick(sf::Vector2f target, double dt); // one fixed step
  sf::Vector2f at(double alpha) const;        // interpolated centre

  static constexpr double kFollowRate = 4.0; // 1/s: about a quarter second to close most of a gap

 private:
  sf::Vector2f clamp(sf::Vector2f c) const;
  sf::Vector2f min_{0, 0}, max_{0, 0}, view_{1280, 720};
  sf::Vector2f current_{0, 0}, previous_{0, 0};
};

}  // namespace sb::app
