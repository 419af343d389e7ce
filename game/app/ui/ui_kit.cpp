#include "app/ui/ui_kit.hpp"

#include "app/art/draw_kit.hpp"
#include "app/render/layout.hpp"
#include "app/art/palette.hpp"
#include "app/render/comfort.hpp"

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

float text_width(const sf::Font& font, const std::string& utf8, float size, float ui_scale) {
  return draw::text(font, utf8, size, ui_scale, sf::Color::Black).getGlobalBounds().width;
}

std::vector<sf::String> wrap(const sf::Font& font, const std::string& utf8, float size, float width, float ui_scale) {
  std::vector<sf::String> lines;
  const sf::String all = sf::String::fromUtf8(utf8.begin(), utf8.end());
  // The same sf::Text draw::text makes (scaled size, device-pixel raster), reused.
  sf::Text probe = draw::text(font, "", size, ui_scale, sf::Color::Black);
  sf::String line, word;
  auto fits = [&](const sf::String& s) {
    probe.setString(s);
    return probe.getGlobalBounds().width <= width;
  };
  // A word that cannot fit even on a line of its own is cut where the column ends.
  auto place_long_word = [&] {
    while (!word.isEmpty() && !fits(word)) {
      std::size_t n = 1;
      while (n < word.getSize() && fits(word.substring(0, n + 1))) ++n;
      lines.push_back(word.substring(0, n));
      word = word.substring(n);
    }
  };
  auto flush_word = [&] {
    if (word.isEmpty()) return;
    sf::String candidate = line.isEmpty() ? word : line + " " + word;
    if (!fits(candidate)) {
      if (!line.isEmpty()) lines.push_back(line);
      line.clear();
      place_long_word();
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

float line_step(float size, float line_gap) { return scaled_text_size(size) * line_gap; }

float wrapped_height(const sf::Font& font, const std::string& utf8, float size, float width, float line_gap,
                     float ui_scale) {
  return static_cast<float>(wrap(font, utf8, size, width, ui_scale).size()) * line_step(size, line_gap);
}

float paragraph(Canvas& t, const sf::Font& font, const std::string& utf8, float size, float ui_scale,
                sf::Vector2f top_left, float width, sf::Color color, float line_gap) {
  float y = top_left.y;
  const float step = line_step(size, line_gap);
  for (const sf::String& l : wrap(font, utf8, size, width, ui_scale)) {
    const auto bytes = l.toUtf8();
    const std::string u(bytes.begin(), bytes.end());
    sf::Text txt = draw::text(font, u, size, ui_scale, color);
    txt.setPosition(top_left.x, y);
    t.draw(txt);
    y += step;
  }
  return y - top_left.y;
}

float text_block(Canvas& t, const sf::Font& font, const std::string& utf8, float size, float ui_scale, sf::Vector2f top_left,
                 float width, sf::Color color, float line_gap) {
  if (utf8.find('\n') == std::string::npos && text_width(font, utf8, size, ui_scale) <= width) {
    label(t, font, utf8, size, ui_scale, top_left, color);
    return line_step(size, line_gap);
  }
  return paragraph(t, font, utf8, size, ui_scale, top_left, width, color, line_gap);
}

float label(Canvas& t, const sf::Font& font, const std::string& utf8, float size, float ui_scale, sf::Vector2f pos,
            sf::Color color) {
  sf::Text txt = draw::text(font, utf8, size, ui_scale, color);
  txt.setPosition(pos);
  t.draw(txt);
  return txt.getGlobalBounds().width;
}

void fit_width(sf::Text& text, float max_width) {
  const float w = text.getGlobalBounds().width;
  if (w > max_width && w > 0) text.scale(max_width / w, max_width / w);
}

float label_fit(Canvas& t, const sf::Font& font, const std::string& utf8, float size, float ui_scale, sf::Vector2f pos,
                float max_width, sf::Color color) {
  sf::Text txt = draw::text(font, utf8, size, ui_scale, color);
  fit_width(txt, max_width);
  txt.setPosition(pos);
  t.draw(txt);
  return txt.getGlobalBounds().width;
}

float bottom_lines(Canvas& t, const sf::Font& font, const std::string& utf8, float size, float ui_scale, float x, float bottom,
                   float width, sf::Color color, bool centred) {
  const auto lines = wrap(font, utf8, size, width, ui_scale);
  const float step = line_step(size, 1.2f);
  const float top = bottom - static_cast<float>(lines.size()) * step;
  float y = top;
  for (const sf::String& l : lines) {
    const auto bytes = l.toUtf8();
    sf::Text txt = draw::text(font, std::string(bytes.begin(), bytes.end()), size, ui_scale, color);
    txt.setPosition(centred ? x - txt.getGlobalBounds().width / 2 : x, y);
    t.draw(txt);
    y += step;
  }
  return top;
}

std::vector<std::pair<float, float>> share_row(const std::vector<float>& wanted, float left, float room, float gap) {
  float total = 0;
  for (float w : wanted) total += w;
  const float free = room - gap * static_cast<float>(wanted.empty() ? 0 : wanted.size() - 1);
  const float fit = total > free && total > 0 ? free / total : 1.f;
  std::vector<std::pair<float, float>> out;
  for (float w : wanted) {
    out.emplace_back(left, w * fit);
    left += w * fit + gap;
  }
  return out;
}

void pill(Canvas& t, const sf::Font& font, sf::FloatRect r, const std::string& utf8, float size, float ui_scale, bool hot) {
  if (hot) r.top -= 2;
  draw::panel(t, r, std::min(r.height / 2, 22.f), hot ? pal::kButtonHot : pal::kButton, pal::kInk, hot ? 3.f : 2.f,
              hot ? 6.f : 4.f);
  sf::Text txt = draw::text(font, utf8, size, ui_scale, pal::kInk);
  fit_width(txt, r.width - std::min(r.height, 36.f));
  draw::centre_origin(txt);
  txt.setPosition(r.left + r.width / 2, r.top + r.height / 2);
  t.draw(txt);
}

}  // namespace sb::app::play_ui
