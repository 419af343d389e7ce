#pragma once
// Small drawing helpers for the storybook look: rounded shapes with ink
// outlines, soft shadows and glows, thick curves for faces, crisp text.
#include <string>

#include <SFML/Graphics.hpp>

#include "app/render/canvas.hpp"

namespace sb::app::draw {

// An ellipse as a convex polygon (an sf::CircleShape scaled would scale its outline too).
sf::ConvexShape ellipse(sf::Vector2f center, sf::Vector2f radii, sf::Color fill,
                        sf::Color outline = sf::Color::Transparent, float thickness = 0.f, int points = 40);
sf::ConvexShape rounded_rect(sf::FloatRect rect, float radius, sf::Color fill,
                             sf::Color outline = sf::Color::Transparent, float thickness = 0.f);

// A little heart, the game's marker for "this one": two round lobes and a point,
// `size` canvas pixels from the centre to a lobe's edge.
void heart(Canvas& target, sf::Vector2f centre, float size, sf::Color color);

// The mark that says a list or page goes on above (`up`) or below: a small
// triangle (a shape, since some fonts lack arrows), `half` pixels wide each side.
void more_mark(Canvas& target, sf::Vector2f centre, float half, bool up, sf::Color color,
               sf::Color outline = sf::Color::Transparent, float thickness = 0.f);

// A shadow that fades to nothing at its rim (a triangle fan, no shader).
void soft_shadow(Canvas& target, sf::Vector2f center, sf::Vector2f radii,
                 sf::Color color, const sf::RenderStates& states = sf::RenderStates::Default);
// A pool of light (or darkness): `inner` at the centre fading to `outer` at the rim.
void radial_glow(Canvas& target, sf::Vector2f center, float radius, sf::Color inner,
                 sf::Color outer, const sf::RenderStates& states = sf::RenderStates::Default);
// A rounded panel with a soft shadow under it: buttons, the pause card.
void panel(Canvas& target, sf::FloatRect rect, float radius, sf::Color fill, sf::Color outline,
           float thickness, float shadow_offset);

// A quadratic curve from a through control c to b, `width` thick, with round ends.
void curve(Canvas& target, sf::Vector2f a, sf::Vector2f c, sf::Vector2f b, float width, sf::Color color);
void line(Canvas& target, sf::Vector2f a, sf::Vector2f b, float width, sf::Color color);

// Text rasterised at the real pixel size, so it stays sharp when the window is
// scaled: `size` is in layout pixels, `ui_scale` is device pixels per layout pixel.
sf::Text text(const sf::Font& font, const std::string& utf8, float size, float ui_scale, sf::Color color);
void centre_origin(sf::Text& t);

}  // namespace sb::app::draw
