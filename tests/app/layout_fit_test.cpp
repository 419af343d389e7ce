// Issue 16 part 6: every screen laid out at 100 % and 200 % text, in English and German,
// keeps each text inside the panel it is drawn on (cards, menu buttons, pills). Checked
// from layout metrics (where each text's glyph box and each panel landed, in device
// pixels), not from pixels. Text in a scrolling box counts as far as it shows.
// The two sweeps are hidden ([.]) from the default run: under the sanitizers they take
// over twenty minutes (the debrief and compare screens play whole scenarios first).
// Run them with: test_app "[layout-sweep]".
#include <catch2/catch.hpp>

#include <sstream>

#include "app/art/draw_kit.hpp"
#include "app/game_app.hpp"
#include "app/render/canvas.hpp"
#include "app/render/comfort.hpp"
#include "app/render/layout_probe.hpp"
#include "app/screens/play/backlog_screen.hpp"
#include "app/screens/play/caregiver_select_screen.hpp"
#include "app/screens/play/content_note_screen.hpp"
#include "app/screens/play/life_map_screen.hpp"
#include "app/screens/play/scenario_screen.hpp"
#include "play_helpers.hpp"
#include "settings_test_support.hpp"
#include "text/strings.hpp"

using namespace sb;
using namespace sb::app;

namespace {

struct Laid {
  std::vector<DrawnText> texts;
  std::vector<DrawnPanel> panels;
};

// Each text against the innermost panel drawn before it that holds the middle of what
// shows of it: the text must lie inside that panel (a pixel of anti-aliasing allowed).
std::string overflow(const Laid& l) {
  std::ostringstream out;
  for (std::size_t i = 0; i < l.texts.size(); ++i) {
    const DrawnText& t = l.texts[i];
    sf::FloatRect shown;
    if (!t.box.intersects(t.clip, shown)) continue; // scrolled out of sight
    const sf::Vector2f mid{shown.left + shown.width / 2, shown.top + shown.height / 2};
    const DrawnPanel* home = nullptr;
    for (const DrawnPanel& p : l.panels) {
      sf::FloatRect visible;
      if (p.texts_before > i || !p.box.intersects(p.clip, visible) || !visible.contains(mid)) continue;
      if (!home || visible.width * visible.height < home->box.width * home->box.height) home = &p;
    }
    if (!home) continue;
    const sf::FloatRect& p = home->box;
    const float slack = 1.5f;
    if (shown.left < p.left - slack || shown.top < p.top - slack || shown.left + shown.width > p.left + p.width + slack ||
        shown.top + shown.height > p.top + p.height + slack)
      out << "\"" << t.text << "\" (" << shown.left << "," << shown.top << " " << shown.width << "x" << shown.height
          << ") runs out of its panel (" << p.left << "," << p.top << " " << p.width << "x" << p.height << ")\n";
  }
  return out.str();
}

Laid render(const std::string& screen, const std::string& lang, int percent) {
  ScreenshotRequest r;
  r.screen = screen;
  r.lang = lang;
  r.text_size_percent = percent;
  if (screen == "play" || screen == "pause") {
    r.session.scenario = play_test::entry("strange-situation").scenario;
    r.at = 20;
  }
  TextRecorder texts;
  PanelRecorder panels(texts);
  std::string error;
  INFO(error);
  REQUIRE(render_screenshot(r, &error));
  return {texts.texts(), panels.panels()};
}

Laid draw_laid(Screen& s) {
  sf::RenderTexture target;
  REQUIRE(target.create(1280, 720));
  TextRecorder texts;
  PanelRecorder panels(texts);
  s.draw(target, Layout::fit({1280, 720}), 1.0);
  target.display();
  return {texts.texts(), panels.panels()};
}

struct Looks {
  Looks(const std::string& lang, int percent) {
    Comfort c = comfort();
    c.text_scale = static_cast<float>(percent) / 100.f;
    set_comfort(c);
    text::set_language(lang);
  }
  care_test::DefaultLookAfter restore;
};

}  // namespace

TEST_CASE("layout: the probe sees a text that runs out of its panel", "[app][layout]") {
  play_test::QuietApp app;
  sf::RenderTexture target;
  REQUIRE(target.create(1280, 720));
  TextRecorder texts;
  PanelRecorder panels(texts);
  {
    Canvas t(target);
    t.set_view(Layout::fit({1280, 720}).canvas_view());
    draw::panel(t, {100, 100, 200, 60}, 10, sf::Color::White, sf::Color::Black, 2, 0);
    sf::Text inside = draw::text(app.ctx.fonts.regular, "fits", 20, 1, sf::Color::Black);
    inside.setPosition(120, 115);
    t.draw(inside);
    sf::Text wide = draw::text(app.ctx.fonts.regular, "a label far too long for this small card", 20, 1, sf::Color::Black);
    wide.setPosition(120, 115);
    t.draw(wide);
  }
  const std::string found = overflow({texts.texts(), panels.panels()});
  CHECK(found.find("far too long") != std::string::npos);
  CHECK(found.find("\"fits\"") == std::string::npos);
}

TEST_CASE("layout: every screen keeps its text inside its panels at 100 % and 200 %, in English and German",
          "[.][layout-sweep]") {
  for (const std::string lang : {"en", "de"})
    for (int percent : {100, 200})
      for (const std::string& screen : screenshot_screens()) {
        INFO(screen << " in " << lang << " at " << percent << " %");
        const Laid l = render(screen, lang, percent);
        CHECK(l.texts.size() > 1);
        CHECK(overflow(l) == "");
      }
}

TEST_CASE("layout: the play flow's screens keep their text inside their panels at 100 % and 200 %", "[.][layout-sweep]") {
  play_test::QuietApp app;
  AppContext& ctx = app.ctx;
  ScreenStack stack;
  for (const std::string lang : {"en", "de"})
    for (int percent : {100, 200}) {
      Looks looks(lang, percent);
      PlayChoice c;
      c.entry = play_test::entry("strange-situation");
      c.style = "frightening";
      c.params = mind::preset("frightening");
      c.autoplay = true;
      c.seed = 4;
      LifeMapScreen map(ctx, 1);
      CaregiverSelectScreen care(ctx, c.entry, 0);
      CaregiverSelectScreen custom(ctx, c.entry, 0);
      for (int i = 0; i < 10 && custom.choice().style != "custom"; ++i) custom.on_action(Action::MoveDown, stack);
      ContentNoteScreen note(ctx, c);
      ScenarioScreen play(ctx, c);
      play.advance(60 * 90);
      BacklogScreen backlog(ctx, play, play.backlog());
      const struct {
        Screen* screen;
        const char* name;
      } screens[] = {{&map, "life-map"}, {&care, "caregiver"}, {&custom, "caregiver-custom"}, {&note, "content-note"},
                     {&backlog, "backlog"}};
      for (const auto& s : screens) {
        INFO(s.name << " in " << lang << " at " << percent << " %");
        const Laid l = draw_laid(*s.screen);
        CHECK(l.texts.size() > 1);
        CHECK(overflow(l) == "");
      }
    }
}
