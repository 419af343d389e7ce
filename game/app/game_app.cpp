#include "app/game_app.hpp"

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <ctime>
#include <filesystem>

#include <SFML/Graphics.hpp>
#include <SFML/OpenGL.hpp>
#include <spdlog/spdlog.h>

#include "app/platform/app_context.hpp"
#include "app/platform/window_place.hpp"
#include "app/screens/debrief/screenshots.hpp"
#include "app/platform/display_probe.hpp"
#include "app/render/layout.hpp"
#include "app/platform/logging.hpp"
#include "app/screens/play/caregiver_debrief_screen.hpp"
#include "app/screens/play/caregiver_screen.hpp"
#include "app/screens/play/first_year_screen.hpp"
#include "app/platform/quit_signal.hpp"
#include "app/screens/play/pause_screen.hpp"
#include "app/screens/play/play_screenshot.hpp"
#include "app/screens/play/scenario_screen.hpp"
#include "app/screens/play/play_screen.hpp"
#include "app/screens/screen_stack.hpp"
#include "app/screens/settings/care_screenshots.hpp"
#include "app/screens/trainer/screenshots.hpp"
#include "app/render/comfort.hpp"
#include "app/screens/settings/settings_host.hpp"
#include "storage/settings_store.hpp"
#include "text/strings.hpp"
#include "app/screens/title/title_screen.hpp"
#include "sim/fixed_step.hpp"

namespace sb::app {
namespace {

constexpr unsigned kWidth = 1280, kHeight = 720;
constexpr const char* kTitle = "Secure Base";

std::filesystem::path screenshot_path() {
  std::filesystem::path dir = state_dir() / "screenshots";
  if (const char* d = std::getenv("SECUREBASE_SCREENSHOT_DIR"); d && *d) dir = d;
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  const auto now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  char stamp[32];
  std::strftime(stamp, sizeof stamp, "%Y%m%d-%H%M%S", std::localtime(&now));
  std::filesystem::path p = dir / (std::string("securebase-") + stamp + ".png");
  for (int n = 2; std::filesystem::exists(p, ec); ++n) p = dir / (std::string("securebase-") + stamp + "-" + std::to_string(n) + ".png");
  return p;
}

// The window and its loop: events -> actions -> the top screen; fixed ticks; one draw.
class Game {
 public:
  explicit Game(const RunOptions& o) : audio_(true), fullscreen_(o.fullscreen) {
    ctx_.audio = &audio_;
    ctx_.session = o.session;
    stack_.on_change([](const std::string& from, const std::string& to) { spdlog::info("screen: {} -> {}", from, to); });
    fonts_ok_ = load_fonts(ctx_.fonts);
    if (!fonts_ok_) return;
    // Player care: settings loaded and applied (font, colours, language, keys, voice) before the first frame.
    ctx_.apply_window = [this](unsigned w, unsigned h, bool fs) {
      window_w_ = w, window_h_ = h, fullscreen_ = fs, window_dirty_ = true;
    };
    care_.start(ctx_, input_, !audio_.silent());
    window_w_ = care_.window_width(), window_h_ = care_.window_height();
    fullscreen_ = fullscreen_ || care_.fullscreen();
    create_window();
    if (o.first_screen)
      stack_.push(o.first_screen(ctx_));
    else if (o.straight_to_play && ctx_.session.scenario)
      stack_.push(scenario_first_screen(ctx_)); // game/app/play
    else if (o.straight_to_play)
      stack_.push(std::make_unique<PlayScreen>(ctx_));
    else
      stack_.push(std::make_unique<TitleScreen>(ctx_));
    stack_.apply();
  }

  bool fonts_ok() const { return fonts_ok_; }

