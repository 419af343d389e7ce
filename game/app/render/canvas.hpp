#pragma once
// A batching painter over an sf::RenderTarget. Storybook art is hundreds of
// small untextured shapes; one draw call each is slow on software renderers
// (Xvfb, school laptops), so shapes and vertex arrays are gathered into one
// triangle list and sent in a single call, in painting order. Anything with a
// texture or another blend mode (sprites, text, glows) flushes the batch first.
#include <string>
#include <vector>

#include <SFML/Graphics.hpp>

namespace sb::app {

// Where labels drawn through any Canvas landed while a TextRecorder lives, in
// device pixels: `box` is the glyph box, `clip` the viewport of the view it was
// drawn with. Tests use it to check that text at the largest size stays on the
// screen and that no two labels overlap. Off (a null check) when nobody records.
// `size` is the letters' drawn size (the em) in device pixels and `fit` that size over
// the size the glyphs were made at: below 1 when a label was squeezed to fit its room
// (ui::fit_width), so a test can fail on text shrunk to tiny type.
struct DrawnText {
  sf::FloatRect box;
  sf::FloatRect clip;
  std::string text; // UTF-8
  float size = 0;
  float fit = 1;
};
class TextRecorder {
 public:
  TextRecorder();
  ~TextRecorder();
  TextRecorder(const TextRecorder&) = delete;
  TextRecorder& operator=(const TextRecorder&) = delete;
  const std::vector<DrawnText>& texts() const { return texts_; }
  void clear() { texts_.clear(); }
  static void note(const sf::RenderTarget& target, const sf::Text& text, const sf::RenderStates& states);

 private:
  std::vector<DrawnText> texts_;
  TextRecorder* previous_ = nullptr;
};

class Canvas {
 public:
  explicit Canvas(sf::RenderTarget& target) : target_(target) {}
  ~Canvas() { flush(); }
  Canvas(const Canvas&) = delete;
  Canvas& operator=(const Canvas&) = delete;

  void draw(const sf::Shape& shape);                                    // batched
  void draw(const sf::VertexArray& v, const sf::RenderStates& states = sf::RenderStates::Default); // batched if plain
  void draw(const sf::Drawable& d, const sf::RenderStates& states = sf::RenderStates::Default);    // direct
  void set_view(const sf::View& v);
  void flush();
  sf::RenderTarget& target() { return target_; }
  std::size_t draw_calls() const { return calls_; }

 private:
  void triangle(sf::Vector2f a, sf::Vector2f b, sf::Vector2f c, sf::Color col);
  sf::RenderTarget& target_;
  sf::VertexArray tris_{sf::Triangles};
  std::size_t calls_ = 0;
};

}  // namespace sb::app
