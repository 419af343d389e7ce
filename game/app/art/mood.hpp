#pragma once
// How safe the child feels colours the whole picture: a secure child's world is
// wide and bright; as felt security falls the light narrows around the child
// and colours drain. Drawn over the finished scene, without shaders.
#include <SFML/Graphics.hpp>

#include "app/render/canvas.hpp"

#include "app/render/layout.hpp"

namespace sb::app {

struct Mood {
  float light_radius;   // canvas pixels of clear view around the child
  sf::Uint8 vignette;   // darkness at the edges, 0..255
  sf::Uint8 veil;       // a grey veil that drains colour, 0..255
};

Mood mood_for(double felt_security); // 0..1
// `focus`: the child on the canvas.
void draw_mood(Canvas& t, const Layout& layout, sf::Vector2f focus, const Mood& mood);

}  // namespace sb::app