  int run() {
    sim::FixedStep step(sim::kTickSeconds);
    sf::Clock clock;
    long frames = 0;
    while (window_.isOpen() && !stack_.empty()) {
      const double frame = clock.restart().asSeconds();
      ctx_.clock += frame;
      sf::Event e;
      while (window_.pollEvent(e)) handle(e);
      if (signals_.requested() && !stack_.empty()) { // asked from outside: close as the window's button does
        spdlog::info("asked to quit by a signal");
        stack_.notify_quit();
        stack_.quit();
        stack_.apply();
      }
      if (stack_.empty()) break;
      care_.frame();
      if (window_dirty_) { // a new size or full screen from the settings
        window_dirty_ = false;
        create_window();
        input_.release_all();
      }

      const int ticks = step.advance(frame);
      for (int i = 0; i < ticks && !stack_.empty(); ++i) {
        stack_.top()->tick(input_, stack_);
        stack_.apply();
      }
      ctx_.stats.frame(frame, ticks);
      if (stack_.empty()) break;

      window_.clear(sf::Color(40, 32, 38)); // the letterbox bars
      stack_.draw(window_, layout_, step.alpha());
      if (screenshot_requested_) save_screenshot();
      window_.display();
      // Where vsync is not honoured (Xvfb, some drivers) cap the frame rate instead of spinning.
      if (++frames == 90 && ctx_.stats.mean_frame_seconds() < 1.0 / 200.0) {
        spdlog::debug("vsync not effective here; limiting to 60 frames per second");
        window_.setVerticalSyncEnabled(false);
        window_.setFramerateLimit(60);
      }
    }
    spdlog::info("goodbye");
    window_.close();
    return 0;
  }

 private:
  void create_window() {
    sf::ContextSettings settings;
    // Smooth edges where a GPU makes them cheap; a software renderer (Xvfb, a
    // machine without drivers) pays 4x for every pixel, so it goes without.
    settings.antialiasingLevel = software_renderer_ ? 0 : 4;
    auto open = [&] {
      if (fullscreen_)
        window_.create(sf::VideoMode::getDesktopMode(), kTitle, sf::Style::Fullscreen, settings);
      else
        window_.create(sf::VideoMode(window_w_, window_h_), kTitle, sf::Style::Default, settings);
      if (!fullscreen_) {  // centred: with no window manager nobody else places it
        const sf::VideoMode desktop = sf::VideoMode::getDesktopMode();
        window_.setPosition(centred_position({desktop.width, desktop.height}, window_.getSize()));
      }
    };
    open();
    if (settings.antialiasingLevel > 0 && window_.setActive(true)) {
      const auto* renderer = reinterpret_cast<const char*>(glGetString(GL_RENDERER));
      const std::string name = renderer ? renderer : "";
      if (name.find("llvmpipe") != std::string::npos || name.find("softpipe") != std::string::npos ||
          name.find("Software") != std::string::npos) {
        spdlog::info("software renderer ({}): drawing without antialiasing", name);
        software_renderer_ = true;
        settings.antialiasingLevel = 0;
        open();
      }
    }
    window_.setVerticalSyncEnabled(true);
    window_.setKeyRepeatEnabled(false);
    layout_ = Layout::fit(window_.getSize());
    spdlog::info("window: {}x{}{}", window_.getSize().x, window_.getSize().y, fullscreen_ ? " (fullscreen)" : "");
  }

  void handle(const sf::Event& e) {
    if (e.type != sf::Event::Closed && e.type != sf::Event::Resized)
      if (Screen* top = stack_.top(); top && top->on_raw_event(e, stack_)) {
        stack_.apply();
        return;
      }
    switch (e.type) {
      case sf::Event::Closed:
        stack_.notify_quit(); // a scene in progress is saved to continue later
        stack_.quit();
        stack_.apply();
        return;
      case sf::Event::Resized: layout_ = Layout::fit({e.size.width, e.size.height}); return;
      case sf::Event::KeyPressed:
        // A screen may take a key for itself (text entry, its own letter keys).
        if (Screen* top = stack_.top(); top && top->on_key(e.key.code, stack_)) {
          stack_.apply();
          return;
        }
        break;
      case sf::Event::TextEntered:
        if (Screen* top = stack_.top()) top->on_text(e.text.unicode, stack_);
        stack_.apply();
        return;
      case sf::Event::MouseMoved:
        if (Screen* top = stack_.top()) top->on_pointer(layout_.to_canvas({e.mouseMove.x, e.mouseMove.y}), false, stack_);
        stack_.apply();
        return;
      case sf::Event::MouseButtonPressed:
        if (e.mouseButton.button == sf::Mouse::Left) {
          if (Screen* top = stack_.top()) top->on_pointer(layout_.to_canvas({e.mouseButton.x, e.mouseButton.y}), true, stack_);
          if (stack_.apply()) return;
        }
        break;
      case sf::Event::JoystickConnected: spdlog::info("gamepad {} connected", e.joystickConnect.joystickId); break;
      case sf::Event::JoystickDisconnected: spdlog::info("gamepad {} disconnected", e.joystickConnect.joystickId); break;
      default: break;
    }
    for (Action a : input_.on_event(e)) {
      if (a == Action::Fullscreen) {
        const bool want = !fullscreen_;
        care_.settings().change([want](storage::Settings& st) { st.fullscreen = want; });
        if (fullscreen_ != want) fullscreen_ = want, window_dirty_ = true; // --fullscreen: the setting already agreed
        return;
      }
      if (a == Action::SelfVoicing) {
        care_.toggle_self_voicing();
        continue;
      }
      if (a == Action::Screenshot) {
        screenshot_requested_ = true;
        continue;
      }
      if (Screen* top = stack_.top()) top->on_action(a, stack_);
      // One change per key: Esc must not both pause and then resume.
      if (stack_.apply()) break;
    }
  }

