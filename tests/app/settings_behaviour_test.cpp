// Settings as a player meets them: changed from the settings screen by
// keyboard, gamepad-style actions or mouse, taking effect at once, saved, and
// there again after a restart; keys rebound by pressing them; "Delete my data"
// asking first and then removing everything.
#include <catch2/catch.hpp>

#include <fstream>

#include "app/platform/app_context.hpp"
#include "app/platform/input_map.hpp"
#include "app/art/palette.hpp"
#include "app/screens/screen_stack.hpp"
#include "app/screens/settings/binding_names.hpp"
#include "app/screens/settings/care_page.hpp"
#include "app/render/comfort.hpp"
#include "app/screens/settings/controls_screen.hpp"
#include "app/screens/settings/delete_data_screen.hpp"
#include "app/screens/settings/player_settings.hpp"
#include "app/screens/settings/settings_screen.hpp"
#include "text/strings.hpp"
#include "settings_test_support.hpp"
#include "storage_test_env.hpp"

using namespace sb;
using namespace sb::app;

namespace {

struct Rig {
  storage_test::TempHome home;
  Audio audio{false};
  InputMapper input;
  AppContext ctx;
  PlayerSettings settings{home.paths()};
  ScreenStack stack;
  std::vector<std::tuple<unsigned, unsigned, bool>> windows;
  Rig() {
    ctx.audio = &audio;
    ctx.input = &input;
    ctx.settings = &settings;
    ctx.apply_window = [this](unsigned w, unsigned h, bool f) { windows.emplace_back(w, h, f); };
    settings.load();
    settings.attach(&ctx);
  }
  void press(Action a) {
    stack.top()->on_action(a, stack);
    stack.apply();
  }
  void go_to(const std::string& label_id) {
    auto* s = dynamic_cast<SettingsScreen*>(stack.top());
    REQUIRE(s);
    for (std::size_t i = 0; i < s->list().size(); ++i)
      if (s->list().spoken(s->list().selected()).rfind(tr(label_id), 0) == 0) return;
      else press(Action::MoveDown);
    FAIL("no row " << label_id);
  }
};

sf::Event key(sf::Keyboard::Key k) {
  sf::Event e;
  e.type = sf::Event::KeyPressed;
  e.key = {k, false, false, false, false};
  return e;
}

std::vector<Action> pressed_by(InputMapper& input, sf::Keyboard::Key k) {
  auto down = input.on_event(key(k));
  sf::Event up = key(k);
  up.type = sf::Event::KeyReleased;
  input.on_event(up);
  return down;
}

}  // namespace

TEST_CASE("every setting on the settings screen takes effect at once and is saved") {
  care_test::DefaultLookAfter restore;
  Rig rig;
  rig.stack.push(std::make_unique<SettingsScreen>(rig.ctx));
  rig.stack.apply();

  rig.press(Action::MoveRight); // text size, the first row
  CHECK(comfort().text_scale == Approx(1.25));
  rig.go_to("settings.font");
  rig.press(Action::Confirm);
  CHECK(rig.settings.get().font == storage::Font::OpenDyslexic);
  CHECK(rig.ctx.fonts.regular_path.find("OpenDyslexic") != std::string::npos);
  rig.go_to("settings.high_contrast");
  rig.press(Action::Confirm);
  CHECK(comfort().high_contrast);
  CHECK(palette::kInk == sf::Color(0, 0, 0));
  rig.go_to("settings.reduced_motion");
  rig.press(Action::MoveLeft);
  CHECK(reduced_motion());
  rig.go_to("settings.volume.music");
  rig.press(Action::MoveLeft);
  CHECK(rig.settings.get().music_volume == 60);
  rig.go_to("settings.window_size");
  rig.press(Action::MoveRight);
  REQUIRE(rig.windows.size() == 1);
  CHECK(rig.windows.back() == std::make_tuple(1600u, 900u, false));
  rig.go_to("settings.language");
  rig.press(Action::MoveRight);
  CHECK(language() == "de");
  CHECK(tr("title.play") == "Spielen");

  // What is on disk is what the screen shows, and a fresh load (a restart) agrees.
  PlayerSettings after_restart(rig.home.paths());
  after_restart.load();
  CHECK_FALSE(after_restart.problem());
  CHECK(after_restart.get() == rig.settings.get());
  CHECK(after_restart.get().text_size_step == 1);
  CHECK(after_restart.get().high_contrast);
  CHECK(after_restart.get().language == "de");

  rig.press(Action::Back);
  CHECK(rig.stack.empty());
}

