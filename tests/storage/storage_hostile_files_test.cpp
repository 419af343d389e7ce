// Hostile and damaged files (issue 16, parts 10-12): a FIFO or another special
// file where a save belongs is never waited on; a damaged reflections file keeps
// every intact record and says so; a folder the player chose keeps its mode.
#include <catch2/catch.hpp>

#include <chrono>
#include <future>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "storage/atomic_file.hpp"
#include "storage/progress_store.hpp"
#include "storage/reflections_store.hpp"
#include "storage/settings_store.hpp"
#include "storage_test_env.hpp"

using namespace sb::storage;
using namespace sb::storage_test;

namespace {

// Runs `load` on a thread; if it has not finished in 5 s (blocked on the FIFO), a
// writer opens the FIFO to let it go, and the test fails.
template <typename F>
auto without_waiting(const std::filesystem::path& fifo, F load) {
  auto result = std::async(std::launch::async, load);
  const bool finished = result.wait_for(std::chrono::seconds(5)) == std::future_status::ready;
  if (!finished) {
    const int fd = ::open(fifo.c_str(), O_WRONLY | O_NONBLOCK);
    if (fd >= 0) ::close(fd);
  }
  CHECK(finished);
  return result.get();
}

const std::string kThreeNotes =
    "kind = \"reflections\"\nformat = 1\n\n"
    "[[reflection]]\nscenario = \"park\"\nprompt = \"debrief.reflect.prompt.moment\"\nwritten = \"2026-11-29T09:30:00Z\"\n"
    "text = \"The swing.\"\n\n"
    "[[reflection]]\nscenario = \"park\"\nprompt = \"debrief.reflect.prompt.familiar\"\nwritten = \"2026-11-29T09:31:00Z\"\n"
    "text = \"My sister.\"\n\n"
    "[[reflection]]\nscenario = \"bedtime\"\nprompt = \"debrief.reflect.prompt.comfort\"\nwritten = \"2026-11-29T09:32:00Z\"\n"
    "text = \"A walk.\"\n";

}  // namespace

TEST_CASE("storage hostile: a FIFO in place of settings.ini is set aside at once, never waited on", "[storage]") {
  TempHome home;
  const Paths paths = home.paths();
  std::filesystem::create_directories(paths.config);
  REQUIRE(::mkfifo(paths.settings_file().c_str(), 0600) == 0);
  const auto loaded = without_waiting(paths.settings_file(), [&] { return load_settings(paths); });
  REQUIRE(loaded.problem);
  CHECK(loaded.problem->kind == Problem::Kind::Unreadable);
  CHECK(loaded.problem->detail.find("not a regular file") != std::string::npos);
  CHECK(loaded.value == Settings{});
  // Kept aside, still a FIFO, and the place is free for the next save.
  struct stat info{};
  REQUIRE(::lstat(loaded.problem->moved_to.c_str(), &info) == 0);
  CHECK(S_ISFIFO(info.st_mode));
  CHECK_FALSE(save_settings(paths, Settings{}));
}

TEST_CASE("storage hostile: FIFOs and devices in place of progress or reflections are not read either", "[storage]") {
  TempHome home;
  const Paths paths = home.paths();
  std::filesystem::create_directories(paths.data);
  REQUIRE(::mkfifo(paths.progress_file().c_str(), 0600) == 0);
  const auto progress = without_waiting(paths.progress_file(), [&] { return load_progress(paths); });
  REQUIRE(progress.problem);
  CHECK(progress.problem->kind == Problem::Kind::Unreadable);
  // A character device endlessly full of zeros: refused by its type, not read to the size cap.
  const ReadResult zero = read_whole_file("/dev/zero");
  CHECK(zero.status == ReadResult::Status::Failed);
  CHECK(zero.error == "not a regular file");
}

