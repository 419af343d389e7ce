#pragma once
// Panels as laid out, for the layout test (issue 16 part 6). While a PanelRecorder
// lives, every panel drawn through draw::panel (cards, menu buttons, pills) notes its box
// in device pixels, as TextRecorder notes each text, with how many texts were drawn
// before it. A text belongs to the innermost panel drawn before it that holds its middle;
// a test then fails when the text's box runs out of that panel. Layout metrics, not
// pixels. Off (a null check) when nobody records.
#include <cstddef>
#include <vector>

#include <SFML/Graphics.hpp>

#include "app/render/canvas.hpp"

namespace sb::app {

struct DrawnPanel {
  sf::FloatRect box;          // device pixels
  sf::FloatRect clip;         // the viewport of the view it was drawn with
  std::size_t texts_before = 0;
};

class PanelRecorder {
 public:
  // `texts` counts the texts drawn so far, to order panels among them; it must outlive this.
  explicit PanelRecorder(const TextRecorder& texts);
  ~PanelRecorder();
  PanelRecorder(const PanelRecorder&) = delete;
  PanelRecorder& operator=(const PanelRecorder&) = delete;
  const std::vector<DrawnPanel>& panels() const { return panels_; }
  // `rect` in the target's current view coordinates (canvas pixels).
  static void note(const sf::RenderTarget& target, sf::FloatRect rect);

 private:
  const TextRecorder& texts_;
  std::vector<DrawnPanel> panels_;
  PanelRecorder* previous_ = nullptr;
};

}  // namespace sb::app
