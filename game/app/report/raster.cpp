#include "app/report/raster.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <vector>

#include <ft2build.h>
#include FT_FREETYPE_H

#include "app/platform/fonts.hpp"

namespace sb::app::raster {
namespace {

std::vector<std::uint32_t> decode_utf8(const std::string& s) {
  std::vector<std::uint32_t> out;
  for (std::size_t i = 0; i < s.size();) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    int extra = c < 0x80 ? 0 : (c >> 5) == 6 ? 1 : (c >> 4) == 14 ? 2 : (c >> 3) == 30 ? 3 : -1;
    if (extra < 0 || i + static_cast<std::size_t>(extra) >= s.size() + (extra == 0 ? 1 : 0)) {
      out.push_back(0xFFFD);
      ++i;
      continue;
    }
    std::uint32_t cp = extra == 0 ? c : c & (0x3F >> extra);
    bool ok = true;
    for (int k = 1; k <= extra; ++k) {
      if (i + static_cast<std::size_t>(k) >= s.size()) { ok = false; break; }
      const unsigned char cc = static_cast<unsigned char>(s[i + static_cast<std::size_t>(k)]);
      if ((cc >> 6) != 2) { ok = false; break; }
      cp = (cp << 6) | (cc & 0x3F);
    }
    out.push_back(ok ? cp : 0xFFFD);
    i += ok ? static_cast<std::size_t>(extra) + 1 : 1;
  }
  return out;
}

}  // namespace

struct Painter::Fonts {
  FT_Library lib = nullptr;
  FT_Face regular = nullptr, bold = nullptr;
  Fonts() {
    if (FT_Init_FreeType(&lib) != 0) {
      lib = nullptr;
      return;
    }
    if (auto p = find_font(FontWeight::Regular)) FT_New_Face(lib, p->c_str(), 0, &regular);
    if (auto p = find_font(FontWeight::Bold)) FT_New_Face(lib, p->c_str(), 0, &bold);
    if (!bold) bold = nullptr;
  }
  ~Fonts() {
    if (regular) FT_Done_Face(regular);
    if (bold) FT_Done_Face(bold);
    if (lib) FT_Done_FreeType(lib);
  }
  FT_Face face(bool want_bold) const { return want_bold && bold ? bold : regular; }
};

Painter::Painter(unsigned width, unsigned height, sf::Color background) : fonts_(std::make_unique<Fonts>()) {
  image_.create(width, height, background);
}
Painter::~Painter() = default;

bool Painter::has_font() const { return fonts_->regular != nullptr; }

void Painter::blend(int x, int y, sf::Color c, float coverage) {
  if (x < 0 || y < 0 || x >= static_cast<int>(image_.getSize().x) || y >= static_cast<int>(image_.getSize().y)) return;
  const float a = std::clamp(coverage, 0.f, 1.f) * (c.a / 255.f);
  if (a <= 0) return;
  const sf::Color d = image_.getPixel(static_cast<unsigned>(x), static_cast<unsigned>(y));
  auto mixc = [a](sf::Uint8 dst, sf::Uint8 src) { return static_cast<sf::Uint8>(dst + (src - dst) * a + 0.5f); };
  const float out_a = a + (d.a / 255.f) * (1 - a);
  image_.setPixel(static_cast<unsigned>(x), static_cast<unsigned>(y),
                  {mixc(d.r, c.r), mixc(d.g, c.g), mixc(d.b, c.b), static_cast<sf::Uint8>(std::lround(out_a * 255))});
}

void Painter::rect(float x, float y, float w, float h, sf::Color c) {
  // Edges get partial coverage so bars line up smoothly with anti-aliased lines.
  const int x0 = static_cast<int>(std::floor(x)), x1 = static_cast<int>(std::ceil(x + w));
  const int y0 = static_cast<int>(std::floor(y)), y1 = static_cast<int>(std::ceil(y + h));
  for (int py = y0; py < y1; ++py) {
    const float cy = std::min(py + 1.f, y + h) - std::max(static_cast<float>(py), y);
    for (int px = x0; px < x1; ++px) {
      const float cx = std::min(px + 1.f, x + w) - std::max(static_cast<float>(px), x);
      blend(px, py, c, cx * cy);
    }
  }
}

void Painter::rect_outline(float x, float y, float w, float h, float t, sf::Color c) {
  rect(x, y, w, t, c);
  rect(x, y + h - t, w, t, c);
  rect(x, y + t, t, h - 2 * t, c);
  rect(x + w - t, y + t, t, h - 2 * t, c);
}

void Painter::circle(float cx, float cy, float r, sf::Color c) {
  for (int py = static_cast<int>(cy - r - 1); py <= static_cast<int>(cy + r + 1); ++py)
    for (int px = static_cast<int>(cx - r - 1); px <= static_cast<int>(cx + r + 1); ++px) {
      const float d = std::hypot(px + 0.5f - cx, py + 0.5f - cy);
      blend(px, py, c, r + 0.5f - d);
    }
}

