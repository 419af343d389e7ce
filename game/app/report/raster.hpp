#pragma once
// A small CPU painter onto an sf::Image: filled rectangles and circles,
// anti-aliased thick lines, and text through FreeType. The debrief's charts are
// painted with it, so the same picture appears on screen (as a texture) and in
// an exported report (as a PNG) without needing a display or a GPU.
#include <memory>
#include <string>

#include <SFML/Graphics/Image.hpp>

namespace sb::app::raster {

class Painter {
 public:
  Painter(unsigned width, unsigned height, sf::Color background);
  ~Painter();
  Painter(const Painter&) = delete;
  Painter& operator=(const Painter&) = delete;

  void rect(float x, float y, float w, float h, sf::Color c);
  void rect_outline(float x, float y, float w, float h, float thickness, sf::Color c);
  void circle(float cx, float cy, float r, sf::Color c);
  void line(float x0, float y0, float x1, float y1, float width, sf::Color c);
  void triangle(float x0, float y0, float x1, float y1, float x2, float y2, sf::Color c);

  // Text with its top-left at (x, y); size in pixels. Returns the width drawn.
  // Without a usable font nothing is drawn and 0 is returned.
  enum class Align { Left, Centre, Right };
  float text(const std::string& utf8, float x, float y, float size, sf::Color c, bool bold = false,
             Align align = Align::Left);
  float text_width(const std::string& utf8, float size, bool bold = false);
  bool has_font() const;

  const sf::Image& image() const { return image_; }
  sf::Image take() { return std::move(image_); }

 private:
  void blend(int x, int y, sf::Color c, float coverage);
  struct Fonts;
  sf::Image image_;
  std::unique_ptr<Fonts> fonts_;
};

}  // namespace sb::app::raster
