// Progress and reflections: round trips, recording, and strictness: anything
// odd sets the whole file aside rather than dropping a record.
#include <catch2/catch.hpp>

#include "storage/progress_store.hpp"
#include "storage/reflections_store.hpp"
#include "storage/timestamp.hpp"
#include "storage_test_env.hpp"

using namespace sb::storage;
using namespace sb::storage_test;

TEST_CASE("storage progress: played scenarios and outcomes survive a save and load", "[storage]") {
  TempHome home;
  Progress p;
  REQUIRE(p.record_played("strange_situation", "2026-11-01T10:00:00Z"));
  REQUIRE(p.record_outcome("strange_situation", "comforted_quickly", "2026-11-01T10:05:00Z"));
  REQUIRE(p.record_played("strange_situation", "2026-11-03T18:30:00Z"));
  REQUIRE(p.record_outcome("strange_situation", "comforted_quickly", "2026-11-03T18:40:00Z"));
  REQUIRE(p.record_outcome("strange_situation", "stayed_close", "2026-11-03T18:41:00Z"));
  REQUIRE(p.record_played("bedtime", "2026-11-04T20:00:00Z"));
  REQUIRE(p.record_outcome("not_played_yet", "glimpsed", "2026-11-05T08:00:00Z"));

  const ScenarioProgress* ss = p.find("strange_situation");
  REQUIRE(ss);
  CHECK(ss->times_played == 2);
  CHECK(ss->first_played == "2026-11-01T10:00:00Z");
  CHECK(ss->last_played == "2026-11-03T18:30:00Z");
  REQUIRE(ss->find("comforted_quickly"));
  CHECK(ss->find("comforted_quickly")->times_seen == 2);
  CHECK(ss->find("comforted_quickly")->first_seen == "2026-11-01T10:05:00Z");

  REQUIRE_FALSE(save_progress(home.paths(), p));
  const auto loaded = load_progress(home.paths());
  CHECK_FALSE(loaded.problem);
  CHECK(loaded.from_file);
  CHECK(loaded.value == p);
}

TEST_CASE("storage progress: bad ids and times are refused when recording", "[storage]") {
  Progress p;
  CHECK_FALSE(p.record_played("has space", "2026-11-01T10:00:00Z"));
  CHECK_FALSE(p.record_played("ok", "2026-02-30T10:00:00Z"));
  CHECK_FALSE(p.record_outcome("ok", "", "2026-11-01T10:00:00Z"));
  CHECK(p.scenarios.empty());
  CHECK(p.record_played("ok"));  // now
  CHECK(is_iso_utc(p.find("ok")->last_played));
}

TEST_CASE("storage progress: a progress value that would not read back is not written", "[storage]") {
  TempHome home;
  Progress good;
  good.record_played("fine", "2026-11-01T10:00:00Z");
  REQUIRE_FALSE(save_progress(home.paths(), good));
  Progress bad = good;
  bad.scenarios.push_back(ScenarioProgress{"two words", 1, "2026-11-01T10:00:00Z", "2026-11-01T10:00:00Z", {}});
  const auto problem = save_progress(home.paths(), bad);
  REQUIRE(problem);
  CHECK(problem->kind == Problem::Kind::CouldNotSave);
  CHECK(load_progress(home.paths()).value == good);  // the old file is untouched
}

TEST_CASE("storage progress: a record with a broken date sets the whole file aside, byte for byte", "[storage]") {
  TempHome home;
  Progress p;
  p.record_played("a", "2026-11-01T10:00:00Z");
  p.record_played("b", "2026-11-01T11:00:00Z");
  std::string text = progress_to_text(p);
  text.replace(text.find("2026-11-01T11:00:00Z"), 20, "yesterday afternoon!");
  write_bytes(home.paths().progress_file(), text);

  const auto loaded = load_progress(home.paths());
  REQUIRE(loaded.problem);
  CHECK(loaded.problem->kind == Problem::Kind::Damaged);
  CHECK(loaded.problem->line > 0);
  CHECK(loaded.value == Progress{});
  CHECK_FALSE(std::filesystem::exists(home.paths().progress_file()));
  CHECK(read_bytes(loaded.problem->moved_to) == text);
}

TEST_CASE("storage reflections: the player's words survive exactly, whatever they contain", "[storage]") {
  TempHome home;
  Reflections r;
  REQUIRE(r.add("strange_situation", "reunion_feeling",
                "When she came back I wanted to hide.\nThen I didn't.\n\n\"Safe\", I think — and 安心.\t(tab)",
                "2026-11-29T09:30:00Z"));
  REQUIRE(r.add("strange_situation", "what_helped", "", "2026-11-29T09:31:00Z"));
  REQUIRE(r.add("bedtime", "what_helped", "  spaces around  ", "2026-11-30T21:00:00Z"));
  CHECK_FALSE(r.add("bedtime", "bad prompt", "x", "2026-11-30T21:00:00Z"));
  CHECK_FALSE(r.add("bedtime", "p", std::string(kMaxReflectionBytes + 1, 'x'), "2026-11-30T21:00:00Z"));
  CHECK(r.for_scenario("strange_situation").size() == 2);

  REQUIRE_FALSE(save_reflections(home.paths(), r));
  const auto loaded = load_reflections(home.paths());
  CHECK_FALSE(loaded.problem);
  CHECK(loaded.value == r);
}

TEST_CASE("storage reflections: a damaged file is set aside, reported and kept byte for byte", "[storage]") {
  TempHome home;
  Reflections r;
  r.add("s1", "p1", "something private", "2026-11-29T09:30:00Z");
  std::string text = reflections_to_text(r);
  text += "[reflection]\nscenario = s2\ntext = \"cut off in the midd";  // as if a crash had truncated it
  write_bytes(home.paths().reflections_file(), text);

  const auto loaded = load_reflections(home.paths());
  REQUIRE(loaded.problem);
  CHECK(loaded.problem->kind == Problem::Kind::Damaged);
  CHECK(loaded.problem->file == home.paths().reflections_file());
  // The note before the break is kept; only the cut-off one is lost.
  REQUIRE(loaded.value.entries.size() == 1);
  CHECK(loaded.value.entries[0].text == "something private");
  CHECK(read_bytes(loaded.problem->moved_to) == text);
  CHECK(loaded.problem->describe().find(loaded.problem->moved_to.string()) != std::string::npos);
  CHECK(loaded.problem->player_message().find(loaded.problem->moved_to.string()) != std::string::npos);
  // The game carries on: the next save writes a fresh file beside the kept copy.
  REQUIRE_FALSE(save_reflections(home.paths(), Reflections{}));
  CHECK(read_bytes(loaded.problem->moved_to) == text);
}

TEST_CASE("storage timestamps: the UTC shape is checked, calendar included", "[storage]") {
  CHECK(is_iso_utc("2024-02-29T23:59:59Z"));
  CHECK(is_iso_utc(utc_now_iso()));
  for (const char* bad : {"2023-02-29T00:00:00Z", "2026-13-01T00:00:00Z", "2026-01-01T24:00:00Z",
                          "2026-01-01 00:00:00Z", "2026-01-01T00:00:00", "2026-1-01T00:00:00Z", ""})
    CHECK_FALSE(is_iso_utc(bad));
}
