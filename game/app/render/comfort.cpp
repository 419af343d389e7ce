#include "app/render/comfort.hpp"

#include <algorithm>

namespace sb::app {
namespace {
Comfort g_comfort;
}  // namespace

const Comfort& comfort() { return g_comfort; }
void set_comfort(const Comfort& c) { g_comfort = c; }

float scaled_text_size(float base) {
  const float scaled = base * std::clamp(g_comfort.text_scale, 0.5f, 3.f);
  if (scaled <= base) return scaled;
  return std::min(scaled, std::max(base, 44.f));
}

}  // namespace sb::app
