// The play screen drives the session through the real input path.
#include <catch2/catch.hpp>

#include "app/platform/app_context.hpp"
#include "app/render/camera.hpp"
#include "app/screens/play/play_screen.hpp"
#include "app/art/room_art.hpp"
#include "app/screens/screen_stack.hpp"

using namespace sb::app;

namespace {
sf::Event key(sf::Keyboard::Key k, bool down) {
  sf::Event e;
  e.type = down ? sf::Event::KeyPressed : sf::Event::KeyReleased;
  e.key = {k, false, false, false, false};
  return e;
}
sb::world::Vec2 where(PlayScreen& p, const std::string& id) {
  for (const auto& a : p.session().agents())
    if (a.id == id) return a.position;
  FAIL("no agent " << id);
  return {};
}
}  // namespace

TEST_CASE("holding D walks the child right and it pushes the ball in its way") {
  Audio audio(false);
  AppContext ctx;
  ctx.audio = &audio;
  PlayScreen play(ctx);
  ScreenStack stack;
  InputMapper in;
  const auto start = where(play, "child");
  const auto ball_start = play.session().toys().at(0).position;
  REQUIRE(play.session().toys().at(0).id == "ball");
  in.on_event(key(sf::Keyboard::D, true));
  for (int i = 0; i < 120; ++i) play.tick(in, stack);
  const auto moved = where(play, "child");
  CHECK(moved.x > start.x + 1.0f);
  CHECK(std::abs(moved.y - start.y) < 0.3f);
  const auto ball = play.session().toys().at(0).position;
  CHECK(ball.x > ball_start.x + 0.2f);
  in.on_event(key(sf::Keyboard::D, false));
  for (int i = 0; i < 60; ++i) play.tick(in, stack);
  const auto stopped = where(play, "child");
  for (int i = 0; i < 30; ++i) play.tick(in, stack);
  CHECK(std::abs(where(play, "child").x - stopped.x) < 0.02f);
}

TEST_CASE("walls stop the child") {
  Audio audio(false);
  AppContext ctx;
  ctx.audio = &audio;
  PlayScreen play(ctx);
  ScreenStack stack;
  InputMapper in;
  in.on_event(key(sf::Keyboard::W, true));
  for (int i = 0; i < 60 * 8; ++i) play.tick(in, stack);
  const auto c = where(play, "child");
  CHECK(c.y > 0.1f); // the room's top wall is at y = 0
  CHECK(c.y < 1.0f);
}

TEST_CASE("the camera eases towards the child and stays inside the room") {
  Camera cam;
  cam.configure({0, 0}, {2000, 1000}, {1000, 500});
  cam.snap({600, 400});
  cam.tick({900, 400}, 1.0 / 60);
  const float first = cam.at(1.0).x;
  CHECK(first > 600);
  CHECK(first < 700); // a glide, not a jump
  CHECK(cam.at(0.0).x == Approx(600)); // alpha 0 is the previous tick
  for (int i = 0; i < 600; ++i) cam.tick({900, 400}, 1.0 / 60);
  CHECK(cam.at(1.0).x == Approx(900).margin(0.5));
  cam.snap({0, 0});
  CHECK(cam.at(1.0).x == Approx(500)); // half the view from the room's edge
  CHECK(cam.at(1.0).y == Approx(250));
}

TEST_CASE("the letterbox maps window pixels back to the 1280x720 canvas") {
  const Layout wide = Layout::fit({1920, 1080});
  CHECK(wide.ui_scale == Approx(1.5f));
  CHECK(wide.to_canvas({960, 540}).x == Approx(640));
  const Layout tall = Layout::fit({1280, 1024}); // bars above and below
  CHECK(tall.ui_scale == Approx(1.0f));
  CHECK(tall.viewport.top > 0.1f);
  CHECK(tall.to_canvas({0, 152}).y == Approx(0).margin(0.5));
}
