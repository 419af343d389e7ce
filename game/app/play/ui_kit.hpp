#pragma once
// Small pieces the play flow's screens share (life map, caregiver choice, content
// note, epilogue, the story overlays): the paper page, wrapped text, pill buttons.
// Built on the app's draw kit so everything keeps the same storybook look.
#include <string>
#include <vector>

#include <SFML/Graphics.hpp>

#include "app/canvas.hpp"

namespace sb::app::play_ui {

// The warm paper page the title uses, top to bottom.
void paper(Canvas& t);

// Scenario text as written in XML: runs of spaces and line breaks become one space.
std::string squash(const std::string& text);

// Splits `utf8` into lines no wider than `width` canvas pixels at `size`.
std::vector<sf::String> wrap(const sf::Font& font, const std::string& utf8, float size, float width);

// Draws wrapped text from `top_left`; returns the height used (canvas pixels).
float paragraph(Canvas& t, const sf::Font& font, const std::string& utf8, float size, float ui_scale,
                sf::Vector2f top_left, float width, sf::Color color, float line_gap = 1.3f);

// One line of text with its top-left (not its glyph box) at `pos`; returns its width.
float label(Canvas& t, const sf::Font& font, const std::string& utf8, float size, float ui_scale, sf::Vector2f pos,
            sf::Color color);
float text_width(const sf::Font& font, const std::string& utf8, float size);

// A rounded button with a centred label; `hot` lifts it and warms it.
void pill(Canvas& t, const sf::Font& font, sf::FloatRect r, const std::string& utf8, float size, float ui_scale, bool hot);

// A little heart, the game's marker for "this one".
void heart(Canvas& t, sf::Vector2f centre, float size, sf::Color color);

}  // namespace sb::app::play_ui
