#pragma once
// A batching painter over an sf::RenderTarget. Storybook art is hundreds of
// small untextured shapes; one draw call each is slow on software renderers
// (Xvfb, school laptops), so shapes and vertex arrays are gathered into one
// triangle list and sent in a single call, in painting order. Anything with a
// texture or another blend mode (sprites, text, glows) flushes the batch first.
#include <SFML/Graphics.hpp>

namespace sb::app {

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