TEST_CASE("settings come back after a restart and are applied before the first frame") {
  care_test::DefaultLookAfter restore;
  storage_test::TempHome home;
  {
    PlayerSettings first(home.paths());
    first.load();
    first.attach(nullptr);
    REQUIRE(first.change([](storage::Settings& s) {
      s.text_size_step = 3;
      s.high_contrast = true;
      s.colour_blind_palette = true;
      s.reduced_motion = true;
      s.language = "de";
      s.self_voicing = true;
      s.key_bindings["signal"] = {"J"};
    }));
  }
  app::apply_look(storage::Settings{}); // as a fresh process starts
  set_language("en");
  PlayerSettings second(home.paths());
  second.load();
  InputMapper input;
  Audio silent(false);
  AppContext ctx;
  ctx.audio = &silent;
  ctx.input = &input;
  second.attach(&ctx);
  CHECK(comfort().text_scale == Approx(2.0));
  CHECK(comfort().high_contrast);
  CHECK(comfort().colour_blind_safe);
  CHECK(reduced_motion());
  CHECK(language() == "de");
  CHECK(pressed_by(input, sf::Keyboard::J) == std::vector<Action>{Action::Signal});
  CHECK(pressed_by(input, sf::Keyboard::Q).empty());
}

TEST_CASE("the mouse changes a setting by clicking its row") {
  care_test::DefaultLookAfter restore;
  Rig rig;
  auto screen = std::make_unique<SettingsScreen>(rig.ctx);
  SettingsScreen& s = *screen;
  rig.stack.push(std::move(screen));
  rig.stack.apply();
  const sf::FloatRect row = s.list().row_rect(0);
  const sf::Vector2f value_arrow{row.left + row.width * 0.56f + 10, row.top + row.height / 2};
  s.on_pointer({row.left + row.width - 20, row.top + row.height / 2}, true, rig.stack); // right part: up one step
  CHECK(rig.settings.get().text_size_step == 1);
  s.on_pointer(value_arrow, true, rig.stack); // the left arrow: down one step
  CHECK(rig.settings.get().text_size_step == 0);
}

TEST_CASE("rebinding by pressing a key changes what that key does, and conflicts are shown") {
  care_test::DefaultLookAfter restore;
  Rig rig;
  auto screen = std::make_unique<ControlsScreen>(rig.ctx, rig.settings);
  ControlsScreen& c = *screen;
  rig.stack.push(std::move(screen));
  rig.stack.apply();
  for (int i = 0; i < static_cast<int>(Action::Signal); ++i) rig.press(Action::MoveDown);
  REQUIRE(c.list().spoken(c.list().selected()).rfind(action_label(Action::Signal), 0) == 0);
  CHECK(pressed_by(rig.input, sf::Keyboard::Q) == std::vector<Action>{Action::Signal});

  rig.press(Action::Confirm);
  REQUIRE(c.capturing() == Action::Signal);
  CHECK(c.on_raw_event(key(sf::Keyboard::J), rig.stack));
  CHECK_FALSE(c.capturing());
  CHECK(pressed_by(rig.input, sf::Keyboard::J) == std::vector<Action>{Action::Signal});
  CHECK(pressed_by(rig.input, sf::Keyboard::Q).empty());
  CHECK(rig.settings.get().key_bindings.at("signal") == std::vector<std::string>{"J"});

  // E already plays with a toy: taking it for Signal too is allowed, and marked.
  rig.press(Action::Confirm);
  c.on_raw_event(key(sf::Keyboard::E), rig.stack);
  CHECK(c.message().find(action_label(Action::Interact)) != std::string::npos);
  CHECK(c.list().spoken(c.list().selected()).find("(!)") != std::string::npos);

  // A gamepad button goes to the gamepad side and leaves the keys alone.
  rig.press(Action::Confirm);
  sf::Event pad;
  pad.type = sf::Event::JoystickButtonPressed;
  pad.joystickButton = {0, 4};
  c.on_raw_event(pad, rig.stack);
  const Bindings now = bindings_from(rig.settings.get());
  CHECK(bindings_of(now, Action::Signal, true).front().code == 4);
  CHECK(bindings_of(now, Action::Signal, false).front().code == sf::Keyboard::E);

  // Esc while waiting changes nothing.
  rig.press(Action::Confirm);
  c.on_raw_event(key(sf::Keyboard::Escape), rig.stack);
  CHECK(bindings_from(rig.settings.get()).all().size() == now.all().size());

  // Reset puts every default back.
  for (std::size_t i = c.list().selected(); i + 2 < c.list().size(); ++i) rig.press(Action::MoveDown);
  rig.press(Action::Confirm);
  CHECK(rig.settings.get().key_bindings.empty());
  CHECK(pressed_by(rig.input, sf::Keyboard::Q) == std::vector<Action>{Action::Signal});
}

