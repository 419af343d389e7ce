// Issue 7: at the largest text size (200 %) every screen still reads: words are
// measured at the size they are drawn, lines stay inside their column, no label
// lands on another, and nothing runs off the screen; long pages scroll instead.
// Each screen is drawn at 1280x720 (and some at 1920x1080) in English and German;
// the pictures go to <build>/tests/large-text-shots/ for a person to look at.
#include <catch2/catch.hpp>

#include "text/strings.hpp"

#include <algorithm>
#include <filesystem>
#include <sstream>

#include "app/platform/app_context.hpp"
#include "app/render/canvas.hpp"
#include "app/screens/debrief/debrief_screen.hpp"
#include "app/screens/debrief/screenshots.hpp"
#include "app/art/draw_kit.hpp"
#include "app/platform/fonts.hpp"
#include "app/game_app.hpp"
#include "app/screens/play/caregiver_select_screen.hpp"
#include "app/screens/play/content_note_screen.hpp"
#include "app/screens/play/epilogue_screen.hpp"
#include "app/screens/play/life_map_screen.hpp"
#include "app/screens/play/scenario_screen.hpp"
#include "app/screens/play/story_overlay.hpp"
#include "app/ui/ui_kit.hpp"
#include "app/render/comfort.hpp"
#include "mind/caregiver_params.hpp"
#include "app/screens/screen_stack.hpp"
#include "layout_checks.hpp"
#include "play_helpers.hpp"
#include "settings_test_support.hpp"

using namespace sb;
using namespace sb::app;
using namespace sb::text;

namespace {

constexpr int kLargest = storage::kTextSizePercent.back();

std::filesystem::path shot_file(const std::string& name) {
  const std::filesystem::path dir = std::filesystem::current_path() / "large-text-shots";
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  return dir / (name + ".png");
}

struct Shot {
  sf::Image image;
  std::vector<DrawnText> texts;
};

// What a player would notice: a label cut by the screen edge, or two labels on top of
// each other (layout_checks.hpp; labels squeezed to tiny type: layout_fit_test.cpp).
std::string problems(const Shot& s) { return layout_test::off_screen_and_overlaps(s.texts, s.image.getSize()); }

Shot shoot(const std::string& screen, const std::string& lang, sf::Vector2u size, int percent = kLargest,
           const sim::SessionConfig& session = {}, double at = 0, const std::string& tag = "") {
  ScreenshotRequest r;
  r.screen = screen;
  r.lang = lang;
  r.size = size;
  r.text_size_percent = percent;
  r.session = session;
  r.at = at;
  std::string error;
  TextRecorder rec;
  auto img = render_screenshot(r, &error);
  INFO(error);
  REQUIRE(img);
  img->saveToFile(shot_file(screen + tag + "-" + lang + "-" + std::to_string(size.x) + "-" + std::to_string(percent)).string());
  return {*img, rec.texts()};
}

Shot draw_screen(Screen& s, const std::string& name, sf::Vector2u size) {
  sf::RenderTexture target;
  REQUIRE(target.create(size.x, size.y));
  target.clear(sf::Color(40, 32, 38));
  TextRecorder rec;
  s.draw(target, Layout::fit(size), 1.0);
  target.display();
  Shot shot{target.getTexture().copyToImage(), rec.texts()};
  shot.image.saveToFile(shot_file(name + "-" + std::to_string(size.x)).string());
  return shot;
}

struct LargeText {
  explicit LargeText(const std::string& lang) {
    Comfort c = comfort();
    c.text_scale = static_cast<float>(kLargest) / 100.f;
    set_comfort(c);
    set_language(lang);
  }
  care_test::DefaultLookAfter restore;
};

}  // namespace

TEST_CASE("wrapped lines fit their column when drawn at the largest text size") {
  Fonts fonts;
  REQUIRE(load_fonts(fonts));
  LargeText big("de");
  const std::string text =
      "Eine sichere Bindung entsteht, wenn die Bezugsperson die Signale des Kindes bemerkt, richtig deutet und "
      "prompt und angemessen darauf antwortet. Bindungsverhaltensweisen sind Anpassungsleistungen.";
  for (float ui_scale : {1.f, 1.5f})
    for (float width : {300.f, 560.f}) {
      const auto lines = play_ui::wrap(fonts.regular, text, 20, width, ui_scale);
      REQUIRE(lines.size() > 2);
      for (const sf::String& l : lines) {
        const auto u = l.toUtf8();
        const float drawn = draw::text(fonts.regular, std::string(u.begin(), u.end()), 20, ui_scale, sf::Color::Black)
                                .getGlobalBounds()
                                .width;
        INFO("width " << width << " at ui scale " << ui_scale << ": a line is " << drawn << " px");
        CHECK(drawn <= width);
      }
      // The line step follows the drawn size, so lines do not run into each other.
      CHECK(play_ui::line_step(20) == Approx(40 * 1.3));
      CHECK(play_ui::wrapped_height(fonts.regular, text, 20, width, 1.3f, ui_scale) ==
            Approx(static_cast<float>(lines.size()) * 40 * 1.3f));
    }
  // A word longer than a narrow column is cut, not left to run out of it.
  const auto narrow = play_ui::wrap(fonts.regular, "Bindungsverhaltensweisen", 20, 120);
  CHECK(narrow.size() >= 2);
}

