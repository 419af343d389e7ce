#pragma once
// Colour checks for screenshot tests: what a player would see at a point.
#include <SFML/Graphics/Image.hpp>

#include <algorithm>
#include <cmath>

namespace sb::test {

inline float distance(sf::Color a, sf::Color b) {
  const float dr = float(a.r) - float(b.r), dg = float(a.g) - float(b.g), db = float(a.b) - float(b.b);
  return std::sqrt(dr * dr + dg * dg + db * db);
}

// The colour in a small square around p closest to `want` (outlines and shading vary).
inline float best_match(const sf::Image& img, sf::Vector2f p, sf::Color want, int half = 3) {
  float best = 1e9f;
  for (int dy = -half; dy <= half; ++dy)
    for (int dx = -half; dx <= half; ++dx) {
      const int x = int(std::lround(p.x)) + dx, y = int(std::lround(p.y)) + dy;
      if (x < 0 || y < 0 || x >= int(img.getSize().x) || y >= int(img.getSize().y)) continue;
      best = std::min(best, distance(img.getPixel(unsigned(x), unsigned(y)), want));
    }
  return best;
}

}  // namespace sb::test
