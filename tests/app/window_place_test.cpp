// The window opens centred on the screen, never partly off it.
#include <catch2/catch.hpp>

#include "app/platform/window_place.hpp"

using sb::app::centred_position;

TEST_CASE("a new window is centred on the screen, and a window larger than the screen keeps its top-left corner on it") {
  CHECK(centred_position({1920, 1080}, {1280, 720}) == sf::Vector2i(320, 180));
  CHECK(centred_position({1280, 720}, {1280, 720}) == sf::Vector2i(0, 0));
  CHECK(centred_position({1366, 768}, {1280, 720}) == sf::Vector2i(43, 24));
  CHECK(centred_position({1024, 600}, {1280, 720}) == sf::Vector2i(0, 0));
}
