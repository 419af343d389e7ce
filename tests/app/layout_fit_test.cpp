// Issue 16 part 6: every screen laid out at 100 % and 200 % text, in English and German,
// keeps each text inside the panel it is drawn on (cards, menu buttons, pills), off the
// other texts, on the screen, and at a readable size (not squeezed to tiny type).
// Checked from layout metrics (where each text's glyph box and each panel landed, in
// device pixels), not from pixels: nothing is read back. One window serves every
// screen, and each screen is built (its scene simulated) once and laid out in the four
// looks, so the sweep stays in the default run.
#include <catch2/catch.hpp>

#include <chrono>
#include <functional>
#include <set>
#include <sstream>

#include "app/art/draw_kit.hpp"
#include "app/game_app.hpp"
#include "app/render/canvas.hpp"
#include "app/render/comfort.hpp"
#include "app/render/layout_probe.hpp"
#include "app/screens/compare/compare_screen.hpp"
#include "app/screens/debrief/debrief_screen.hpp"
#include "app/screens/play/backlog_screen.hpp"
#include "app/screens/play/caregiver_select_screen.hpp"
#include "app/screens/play/content_note_screen.hpp"
#include "app/screens/play/life_map_screen.hpp"
#include "app/screens/play/pause_screen.hpp"
#include "app/screens/play/play_screenshot.hpp"
#include "app/screens/play/scenario_screen.hpp"
#include "app/screens/screen_stack.hpp"
#include "app/screens/trainer/screenshots.hpp"
#include "app/screens/trainer/trial_screen.hpp"
#include "app/ui/ui_kit.hpp"
#include "layout_checks.hpp"
#include "play_helpers.hpp"
#include "settings_test_support.hpp"
#include "text/strings.hpp"
#include "trainer/trainer_file.hpp"
#include "../storage/storage_test_env.hpp"

using namespace sb;
using namespace sb::app;
using layout_test::Laid;

namespace {

const sf::Vector2u kSize{1280, 720};

// A practice file with a few scored trials, so the progress page has figures and a chart.
void write_practice_file(const storage_test::TempHome& home) {
  trainer::TrainerData data;
  trainer::ScoreSheet observer;
  observer.reunions = {{4, {6, 5, 1, 2}}, {7, {7, 6, 2, 1}}};
  observer.disorganization = 2;
  observer.subgroup = "B3";
  for (int i = 0; i < 6; ++i) {
    trainer::ScoreSheet mine = observer;
    mine.subgroup = i % 3 == 0 ? "A2" : "B3";
    trainer::record_attempt(data, "prototypes", 100 + static_cast<std::uint64_t>(i), mine, observer);
  }
  REQUIRE_FALSE(trainer::save_trainer_data(home.paths(), data));
}

// Faults the sweep found that are not fixed yet (issue 16 part 6 reports them as open):
// a screen's name and words from the fault. The sweep fails on any fault not listed
// here, and warns of a listed one that no longer happens.
struct KnownFault {
  const char* screen;
  const char* words;
  bool seen = false;
};
std::vector<KnownFault> known_faults() {
  return {
#include "layout_known_faults.inc"
  };
}

// One offscreen window for every screen.
struct Bench {
  play_test::QuietApp app;
  sf::RenderTexture target;
  care_test::DefaultLookAfter restore;
  storage_test::TempHome home;  // with a practice file, for coding practice's progress page
  std::set<std::string> laid_out;  // the names of the screens laid out so far
  Bench() {
    REQUIRE(target.create(kSize.x, kSize.y));
    write_practice_file(home);
  }

  // The screen on top of `stack` in the four looks: English and German, 100 % and 200 %.
  void check(const std::string& name, ScreenStack& stack) {
    laid_out.insert(name);
    std::set<std::string> english, german;
    for (const std::string lang : {"en", "de"})
      for (int percent : {100, 200}) {
        INFO(name << " in " << lang << " at " << percent << " %");
        const Laid l = layout_test::lay_out(stack, target, lang, percent);
        CHECK(l.texts.size() > 1);
        CHECK(unexpected(name, layout_test::faults(l, kSize)) == "");
        for (const DrawnText& t : l.texts) (lang == "en" ? english : german).insert(t.text);
      }
    // The screen was built once: its words must still follow the language it is drawn in.
    INFO(name << ": the same words in English and German");
    CHECK(english != german);
  }
  // The faults not on the known list (all of them when the list is off).
  std::vector<KnownFault> known;
  std::string unexpected(const std::string& name, const std::string& faults) {
    std::istringstream lines(faults);
    std::string line, out;
    while (std::getline(lines, line)) {
      bool listed = false;
      for (KnownFault& k : known)
        if (name == k.screen && line.find(k.words) != std::string::npos) listed = k.seen = true;
      if (!listed) out += line + "\n";
    }
    return out;
  }
  void check(const std::string& name, std::unique_ptr<Screen> screen) {
    REQUIRE(screen);
    ScreenStack stack;
    stack.push(std::move(screen));
    stack.apply();
    check(name, stack);
  }
  // A picture of `securebase screenshot --screen NAME`, built as the command builds it.
  // `label`: the name it is reported under, when not the screen's own.
  void check_shot(const std::string& name, const sim::SessionConfig& session = {}, double at = 0, const std::string& label = "") {
    ScreenshotRequest r;
    r.screen = name;
    r.at = at;
    AppContext& ctx = app.ctx;
    ctx.session = session;
    ctx.session.ai_child = true;
    ScreenStack stack;
    std::string error;
    INFO(name << ": " << error);
    REQUIRE(push_screenshot_screens(r, ctx, stack, &error));
    check(label.empty() ? name : label, stack);
  }
};

sim::SessionConfig scene(const std::string& id, const std::string& style = "sensitive") {
  sim::SessionConfig c;
  c.scenario = play_test::entry(id).scenario;
  c.caregiver = mind::preset(style);
  c.caregiver_style = style;
  return c;
}

}  // namespace

