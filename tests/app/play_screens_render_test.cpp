// The flow's screens drawn at 1280x720 and 1920x1080: ink where the words are,
// paper around them. With SB_PLAY_SHOT_DIR set, the pictures are also written
// there as PNGs, to look at.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <functional>

#include "app/screens/play/caregiver_select_screen.hpp"
#include "app/screens/play/content_note_screen.hpp"
#include "app/screens/play/epilogue_screen.hpp"
#include "app/screens/play/life_map_screen.hpp"
#include "app/screens/play/scenario_screen.hpp"
#include "app/art/palette.hpp"
#include "play_helpers.hpp"

using namespace sb::app;

namespace {

sf::Image draw_at(Screen& s, sf::Vector2u size) {
  sf::RenderTexture target;
  REQUIRE(target.create(size.x, size.y));
  target.clear(sf::Color(40, 32, 38));
  s.draw(target, Layout::fit(size), 1.0);
  target.display();
  return target.getTexture().copyToImage();
}

// Share of sampled pixels in a canvas rectangle that are dark ink (text, outlines).
double ink(const sf::Image& img, sf::FloatRect canvas) {
  const float k = img.getSize().x / 1280.f;
  int dark = 0, n = 0;
  for (float y = canvas.top; y < canvas.top + canvas.height; y += 2)
    for (float x = canvas.left; x < canvas.left + canvas.width; x += 2, ++n) {
      const sf::Color c = img.getPixel(unsigned(x * k), unsigned(y * k));
      if (c.r + c.g + c.b < 3 * 130) ++dark;
    }
  return n ? double(dark) / n : 0;
}

void keep(const sf::Image& img, const std::string& name) {
  if (const char* dir = std::getenv("SB_PLAY_SHOT_DIR"); dir && *dir) img.saveToFile(std::string(dir) + "/" + name + ".png");
}

}  // namespace

TEST_CASE("the life map, caregiver, content note and epilogue screens draw their words at both sizes") {
  play_test::QuietApp app;
  AppContext& ctx = app.ctx;
  PlayChoice c;
  c.entry = play_test::entry("strange-situation");
  c.style = "frightening";
  c.params = sb::mind::preset("frightening");
  c.autoplay = true;
  c.seed = 4;

  LifeMapScreen map(ctx, 1);
  CaregiverSelectScreen care(ctx, c.entry, 0);
  ContentNoteScreen note(ctx, c);
  // A finished scene for the epilogue.
  ScenarioScreen play(ctx, c);
  play.advance(60 * 60 * 12);
  REQUIRE(play.session().ended());
  PlayResult result;
  result.choice = c;
  result.recording = play.recording();
  result.session = std::make_unique<sb::sim::Session>(play.session().config());
  for (const auto& run : play.recording().inputs)
    for (std::uint32_t i = 0; i < run.count; ++i) result.session->step(run.input);
  REQUIRE(result.session->ended());
  EpilogueScreen epilogue(ctx, std::move(result));

  const struct { Screen* screen; const char* name; sf::FloatRect words; } screens[] = {
      {&map, "life-map", {60, 28, 500, 50}},
      {&care, "caregiver", {60, 26, 500, 50}},
      {&note, "content-note", {210, 64, 400, 40}},
      {&epilogue, "epilogue", {190, 124, 600, 40}},
  };
  for (const auto& s : screens)
    for (sf::Vector2u size : {sf::Vector2u{1280, 720}, sf::Vector2u{1920, 1080}}) {
      INFO(s.name << " at " << size.x);
      const sf::Image img = draw_at(*s.screen, size);
      keep(img, std::string(s.name) + "-" + std::to_string(size.x));
      CHECK(ink(img, s.words) > 0.04);
      // A corner of the page is paper, not ink.
      CHECK(ink(img, {4, 700, 30, 14}) < 0.05);
    }
}

TEST_CASE("scenario screenshots at 1920x1080 keep the same layout") {
  play_test::QuietApp app;
  AppContext& ctx = app.ctx;
  for (const char* style : {"frightening"}) { // one style keeps the X connections this opens few
    for (const ScenarioEntry& e : scenario_list()) {
      PlayChoice c;
      c.entry = e;
      c.style = style;
      c.params = sb::mind::preset(style);
      c.autoplay = true;
      c.seed = 9;
      ScenarioScreen play(ctx, c);
      play.advance(60 * 90);
      play.set_inside_view(true);
      const sf::Image small = draw_at(play, {1280, 720});
      const sf::Image big = draw_at(play, {1920, 1080});
      keep(small, "play-" + e.id + "-" + style + "-1280");
      keep(big, "play-" + e.id + "-" + style + "-1920");
      // The scene-name label in the top-left corner is where it should be at both sizes.
      INFO(e.id << " " << style);
      CHECK(std::abs(ink(small, {16, 14, 160, 34}) - ink(big, {16, 14, 160, 34})) < 0.08);
    }
  }
}