TEST_CASE("at 100 % the text is measured as before: the base size") {
  Fonts fonts;
  REQUIRE(load_fonts(fonts));
  care_test::DefaultLookAfter restore;
  REQUIRE(comfort().text_scale == Approx(1.0));
  sf::Text probe("A secure base to explore from", fonts.regular, 20);
  CHECK(play_ui::text_width(fonts.regular, "A secure base to explore from", 20) == Approx(probe.getLocalBounds().width));
  CHECK(play_ui::line_step(20) == Approx(26));
}

TEST_CASE("every menu and page stays on the screen without overlaps at the largest text size") {
  const std::vector<std::string> screens = {"title", "settings", "controls", "delete-data", "pause", "debrief",
                                            "debrief-scales", "debrief-timeline", "debrief-later", "debrief-questions",
                                            "debrief-reflect", "library", "guide", "quiz", "compare", "facilitator",
                                            "compare-debrief"};
  for (const std::string lang : {"en", "de"})
    for (const std::string& screen : screens) {
      INFO(screen << " in " << lang);
      const Shot shot = shoot(screen, lang, {1280, 720});
      CHECK(shot.texts.size() > 2);
      CHECK(problems(shot) == "");
    }
  // The same layout holds on a 1080p screen (text is rasterised at 1.5x there).
  for (const std::string screen : {"title", "settings", "debrief", "library"}) {
    INFO(screen << " at 1920x1080");
    CHECK(problems(shoot(screen, "de", {1920, 1080})) == "");
  }
}

TEST_CASE("the play flow's screens stay on the screen without overlaps at the largest text size") {
  play_test::QuietApp app;
  AppContext& ctx = app.ctx;
  ScreenStack stack;
  for (const std::string lang : {"en", "de"}) {
    LargeText big(lang);
    PlayChoice c;
    c.entry = play_test::entry("strange-situation");
    c.style = "frightening";
    c.params = mind::preset("frightening");
    c.autoplay = true;
    c.seed = 4;
    LifeMapScreen map(ctx, 1);
    CaregiverSelectScreen care(ctx, c.entry, 0);
    CaregiverSelectScreen custom(ctx, c.entry, 0);
    for (int i = 0; i < 10 && custom.choice().style != "custom"; ++i) custom.on_action(Action::MoveDown, stack); // the sliders
    REQUIRE(custom.choice().style == "custom");
    ContentNoteScreen note(ctx, c);
    // A finished scene for the epilogue (its ending's words are the longest text on these screens).
    ScenarioScreen play(ctx, c);
    play.advance(60 * 60 * 12);
    REQUIRE(play.session().ended());
    PlayResult result;
    result.choice = c;
    result.recording = play.recording();
    result.session = std::make_unique<sim::Session>(play.session().config());
    for (const auto& run : play.recording().inputs)
      for (std::uint32_t i = 0; i < run.count; ++i) result.session->step(run.input);
    EpilogueScreen epilogue(ctx, std::move(result));
    const struct {
      Screen* screen;
      const char* name;
    } screens[] = {{&map, "life-map"}, {&care, "caregiver"}, {&custom, "caregiver-custom"}, {&note, "content-note"}, {&epilogue, "epilogue"}};
    for (const auto& s : screens)
      for (sf::Vector2u size : {sf::Vector2u{1280, 720}, sf::Vector2u{1920, 1080}}) {
        INFO(s.name << " in " << lang << " at " << size.x);
        CHECK(problems(draw_screen(*s.screen, std::string(s.name) + "-" + lang, size)) == "");
      }
  }
}

namespace {
sf::Event key_press(sf::Keyboard::Key k) {
  sf::Event e;
  e.type = sf::Event::KeyPressed;
  e.key = {k, false, false, false, false};
  return e;
}
sf::Event wheel(float delta) {
  sf::Event e;
  e.type = sf::Event::MouseWheelScrolled;
  e.mouseWheelScroll = {sf::Mouse::VerticalWheel, delta, 640, 400};
  return e;
}
sf::Event pad_button(unsigned button) {
  sf::Event e;
  e.type = sf::Event::JoystickButtonPressed;
  e.joystickButton = {0, button};
  return e;
}
// The words drawn at the top of the page body, where a reader starts.
std::string first_body_line(debrief::DebriefScreen& d) {
  const Shot shot = draw_screen(d, "debrief-later-scrolled", {1280, 720});
  const float top = debrief::DebriefScreen::body_top();
  std::string best;
  float best_y = 1e9f;
  for (const DrawnText& t : shot.texts) {
    sf::FloatRect shown;
    if (t.clip.height >= 719 || !t.box.intersects(t.clip, shown)) continue; // only the scrolling body
    if (shown.top >= top - 2 && shown.top < best_y) best_y = shown.top, best = t.text;
  }
  return best;
}
}  // namespace

