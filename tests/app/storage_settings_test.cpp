// Settings: a round trip keeps every field, the v1 draft format is brought
// forward, odd values fall back one by one, and a newer file is set aside.
#include <catch2/catch.hpp>

#include "storage/atomic_file.hpp"
#include "storage/settings_store.hpp"
#include "storage_test_env.hpp"

using namespace sb::app::storage;
using namespace sb::storage_test;

TEST_CASE("storage settings: no file gives defaults and no problem", "[storage]") {
  TempHome home;
  const auto loaded = load_settings(home.paths());
  CHECK_FALSE(loaded.problem);
  CHECK_FALSE(loaded.from_file);
  CHECK(loaded.value == Settings{});
  CHECK_FALSE(std::filesystem::exists(home.paths().config));  // loading creates nothing
}

TEST_CASE("storage settings: every field survives a save and load", "[storage]") {
  TempHome home;
  Settings s;
  s.text_size_step = kTextSizeSteps - 1;
  s.font = Font::OpenDyslexic;
  s.text_speed_cps = 0;
  s.auto_advance = true;
  s.auto_advance_pause_ms = 4000;
  s.content_notes = false;
  s.language = "de";
  s.high_contrast = true;
  s.colour_blind_palette = true;
  s.reduced_motion = true;
  s.master_volume = 0;
  s.music_volume = 13;
  s.effects_volume = 100;
  s.voice_volume = 42;
  s.self_voicing = true;
  s.window_width = 1920;
  s.window_height = 1080;
  s.fullscreen = true;
  s.key_bindings = {{"confirm", {"Enter", "Space"}}, {"back", {"Escape", "MouseRight"}}, {"debug", {}}};
  s.gamepad_bindings = {{"move_left", {"axis:X-", "axis:PovX-"}}, {"confirm", {"button0"}}};
  REQUIRE_FALSE(save_settings(home.paths(), s));
  const auto loaded = load_settings(home.paths());
  CHECK_FALSE(loaded.problem);
  CHECK(loaded.notes.empty());
  CHECK(loaded.from_file);
  CHECK(loaded.value == s);
  CHECK(read_bytes(home.paths().settings_file()) == settings_to_text(s));
}

TEST_CASE("storage settings: lives under XDG_CONFIG_HOME, or ~/.config without it", "[storage]") {
  {
    TempHome home(TempHome::Xdg::Set);
    REQUIRE_FALSE(save_settings(home.paths(), Settings{}));
    CHECK(std::filesystem::exists(home.root() / "xdg" / "XDG_CONFIG_HOME" / "securebase" / "settings.ini"));
  }
  {
    TempHome home(TempHome::Xdg::Unset);
    REQUIRE_FALSE(save_settings(home.paths(), Settings{}));
    CHECK(std::filesystem::exists(home.home() / ".config" / "securebase" / "settings.ini"));
    CHECK(home.paths().data == home.home() / ".local" / "share" / "securebase");
    CHECK(home.paths().state == home.home() / ".local" / "state" / "securebase");
  }
}

TEST_CASE("storage settings: a relative XDG variable is ignored, as the spec asks", "[storage]") {
  TempHome home(TempHome::Xdg::Unset);
  ::setenv("XDG_CONFIG_HOME", "relative/dir", 1);
  CHECK(home.paths().config == home.home() / ".config" / "securebase");
}

TEST_CASE("storage settings: a format 1 file is migrated, keeping the player's choices", "[storage]") {
  TempHome home;
  const std::string v1 =
      "kind = settings\nformat = 1\n\n[text]\nsize = 2\ndyslexic_font = true\nlanguage = es\n\n"
      "[audio]\nmaster = 60\nsound = 35\n\n[window]\nfullscreen = true\n";
  write_bytes(home.paths().settings_file(), v1);
  const auto loaded = load_settings(home.paths());
  CHECK_FALSE(loaded.problem);
  CHECK(loaded.migrated_from == 1);
  CHECK(loaded.notes.empty());  // the old keys were renamed, not left over as unknown
  CHECK(loaded.value.font == Font::OpenDyslexic);
  CHECK(loaded.value.effects_volume == 35);
  CHECK(loaded.value.text_size_step == 2);
  CHECK(loaded.value.language == "es");
  CHECK(loaded.value.master_volume == 60);
  CHECK(loaded.value.fullscreen);
  CHECK(loaded.value.voice_volume == Settings{}.voice_volume);  // new in format 2: its default
  // Loading does not rewrite; the next save writes format 2.
  CHECK(read_bytes(home.paths().settings_file()) == v1);
  REQUIRE_FALSE(save_settings(home.paths(), loaded.value));
  const auto again = load_settings(home.paths());
  CHECK(again.migrated_from == 0);
  CHECK(again.value == loaded.value);
}

