#include "app/ui/scroll_box.hpp"

#include <algorithm>

#include "app/art/draw_kit.hpp"
#include "app/art/palette.hpp"

namespace sb::app {
namespace pal = palette;

float ScrollBox::max_offset() const { return std::max(0.f, content_ - area_.height); }

float ScrollBox::begin(Canvas& t, const Layout& layout) {
  // A view onto just the area, in canvas units, placed where the area sits on the
  // screen: whatever is drawn outside it is cut off by the viewport.
  sf::View clip(sf::FloatRect(area_.left, area_.top, area_.width, area_.height));
  const sf::FloatRect& v = layout.viewport;
  clip.setViewport({v.left + v.width * area_.left / kCanvasWidth, v.top + v.height * area_.top / kCanvasHeight,
                    v.width * area_.width / kCanvasWidth, v.height * area_.height / kCanvasHeight});
  t.set_view(clip);
  return area_.top - offset_;
}

void ScrollBox::end(Canvas& t, const Layout& layout, float content_bottom) {
  content_ = std::max(0.f, content_bottom + offset_ - area_.top);
  offset_ = std::clamp(offset_, 0.f, max_offset());
  t.set_view(layout.canvas_view());
  // Marks at the right edge, as the settings list has: more above, more below.
  auto triangle = [&](float y, bool up) {
    draw::more_mark(t, {area_.left + area_.width - 12, y}, 9, up, pal::kInkSoft, pal::kPaper, 1.5f);
  };
  if (more_above()) triangle(area_.top + 10, true);
  if (more_below()) triangle(area_.top + area_.height - 10, false);
}

void ScrollBox::scroll_by(float dy) { offset_ = std::clamp(offset_ + dy, 0.f, max_offset()); }

void ScrollBox::page(int direction) { scroll_by(static_cast<float>(direction) * std::max(40.f, area_.height * 0.8f)); }

void ScrollBox::reveal(float top, float bottom) {
  const float t = top - area_.top, b = bottom - area_.top;
  if (b - offset_ > area_.height) offset_ = b - area_.height;
  if (t < offset_) offset_ = t;
  offset_ = std::clamp(offset_, 0.f, std::max(max_offset(), offset_));
  offset_ = std::max(0.f, offset_);
}

void ScrollBox::follow(int item, float top, float bottom) {
  if (item == followed_) return;
  followed_ = item;
  reveal(top, bottom);
}

bool ScrollBox::on_event(const sf::Event& e) {
  if (e.type == sf::Event::MouseWheelScrolled) {
    if (!scrollable()) return false;
    scroll_by(-e.mouseWheelScroll.delta * 48.f);
    return true;
  }
  if (e.type == sf::Event::KeyPressed) {
    switch (e.key.code) {
      case sf::Keyboard::PageDown: page(1); return true;
      case sf::Keyboard::PageUp: page(-1); return true;
      case sf::Keyboard::Home: offset_ = 0; return true;
      case sf::Keyboard::End: offset_ = max_offset(); return true;
      default: return false;
    }
  }
  // The shoulder buttons (LB 4, RB 5 on an Xbox-style pad, as the input map numbers them).
  if (e.type == sf::Event::JoystickButtonPressed && scrollable()) {
    if (e.joystickButton.button == 4) return page(-1), true;
    if (e.joystickButton.button == 5) return page(1), true;
  }
  return false;
}

}  // namespace sb::app