TEST_CASE("binding names survive the settings file both ways") {
  const Bindings d = Bindings::defaults();
  for (const Binding& b : d.all()) {
    const auto back = binding_from_name(input_name(b), b.action);
    REQUIRE(back);
    CHECK(input_name(*back) == input_name(b));
    CHECK(storage::is_valid_input_name(input_name(b)));
  }
  CHECK_FALSE(binding_from_name("button999", Action::Confirm));
  CHECK_FALSE(binding_from_name("axis:Q+", Action::Confirm));
  CHECK_FALSE(binding_from_name("", Action::Confirm));
}

TEST_CASE("Delete my data asks first, then removes every file and says what went") {
  care_test::DefaultLookAfter restore;
  Rig rig;
  REQUIRE(rig.settings.change([](storage::Settings& s) { s.high_contrast = true; }));
  const storage::Paths p = rig.home.paths();
  std::filesystem::create_directories(p.replays_dir());
  std::ofstream(p.replays_dir() / "one.sbr") << "x";
  REQUIRE(std::filesystem::exists(p.settings_file()));

  auto screen = std::make_unique<DeleteDataScreen>(rig.ctx, rig.settings);
  DeleteDataScreen& d = *screen;
  rig.stack.push(std::move(screen));
  rig.stack.apply();
  REQUIRE(d.menu().selected() == 0); // "Keep my data" is what Enter does first
  rig.press(Action::Confirm);
  CHECK(rig.stack.empty());
  CHECK(std::filesystem::exists(p.settings_file()));

  auto again = std::make_unique<DeleteDataScreen>(rig.ctx, rig.settings);
  DeleteDataScreen& d2 = *again;
  rig.stack.push(std::move(again));
  rig.stack.apply();
  rig.press(Action::MoveDown);
  rig.press(Action::Confirm);
  REQUIRE(d2.report());
  CHECK(d2.report()->complete());
  CHECK_FALSE(std::filesystem::exists(p.settings_file()));
  CHECK_FALSE(std::filesystem::exists(p.data));
  auto& removed = d2.report()->removed;
  CHECK(std::find(removed.begin(), removed.end(), p.replays_dir() / "one.sbr") != removed.end());
  CHECK(std::find(removed.begin(), removed.end(), p.settings_file()) != removed.end());
  // Back to defaults at once, and nothing written again on its own.
  CHECK_FALSE(comfort().high_contrast);
  CHECK_FALSE(std::filesystem::exists(p.config));
  rig.press(Action::Confirm); // Done
  CHECK(rig.stack.empty());
}

TEST_CASE("a damaged settings file is set aside and the player is told") {
  care_test::DefaultLookAfter restore;
  storage_test::TempHome home;
  const storage::Paths p = home.paths();
  std::filesystem::create_directories(p.config);
  std::ofstream(p.settings_file()) << "this is not a settings file\n";
  PlayerSettings s(p);
  s.load();
  REQUIRE(s.problem());
  CHECK(s.get() == storage::Settings{});
  AppContext ctx;
  ctx.settings = &s;
  const std::string notice = settings_notice(ctx);
  CHECK(notice.find("settings.ini") != std::string::npos);
  CHECK(notice.find(s.problem()->moved_to.filename().string()) != std::string::npos);
  CHECK(std::filesystem::exists(s.problem()->moved_to));
}
