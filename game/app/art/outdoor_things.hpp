#pragma once
// The things that stand about in a park or a school yard, drawn in the 3/4
// top-down storybook view: a bench of wooden slats on iron legs, a tree whose
// crown rises above its trunk, a slide with its ladder, a climbing frame, a
// planter of flowers and iron railings. Each is painted once into a cached layer.
#include <string>

#include <SFML/Graphics.hpp>

#include "app/render/canvas.hpp"

#include "world/world.hpp"

namespace sb::app {

// True for the obstacle kinds drawn here (bench, tree, slide, climbing-frame, planter, railings).
bool is_outdoor_thing(const std::string& kind);
// How far above its footprint a thing's art reaches (a tree's crown, a slide's ladder), in pixels.
float outdoor_thing_rise_px(const world::ObstacleDef& o);
// Draws an outdoor thing, its soft shadow included. Does nothing for other kinds.
void draw_outdoor_thing(Canvas& t, const world::ObstacleDef& o);

// A run of iron railings standing on the line y = base_y from x0 to x1 (pixels),
// shared by the railings obstacle and the park's boundary fence so the two match.
void draw_railings(Canvas& t, float x0, float x1, float base_y);
// A round bush (hedges, the planter's greenery), lit from the top left.
void draw_bush(Canvas& t, sf::Vector2f centre, float radius, sf::Color fill);

}  // namespace sb::app
