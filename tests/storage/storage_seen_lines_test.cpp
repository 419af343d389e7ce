// Lines already read (seen-lines.ini): remembered across plays, private, strict.
#include <catch2/catch.hpp>

#include "storage/seen_lines.hpp"
#include "storage_test_env.hpp"

using namespace sb;
using storage_test::TempHome;

TEST_CASE("storage seen lines: lines read survive a save and load, per scenario, and are private", "[storage]") {
  TempHome home;
  storage::SeenLines seen;
  CHECK(seen.mark("park", "park.arrive.intro"));
  CHECK_FALSE(seen.mark("park", "park.arrive.intro")); // already read
  CHECK(seen.mark("park", "park.dog.bark"));
  CHECK(seen.mark("bedtime", "bedtime.lights.out"));
  CHECK_FALSE(seen.mark("park", "not an id"));
  REQUIRE_FALSE(save_seen_lines(home.paths(), seen).has_value());
  CHECK(storage_test::mode_of(storage::seen_lines_file(home.paths())) == 0600);
  const auto back = load_seen_lines(home.paths());
  REQUIRE_FALSE(back.problem.has_value());
  CHECK(back.value == seen);
  CHECK(back.value.seen("park", "park.dog.bark"));
  CHECK_FALSE(back.value.seen("bedtime", "park.dog.bark"));
  CHECK(back.value.count("park") == 2);
}

TEST_CASE("storage seen lines: a damaged file is set aside byte for byte and reported", "[storage]") {
  TempHome home;
  const std::string text = "kind = \"seen-lines\"\nformat = 1\n[[scenario]]\nid = \"park\"\nlines = [\"ok.line\", \"a space\"]\n";
  storage_test::write_bytes(storage::seen_lines_file(home.paths()), text);
  const auto loaded = load_seen_lines(home.paths());
  REQUIRE(loaded.problem.has_value());
  CHECK(loaded.problem->kind == storage::Problem::Kind::Damaged);
  CHECK(loaded.value.by_scenario.empty());
  REQUIRE_FALSE(loaded.problem->moved_to.empty());
  CHECK(storage_test::read_bytes(loaded.problem->moved_to) == text);
}
