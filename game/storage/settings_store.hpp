#pragma once
// The player's settings: reading comfort, looks, sound, window, language and
// input bindings, kept in $XDG_CONFIG_HOME/securebase/settings.ini.
#include <array>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "storage/paths.hpp"
#include "storage/versioned_file.hpp"

namespace sb::app::storage {

// Text size steps as a percentage of the base size; the step is what is saved.
inline constexpr std::array<int, 4> kTextSizePercent = {100, 125, 150, 200};
inline constexpr int kTextSizeSteps = static_cast<int>(kTextSizePercent.size());

enum class Font { Andika, OpenDyslexic };
std::string_view font_name(Font f);                      // "andika" | "opendyslexic"
std::optional<Font> font_from_name(std::string_view name);

// Action name (as the input map names it, e.g. "confirm") -> input names
// (e.g. "Enter", "Space", "MouseRight"; "button0", "axis:X-"). The UI decides
// what the input names mean. An action missing from the map keeps the game's
// default bindings; an action with an empty list is deliberately unbound.
using BindingMap = std::map<std::string, std::vector<std::string>>;

struct Settings {
  // Reading
  int text_size_step = 0;           // 0 .. kTextSizeSteps-1
  Font font = Font::Andika;
  int text_speed_cps = 40;          // characters per second as a line appears; 0 = whole line at once
  bool auto_advance = false;
  int auto_advance_pause_ms = 1500; // how long a finished line stays before the next (and after speech ends)
  bool content_notes = true;        // a note before scenes that may stir things up
  std::string language = "en";      // a language code such as "en", "de", "es", "pt-BR"
  // Looks
  bool high_contrast = false;
  bool colour_blind_palette = false;
  bool reduced_motion = false;      // no pulsing, shaking or flashing
  // Sound, each 0..100
  int master_volume = 80;
  int music_volume = 70;
  int effects_volume = 80;
  int voice_volume = 100;
  bool self_voicing = false;
  // Window
  int window_width = 1280;
  int window_height = 720;
  bool fullscreen = false;
  // Input
  BindingMap key_bindings;          // keyboard and mouse
  BindingMap gamepad_bindings;

  bool operator==(const Settings&) const = default;
};

// Ranges the loader enforces (values outside are clamped, with a note).
inline constexpr int kMaxTextSpeedCps = 400;
inline constexpr int kMinAutoAdvancePauseMs = 250, kMaxAutoAdvancePauseMs = 20000;
inline constexpr int kMinWindowWidth = 320, kMinWindowHeight = 240, kMaxWindowSide = 16384;

inline constexpr int kSettingsFormat = 2;
const DocumentSchema& settings_schema();  // kind "settings", with the v1 -> v2 migration

bool is_valid_language_code(std::string_view code);  // "en", "de", "pt-BR", "zh-Hant"
bool is_valid_input_name(std::string_view name);     // printable, no quotes or commas, 1..64 bytes

// Never fails: a missing file gives defaults; an unreadable one is set aside
// (see Loaded::problem). A value out of range or of the wrong type falls back
// to its default and adds a note; the rest of the file is kept.
Loaded<Settings> load_settings(const Paths& paths);
std::optional<Problem> save_settings(const Paths& paths, const Settings& settings);

// The text the store writes (for tests and "show me my settings file").
std::string settings_to_text(const Settings& settings);

}  // namespace sb::app::storage
