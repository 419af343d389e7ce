#pragma once
// A picture through the same path as `securebase screenshot` (needs a display;
// ctest runs under Xvfb): the test fails with the reason when none can be taken.
#include <catch2/catch.hpp>

#include <string>

#include "app/game_app.hpp"

namespace sb::test {

inline sf::Image shot(const std::string& screen, double at = 0) {
  sb::app::ScreenshotRequest r;
  r.screen = screen;
  r.at = at;
  std::string error;
  auto img = sb::app::render_screenshot(r, &error);
  INFO(error);
  REQUIRE(img.has_value());
  return *img;
}

}  // namespace sb::test