TEST_CASE("storage settings: format 1 without the dyslexia font migrates to Andika", "[storage]") {
  TempHome home;
  write_bytes(home.paths().settings_file(), "kind = settings\nformat = 1\n[text]\ndyslexic_font = false\n");
  const auto loaded = load_settings(home.paths());
  CHECK(loaded.migrated_from == 1);
  CHECK(loaded.value.font == Font::Andika);
}

TEST_CASE("storage settings: a format 1 file that contradicts itself is set aside, not guessed at", "[storage]") {
  TempHome home;
  const std::string bad = "kind = settings\nformat = 1\n[audio]\nsound = 10\neffects = 20\n";
  write_bytes(home.paths().settings_file(), bad);
  const auto loaded = load_settings(home.paths());
  REQUIRE(loaded.problem);
  CHECK(loaded.problem->kind == Problem::Kind::Damaged);
  CHECK(read_bytes(loaded.problem->moved_to) == bad);
  CHECK(loaded.value == Settings{});
}

TEST_CASE("storage settings: one odd value falls back alone, with a note, and the rest is kept", "[storage]") {
  TempHome home;
  write_bytes(home.paths().settings_file(),
              "kind = settings\nformat = 2\n[text]\nsize = 9\nfont = comic\nlanguage = not a code\n"
              "[audio]\nmaster = loud\nmusic = 150\nvoice = 30\n[look]\nhigh_contrast = maybe\nreduced_motion = yes\n"
              "[window]\nwidth = 10\n[mystery]\nx = 1\n[keys]\nconfirm = \"Enter\", \"bad name\"\n");
  const auto loaded = load_settings(home.paths());
  CHECK_FALSE(loaded.problem);
  CHECK(std::filesystem::exists(home.paths().settings_file()));  // not set aside
  const Settings d;
  CHECK(loaded.value.text_size_step == kTextSizeSteps - 1);  // clamped
  CHECK(loaded.value.font == d.font);
  CHECK(loaded.value.language == d.language);
  CHECK(loaded.value.master_volume == d.master_volume);
  CHECK(loaded.value.music_volume == 100);
  CHECK(loaded.value.voice_volume == 30);
  CHECK(loaded.value.high_contrast == d.high_contrast);
  CHECK(loaded.value.reduced_motion);
  CHECK(loaded.value.window_width == kMinWindowWidth);
  CHECK(loaded.value.key_bindings.at("confirm") == std::vector<std::string>{"Enter"});
  CHECK(loaded.notes.size() == 9);
}

TEST_CASE("storage settings: a file from a newer game is set aside whole and reported", "[storage]") {
  TempHome home;
  const std::string newer = "kind = settings\nformat = 3\n[text]\nsize = 1\n[hologram]\ndepth = 3\n";
  write_bytes(home.paths().settings_file(), newer);
  const auto loaded = load_settings(home.paths());
  REQUIRE(loaded.problem);
  CHECK(loaded.problem->kind == Problem::Kind::NewerVersion);
  CHECK(loaded.problem->found_version == 3);
  CHECK(loaded.value == Settings{});
  CHECK_FALSE(std::filesystem::exists(home.paths().settings_file()));
  CHECK(read_bytes(loaded.problem->moved_to) == newer);
  CHECK(loaded.problem->message_id() == "storage.problem.newer_version");
  CHECK(loaded.problem->player_message().find("newer version") != std::string::npos);
}

TEST_CASE("storage settings: progress in the settings' place is set aside as the wrong kind", "[storage]") {
  TempHome home;
  write_bytes(home.paths().settings_file(), "kind = progress\nformat = 1\n");
  const auto loaded = load_settings(home.paths());
  REQUIRE(loaded.problem);
  CHECK(loaded.problem->kind == Problem::Kind::WrongKind);
  CHECK(std::filesystem::exists(loaded.problem->moved_to));
}

TEST_CASE("storage settings: invalid bindings and language from the UI never make the file unreadable",
          "[storage]") {
  TempHome home;
  Settings s;
  s.key_bindings = {{"bad action", {"Enter"}}, {"confirm", {"Enter", "has,comma", "has space", "Space"}}};
  REQUIRE_FALSE(save_settings(home.paths(), s));
  const auto loaded = load_settings(home.paths());
  CHECK_FALSE(loaded.problem);
  CHECK(loaded.value.key_bindings ==
        BindingMap{{"confirm", {"Enter", "Space"}}});
}

TEST_CASE("storage settings: language codes", "[storage]") {
  for (const char* ok : {"en", "de", "es", "pt-BR", "zh-Hant", "gsw"}) CHECK(is_valid_language_code(ok));
  for (const char* bad : {"", "e", "EN", "english", "en_US", "en-", "../de", "de-x"}) CHECK_FALSE(is_valid_language_code(bad));
}
