#pragma once
// Every player-facing interface string goes through tr(id): tables of
// `id = text` lines in assets/lang/<code>/*.strings, the chosen language first,
// English second, the id itself last (so a missing line is visible, never a crash).
// Scenario lines are translated by their line ids in
// assets/lang/<code>/scenarios/<scenario-id>.strings and shown through tr_line.
#include <string>
#include <string_view>
#include <vector>

namespace sb::app {

// Loads the tables for `code` ("en", "de", …) from the first assets folder that has
// them. English is always (re)loaded as the fallback. Returns false when `code` has
// no tables (the game then runs in English).
bool set_language(const std::string& code);
const std::string& language();

// The text for `id` in the current language. `{name}` placeholders are filled from
// `args` in order of appearance: tr("debrief.title", {"Bedtime"}).
const std::string& tr(std::string_view id);
std::string tr(std::string_view id, const std::vector<std::string>& args);
// True when some table (chosen language or English) has `id`.
bool has_string(std::string_view id);

// A scenario line by its stable line id, translated when a table has it, else the
// text from the scenario file itself.
const std::string& tr_line(std::string_view line_id, const std::string& original);

// Languages that have tables, as codes ("en", "de").
std::vector<std::string> available_languages();
// A language's own name for itself ("Deutsch"), from its table's `language.name`.
std::string language_name(const std::string& code);

// Ids present in English but missing in `code` (interface tables only: the
// files directly in assets/lang/<code>/, not its scenarios/ folder).
std::vector<std::string> missing_strings(const std::string& code);

// Line ids (from the scenario file) that `code` has no translation for.
std::vector<std::string> missing_lines(const std::string& code, const std::string& scenario_id,
                                       const std::vector<std::string>& line_ids);

}  // namespace sb::app