  void save_screenshot() {
    screenshot_requested_ = false;
    sf::Texture tex;
    if (!tex.create(window_.getSize().x, window_.getSize().y)) return;
    tex.update(window_);
    const std::filesystem::path p = screenshot_path();
    if (tex.copyToImage().saveToFile(p.string()))
      spdlog::info("screenshot saved: {}", p.string());
    else
      spdlog::warn("could not save a screenshot to {}", p.string());
  }

  Audio audio_;
  AppContext ctx_;
  sf::RenderWindow window_;
  Layout layout_;
  InputMapper input_;
  ScreenStack stack_;
  bool fullscreen_ = false;
  bool software_renderer_ = false;
  unsigned window_w_ = kWidth, window_h_ = kHeight;
  bool window_dirty_ = false;
  SettingsHost care_; // last: the voice's thread stops before anything it uses goes
  bool screenshot_requested_ = false;
  bool fonts_ok_ = false;
  QuitSignals signals_;
};

}  // namespace

int run_game(const RunOptions& options) {
  std::string why;
  if (!display_available(&why)) {
    std::fprintf(stderr, "%s\n", no_display_message(why).c_str());
    return 3;
  }
  Game game(options);
  if (!game.fonts_ok()) return 3;
  return game.run();
}

const std::vector<std::string>& screenshot_screens() {
  static const std::vector<std::string> names = [] {
    std::vector<std::string> n{"title", "play", "pause", "caregiver-debrief", "first-year"}; // the last two: issue 14
    for (const std::string& d : debrief::screenshot_names()) n.push_back(d); // debrief, compare, library, ...
    for (const std::string& c : care_screenshot_names()) n.push_back(c);      // settings, controls, delete-data
    for (const std::string& c : trainer_ui::screenshot_names()) n.push_back(c); // trainer (scoring), trainer-compare, ...
    return n;
  }();
  return names;
}

bool push_screenshot_screens(const ScreenshotRequest& r, AppContext& ctx, ScreenStack& stack, std::string* error) {
  auto failed = [&](const std::string& m) {
    if (error) *error = m;
    return false;
  };
  if (auto ours = debrief::screenshot_screen(r.screen, ctx, r.at)) {
    stack.push(std::move(ours));
  } else if (auto trainer = trainer_ui::screenshot_screen(r.screen, ctx, r.at)) {
    stack.push(std::move(trainer));
  } else if (r.screen == "first-year") {
    auto year = first_year_screenshot(ctx, static_cast<int>(r.at)); // --at: moments already answered
    if (!year) return failed("--screen first-year needs --scenario");
    stack.push(std::move(year));
  } else if (r.screen == "caregiver-debrief") {
    auto debrief = caregiver_debrief_screenshot(ctx);
    if (!debrief) return failed("--screen caregiver-debrief needs --scenario");
    stack.push(std::move(debrief));
  } else if (ctx.session.caregiver_played && r.screen == "play") {
    auto care = caregiver_screenshot_screen(ctx, r.at); // issue 14: --as caregiver
    if (!care) return failed("--as caregiver needs --scenario");
    stack.push(std::move(care));
  } else if (auto care = care_screenshot_screen(r.screen, ctx)) {
    stack.push(std::move(care));
  } else if (r.screen == "title") {
    stack.push(std::make_unique<TitleScreen>(ctx));
  } else {
    ScenarioScreen* under = nullptr; // the pause card over a scenario offers restart and save
    if (auto scene = scenario_screenshot_screen(ctx, r.at)) { // game/app/play: a scenario mid-play
      under = scene.get();
      stack.push(std::move(scene));
    } else {
      auto play = std::make_unique<PlayScreen>(ctx);
      play->advance(static_cast<int>(r.at * sim::kTicksPerSecond + 0.5));
      stack.push(std::move(play));
    }
    if (r.screen == "pause") stack.push(std::make_unique<PauseScreen>(ctx, under));
  }
  stack.apply();
  return true;
}

std::optional<sf::Image> render_screenshot(const ScreenshotRequest& r, std::string* error) {
  auto fail = [&](const std::string& m) {
    if (error) *error = m;
    return std::nullopt;
  };
  if (std::find(screenshot_screens().begin(), screenshot_screens().end(), r.screen) == screenshot_screens().end())
    return fail("unknown screen '" + r.screen + "' (title, play or pause)");
  if (!(r.at >= 0) || r.at > 3600) return fail("--at must be between 0 and 3600 seconds");
  if (r.text_size_percent && std::find(storage::kTextSizePercent.begin(), storage::kTextSizePercent.end(),
                                       *r.text_size_percent) == storage::kTextSizePercent.end())
    return fail("--text-size must be 100, 125, 150 or 200");
  const auto languages = text::available_languages();
  if (r.lang && std::find(languages.begin(), languages.end(), *r.lang) == languages.end())
    return fail("unknown language '" + *r.lang + "'");
  std::string why;
  if (!display_available(&why)) return fail(no_display_message(why));

  // Whatever the process had before comes back afterwards (tests take many pictures in one run).
  struct Restore {
    Comfort comfort = app::comfort();
    std::string lang = text::language();
    ~Restore() {
      set_comfort(comfort);
      if (text::language() != lang) text::set_language(lang);
    }
  } restore;
  if (r.text_size_percent) {
    Comfort look = restore.comfort;
    look.text_scale = static_cast<float>(*r.text_size_percent) / 100.f;
    set_comfort(look);
  }
  if (r.lang) text::set_language(*r.lang);

  Audio silent(false);
  AppContext ctx;
  ctx.audio = &silent;
  ctx.still = true;
  ctx.session = r.session;
  // Nobody holds the keys during a screenshot, so the AI child plays the seconds before it.
  ctx.session.ai_child = true;
  if (!load_fonts(ctx.fonts)) return fail("no usable font found (install fonts-andika or fonts-dejavu-core)");

  sf::RenderTexture target;
  sf::ContextSettings settings;
  settings.antialiasingLevel = 4;
  if (r.size.x < 320 || r.size.y < 180 || r.size.x > 3840 || r.size.y > 2160) return fail("the picture must be 320x180 to 3840x2160");
  if (!target.create(r.size.x, r.size.y, settings)) return fail("could not create an offscreen image");
  ScreenStack stack;
  if (!push_screenshot_screens(r, ctx, stack, error)) return std::nullopt;
  target.clear(sf::Color(40, 32, 38));
  stack.draw(target, Layout::fit(r.size), 1.0);
  target.display();
  return target.getTexture().copyToImage();
}

int write_screenshot(const ScreenshotRequest& r, const std::string& out) {
  std::string error;
  auto image = render_screenshot(r, &error);
  if (!image) {
    if (error.rfind("securebase: no display", 0) == 0) {
      std::fprintf(stderr, "%s\n", error.c_str());
      return 3;
    }
    spdlog::error("{}", error);
    const bool bad_request = error.find("unknown screen") != std::string::npos || error.find("--at") != std::string::npos ||
                             error.find("--text-size") != std::string::npos || error.find("unknown language") != std::string::npos;
    return bad_request ? 1 : 3;
  }
  if (!image->saveToFile(out)) {
    spdlog::error("could not write {}", out);
    return 3;
  }
  spdlog::info("screenshot written: {} ({}x{})", out, image->getSize().x, image->getSize().y);
  return 0;
}

}  // namespace sb::app
