#pragma once
// A scrolling list of labelled rows with a value on the right, the same for
// keyboard (up/down to choose, left/right to change, Enter), gamepad (stick or
// d-pad, A) and mouse (hover, click; the arrows change a value either way; the
// wheel scrolls). The settings and controls screens are built from it. Rows grow
// with the text size, and the list scrolls to keep the chosen row in view.
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include <SFML/Graphics.hpp>

#include "app/render/canvas.hpp"
#include "app/platform/input_map.hpp"

namespace sb::app {

struct AppContext;

struct OptionRow {
  std::function<std::string()> label;
  std::function<std::string()> value;     // empty text: no value column (an action row)
  std::function<void(int direction)> change; // -1 / +1; null: not changeable
  std::function<void()> activate;         // Enter / A / click; null: same as change(+1)
  std::function<bool()> warn;             // the value is drawn as a warning (and marked, not by colour alone)
  bool gap_before = false;                // a little space: the start of a new group
};

class OptionList {
 public:
  OptionList(sf::FloatRect area) : area_(area) {}
  void set_rows(std::vector<OptionRow> rows);
  std::size_t size() const { return rows_.size(); }
  int selected() const { return selected_; }
  void select(int i);

  // Returns true when the action did something here.
  bool on_action(Action a, AppContext& ctx);
  bool on_pointer(sf::Vector2f p, bool pressed, AppContext& ctx);
  void on_wheel(float delta);
  void draw(Canvas& t, const AppContext& ctx, float ui_scale);

  // What self-voicing reads for the chosen row: "Text size: 125 %".
  std::string spoken(int i) const;
  void speak_selected(AppContext& ctx) const;
  // Where a row is drawn now, in canvas pixels (tests click there).
  sf::FloatRect row_rect(int i) const;
  float row_height() const;

 private:
  void keep_in_view();
  void trigger(int i, int direction, AppContext& ctx);
  float value_left() const { return area_.left + area_.width * 0.56f; }
  sf::FloatRect area_;
  std::vector<OptionRow> rows_;
  int selected_ = 0;
  float scroll_ = 0;
};

}  // namespace sb::app