TEST_CASE("a long page scrolls with Page Down, the wheel and the pad's shoulder button at the largest text size") {
  play_test::QuietApp app;
  AppContext& ctx = app.ctx;
  ScreenStack stack;
  {
    LargeText big("de");
    auto screen = debrief::screenshot_screen("debrief-later", ctx, 0);
    auto* d = dynamic_cast<debrief::DebriefScreen*>(screen.get());
    REQUIRE(d);
    const std::string start = first_body_line(*d);
    REQUIRE(d->scroll_box().scrollable()); // at 200 % the page is taller than its room
    CHECK(d->scroll_box().more_below());
    CHECK(d->on_raw_event(key_press(sf::Keyboard::PageDown), stack));
    const std::string after_page = first_body_line(*d);
    CHECK(d->scroll_box().offset() > 0);
    CHECK(after_page != start); // other words are at the top now
    const float paged = d->scroll_box().offset();
    CHECK(d->on_raw_event(wheel(-1), stack));
    first_body_line(*d);
    CHECK(d->scroll_box().offset() > paged);
    const float wheeled = d->scroll_box().offset();
    CHECK(d->on_raw_event(pad_button(5), stack));
    first_body_line(*d);
    CHECK(d->scroll_box().offset() > wheeled);
    // Down (keys or d-pad) reads on too on this page; End reaches the last line, Home the first.
    CHECK(d->on_raw_event(key_press(sf::Keyboard::End), stack));
    first_body_line(*d);
    CHECK_FALSE(d->scroll_box().more_below());
    CHECK(d->on_raw_event(key_press(sf::Keyboard::Home), stack));
    CHECK(first_body_line(*d) == start);
    d->on_action(Action::MoveDown, stack);
    first_body_line(*d);
    CHECK(d->scroll_box().offset() > 0);
  }
  {
    // At 100 % the same page fits: nothing to scroll, the wheel is left to others.
    care_test::DefaultLookAfter restore;
    auto screen = debrief::screenshot_screen("debrief-later", ctx, 0);
    auto* d = dynamic_cast<debrief::DebriefScreen*>(screen.get());
    REQUIRE(d);
    first_body_line(*d);
    CHECK_FALSE(d->scroll_box().scrollable());
    CHECK_FALSE(d->on_raw_event(wheel(-1), stack));
  }
}

TEST_CASE("the scenario's dialogue, choices and corner labels stay readable at the largest text size") {
  // Grown up at 66 s: a prompt under three long choices; the park at 30 s: a parent's line.
  const struct {
    const char* scenario;
    double at;
  } moments[] = {{"grown-up", 66}, {"park", 30}};
  for (const auto& m : moments)
    for (const std::string lang : {"en", "de"}) {
      sim::SessionConfig c;
      c.scenario = play_test::entry(m.scenario).scenario;
      c.caregiver = mind::preset("sensitive");
      c.caregiver_style = "sensitive";
      INFO(m.scenario << " at " << m.at << " s in " << lang);
      const Shot shot = shoot("play", lang, {1280, 720}, kLargest, c, m.at, std::string("-") + m.scenario);
      CHECK(shot.texts.size() >= 2);
      CHECK(problems(shot) == "");
      // The dialogue box grew upwards from its usual bottom edge to hold its words.
      const sf::FloatRect box = dialogue_rect();
      CHECK(box.top + box.height == Approx(656));
      CHECK(box.top >= 120);
    }
}

TEST_CASE("every action the child can take fits along the bottom at the largest text size") {
  Fonts fonts;
  REQUIRE(load_fonts(fonts));
  PromptContext all;
  all.near_caregiver = all.near_toy = true; // the longest row there is: ten actions
  for (const std::string lang : {"en", "de"}) {
    LargeText big(lang);
    const auto prompts = prompts_for(all);
    REQUIRE(prompts.size() >= 8);
    for (sf::Vector2u size : {sf::Vector2u{1280, 720}, sf::Vector2u{1920, 1080}}) {
      sf::RenderTexture target;
      REQUIRE(target.create(size.x, size.y));
      target.clear(sf::Color(120, 160, 110));
      TextRecorder rec;
      std::vector<sf::FloatRect> rects;
      {
        Canvas t(target);
        const Layout layout = Layout::fit(size);
        t.set_view(layout.canvas_view());
        rects = draw_prompts(t, fonts, layout.ui_scale, prompts);
      }
      target.display();
      Shot shot{target.getTexture().copyToImage(), rec.texts()};
      shot.image.saveToFile(shot_file("prompts-" + lang + "-" + std::to_string(size.x)).string());
      INFO(lang << " at " << size.x);
      CHECK(problems(shot) == "");
      REQUIRE(rects.size() == prompts.size());
      for (std::size_t i = 0; i < rects.size(); ++i) {
        CHECK(rects[i].left >= 0);
        CHECK(rects[i].left + rects[i].width <= kCanvasWidth);
        for (std::size_t j = i + 1; j < rects.size(); ++j) CHECK_FALSE(rects[i].intersects(rects[j])); // each pill its own place to click
      }
    }
  }
}