void Painter::line(float x0, float y0, float x1, float y1, float width, sf::Color c) {
  // Coverage from the distance to the segment: round caps, smooth edges.
  const float half = width / 2;
  const float minx = std::min(x0, x1) - half - 1, maxx = std::max(x0, x1) + half + 1;
  const float miny = std::min(y0, y1) - half - 1, maxy = std::max(y0, y1) + half + 1;
  const float dx = x1 - x0, dy = y1 - y0, len2 = dx * dx + dy * dy;
  for (int py = static_cast<int>(miny); py <= static_cast<int>(maxy); ++py)
    for (int px = static_cast<int>(minx); px <= static_cast<int>(maxx); ++px) {
      const float qx = px + 0.5f - x0, qy = py + 0.5f - y0;
      const float t = len2 > 0 ? std::clamp((qx * dx + qy * dy) / len2, 0.f, 1.f) : 0.f;
      const float d = std::hypot(qx - t * dx, qy - t * dy);
      const float cov = half + 0.5f - d;
      if (cov > 0) {
        // Overlapping segments of a polyline must not double up: keep the stronger cover.
        const sf::Color before = image_.getPixel(static_cast<unsigned>(std::clamp(px, 0, static_cast<int>(image_.getSize().x) - 1)),
                                                 static_cast<unsigned>(std::clamp(py, 0, static_cast<int>(image_.getSize().y) - 1)));
        if (cov >= 1 && before == c) continue;
        blend(px, py, c, cov);
      }
    }
}

void Painter::triangle(float x0, float y0, float x1, float y1, float x2, float y2, sf::Color c) {
  const float minx = std::min({x0, x1, x2}), maxx = std::max({x0, x1, x2});
  const float miny = std::min({y0, y1, y2}), maxy = std::max({y0, y1, y2});
  auto edge = [](float ax, float ay, float bx, float by, float px, float py) { return (bx - ax) * (py - ay) - (by - ay) * (px - ax); };
  const float area = edge(x0, y0, x1, y1, x2, y2);
  if (std::fabs(area) < 1e-3f) return;
  for (int py = static_cast<int>(miny); py <= static_cast<int>(maxy); ++py)
    for (int px = static_cast<int>(minx); px <= static_cast<int>(maxx); ++px) {
      // 4 samples per pixel: enough for small markers.
      int in = 0;
      for (float sy : {0.25f, 0.75f})
        for (float sx : {0.25f, 0.75f}) {
          const float qx = px + sx, qy = py + sy;
          const float w0 = edge(x1, y1, x2, y2, qx, qy) / area, w1 = edge(x2, y2, x0, y0, qx, qy) / area;
          const float w2 = 1 - w0 - w1;
          in += w0 >= 0 && w1 >= 0 && w2 >= 0;
        }
      if (in) blend(px, py, c, in / 4.f);
    }
}

float Painter::text_width(const std::string& utf8, float size, bool bold) {
  FT_Face f = fonts_->face(bold);
  if (!f) return 0;
  FT_Set_Pixel_Sizes(f, 0, static_cast<FT_UInt>(std::max(4.f, size)));
  float w = 0;
  for (std::uint32_t cp : decode_utf8(utf8))
    if (FT_Load_Char(f, cp, FT_LOAD_DEFAULT) == 0) w += static_cast<float>(f->glyph->advance.x) / 64.f;
  return w;
}

float Painter::text(const std::string& utf8, float x, float y, float size, sf::Color c, bool bold, Align align) {
  FT_Face f = fonts_->face(bold);
  if (!f) return 0;
  const float width = text_width(utf8, size, bold);
  if (align == Align::Centre) x -= width / 2;
  if (align == Align::Right) x -= width;
  FT_Set_Pixel_Sizes(f, 0, static_cast<FT_UInt>(std::max(4.f, size)));
  const float baseline = y + static_cast<float>(f->size->metrics.ascender) / 64.f;
  float pen = x;
  for (std::uint32_t cp : decode_utf8(utf8)) {
    if (FT_Load_Char(f, cp, FT_LOAD_RENDER) != 0) continue;
    const FT_GlyphSlot g = f->glyph;
    const FT_Bitmap& bm = g->bitmap;
    const int ox = static_cast<int>(std::lround(pen)) + g->bitmap_left;
    const int oy = static_cast<int>(std::lround(baseline)) - g->bitmap_top;
    for (unsigned row = 0; row < bm.rows; ++row)
      for (unsigned col = 0; col < bm.width; ++col) {
        const unsigned char v = bm.buffer[row * static_cast<unsigned>(std::abs(bm.pitch)) + col];
        if (v) blend(ox + static_cast<int>(col), oy + static_cast<int>(row), c, v / 255.f);
      }
    pen += static_cast<float>(g->advance.x) / 64.f;
  }
  return width;
}

}  // namespace sb::app::raster
