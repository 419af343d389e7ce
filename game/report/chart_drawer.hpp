#pragma once
// The charts draw through this small interface, as Box2D's world draws through
// b2Draw: the chart code decides what goes where, an implementation decides how
// it becomes a picture. SvgDrawer (svg_drawer.hpp) writes SVG text for reports;
// the app draws the same charts on screen with SFML (app/report). Coordinates are
// chart pixels, origin top-left, +y down; sizes are pixels.
#include <cstdint>
#include <string>

namespace sb::report {

// A plain colour, 0..255 per channel; a = 255 is opaque.
struct Rgba {
  std::uint8_t r = 0, g = 0, b = 0, a = 255;
  friend bool operator==(const Rgba&, const Rgba&) = default;
};
constexpr Rgba with_alpha(Rgba c, std::uint8_t a) {
  c.a = a;
  return c;
}

enum class Align { Left, Centre, Right };

class ChartDrawer {
 public:
  virtual ~ChartDrawer() = default;

  virtual void rect(float x, float y, float w, float h, Rgba c) = 0;
  virtual void circle(float cx, float cy, float r, Rgba c) = 0;
  // A thick segment with round ends; width in pixels.
  virtual void line(float x0, float y0, float x1, float y1, float width, Rgba c) = 0;
  virtual void triangle(float x0, float y0, float x1, float y1, float x2, float y2, Rgba c) = 0;
  // Text whose line box has its top at y; x is its left edge, centre or right edge by
  // `align`; size in pixels. Returns the width of the text.
  virtual float text(const std::string& utf8, float x, float y, float size, Rgba c, bool bold = false,
                     Align align = Align::Left) = 0;
  virtual float text_width(const std::string& utf8, float size, bool bold = false) = 0;

  // The shapes drawn between begin_item and end_item show one value of the data;
  // `what` names it in words ("Proximity seeking: 5.0"). A picture may ignore this;
  // the SVG keeps it as a <title>, so a reader (and a screen reader) can ask a bar its value.
  virtual void begin_item(const std::string& what) { (void)what; }
  virtual void end_item() {}
};

}  // namespace sb::report
