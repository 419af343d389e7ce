// Screenshots of the debrief, compare and library screens through the same path
// as `securebase screenshot --screen NAME` (ctest runs under Xvfb): the picture
// is 1280x720 and things are drawn where they should be.
#include <catch2/catch.hpp>

#include "text/strings.hpp"

#include <chrono>
#include <cmath>
#include <set>

#include "screenshot_shot.hpp"
#include "app/report/chart_picture.hpp"
#include "report/charts.hpp"
#include "app/screens/compare/compare_screen.hpp"
#include "app/screens/debrief/debrief_screen.hpp"
#include "app/screens/library/library_screen.hpp"
#include "app/platform/audio.hpp"
#include "app/screens/debrief/screenshots.hpp"
#include "app/platform/fonts.hpp"
#include "app/game_app.hpp"
#include "app/screens/screen_stack.hpp"
#include "app/art/palette.hpp"

using namespace sb::app;
using namespace sb::text;
namespace pal = sb::app::palette;

namespace {
float dist(sf::Color a, sf::Color b) {
  const float dr = float(a.r) - float(b.r), dg = float(a.g) - float(b.g), db = float(a.b) - float(b.b);
  return std::sqrt(dr * dr + dg * dg + db * db);
}
sf::Image shot(const std::string& screen, double at = 0) {
  sf::Image img = sb::test::shot(screen, at);
  REQUIRE(img.getSize() == sf::Vector2u(1280, 720));
  return img;
}
// Share of sampled pixels in `r` within `tol` of `c`.
double share(const sf::Image& img, sf::FloatRect r, sf::Color c, float tol) {
  int hit = 0, all = 0;
  for (float y = r.top; y < r.top + r.height; y += 2)
    for (float x = r.left; x < r.left + r.width; x += 2, ++all)
      hit += dist(img.getPixel(unsigned(x), unsigned(y)), c) < tol;
  return all ? double(hit) / all : 0;
}
// How many distinct coarse colours a region holds (a drawn scene has many, a blank panel few).
int colours(const sf::Image& img, sf::FloatRect r) {
  std::set<int> seen;
  for (float y = r.top; y < r.top + r.height; y += 3)
    for (float x = r.left; x < r.left + r.width; x += 3) {
      const sf::Color c = img.getPixel(unsigned(x), unsigned(y));
      seen.insert((c.r / 16) * 256 + (c.g / 16) * 16 + c.b / 16);
    }
  return static_cast<int>(seen.size());
}
}  // namespace

TEST_CASE("the debrief screenshot shows the pattern in its colour and the reasons with paper elsewhere") {
  const sf::Image img = shot("debrief");
  // The pattern's name is written in one of the four pattern colours.
  double best = 0;
  for (auto p : {sb::mind::Pattern::Secure, sb::mind::Pattern::Avoidant, sb::mind::Pattern::Anxious, sb::mind::Pattern::Disorganized})
    best = std::max(best, share(img, debrief::DebriefScreen::pattern_name_region(), to_sf(sb::report::chart_colours::pattern(p)), 40));
  CHECK(best > 0.04);
  // The reasons panel holds ink (time badges and text).
  CHECK(share(img, debrief::DebriefScreen::reasons_panel(), pal::kInk, 50) > 0.03);
  // The page's top-right corner is plain paper: nothing spills there.
  CHECK(dist(img.getPixel(1260, 30), pal::kPaper) < 30);
}

TEST_CASE("the debrief's chart pages show the charts inside their frame") {
  const sf::Image scales = shot("debrief-scales");
  const sf::FloatRect r = debrief::DebriefScreen::chart_region();
  // The four scale colours appear (legend and bars); the played reunions' seeking bars are solid and tall.
  for (sf::Color c : {to_sf(sb::report::chart_colours::kSeeking), to_sf(sb::report::chart_colours::kMaintaining), to_sf(sb::report::chart_colours::kResistance),
                      to_sf(sb::report::chart_colours::kAvoidance)})
    CHECK(share(scales, r, c, 12) > 0.0002);
  CHECK(share(scales, {r.left + 44, r.top + 60, 260, 330}, to_sf(sb::report::chart_colours::kSeeking), 12) > 0.02);
  const sf::Image timeline = shot("debrief-timeline");
  CHECK(share(timeline, r, to_sf(sb::report::chart_colours::kArousal), 20) > 0.002);
  CHECK(share(timeline, r, to_sf(sb::report::chart_colours::kDistance), 20) > 0.001);
}

