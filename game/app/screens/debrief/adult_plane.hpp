#pragma once
// The plane of adult attachment (Brennan, Clark & Shaver 1998): attachment anxiety
// across, avoidance up, Bartholomew & Horowitz's (1991) four prototypes as its
// quadrants with a typical place in each, and this play's point with the way it
// travelled there, one step per moment in the debrief's list.
#include <SFML/Graphics/Font.hpp>
#include <SFML/Graphics/Rect.hpp>

#include "app/render/canvas.hpp"
#include "mind/adult_coding.hpp"

namespace sb::app::debrief {

// `chosen`: the index of the moment chosen in the list (its step is marked), or -1.
void draw_adult_plane(Canvas& t, const sf::Font& regular, const sf::Font& bold, sf::FloatRect area, float ui_scale,
                      const mind::AdultCoding& coding, int chosen);

// Where a point of the plane (1..7 each) is drawn inside `area` (tests look for the dot).
sf::Vector2f plane_position(sf::FloatRect area, double anxiety, double avoidance);

}  // namespace sb::app::debrief
