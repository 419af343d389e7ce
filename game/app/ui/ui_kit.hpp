#pragma once
// Small pieces the play flow's screens share (life map, caregiver choice, content
// note, epilogue, the story overlays): the paper page, wrapped text, pill buttons.
// Built on the app's draw kit so everything keeps the same storybook look.
#include <string>
#include <utility>
#include <vector>

#include <SFML/Graphics.hpp>

#include "app/render/canvas.hpp"

namespace sb::app::play_ui {

// The warm paper page the title uses, top to bottom.
void paper(Canvas& t);

// Scenario text as written in XML: runs of spaces and line breaks become one space.
std::string squash(const std::string& text);

// Text is measured exactly as draw::text draws it: `size` is the base layout size,
// grown by the player's text size (comfort.hpp), rasterised at `ui_scale`. So a
// line that fits when measured fits when drawn, at every text size.
//
// Splits `utf8` into lines no wider than `width` canvas pixels at `size`. A single
// word wider than the column (a long German compound at 200 %) is broken inside
// the word rather than left to run out of its box.
std::vector<sf::String> wrap(const sf::Font& font, const std::string& utf8, float size, float width, float ui_scale = 1.f);

// The distance from one wrapped line to the next, at the player's text size.
float line_step(float size, float line_gap = 1.3f);
// The height paragraph() will use for this text (canvas pixels).
float wrapped_height(const sf::Font& font, const std::string& utf8, float size, float width, float line_gap = 1.3f,
                     float ui_scale = 1.f);

// Draws wrapped text from `top_left`; returns the height used (canvas pixels).
float paragraph(Canvas& t, const sf::Font& font, const std::string& utf8, float size, float ui_scale,
                sf::Vector2f top_left, float width, sf::Color color, float line_gap = 1.3f);

// A label when it fits on one line (spaced exactly as written, "  ·  "), else a
// paragraph that wraps (paragraph joins words with one space). Returns the height used.
float text_block(Canvas& t, const sf::Font& font, const std::string& utf8, float size, float ui_scale, sf::Vector2f top_left,
                 float width, sf::Color color, float line_gap = 1.3f);

// One line of text with its top-left (not its glyph box) at `pos`; returns its width.
float label(Canvas& t, const sf::Font& font, const std::string& utf8, float size, float ui_scale, sf::Vector2f pos,
            sf::Color color);
// The drawn width of one line, in canvas pixels (see wrap for what `size` means).
// One line that has to stay one line (a tab, a button, a heading): drawn at the
// player's size, shrunk only as far as it must to fit `max_width`.
void fit_width(sf::Text& text, float max_width);
float label_fit(Canvas& t, const sf::Font& font, const std::string& utf8, float size, float ui_scale, sf::Vector2f pos,
                float max_width, sf::Color color);
float text_width(const sf::Font& font, const std::string& utf8, float size, float ui_scale = 1.f);

// Lines along the bottom of a page (a key hint): one line when it fits, else wrapped,
// never squeezed to tiny type; the last line ends at `bottom`, each starts at `x` or
// is centred on it. Returns the top of the block, so the page can end above it.
float bottom_lines(Canvas& t, const sf::Font& font, const std::string& utf8, float size, float ui_scale, float x, float bottom,
                   float width, sf::Color color, bool centred = false);

// Buttons or tabs side by side from `left`, `gap` apart: each as wide as it wants, all
// narrowed alike when together they want more than `room`. Returns each one's left and width.
std::vector<std::pair<float, float>> share_row(const std::vector<float>& wanted, float left, float room, float gap);

// A rounded button with a centred label; `hot` lifts it and warms it.
void pill(Canvas& t, const sf::Font& font, sf::FloatRect r, const std::string& utf8, float size, float ui_scale, bool hot);


}  // namespace sb::app::play_ui
