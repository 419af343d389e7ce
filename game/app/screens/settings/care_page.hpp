#pragma once
// The look shared by the settings pages: paper, a heading, a hint line at the
// foot, and (when a saved file had a problem) a calm notice under the heading.
#include <string>

#include "app/render/canvas.hpp"
#include "app/render/layout.hpp"

namespace sb::app {

struct AppContext;

void draw_care_page(Canvas& t, const AppContext& ctx, const Layout& layout, const std::string& heading,
                    const std::string& hint);
// A one-line notice at `y` when the settings file could not be used (set aside) or saved.
// Title and settings show it; returns true when something was drawn.
bool draw_settings_notice(Canvas& t, const AppContext& ctx, float ui_scale, float x, float y);
// The notice's text in the current language, or empty.
std::string settings_notice(const AppContext& ctx);

}  // namespace sb::app
