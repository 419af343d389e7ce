#pragma once
// The renderer's floor for the window benchmarks: one window-sized picture copied
// to the window and shown, every frame. Any scene with a background costs at
// least this much, so scene costs are given as multiples of it, measured in the
// same run (a slower machine or renderer moves both).
#include <functional>

#include <SFML/Graphics.hpp>

#include "frame_timer.hpp"

namespace sb::bench {

inline double picture_floor(sf::RenderWindow& window, const std::function<void()>& pump) {
  sf::RenderTexture picture;
  picture.create(window.getSize().x, window.getSize().y);
  picture.clear(sf::Color(120, 150, 100));
  picture.display();
  const sf::Sprite whole(picture.getTexture());
  return mean_frame_seconds([&](double) {
    pump();
    window.clear();
    window.draw(whole, sf::BlendNone);
    window.display();
  });
}

}  // namespace sb::bench