TEST_CASE("storage hostile: a damaged reflections file keeps every intact record, says so, and keeps the file", "[storage]") {
  TempHome home;
  const Paths paths = home.paths();
  // The middle record's time is not a time: before, the whole file went aside and all three notes vanished.
  std::string text = kThreeNotes;
  text.replace(text.find("2026-11-29T09:31:00Z"), 20, "yesterday evening");
  write_bytes(paths.reflections_file(), text);
  const auto loaded = load_reflections(paths);
  REQUIRE(loaded.problem);
  CHECK(loaded.problem->kind == Problem::Kind::Damaged);
  CHECK(read_bytes(loaded.problem->moved_to) == text);  // the damaged file, whole and untouched
  CHECK(loaded.salvaged == 2);
  REQUIRE(loaded.value.entries.size() == 2);
  CHECK(loaded.value.entries[0].text == "The swing.");
  CHECK(loaded.value.entries[1].text == "A walk.");
  // Written back: the next load (the Reflect page, the next save) finds them with no problem.
  const auto again = load_reflections(paths);
  CHECK_FALSE(again.problem);
  CHECK(again.value.entries == loaded.value.entries);
  CHECK(mode_of(paths.reflections_file()) == 0600);
}

TEST_CASE("storage hostile: a reflections file broken mid-way (not even TOML) keeps the records around the break", "[storage]") {
  TempHome home;
  const Paths paths = home.paths();
  std::string text = kThreeNotes;
  text.replace(text.find("text = \"My sister.\""), 19, "text = \"My sis\x01\x02 [[[ = =");
  write_bytes(paths.reflections_file(), text);
  const auto loaded = load_reflections(paths);
  REQUIRE(loaded.problem);
  CHECK(loaded.problem->kind == Problem::Kind::Damaged);
  CHECK(loaded.salvaged == 2);
  REQUIRE(loaded.value.entries.size() == 2);
  CHECK(loaded.value.entries[1].scenario == "bedtime");
  // Nothing intact at all: nothing is written, the damaged file is still kept.
  write_bytes(paths.reflections_file(), "\xff\xfe garbage");
  const auto none = load_reflections(paths);
  REQUIRE(none.problem);
  CHECK(none.salvaged == 0);
  CHECK(none.value.entries.empty());
  CHECK_FALSE(std::filesystem::exists(paths.reflections_file()));
  CHECK(read_bytes(none.problem->moved_to) == "\xff\xfe garbage");
}

TEST_CASE("storage hostile: a file written into the player's own folder leaves that folder's mode alone", "[storage]") {
  TempHome home;
  ScopedUmask umask(022);
  // A shared folder (sticky, world-writable) like /tmp, and an ordinary one.
  const auto shared = home.root() / "shared";
  std::filesystem::create_directories(shared);
  REQUIRE(::chmod(shared.c_str(), 01777) == 0);
  REQUIRE_FALSE(atomic_write_file(shared / "report.md", "# a report\n"));
  CHECK(mode_of(shared) == 01777);
  CHECK(mode_of(shared / "report.md") == 0600);
  // Folders it had to create are private; the existing one above them is not touched.
  const auto mine = home.root() / "mine";
  std::filesystem::create_directories(mine);
  REQUIRE(::chmod(mine.c_str(), 0755) == 0);
  REQUIRE_FALSE(create_private_dirs(mine / "a" / "b"));
  REQUIRE_FALSE(atomic_write_file(mine / "a" / "b" / "c" / "set.ini", "x"));
  CHECK(mode_of(mine) == 0755);
  for (const auto& d : {mine / "a", mine / "a" / "b", mine / "a" / "b" / "c"}) CHECK(mode_of(d) == 0700);
  // The game's own folders are still narrowed when they already existed wider.
  const Paths paths = home.paths();
  std::filesystem::create_directories(paths.data);
  REQUIRE(::chmod(paths.data.c_str(), 0755) == 0);
  REQUIRE_FALSE(save_reflections(paths, Reflections{}));
  CHECK(mode_of(paths.data) == 0700);
}
