// The park and the school yard look like outdoor places: grass (or a playground)
// instead of the indoor plank floor, a sandpit and hopscotch where the regions
// are, a park bench instead of a sofa, and the indoor rooms exactly as before.
// Renders under Xvfb like the other screenshot tests.
#include <catch2/catch.hpp>

#include <functional>

#include "app/render/canvas.hpp"
#include "app/art/outdoor_ground.hpp"
#include "app/art/outdoor_palette.hpp"
#include "app/art/palette.hpp"
#include "app/game_app.hpp"
#include "app/art/room_art.hpp"
#include "pixel_checks.hpp"
#include "play_helpers.hpp"
#include "mind/caregiver_params.hpp"
#include "sim/scenario_room.hpp"

using namespace sb::app;
using sb::test::distance;
namespace pal = sb::app::palette;

namespace {

sb::world::RoomDef room_of(const std::string& id) { return sb::sim::room_from_scenario(*play_test::entry(id).scenario); }

// Paints `area` (world pixels) at one pixel per unit, the way a cached layer does.
sf::Image paint(sf::FloatRect area, const std::function<void(Canvas&)>& painter) {
  sf::RenderTexture target;
  REQUIRE(target.create(static_cast<unsigned>(area.width), static_cast<unsigned>(area.height)));
  target.clear(sf::Color::Transparent);
  target.setView(sf::View(area));
  {
    Canvas c(target);
    painter(c);
  }
  target.display();
  return target.getTexture().copyToImage();
}

sf::Image floor_of(const sb::world::RoomDef& room) {
  return paint(room_art_area(room), [&](Canvas& c) { draw_room_floor(c, room); });
}

// Share of the sampled pixels inside `px` (image pixels) for which `pick` holds.
double share(const sf::Image& img, sf::FloatRect px, const std::function<bool(sf::Color)>& pick) {
  int yes = 0, all = 0;
  for (float y = px.top; y < px.top + px.height; y += 3)
    for (float x = px.left; x < px.left + px.width; x += 3) {
      if (x < 0 || y < 0 || x >= float(img.getSize().x) || y >= float(img.getSize().y)) continue;
      ++all;
      yes += pick(img.getPixel(unsigned(x), unsigned(y))) ? 1 : 0;
    }
  return all ? double(yes) / all : 0;
}

// Where a world rectangle (metres) lands in an image painted over room_art_area.
sf::FloatRect in_image(const sb::world::RoomDef& room, sf::FloatRect metres) {
  const sf::FloatRect area = room_art_area(room);
  return {metres.left * kPixelsPerMetre - area.left, metres.top * kPixelsPerMetre - area.top, metres.width * kPixelsPerMetre,
          metres.height * kPixelsPerMetre};
}

bool greenish(sf::Color c) { return c.g > c.r + 12 && c.g > c.b + 12; }
// The plank floor is flat kFloor with kFloorPlank joints; sand and gravel are near but not on it.
bool floor_like(sf::Color c) { return distance(c, pal::kFloor) < 6 || distance(c, pal::kFloorPlank) < 6; }

}  // namespace

TEST_CASE("only the park and the school yard count as outdoors, from their regions") {
  for (const ScenarioEntry& e : scenario_list()) {
    INFO(e.id);
    const bool outside = e.id == "park" || e.id == "first-day";
    CHECK(is_outdoors(sb::sim::room_from_scenario(*e.scenario)) == outside);
  }
  CHECK_FALSE(is_outdoors(sb::world::playroom()));
  CHECK_FALSE(has_hard_ground(room_of("park")));
  CHECK(has_hard_ground(room_of("first-day"))); // the classroom door opens onto the yard
}

TEST_CASE("the park's ground is green grass with a sandpit, not the indoor plank floor") {
  const auto room = room_of("park");
  const sf::Image img = floor_of(room);
  const sf::FloatRect whole = in_image(room, {0, 0, room.width, room.height});
  const double green = share(img, whole, greenish), planks = share(img, whole, floor_like);
  INFO("green " << green << ", plank-coloured " << planks);
  CHECK(green > 0.6);
  CHECK(planks < 0.02);
  // The sandpit region is sand, inside a wooden frame.
  const auto* sandpit = &room.regions.front();
  for (const auto& g : room.regions)
    if (g.id == "sandpit") sandpit = &g;
  REQUIRE(sandpit->id == "sandpit");
  const sf::FloatRect sand = in_image(room, {sandpit->rect.x + 0.5f, sandpit->rect.y + 0.5f, sandpit->rect.w - 1, sandpit->rect.h - 1});
  CHECK(share(img, sand, [](sf::Color c) { return distance(c, sb::app::outdoor::sand()) < 40; }) > 0.5);
  CHECK(share(img, sand, greenish) < 0.05);
}

