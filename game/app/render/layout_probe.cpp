#include "app/render/layout_probe.hpp"

namespace sb::app {
namespace {
PanelRecorder* g_panels = nullptr;
}  // namespace

PanelRecorder::PanelRecorder(const TextRecorder& texts) : texts_(texts), previous_(g_panels) { g_panels = this; }
PanelRecorder::~PanelRecorder() { g_panels = previous_; }

void PanelRecorder::note(const sf::RenderTarget& target, sf::FloatRect r) {
  if (!g_panels) return;
  const sf::Vector2i a = target.mapCoordsToPixel({r.left, r.top});
  const sf::Vector2i z = target.mapCoordsToPixel({r.left + r.width, r.top + r.height});
  g_panels->panels_.push_back({sf::FloatRect(static_cast<float>(a.x), static_cast<float>(a.y), static_cast<float>(z.x - a.x),
                                             static_cast<float>(z.y - a.y)),
                               sf::FloatRect(target.getViewport(target.getView())), g_panels->texts_.texts().size()});
}

}  // namespace sb::app
