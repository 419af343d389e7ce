#include "app/play/ui_kit.hpp"

#include "app/draw_kit.hpp"
#include "app/layout.hpp"
#include "app/palette.hpp"

namespace sb::app::play_ui {
namespace pal = palette;

void paper(Canvas& t) {
  sf::VertexArray quad(sf::TriangleStrip, 4);
  quad[0] = sf::Vertex({0, 0}, pal::kPaper);
  quad[1] = sf::Vertex({kCanvasWidth, 0}, pal::kPaper);
  quad[2] = sf::Vertex({0, kCanvasHeight}, pal::kPaperDeep);
  quad[3] = sf::Vertex({kCanvasWidth, kCanvasHeight}, pal::kPaperDeep);
  t.draw(quad);
}

std::string squash(const std::string& text) {
  std::string out;
  bool space = false;
  for (char ch : text) {
    if (ch == ' ' || ch == '\n' || ch == '\t' || ch == '\r') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += ch;
  }
  return out;
}

float text_width(const sf::Font& font, const std::string& utf8, float size) {
  sf::Text probe(sf::String::fromUtf8(utf8.begin(), utf8.end()), font, static_cast<unsigned>(size));
  return probe.getLocalBounds().width;
}

std::vector<sf::String> wrap(const sf::Font& font, const std::string& utf8, float size, float width) {
  std::vector<sf::String> lines;
  const sf::String all = sf::String::fromUtf8(utf8.begin(), utf8.end());
  sf::Text probe("", font, static_cast<unsigned>(size));
  sf::String line, word;
  auto fits = [&](const sf::String& s) {
    probe.setString(s);
    return probe.getLocalBounds().width <= width;
  };
  auto flush_word = [&] {
    if (word.isEmpty()) return;
    sf::String candidate = line.isEmpty() ? word : line + " " + word;
    if (!line.isEmpty() && !fits(candidate)) {
      lines.push_back(line);
      line = word;
    } else {
      line = candidate;
    }
    word.clear();
  };
  for (std::size_t i = 0; i < all.getSize(); ++i) {
    const sf::Uint32 c = all[i];
    if (c == '\n') {
      flush_word();
      lines.push_back(line);
      line.clear();
    } else if (c == ' ' || c == '\t' || c == '\r') {
      flush_word();
    } else {
      word += c;
    }
  }
  flush_word();
  if (!line.isEmpty()) lines.push_back(line);
  return lines;
}

float paragraph(Canvas& t, const sf::Font& font, const std::string& utf8, float size, float ui_scale,
                sf::Vector2f top_left, float width, sf::Color color, float line_gap) {
  float y = top_left.y;
  const float step = size * line_gap;
  for (const sf::String& l : wrap(font, utf8, size, width)) {
    const auto bytes = l.toUtf8();
    const std::string u(bytes.begin(), bytes.end());
    sf::Text txt = draw::text(font, u, size, ui_scale, color);
    txt.setPosition(top_left.x, y);
    t.draw(txt);
    y += step;
  }
  return y - top_left.y;
}

float label(Canvas& t, const sf::Font& font, const std::string& utf8, float size, float ui_scale, sf::Vector2f pos,
            sf::Color color) {
  sf::Text txt = draw::text(font, utf8, size, ui_scale, color);
  txt.setPosition(pos);
  t.draw(txt);
  return txt.getGlobalBounds().width;
}

void pill(Canvas& t, const sf::Font& font, sf::FloatRect r, const std::string& utf8, float size, float ui_scale, bool hot) {
  if (hot) r.top -= 2;
  draw::panel(t, r, std::min(r.height / 2, 22.f), hot ? pal::kButtonHot : pal::kButton, pal::kInk, hot ? 3.f : 2.f,
              hot ? 6.f : 4.f);
  sf::Text txt = draw::text(font, utf8, size, ui_scale, pal::kInk);
  draw::centre_origin(txt);
  txt.setPosition(r.left + r.width / 2, r.top + r.height / 2);
  t.draw(txt);
}

void heart(Canvas& t, sf::Vector2f c, float s, sf::Color col) {
  t.draw(draw::ellipse(c + sf::Vector2f{-0.5f * s, -0.3f * s}, {0.6f * s, 0.6f * s}, col));
  t.draw(draw::ellipse(c + sf::Vector2f{0.5f * s, -0.3f * s}, {0.6f * s, 0.6f * s}, col));
  sf::ConvexShape tip(3);
  tip.setPoint(0, c + sf::Vector2f{-1.07f * s, -0.1f * s});
  tip.setPoint(1, c + sf::Vector2f{1.07f * s, -0.1f * s});
  tip.setPoint(2, c + sf::Vector2f{0, 1.1f * s});
  tip.setFillColor(col);
  t.draw(tip);
}

}  // namespace sb::app::play_ui
