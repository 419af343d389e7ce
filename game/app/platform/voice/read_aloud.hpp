#pragma once
// One call for screens that show a line every frame: it is read aloud the first
// time its key (a line id) is seen, and not again until another key came between.
#include <string>
#include <string_view>

namespace sb::app {

struct AppContext;

void read_aloud_once(AppContext& ctx, std::string_view key, const std::string& text);

}  // namespace sb::app
