#pragma once
// A vertical menu of rounded buttons, the same for keyboard (up/down, Enter),
// mouse (hover, click) and gamepad (stick or d-pad, A). Title and pause use it.
#include <optional>
#include <string>
#include <vector>

#include <SFML/Graphics.hpp>

#include "app/render/canvas.hpp"

#include "app/platform/input_map.hpp"

namespace sb::app {

struct AppContext;

class Menu {
 public:
  Menu(std::vector<std::string> items, sf::Vector2f top_centre, sf::Vector2f button_size = {300, 64}, float gap = 18);

  // Returns the index chosen by this action, if any; moves the highlight otherwise.
  std::optional<int> on_action(Action a, AppContext& ctx);
  std::optional<int> on_pointer(sf::Vector2f canvas, bool pressed, AppContext& ctx);
  void draw(Canvas& t, const AppContext& ctx, float ui_scale) const;

  int selected() const { return selected_; }
  void select(int i);
  sf::FloatRect button(int i) const;
  // An item is a string id when a table has it (translated as it is drawn, so a
  // language change shows at once), else its text as given.
  std::string label(int i) const;
  // Reads the chosen item aloud when self-voicing is on.
  void speak(AppContext& ctx) const;
  std::size_t size() const { return items_.size(); }
  // Larger text: the buttons may widen to `width` (centred where they were), so labels
  // keep more of their size before they shrink to fit.
  void set_large_text_width(float width) { large_width_ = width; }

 private:
  std::vector<std::string> items_;
  sf::Vector2f top_centre_, size_;
  float gap_;
  float large_width_ = 0;
  int selected_ = 0;
};

}  // namespace sb::app