TEST_CASE("the school yard is a playground with hopscotch painted on it") {
  const auto room = room_of("first-day");
  const sf::Image img = floor_of(room);
  const sf::FloatRect whole = in_image(room, {0, 0, room.width, room.height});
  const double tarmac = share(img, whole, [](sf::Color c) { return distance(c, sb::app::outdoor::tarmac()) < 30; });
  INFO("tarmac " << tarmac);
  CHECK(tarmac > 0.5);
  CHECK(share(img, whole, floor_like) < 0.02);
  for (const auto& g : room.regions)
    if (g.id == "hopscotch") {
      // Chalk lines and coloured squares: a good part of the region is painted, not bare tarmac.
      const sf::FloatRect r = in_image(room, {g.rect.x, g.rect.y, g.rect.w, g.rect.h});
      CHECK(share(img, r, [](sf::Color c) { return c.r > 240 && c.g > 236 && c.b > 226; }) > 0.04);
      CHECK(share(img, r, [](sf::Color c) { return distance(c, sb::app::outdoor::tarmac()) > 45; }) > 0.15);
    }
}

TEST_CASE("the indoor rooms keep their plank floor") {
  for (const char* id : {"strange-situation", "bedtime"}) {
    INFO(id);
    const auto room = room_of(id);
    const sf::Image img = floor_of(room);
    CHECK(share(img, in_image(room, {0, 0, room.width, room.height}), floor_like) > 0.5);
  }
}

TEST_CASE("a bench is a park bench of wooden slats, not a cushioned sofa") {
  sb::world::ObstacleDef bench{"bench", "bench", {1, 1, 2.4f, 0.6f}};
  sb::world::ObstacleDef sofa{"sofa", "sofa", {1, 1, 2.4f, 0.6f}};
  const sf::Image b = paint(obstacle_art_area(bench), [&](Canvas& c) { draw_obstacle(c, bench); });
  const sf::Image s = paint(obstacle_art_area(sofa), [&](Canvas& c) { draw_obstacle(c, sofa); });
  const sf::FloatRect all_b{0, 0, float(b.getSize().x), float(b.getSize().y)}, all_s{0, 0, float(s.getSize().x), float(s.getSize().y)};
  auto cushion = [](sf::Color c) { return c.a > 200 && distance(c, pal::kCushion) < 30; };
  auto wood = [](sf::Color c) { return c.a > 200 && (distance(c, pal::kWood) < 24 || distance(c, pal::mix(pal::kWood, sf::Color::White, 0.16f)) < 24); };
  CHECK(share(s, all_s, cushion) > 0.05);
  CHECK(share(b, all_b, cushion) == 0);
  CHECK(share(b, all_b, wood) > 0.05);
}

TEST_CASE("the park's trees have leafy crowns above their trunks") {
  const auto room = room_of("park");
  for (const auto& o : room.obstacles) {
    if (o.kind != "tree") continue;
    INFO(o.id);
    const sf::FloatRect area = obstacle_art_area(o);
    const sf::Image img = paint(area, [&](Canvas& c) { draw_obstacle(c, o); });
    // Above the footprint, where a box would be empty: leaves.
    const sf::FloatRect above{o.rect.x * kPixelsPerMetre - area.left, 0, o.rect.w * kPixelsPerMetre, o.rect.y * kPixelsPerMetre - area.top};
    CHECK(share(img, above, [](sf::Color c) { return c.a > 200 && greenish(c); }) > 0.3);
  }
}

TEST_CASE("outdoor art is the same every time it is painted") {
  const auto room = room_of("park");
  const sf::Image a = floor_of(room), b = floor_of(room);
  REQUIRE(a.getSize() == b.getSize());
  CHECK(std::equal(a.getPixelsPtr(), a.getPixelsPtr() + a.getSize().x * a.getSize().y * 4, b.getPixelsPtr()));
}

TEST_CASE("the park's screenshot is mostly green grass, the playroom's mostly floor") {
  auto frame = [](const std::string& id) {
    ScreenshotRequest r;
    r.screen = "play";
    r.session.scenario = play_test::entry(id).scenario;
    r.session.caregiver = sb::mind::preset("sensitive");
    r.session.caregiver_style = "sensitive";
    r.session.seed = 3;
    r.session.ai_child = true;
    r.at = 20;
    std::string error;
    auto img = render_screenshot(r, &error);
    INFO(error);
    REQUIRE(img);
    return *img;
  };
  const sf::Image park = frame("park"), room = frame("strange-situation");
  const sf::FloatRect all{0, 0, 1280, 720};
  // The shader may soften colours a little and the story's panels cover the lower part;
  // grass stays green, planks stay planks.
  const double park_green = share(park, all, greenish), room_green = share(room, all, greenish);
  INFO("park green " << park_green << ", playroom green " << room_green);
  CHECK(park_green > 0.3);
  CHECK(room_green < 0.2);
}

