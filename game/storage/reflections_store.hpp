#pragma once
// The player's private answers to reflective prompts, per scenario and date, in
// $XDG_DATA_HOME/securebase/reflections.ini. They never leave the machine.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "storage/paths.hpp"
#include "storage/versioned_file.hpp"

namespace sb::app::storage {

struct Reflection {
  std::string scenario;   // scenario id
  std::string prompt;     // the prompt's string id, so it can be shown again in any language
  std::string written;    // UTC, "2026-11-29T09:22:05Z"
  std::string text;       // the player's words, any UTF-8, several lines allowed
  bool operator==(const Reflection&) const = default;
};

inline constexpr std::size_t kMaxReflectionBytes = 64 * 1024;

struct Reflections {
  std::vector<Reflection> entries;  // oldest first

  // False (nothing added) for a bad id, a bad time, or text over kMaxReflectionBytes.
  bool add(std::string_view scenario, std::string_view prompt, std::string text, std::string when = {});
  std::vector<const Reflection*> for_scenario(std::string_view scenario) const;
  bool operator==(const Reflections&) const = default;
};

inline constexpr int kReflectionsFormat = 1;
const DocumentSchema& reflections_schema();

// Like progress: anything unexpected sets the whole file aside, never drops an entry.
Loaded<Reflections> load_reflections(const Paths& paths);
std::optional<Problem> save_reflections(const Paths& paths, const Reflections& reflections);
std::string reflections_to_text(const Reflections& reflections);

}  // namespace sb::app::storage
