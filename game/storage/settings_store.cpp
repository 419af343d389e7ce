#include "storage/settings_store.hpp"

#include <algorithm>
#include <charconv>
#include <stdexcept>

namespace sb::app::storage {
namespace {

constexpr std::string_view kTopComment =
    "Secure Base settings. You may edit this file while the game is closed.\n"
    "If the game cannot read it, it keeps it as settings.ini.damaged-DATE and starts with defaults.";

// Reads typed values from a section, falling back to defaults with a note when a value is unusable.
class Reader {
 public:
  Reader(const Document& doc, std::vector<std::string>& notes) : doc_(doc), notes_(notes) {}

  const Section* section(std::string_view name) {
    seen_sections_.emplace_back(name);
    return doc_.find_section(name);
  }

  void integer(const Section* s, std::string_view key, int lo, int hi, int& out) {
    const std::string* v = scalar(s, key);
    if (!v) return;
    int n = 0;
    auto [end, ec] = std::from_chars(v->data(), v->data() + v->size(), n);
    if (ec != std::errc() || end != v->data() + v->size()) {
      note(s, key, "\"" + *v + "\" is not a whole number; kept " + std::to_string(out));
      return;
    }
    const int clamped = std::clamp(n, lo, hi);
    if (clamped != n)
      note(s, key, std::to_string(n) + " is outside " + std::to_string(lo) + ".." + std::to_string(hi) +
                       "; using " + std::to_string(clamped));
    out = clamped;
  }

  void boolean(const Section* s, std::string_view key, bool& out) {
    const std::string* v = scalar(s, key);
    if (!v) return;
    if (*v == "true" || *v == "yes" || *v == "on") out = true;
    else if (*v == "false" || *v == "no" || *v == "off") out = false;
    else note(s, key, "\"" + *v + "\" is not true or false; kept " + (out ? "true" : "false"));
  }

  void font(const Section* s, std::string_view key, Font& out) {
    const std::string* v = scalar(s, key);
    if (!v) return;
    if (auto f = font_from_name(*v)) out = *f;
    else note(s, key, "\"" + *v + "\" is not andika or opendyslexic; kept " + std::string(font_name(out)));
  }

  void language(const Section* s, std::string_view key, std::string& out) {
    const std::string* v = scalar(s, key);
    if (!v) return;
    if (is_valid_language_code(*v)) out = *v;
    else note(s, key, "\"" + *v + "\" is not a language code; kept " + out);
  }

  void bindings(const Section* s, BindingMap& out) {
    if (!s) return;
    for (const Entry& e : s->entries) {
      used_.push_back(s->name + "." + e.key);
      std::vector<std::string> inputs;
      for (const std::string& v : e.values) {
        if (is_valid_input_name(v)) inputs.push_back(v);
        else notes_.push_back(s->name + "." + e.key + ": ignored the input name \"" + v + "\"");
      }
      out[e.key] = std::move(inputs);
    }
  }

  // Anything in the file that no reader asked for: a typo or a hand edit; say so in the log.
  void note_unused() {
    for (const Section& s : doc_.sections) {
      if (std::find(seen_sections_.begin(), seen_sections_.end(), s.name) == seen_sections_.end()) {
        notes_.push_back("ignored the unknown section [" + s.name + "] (line " + std::to_string(s.line) + ")");
        continue;
      }
      for (const Entry& e : s.entries)
        if (std::find(used_.begin(), used_.end(), s.name + "." + e.key) == used_.end())
          notes_.push_back("ignored the unknown setting " + s.name + "." + e.key + " (line " +
                           std::to_string(e.line) + ")");
    }
  }

 private:
  const std::string* scalar(const Section* s, std::string_view key) {
    if (!s) return nullptr;
    const Entry* e = s->find(key);
    if (!e) return nullptr;
    used_.push_back(s->name + "." + std::string(key));
    if (e->values.size() != 1) {
      note(s, key, "expected one value; kept the default");
      return nullptr;
    }
    return &e->values[0];
  }
  void note(const Section* s, std::string_view key, const std::string& what) {
    notes_.push_back(s->name + "." + std::string(key) + ": " + what);
  }

