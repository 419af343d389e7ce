// The student's practice on disk: private, atomic, and a damaged file kept aside.
#include <catch2/catch.hpp>

#include <sys/stat.h>

#include "sheets.hpp"
#include "temp_dir.hpp"
#include "trainer/trainer_file.hpp"

using namespace sb::trainer;
using testing::TempDir;

using testing::sheet;

namespace {
TrainerData some_practice() {
  TrainerData data;
  add_imported_set(data, {"week-3", "Week 3", SetKind::Borderline, {5, 6, 18446744073709551615ull}});
  record_attempt(data, "prototypes", 17, sheet("B3", 1, {7, 5, 1, 1}, {7, 6, 1, 2}), sheet("B3", 2, {7, 5, 1, 1}, {6, 6, 1, 1}),
                 "2026-12-03T10:00:00Z");
  ScoreSheet half;  // scored only partly before the comparison
  half.reunions = {{4, {3, 0, 0, 0}}, {7, {0, 0, 0, 0}}};
  record_attempt(data, "week-3", 18446744073709551615ull, half, sheet("D/C", 7, {5, 6, 4, 1}, {6, 7, 6, 1}),
                 "2026-12-03T10:05:00Z");
  return data;
}
}  // namespace

TEST_CASE("practice is saved privately (0600) and reads back the same") {
  TempDir dir;
  const TrainerData data = some_practice();
  REQUIRE_FALSE(save_trainer_data(dir.paths(), data));
  struct stat st {};
  REQUIRE(stat(trainer_file(dir.paths()).c_str(), &st) == 0);
  CHECK((st.st_mode & 0777) == 0600);
  REQUIRE(stat(dir.paths().data.c_str(), &st) == 0);
  CHECK((st.st_mode & 0777) == 0700);
  const auto loaded = load_trainer_data(dir.paths());
  CHECK_FALSE(loaded.problem);
  CHECK(loaded.from_file);
  CHECK(loaded.value == data);
}

TEST_CASE("no file yet is an empty start, not a problem") {
  TempDir dir;
  const auto loaded = load_trainer_data(dir.paths());
  CHECK_FALSE(loaded.problem);
  CHECK(loaded.value.progress.attempts.empty());
}

TEST_CASE("a damaged practice file is kept aside and reported, and the next save starts afresh") {
  TempDir dir;
  REQUIRE_FALSE(save_trainer_data(dir.paths(), some_practice()));
  const auto file = trainer_file(dir.paths());
  std::string text = testing::slurp(file);
  const std::string rating = "\"student.rating\" = 1";  // TOML quotes a key with a dot
  const auto at = text.find(rating);
  REQUIRE(at != std::string::npos);
  testing::spill(file, text.replace(at, rating.size(), rating + "2"));

  const auto loaded = load_trainer_data(dir.paths());
  REQUIRE(loaded.problem);
  CHECK(loaded.problem->kind == storage::Problem::Kind::Damaged);
  CHECK(loaded.problem->describe().find("student.rating") != std::string::npos);
  REQUIRE_FALSE(loaded.problem->moved_to.empty());
  CHECK(testing::slurp(loaded.problem->moved_to).find(rating + "2") != std::string::npos);  // kept, whole
  CHECK_FALSE(std::filesystem::exists(file));
  CHECK(loaded.value.progress.attempts.empty());

  REQUIRE_FALSE(save_trainer_data(dir.paths(), loaded.value));
  CHECK_FALSE(load_trainer_data(dir.paths()).problem);
}