TEST_CASE("layout: the probe sees a text that runs out of its panel, one on another, and one squeezed to tiny type",
          "[app][layout]") {
  play_test::QuietApp app;
  sf::RenderTexture target;
  REQUIRE(target.create(kSize.x, kSize.y));
  TextRecorder texts;
  PanelRecorder panels(texts);
  {
    Canvas t(target);
    t.set_view(Layout::fit(kSize).canvas_view());
    draw::panel(t, {100, 100, 200, 60}, 10, sf::Color::White, sf::Color::Black, 2, 0);
    sf::Text inside = draw::text(app.ctx.fonts.regular, "fits", 20, 1, sf::Color::Black);
    inside.setPosition(120, 115);
    t.draw(inside);
    sf::Text wide = draw::text(app.ctx.fonts.regular, "a label far too long for this small card", 20, 1, sf::Color::Black);
    wide.setPosition(120, 125);
    t.draw(wide);
    sf::Text squeezed = draw::text(app.ctx.fonts.regular, "Wiedervereinigungs-Skalen", 20, 1, sf::Color::Black);
    play_ui::fit_width(squeezed, 120);
    squeezed.setPosition(400, 300);
    t.draw(squeezed);
    sf::Text a = draw::text(app.ctx.fonts.bold, "1", 30, 1, sf::Color::Black), b = draw::text(app.ctx.fonts.bold, "2", 30, 1, sf::Color::Black);
    a.setPosition(600, 400);
    b.setPosition(606, 400);
    t.draw(a);
    t.draw(b);
  }
  const Laid l{texts.texts(), panels.panels()};
  const std::string found = layout_test::faults(l, kSize);
  CHECK(found.find("\"a label far too long for this small card\" (") != std::string::npos);  // out of its panel
  CHECK(found.find("\"fits\" (") == std::string::npos);
  CHECK(found.find("overlap: \"fits\" and \"a label far") != std::string::npos);
  CHECK(found.find("shrunk to") != std::string::npos);
  CHECK(found.find("Wiedervereinigungs-Skalen") != std::string::npos);
  CHECK(found.find("overlap: \"1\" and \"2\"") != std::string::npos);
  // Drawn at the size it was made at, a text is not squeezed: its em is its character size.
  REQUIRE(l.texts.size() == 5);
  CHECK(l.texts[0].fit == Approx(1));
  CHECK(l.texts[0].size == Approx(20));
  CHECK(l.texts[2].fit < 0.6f);
}

// Issue 15: the trainer's episode numbers ran into each other and its compare header
// shrank to tiny type at 200 %; this test missed both until it checked overlaps and
// squeezed labels. One trial serves all four steps (it used to build sixteen).
TEST_CASE("coding practice's watch, score, compare and progress screens hold at 100 % and 200 % in English and German") {
  Bench bench;
  auto trial = trainer_ui::screenshot_screen("trainer-watch", bench.app.ctx, 0);
  REQUIRE(trial);
  auto* screen = dynamic_cast<trainer_ui::TrialScreen*>(trial.get());
  REQUIRE(screen);
  ScreenStack stack;
  stack.push(std::move(trial));
  stack.apply();
  for (const std::string name : {"trainer-watch", "trainer", "trainer-compare"}) {
    trainer_ui::stage_screenshot(*screen, name);
    bench.check(name, stack);
  }
  bench.check_shot("trainer-progress");
}

