// The scene a player left mid-way (saved-play.ini): what is saved comes back exactly,
// only the player can read it, and a damaged file is set aside and reported.
#include <catch2/catch.hpp>

#include "storage/saved_play.hpp"
#include "storage_test_env.hpp"

using namespace sb;
using storage_test::TempHome;

namespace {
storage::SavedPlay a_play() {
  storage::SavedPlay p;
  p.scenario = "park";
  p.style = "rejecting";
  p.surprise = true;
  p.autoplay = false;
  p.tick = 5400;
  p.saved = "2026-12-03T14:10:00Z";
  p.recording = "securebase-replay 1\nscenario park\nseed 18446744073709551615\ninputs\n12 0 0 none -1 0\n";
  p.changed_choices = {"Reach up → Turn away"};
  return p;
}
}  // namespace

TEST_CASE("storage saved play: a saved play comes back exactly and is private", "[storage]") {
  TempHome home;
  const storage::Paths paths = home.paths();
  CHECK_FALSE(load_saved_play(paths).value.has_value()); // nothing saved yet, and no problem
  CHECK_FALSE(load_saved_play(paths).problem.has_value());
  REQUIRE_FALSE(save_play(paths, a_play()).has_value());
  CHECK(storage_test::mode_of(storage::saved_play_file(paths)) == 0600);
  const auto loaded = load_saved_play(paths);
  REQUIRE_FALSE(loaded.problem.has_value());
  REQUIRE(loaded.value.has_value());
  CHECK(*loaded.value == a_play());
}

TEST_CASE("storage saved play: forgetting removes the slot", "[storage]") {
  TempHome home;
  const storage::Paths paths = home.paths();
  REQUIRE_FALSE(save_play(paths, a_play()).has_value());
  REQUIRE_FALSE(forget_saved_play(paths).has_value());
  CHECK_FALSE(std::filesystem::exists(storage::saved_play_file(paths)));
  CHECK_FALSE(forget_saved_play(paths).has_value()); // twice is fine
}

TEST_CASE("storage saved play: a play that would not read back is not written", "[storage]") {
  TempHome home;
  storage::SavedPlay p = a_play();
  p.scenario = "the park"; // a space: not an id
  const auto problem = save_play(home.paths(), p);
  REQUIRE(problem.has_value());
  CHECK(problem->kind == storage::Problem::Kind::CouldNotSave);
  CHECK_FALSE(std::filesystem::exists(storage::saved_play_file(home.paths())));
}

TEST_CASE("storage saved play: a damaged save is set aside byte for byte and reported", "[storage]") {
  TempHome home;
  const storage::Paths paths = home.paths();
  REQUIRE_FALSE(save_play(paths, a_play()).has_value());
  std::string text = storage_test::read_bytes(storage::saved_play_file(paths));
  const auto at = text.find("tick = 5400");
  REQUIRE(at != std::string::npos);
  text.replace(at, 11, "tick = lots");
  storage_test::write_bytes(storage::saved_play_file(paths), text);

  const auto loaded = load_saved_play(paths);
  CHECK_FALSE(loaded.value.has_value());
  REQUIRE(loaded.problem.has_value());
  CHECK(loaded.problem->kind == storage::Problem::Kind::Damaged);
  CHECK_FALSE(std::filesystem::exists(storage::saved_play_file(paths)));
  REQUIRE_FALSE(loaded.problem->moved_to.empty());
  CHECK(storage_test::read_bytes(loaded.problem->moved_to) == text);
  CHECK(loaded.problem->moved_to.filename().string().rfind("saved-play.ini.damaged-", 0) == 0);
}
