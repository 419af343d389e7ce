#include "app/render/camera.hpp"

#include <algorithm>
#include <cmath>

namespace sb::app {

void Camera::configure(sf::Vector2f bounds_min, sf::Vector2f bounds_max, sf::Vector2f view_size) {
  min_ = bounds_min;
  max_ = bounds_max;
  view_ = view_size;
}

sf::Vector2f Camera::clamp(sf::Vector2f c) const {
  auto axis = [](float v, float lo, float hi, float half) {
    if (hi - lo <= 2 * half) return (lo + hi) / 2; // the room fits: centre it
    return std::clamp(v, lo + half, hi - half);
  };
  return {axis(c.x, min_.x, max_.x, view_.x / 2), axis(c.y, min_.y, max_.y, view_.y / 2)};
}

void Camera::snap(sf::Vector2f target) { current_ = previous_ = clamp(target); }

void Camera::tick(sf::Vector2f target, double dt) {
  previous_ = current_;
  const float k = static_cast<float>(1.0 - std::exp(-kFollowRate * dt));
  current_ = clamp(current_ + (clamp(target) - current_) * k);
}

sf::Vector2f Camera::at(double alpha) const {
  const float a = static_cast<float>(std::clamp(alpha, 0.0, 1.0));
  return previous_ + (current_ - previous_) * a;
}

}  // namespace sb::app