TEST_CASE("layout: every screen keeps its text in its panels, apart and full size at 100 % and 200 %, in English and German",
          "[app][layout]") {
  const auto started = std::chrono::steady_clock::now();
  Bench bench;
  bench.known = known_faults();
  AppContext& ctx = bench.app.ctx;

  // The menus and pages (each built once, laid out in the four looks).
  for (const std::string name : {"title", "settings", "controls", "delete-data", "library", "guide", "quiz", "trainer-sets",
                                 "trainer-progress"})
    bench.check_shot(name);

  // The debrief: one played Strange Situation, every page of it.
  {
    ScreenStack stack;
    std::string error;
    ScreenshotRequest r;
    r.screen = "debrief";
    ctx.session = {};
    ctx.session.ai_child = true;
    REQUIRE(push_screenshot_screens(r, ctx, stack, &error));
    auto* debrief = dynamic_cast<debrief::DebriefScreen*>(stack.top());
    REQUIRE(debrief);
    const struct {
      debrief::Page page;
      const char* name;
    } pages[] = {{debrief::Page::Outcome, "debrief"},          {debrief::Page::Scales, "debrief-scales"},
                 {debrief::Page::Timeline, "debrief-timeline"}, {debrief::Page::Later, "debrief-later"},
                 {debrief::Page::Questions, "debrief-questions"}, {debrief::Page::Reflect, "debrief-reflect"}};
    for (const auto& p : pages) {
      debrief->set_page(p.page);
      bench.check(p.name, stack);
    }
  }

  // Compare: the four panes, the facilitator's view of them, and their debriefs side by side.
  {
    ScreenStack stack;
    std::string error;
    ScreenshotRequest r;
    r.screen = "compare";
    ctx.session = {};
    REQUIRE(push_screenshot_screens(r, ctx, stack, &error));
    auto* compare = dynamic_cast<debrief::CompareScreen*>(stack.top());
    REQUIRE(compare);
    bench.check("compare", stack);
    compare->set_facilitator(true);
    bench.check("facilitator", stack);
  }
  bench.check_shot("compare-debrief");

  // Coding practice: one trial, watched, scored, classified and compared.
  {
    ScreenStack stack;
    std::string error;
    ScreenshotRequest r;
    r.screen = "trainer-watch";
    REQUIRE(push_screenshot_screens(r, ctx, stack, &error));
    auto* trial = dynamic_cast<trainer_ui::TrialScreen*>(stack.top());
    INFO("on top: " << play_test::top_name(stack));
    REQUIRE(trial);
    for (const std::string name : {"trainer-watch", "trainer", "trainer-classify", "trainer-compare"}) {
      trainer_ui::stage_screenshot(*trial, name);
      bench.check(name, stack);
    }
  }

  // Playing the caregiver: a scene, the months in minutes, and the caregiver's debrief.
  {
    sim::SessionConfig care = scene("strange-situation");
    care.caregiver_played = true;
    bench.check_shot("play", care, 30, "play-as-caregiver");
    bench.check_shot("first-year", scene("strange-situation"), 6);
    bench.check_shot("caregiver-debrief", scene("strange-situation"));
  }

  // The play flow: the life map, the caregiver (a preset, and custom with its help), the content note.
  {
    const PlayChoice c = play_test::frightening_autoplay();
    bench.check("life-map", std::make_unique<LifeMapScreen>(ctx, 1));
    bench.check("caregiver", std::make_unique<CaregiverSelectScreen>(ctx, c.entry, 0));
    {
      ScreenStack stack, none;
      auto custom = std::make_unique<CaregiverSelectScreen>(ctx, c.entry, 0);
      for (int i = 0; i < 10 && custom->choice().style != "custom"; ++i) custom->on_action(Action::MoveDown, none);
      REQUIRE(custom->choice().style == "custom");
      stack.push(std::move(custom));
      stack.apply();
      bench.check("caregiver-custom", stack);
    }
    bench.check("content-note", std::make_unique<ContentNoteScreen>(ctx, c));
  }

  // A scene: the dialogue box, then pause and the backlog over it.
  {
    ctx.session = scene("strange-situation");
    ctx.session.ai_child = true;
    ScreenStack stack;
    auto play = scenario_screenshot_screen(ctx, 45);
    REQUIRE(play);
    ScenarioScreen* under = play.get();
    stack.push(std::move(play));
    stack.apply();
    bench.check("play", stack);
    stack.push(std::make_unique<PauseScreen>(ctx, under));
    stack.apply();
    bench.check("pause", stack);
    stack.pop();
    stack.apply();
    stack.push(std::make_unique<BacklogScreen>(ctx, *under, under->backlog()));
    stack.apply();
    bench.check("backlog", stack);
  }
  // A prompt under three long choices (grown up at 66 s): the dialogue box and the choice panel at once.
  {
    ctx.session = scene("grown-up");
    ctx.session.ai_child = true;
    auto play = scenario_screenshot_screen(ctx, 66);
    REQUIRE(play);
    CHECK(play->choices().size() >= 2);
    bench.check("play-choices", std::move(play));
  }

  // Every picture `securebase screenshot` can take was laid out here.
  for (const std::string& name : screenshot_screens()) {
    INFO(name << " was not laid out");
    CHECK(bench.laid_out.count(name) == 1);
  }
  // A listed fault that did not show is reported, not failed: the caregiver scene's dialogue
  // at 30 s depends on what ran before in the process, so one entry comes and goes.
  for (const KnownFault& k : bench.known)
    if (!k.seen) WARN("a known fault did not happen; if fixed, take it off layout_known_faults.inc: " << k.screen << ": " << k.words);
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  WARN("laid out " << bench.laid_out.size() << " screens in 4 looks in " << seconds << " s");
}