  const Document& doc_;
  std::vector<std::string>& notes_;
  std::vector<std::string> seen_sections_;
  std::vector<std::string> used_;
};

std::string yes_no(bool b) { return b ? "true" : "false"; }

Document settings_to_document(const Settings& s) {
  Document doc;
  doc.add_section("text")
      .set("size", std::to_string(s.text_size_step), "text size step: 0 = 100%, 1 = 125%, 2 = 150%, 3 = 200%")
      .set("font", std::string(font_name(s.font)), "andika or opendyslexic")
      .set("speed", std::to_string(s.text_speed_cps), "characters per second; 0 shows a whole line at once")
      .set("auto_advance", yes_no(s.auto_advance))
      .set("auto_advance_pause_ms", std::to_string(s.auto_advance_pause_ms))
      .set("content_notes", yes_no(s.content_notes))
      .set("language", s.language);
  doc.add_section("look")
      .set("high_contrast", yes_no(s.high_contrast))
      .set("colour_blind_palette", yes_no(s.colour_blind_palette))
      .set("reduced_motion", yes_no(s.reduced_motion), "no pulsing, shaking or flashing");
  doc.add_section("audio")
      .set("master", std::to_string(s.master_volume), "volumes 0..100")
      .set("music", std::to_string(s.music_volume))
      .set("effects", std::to_string(s.effects_volume))
      .set("voice", std::to_string(s.voice_volume))
      .set("self_voicing", yes_no(s.self_voicing), "the game reads text aloud");
  doc.add_section("window")
      .set("width", std::to_string(s.window_width))
      .set("height", std::to_string(s.window_height))
      .set("fullscreen", yes_no(s.fullscreen));
  // Only valid names reach the file, so a bad binding from the UI cannot make it unreadable.
  auto bindings = [](Section& section, const BindingMap& map) {
    for (const auto& [action, inputs] : map) {
      if (!is_valid_name(action)) continue;
      std::vector<std::string> kept;
      std::copy_if(inputs.begin(), inputs.end(), std::back_inserter(kept), is_valid_input_name);
      section.set_list(action, std::move(kept));
    }
  };
  bindings(doc.add_section("keys"), s.key_bindings);
  bindings(doc.add_section("gamepad"), s.gamepad_bindings);
  return doc;
}

// Format 1 (the first draft) had "[text] dyslexic_font = true|false" and
// "[audio] sound" for what is now "[audio] effects".
void migrate_settings_v1_to_v2(Document& doc) {
  if (Section* audio = doc.find_section("audio")) {
    if (Entry* sound = audio->find("sound")) {
      if (audio->find("effects")) throw std::runtime_error("[audio] has both sound and effects");
      sound->key = "effects";
    }
  }
  if (Section* text = doc.find_section("text")) {
    if (Entry* dyslexic = text->find("dyslexic_font")) {
      if (text->find("font")) throw std::runtime_error("[text] has both dyslexic_font and font");
      const bool on = dyslexic->values.size() == 1 && (dyslexic->values[0] == "true" || dyslexic->values[0] == "yes");
      dyslexic->key = "font";
      dyslexic->values = {std::string(font_name(on ? Font::OpenDyslexic : Font::Andika))};
    }
  }
}

}  // namespace

std::string_view font_name(Font f) { return f == Font::OpenDyslexic ? "opendyslexic" : "andika"; }

std::optional<Font> font_from_name(std::string_view name) {
  if (name == "andika") return Font::Andika;
  if (name == "opendyslexic") return Font::OpenDyslexic;
  return std::nullopt;
}

bool is_valid_language_code(std::string_view code) {
  // A primary tag of 2-3 letters, then subtags of 2-8 letters or digits: enough of BCP 47 for file names.
  auto alpha = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
  auto alnum = [&](char c) { return alpha(c) || (c >= '0' && c <= '9'); };
  std::size_t i = 0;
  while (i < code.size() && alpha(code[i]) && code[i] >= 'a') ++i;
  if (i < 2 || i > 3) return false;
  while (i < code.size()) {
    if (code[i] != '-') return false;
    const std::size_t start = ++i;
    while (i < code.size() && alnum(code[i])) ++i;
    if (i - start < 2 || i - start > 8) return false;
  }
  return true;
}

bool is_valid_input_name(std::string_view name) {
  if (name.empty() || name.size() > 64) return false;
  for (char c : name) {
    const auto u = static_cast<unsigned char>(c);
    if (u <= 0x20 || u >= 0x7f || c == '"' || c == ',' || c == '\\' || c == '#' || c == ';') return false;
  }
  return true;
}

const DocumentSchema& settings_schema() {
  static const DocumentSchema schema{"settings", kSettingsFormat, {migrate_settings_v1_to_v2}};
  return schema;
}

Loaded<Settings> load_settings(const Paths& paths) {
  Loaded<Settings> out;
  LoadedDocument loaded = load_document(paths.settings_file(), settings_schema());
  out.problem = std::move(loaded.problem);
  out.migrated_from = loaded.migrated_from;
  if (!loaded.document) return out;
  out.from_file = true;

  Settings& s = out.value;
  Reader r(*loaded.document, out.notes);
  const Section* text = r.section("text");
  r.integer(text, "size", 0, kTextSizeSteps - 1, s.text_size_step);
  r.font(text, "font", s.font);
  r.integer(text, "speed", 0, kMaxTextSpeedCps, s.text_speed_cps);
  r.boolean(text, "auto_advance", s.auto_advance);
  r.integer(text, "auto_advance_pause_ms", kMinAutoAdvancePauseMs, kMaxAutoAdvancePauseMs, s.auto_advance_pause_ms);
  r.boolean(text, "content_notes", s.content_notes);
  r.language(text, "language", s.language);
  const Section* look = r.section("look");
  r.boolean(look, "high_contrast", s.high_contrast);
  r.boolean(look, "colour_blind_palette", s.colour_blind_palette);
  r.boolean(look, "reduced_motion", s.reduced_motion);
  const Section* audio = r.section("audio");
  r.integer(audio, "master", 0, 100, s.master_volume);
  r.integer(audio, "music", 0, 100, s.music_volume);
  r.integer(audio, "effects", 0, 100, s.effects_volume);
  r.integer(audio, "voice", 0, 100, s.voice_volume);
  r.boolean(audio, "self_voicing", s.self_voicing);
  const Section* window = r.section("window");
  r.integer(window, "width", kMinWindowWidth, kMaxWindowSide, s.window_width);
  r.integer(window, "height", kMinWindowHeight, kMaxWindowSide, s.window_height);
  r.boolean(window, "fullscreen", s.fullscreen);
  r.bindings(r.section("keys"), s.key_bindings);
  r.bindings(r.section("gamepad"), s.gamepad_bindings);
  r.note_unused();
  return out;
}

std::string settings_to_text(const Settings& settings) {
  Document doc = settings_to_document(settings);
  doc.header.set("kind", "settings").set("format", std::to_string(kSettingsFormat));
  return write_document(doc, kTopComment);
}

std::optional<Problem> save_settings(const Paths& paths, const Settings& settings) {
  return save_document(paths.settings_file(), settings_schema(), settings_to_document(settings), kTopComment);
}

}  // namespace sb::app::storage