TEST_CASE("the compare screenshot shows four live panes with big labels") {
  const sf::Image img = shot("compare", 30);
  for (int i = 0; i < 4; ++i) {
    const sf::FloatRect pane = debrief::CompareScreen::pane_rect(i);
    INFO("pane " << i);
    CHECK(colours(img, pane) > 40); // a drawn room, not an empty box
    // The caregiver's label: a paper pill with ink letters at the pane's bottom left.
    const sf::FloatRect label{pane.left + 14, pane.top + pane.height - 54, 120, 40};
    CHECK(share(img, label, pal::kInk, 60) > 0.05);
    CHECK(share(img, label, pal::kPaper, 30) > 0.2);
  }
  // The frame between the panes is the dark background.
  CHECK(dist(img.getPixel(640, 360), sf::Color(64, 52, 58)) < 20);
}

TEST_CASE("the library screenshot shows the glossary list and a definition") {
  const sf::Image img = shot("library");
  CHECK(share(img, debrief::LibraryScreen::term_list(), pal::kInk, 60) > 0.02);
  const sf::FloatRect def = debrief::LibraryScreen::definition_panel();
  CHECK(share(img, {def.left + 30, def.top + 24, 400, 44}, pal::kInk, 60) > 0.05); // the term's name
  CHECK(share(img, {def.left + 30, def.top + 90, 700, 200}, pal::kInk, 60) > 0.03); // its text
  const sf::Image guide = shot("guide");
  for (int i = 0; i < 8; ++i) CHECK(colours(guide, debrief::LibraryScreen::guide_panel(i)) > 12); // each episode drawn
}

// Not a pass/fail test: steady frame times of the debrief and compare screens, for the issue note.
// Run with: test_app "[.bench]"
TEST_CASE("frame times of the debrief and compare screens", "[.bench]") {
  Audio silent(false);
  AppContext ctx;
  ctx.audio = &silent;
  REQUIRE(load_fonts(ctx.fonts));
  sf::RenderTexture target;
  REQUIRE(target.create(1280, 720));
  const Layout layout = Layout::fit({1280, 720});
  auto measure = [&](Screen& screen, const char* what, bool ticking) {
    InputMapper input;
    ScreenStack stack;
    screen.draw(target, layout, 1.0); // warm-up: textures and glyphs
    const int frames = 120;
    const auto t0 = std::chrono::steady_clock::now();
    for (int i = 0; i < frames; ++i) {
      if (ticking) screen.tick(input, stack);
      target.clear();
      screen.draw(target, layout, 1.0);
      target.display();
    }
    const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count() / frames;
    WARN(what << ": " << ms << " ms per frame (" << 1000.0 / ms << " fps)");
  };
  for (debrief::Page page : {debrief::Page::Outcome, debrief::Page::Scales, debrief::Page::Timeline, debrief::Page::Later}) {
    auto screen = debrief::screenshot_screen("debrief", ctx, 0);
    auto* d = dynamic_cast<debrief::DebriefScreen*>(screen.get());
    REQUIRE(d);
    d->set_page(page);
    measure(*d, page == debrief::Page::Outcome ? "debrief (outcome)" : page == debrief::Page::Scales ? "debrief (scales)"
                : page == debrief::Page::Timeline ? "debrief (timeline)" : "debrief (later in life)", false);
  }
  debrief::CompareScreen compare(ctx, "strange-situation", 7);
  compare.advance(600);
  measure(compare, "compare, four panes ticking at x1", true);
}
