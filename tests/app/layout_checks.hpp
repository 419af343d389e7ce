#pragma once
// What a reader notices in a laid-out screen, from layout metrics (where each text and
// each panel landed, in device pixels), not from pixels: a label cut by the screen's
// edge, two labels on top of each other, a text running out of the panel it is drawn
// on, and a label squeezed to tiny type to fit its room. Shared by the large-text
// tests (issue 7), coding practice's screens (issue 15) and the every-screen layout
// test (issue 16 part 6).
#include <sstream>
#include <string>
#include <vector>

#include "app/render/canvas.hpp"
#include "app/render/comfort.hpp"
#include "app/render/layout_probe.hpp"
#include "app/screens/screen_stack.hpp"
#include "text/strings.hpp"

namespace sb::layout_test {

// A label may be squeezed a little to fit (a long German word), not to tiny type.
inline constexpr float kLeastFit = 0.8f;

struct Laid {
  std::vector<app::DrawnText> texts;
  std::vector<app::DrawnPanel> panels;
};

// The part of a text that shows: a text in a scrolling box is clipped to the box on
// purpose (the box scrolls to the rest).
inline bool shown_part(const app::DrawnText& t, sf::FloatRect* shown) { return t.box.intersects(t.clip, *shown); }

// Labels cut by the screen edge, lines wider than their scrolling box, and labels on top of each other.
inline std::string off_screen_and_overlaps(const std::vector<app::DrawnText>& texts, sf::Vector2u size) {
  std::ostringstream out;
  const float w = static_cast<float>(size.x), h = static_cast<float>(size.y);
  std::vector<app::DrawnText> seen;
  for (const app::DrawnText& t : texts) {
    const bool scrolled = t.clip.width < w - 1 || t.clip.height < h - 1;
    if (!scrolled) {
      const sf::FloatRect& b = t.box;
      if (b.left < -1 || b.top < -1 || b.left + b.width > w + 1 || b.top + b.height > h + 1)
        out << "off the screen: \"" << t.text << "\" at " << b.left << "," << b.top << " " << b.width << "x" << b.height << "\n";
      seen.push_back(t);
      continue;
    }
    app::DrawnText shown = t;
    if (t.box.intersects(t.clip, shown.box)) seen.push_back(shown);
    // A scrolling box still keeps its lines inside its width.
    if (t.box.left < t.clip.left - 1 || t.box.left + t.box.width > t.clip.left + t.clip.width + 1)
      out << "wider than its box: \"" << t.text << "\"\n";
  }
  for (std::size_t i = 0; i < seen.size(); ++i)
    for (std::size_t j = i + 1; j < seen.size(); ++j) {
      const app::DrawnText &a = seen[i], &b = seen[j];
      if (a.text == b.text) continue; // the same words twice (a shadow under a label)
      sf::FloatRect both;
      // A pixel or two where one line's descender meets the next line's accent is not an overlap a reader sees.
      if (a.box.intersects(b.box, both) && both.width > 2 && both.height > 2)
        out << "overlap: \"" << a.text << "\" and \"" << b.text << "\" (" << both.width << "x" << both.height << " px)\n";
    }
  return out.str();
}

// Labels squeezed below kLeastFit of the size they were made at.
inline std::string shrunk(const std::vector<app::DrawnText>& texts) {
  std::ostringstream out;
  for (const app::DrawnText& t : texts) {
    sf::FloatRect shown;
    if (!shown_part(t, &shown)) continue;
    if (t.fit < kLeastFit)
      out << "shrunk to " << static_cast<int>(t.fit * 100 + 0.5f) << " % (" << t.size << " px): \"" << t.text << "\"\n";
  }
  return out.str();
}

// Each text against the innermost panel drawn before it that holds the middle of what
// shows of it: the text must lie inside that panel (a pixel of anti-aliasing allowed).
inline std::string out_of_panels(const Laid& l) {
  std::ostringstream out;
  for (std::size_t i = 0; i < l.texts.size(); ++i) {
    const app::DrawnText& t = l.texts[i];
    sf::FloatRect shown;
    if (!shown_part(t, &shown)) continue; // scrolled out of sight
    const sf::Vector2f mid{shown.left + shown.width / 2, shown.top + shown.height / 2};
    const app::DrawnPanel* home = nullptr;
    for (const app::DrawnPanel& p : l.panels) {
      sf::FloatRect visible;
      if (p.texts_before > i || !p.box.intersects(p.clip, visible) || !visible.contains(mid)) continue;
      if (!home || visible.width * visible.height < home->box.width * home->box.height) home = &p;
    }
    if (!home) continue;
    const sf::FloatRect& p = home->box;
    const float slack = 1.5f;
    if (shown.left < p.left - slack || shown.top < p.top - slack || shown.left + shown.width > p.left + p.width + slack ||
        shown.top + shown.height > p.top + p.height + slack)
      out << "\"" << t.text << "\" (" << shown.left << "," << shown.top << " " << shown.width << "x" << shown.height
          << ") runs out of its panel (" << p.left << "," << p.top << " " << p.width << "x" << p.height << ")\n";
  }
  return out.str();
}

// The screens on `stack` laid out as a player reading `lang` at `percent` text size sees
// them: drawn once to settle (a list follows the row in hand on the next frame), then
// drawn again, both recorded. Nothing is read back. The look stays set afterwards.
inline Laid lay_out(app::ScreenStack& stack, sf::RenderTexture& target, const std::string& lang, int percent) {
  app::Comfort c = app::comfort();
  c.text_scale = static_cast<float>(percent) / 100.f;
  app::set_comfort(c);
  if (text::language() != lang) text::set_language(lang);
  const app::Layout layout = app::Layout::fit(target.getSize());
  Laid first, second;
  for (Laid* l : {&first, &second}) {
    app::TextRecorder texts;
    app::PanelRecorder panels(texts);
    stack.draw(target, layout, 1.0);
    *l = {texts.texts(), panels.panels()};
  }
  target.display();
  // A page drawn from its cache the second time (the debrief) keeps the first draw's layout.
  return second.texts.empty() ? first : second;
}

// Everything above, for one laid-out screen of `size` device pixels.
inline std::string faults(const Laid& l, sf::Vector2u size) {
  return off_screen_and_overlaps(l.texts, size) + shrunk(l.texts) + out_of_panels(l);
}

}  // namespace sb::layout_test
