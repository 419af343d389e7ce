#include "report/svg_drawer.hpp"

#include "report/xml_escape.hpp"

#include <charconv>
#include <cmath>
#include <cstdio>

namespace sb::report {

namespace {

// One decimal, whatever the locale: SVG wants a dot.
std::string num(float v) {
  if (!std::isfinite(v)) v = 0;
  char buf[32];
  const auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::fixed, 1);
  if (ec != std::errc()) return "0";
  std::string s(buf, end);
  if (s.size() > 2 && s.compare(s.size() - 2, 2, ".0") == 0) s.resize(s.size() - 2);
  return s == "-0" ? "0" : s;
}

std::string hex(Rgba c) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "#%02x%02x%02x", c.r, c.g, c.b);
  return buf;
}

// Letters, not bytes: a UTF-8 continuation byte starts with binary 10.
std::size_t letters(const std::string& utf8) {
  std::size_t n = 0;
  for (unsigned char ch : utf8) n += (ch & 0xC0) != 0x80;
  return n;
}

}  // namespace

SvgDrawer::SvgDrawer(unsigned width, unsigned height, Rgba paper, std::string title)
    : width_(width), height_(height), title_(std::move(title)) {
  rect(0, 0, static_cast<float>(width), static_cast<float>(height), paper);
}

void SvgDrawer::fill(Rgba c) {
  body_ << " fill=\"" << hex(c) << '"';
  if (c.a != 255) body_ << " fill-opacity=\"" << num(c.a / 255.f * 100.f) << "%\"";
}

void SvgDrawer::rect(float x, float y, float w, float h, Rgba c) {
  if (w < 0) x += w, w = -w;
  if (h < 0) y += h, h = -h;
  body_ << "<rect x=\"" << num(x) << "\" y=\"" << num(y) << "\" width=\"" << num(w) << "\" height=\"" << num(h) << '"';
  fill(c);
  body_ << "/>\n";
}

void SvgDrawer::circle(float cx, float cy, float r, Rgba c) {
  body_ << "<circle cx=\"" << num(cx) << "\" cy=\"" << num(cy) << "\" r=\"" << num(std::fabs(r)) << '"';
  fill(c);
  body_ << "/>\n";
}

void SvgDrawer::line(float x0, float y0, float x1, float y1, float width, Rgba c) {
  body_ << "<line x1=\"" << num(x0) << "\" y1=\"" << num(y0) << "\" x2=\"" << num(x1) << "\" y2=\"" << num(y1) << "\" stroke=\""
        << hex(c) << "\" stroke-width=\"" << num(width) << "\" stroke-linecap=\"round\"";
  if (c.a != 255) body_ << " stroke-opacity=\"" << num(c.a / 255.f * 100.f) << "%\"";
  body_ << "/>\n";
}

void SvgDrawer::triangle(float x0, float y0, float x1, float y1, float x2, float y2, Rgba c) {
  body_ << "<polygon points=\"" << num(x0) << ',' << num(y0) << ' ' << num(x1) << ',' << num(y1) << ' ' << num(x2) << ','
        << num(y2) << '"';
  fill(c);
  body_ << "/>\n";
}

float SvgDrawer::text_width(const std::string& utf8, float size, bool bold) {
  // The average advance of Andika and DejaVu Sans in mixed text, in ems.
  return static_cast<float>(letters(utf8)) * size * (bold ? 0.60f : 0.55f);
}

float SvgDrawer::text(const std::string& utf8, float x, float y, float size, Rgba c, bool bold, Align align) {
  // SVG places text by its baseline; the fonts' ascent is about 0.93 em.
  body_ << "<text x=\"" << num(x) << "\" y=\"" << num(y + size * 0.93f) << "\" font-size=\"" << num(size) << '"';
  if (bold) body_ << " font-weight=\"bold\"";
  if (align == Align::Centre) body_ << " text-anchor=\"middle\"";
  if (align == Align::Right) body_ << " text-anchor=\"end\"";
  fill(c);
  body_ << '>' << xml_escape(utf8) << "</text>\n";
  return text_width(utf8, size, bold);
}

void SvgDrawer::begin_item(const std::string& what) {
  body_ << "<g><title>" << xml_escape(what) << "</title>\n";
  ++open_items_;
}

void SvgDrawer::end_item() {
  if (open_items_ == 0) return;
  body_ << "</g>\n";
  --open_items_;
}

std::string SvgDrawer::svg() const { return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + element(true); }

std::string SvgDrawer::inline_svg() const { return element(false); }

std::string SvgDrawer::element(bool with_namespace) const {
  std::ostringstream o;
  o << "<svg" << (with_namespace ? " xmlns=\"http://www.w3.org/2000/svg\"" : "") << " width=\"" << width_ << "\" height=\"" << height_ << "\" viewBox=\"0 0 " << width_
    << ' ' << height_ << "\" font-family=\"Andika, 'DejaVu Sans', sans-serif\" role=\"img\">\n";
  if (!title_.empty()) o << "<title>" << xml_escape(title_) << "</title>\n";
  o << body_.str();
  for (int i = 0; i < open_items_; ++i) o << "</g>\n";
  o << "</svg>\n";
  return o.str();
}

}  // namespace sb::report
