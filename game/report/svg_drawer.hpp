#pragma once
// A ChartDrawer that writes the chart as SVG text: rectangles, circles, polygons,
// round-capped lines and <text>, each value's shapes grouped under a <title>.
// Text widths are estimated from the number of letters (SVG viewers lay the text
// out with their own fonts), so legends leave a little slack rather than overlap.
#include <sstream>
#include <string>

#include "report/chart_drawer.hpp"

namespace sb::report {

class SvgDrawer final : public ChartDrawer {
 public:
  // width and height in pixels; the paper colour fills the whole picture.
  SvgDrawer(unsigned width, unsigned height, Rgba paper, std::string title = {});

  void rect(float x, float y, float w, float h, Rgba c) override;
  void circle(float cx, float cy, float r, Rgba c) override;
  void line(float x0, float y0, float x1, float y1, float width, Rgba c) override;
  void triangle(float x0, float y0, float x1, float y1, float x2, float y2, Rgba c) override;
  float text(const std::string& utf8, float x, float y, float size, Rgba c, bool bold = false,
             Align align = Align::Left) override;
  float text_width(const std::string& utf8, float size, bool bold = false) override;
  void begin_item(const std::string& what) override;
  void end_item() override;

  // The finished document: an XML declaration, then one <svg> element.
  std::string svg() const;
  // The <svg> element alone, for pasting into an HTML page (HTML knows the SVG
  // namespace, so the page names no web address).
  std::string inline_svg() const;

 private:
  void fill(Rgba c);
  std::string element(bool with_namespace) const;
  unsigned width_, height_;
  std::string title_;
  std::ostringstream body_;
  int open_items_ = 0;
};

}  // namespace sb::report
