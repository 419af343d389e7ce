#pragma once
// Every player-facing interface string goes through tr(id): tables of
// `id = text` lines in assets/lang/<code>/*.strings, the chosen language first,
// English second, the id itself last (so a missing line is visible, never a crash).
#include <string>
#include <string_view>
#include <vector>

namespace sb::app {

// Loads the tables for `code` ("en", "de", …) from the first assets folder that has
// them. English is always loaded as the fallback. Returns false when `code` has no
// tables (the game then runs in English).
bool set_language(const std::string& code);
const std::string& language();

// The text for `id` in the current language. `{name}` placeholders are filled from
// `args` in order of appearance: tr("debrief.title", {"Bedtime"}).
const std::string& tr(std::string_view id);
std::string tr(std::string_view id, const std::vector<std::string>& args);

// A scenario line by its stable line id, translated when a table has it, else the
// text from the scenario file itself.
const std::string& tr_line(std::string_view line_id, const std::string& original);

// Languages that have tables, as codes ("en", "de").
std::vector<std::string> available_languages();

// Ids present in English but missing in `code` (interface tables only).
std::vector<std::string> missing_strings(const std::string& code);

}  // namespace sb::app
