#pragma once
// Shared by the settings, voice and i18n tests: the look and language are
// process-wide, so each test puts them back to the defaults when it ends;
// WCAG contrast; where the test pictures go (looked at by hand too).
#include <algorithm>
#include <cmath>
#include <filesystem>
#include <string>

#include <SFML/Graphics.hpp>

#include "app/screens/settings/apply_settings.hpp"
#include "text/strings.hpp"

namespace sb::care_test {

struct DefaultLookAfter {
  ~DefaultLookAfter() {
    app::apply_look(app::storage::Settings{});
    app::set_language("en");
  }
};

inline double channel(sf::Uint8 v) {
  const double c = v / 255.0;
  return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}
inline double luminance(sf::Color c) { return 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b); }
// WCAG 2 contrast ratio, 1..21.
inline double contrast(sf::Color a, sf::Color b) {
  const double la = luminance(a), lb = luminance(b);
  return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// The pictures the tests take, kept for a person to look at: <build>/tests/care-shots/.
inline std::filesystem::path shot_path(const std::string& name) {
  const std::filesystem::path dir = std::filesystem::current_path() / "care-shots";
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  return dir / name;
}

// The box around pixels much darker than `paper` inside `area` (ink: text and outlines).
inline sf::IntRect ink_box(const sf::Image& img, sf::IntRect area, double min_contrast = 3.0) {
  int x0 = area.left + area.width, y0 = area.top + area.height, x1 = -1, y1 = -1;
  const sf::Color paper = img.getPixel(static_cast<unsigned>(area.left), static_cast<unsigned>(area.top));
  for (int y = area.top; y < area.top + area.height; ++y)
    for (int x = area.left; x < area.left + area.width; ++x) {
      const sf::Color c = img.getPixel(static_cast<unsigned>(x), static_cast<unsigned>(y));
      if (contrast(c, paper) < min_contrast) continue;
      x0 = std::min(x0, x), y0 = std::min(y0, y), x1 = std::max(x1, x), y1 = std::max(y1, y);
    }
  if (x1 < 0) return {0, 0, 0, 0};
  return {x0, y0, x1 - x0 + 1, y1 - y0 + 1};
}

}  // namespace sb::care_test
