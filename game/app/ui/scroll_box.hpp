#pragma once
// A part of a page whose text may be taller than its room (large text, a wordy
// language): it is drawn clipped to its area and scrolls, so nothing runs past a
// panel or off the screen. Keyboard (Page Up / Page Down, Home / End), gamepad
// (the shoulder buttons) and the mouse wheel scroll it; a screen whose Up/Down
// are free can scroll with those too (scroll_by). Small triangles show there is
// more above or below. When everything fits, it draws exactly as a plain page.
#include <SFML/Graphics.hpp>

#include "app/render/canvas.hpp"
#include "app/render/layout.hpp"

namespace sb::app {

class ScrollBox {
 public:
  explicit ScrollBox(sf::FloatRect area = {}) : area_(area) {}
  void set_area(sf::FloatRect area) { area_ = area; }
  sf::FloatRect area() const { return area_; }

  // Starts the content: the view now clips to the area, and the returned y is
  // where the content's first line goes (the area's top, moved by the scroll).
  float begin(Canvas& t, const Layout& layout);
  // Ends it: `content_bottom` is the y just under the last thing drawn (in the
  // same coordinates as begin's). Puts the canvas view back and draws the marks.
  void end(Canvas& t, const Layout& layout, float content_bottom);

  // Page Up/Down, Home/End, the pad's shoulder buttons, the wheel. True when used.
  bool on_event(const sf::Event& e);
  void scroll_by(float dy);   // positive: further down the text
  void page(int direction);   // most of a screenful, keeping a line of context
  void to_top() {
    offset_ = 0;
    followed_ = -1;
  }
  // Shows [top, bottom) (content coordinates as begin() returns them at offset 0).
  void reveal(float top, float bottom);
  // reveal() once for each new `item` (a choice that moved): the player can still
  // scroll away from it with the wheel without being pulled back every frame.
  void follow(int item, float top, float bottom);

  float offset() const { return offset_; }
  float content_height() const { return content_; }
  bool scrollable() const { return content_ > area_.height + 0.5f; }
  bool more_above() const { return offset_ > 0.5f; }
  bool more_below() const { return offset_ + area_.height < content_ - 0.5f; }

 private:
  float max_offset() const;
  sf::FloatRect area_;
  float offset_ = 0;
  float content_ = 0;
  int followed_ = -1;
};

}  // namespace sb::app
