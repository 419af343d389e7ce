// Replays folder listing and "delete my data": everything of the game goes,
// nothing else does.
#include <catch2/catch.hpp>

#include <thread>

#include "storage/atomic_file.hpp"
#include "storage/delete_my_data.hpp"
#include "storage/progress_store.hpp"
#include "storage/reflections_store.hpp"
#include "storage/replays.hpp"
#include "storage/settings_store.hpp"
#include "storage_test_env.hpp"

using namespace sb::storage;
using namespace sb::storage_test;
namespace fs = std::filesystem;

TEST_CASE("storage replays: a finished play is named after its scenario and the time, never over another",
          "[storage]") {
  TempHome home;
  const auto paths = home.paths();
  // 2026-12-03 10:44:00 UTC
  CHECK(replay_file_name("assets/scenarios/bedtime.xml", 1796294640) == "bedtime-20261203-104400.sbreplay");
  CHECK(replay_file_name("", 1796294640) == "playroom-20261203-104400.sbreplay");
  CHECK(replay_file_name("bedtime.xml", 1796294640, 3) == "bedtime-20261203-104400-3.sbreplay");

  const auto first = save_replay(paths, "scenarios/park.xml", "one");
  const auto second = save_replay(paths, "scenarios/park.xml", "two");
  REQUIRE(first);
  REQUIRE(second);
  CHECK(*first != *second);  // the same second twice still gives two files
  CHECK(first->filename().string().rfind("park-", 0) == 0);
  CHECK(read_whole_file(*first).bytes == "one");
  CHECK(read_whole_file(*second).bytes == "two");
}

TEST_CASE("storage replays: the last play is this run's, else the newest file that still reads", "[storage]") {
  TempHome home;
  const auto paths = home.paths();
  const auto dir = ensure_replays_dir(paths);
  REQUIRE(dir);
  REQUIRE_FALSE(atomic_write_file(*dir / "old.sbreplay", "old"));
  REQUIRE_FALSE(atomic_write_file(*dir / "new.sbreplay", "broken"));
  fs::last_write_time(*dir / "old.sbreplay", fs::last_write_time(*dir / "new.sbreplay") - std::chrono::hours(2));

  std::vector<std::string> offered;
  auto accept_only = [&](const std::string& good) {
    return [&offered, good](const std::string& bytes) {
      offered.push_back(bytes);
      return bytes == good;
    };
  };
  // Nothing remembered yet: the files newest first, skipping one that does not replay.
  CHECK(find_last_play(&paths, accept_only("old")));
  CHECK(offered == std::vector<std::string>{"broken", "old"});

  remember_last_play("this run");
  offered.clear();
  CHECK(find_last_play(&paths, accept_only("this run")));
  CHECK(offered == std::vector<std::string>{"this run"});

  offered.clear();
  CHECK_FALSE(find_last_play(nullptr, accept_only("old")));  // no home folder: memory only
  CHECK(offered == std::vector<std::string>{"this run"});
}

TEST_CASE("storage replays: listed newest first, temporaries hidden, deletion stays inside the folder",
          "[storage]") {
  TempHome home;
  const Paths paths = home.paths();
  CHECK(list_replays(paths).empty());  // no folder yet
  const auto dir = ensure_replays_dir(paths);
  REQUIRE(dir);
  REQUIRE_FALSE(atomic_write_file(*dir / "old.sbreplay", "old"));
  REQUIRE_FALSE(atomic_write_file(*dir / "new.sbreplay", "newer!"));
  fs::last_write_time(*dir / "old.sbreplay", fs::last_write_time(*dir / "new.sbreplay") - std::chrono::hours(2));
  write_bytes(*dir / ".new.sbreplay.tmp-1-0", "half");
  fs::create_directories(*dir / "a_folder");
  write_bytes(paths.data / "outside.txt", "keep me");

  const auto list = list_replays(paths);
  REQUIRE(list.size() == 2);
  CHECK(list[0].name == "new.sbreplay");
  CHECK(list[0].bytes == 6);
  CHECK(list[1].name == "old.sbreplay");
  CHECK(list[0].modified > list[1].modified);
  CHECK(mode_of(list[0].path) == 0600);

  CHECK(delete_replay(paths, "../outside.txt"));
  CHECK(delete_replay(paths, "a_folder"));
  CHECK(delete_replay(paths, "missing.sbreplay"));
  CHECK(fs::exists(paths.data / "outside.txt"));
  CHECK_FALSE(delete_replay(paths, "old.sbreplay"));
  REQUIRE(list_replays(paths).size() == 1);
  CHECK(list_replays(paths)[0].name == "new.sbreplay");
}

namespace {

void fill_everything(const Paths& paths) {
  Progress p;
  p.record_played("s", "2026-11-29T09:30:00Z");
  Reflections r;
  r.add("s", "p", "private", "2026-11-29T09:30:00Z");
  REQUIRE_FALSE(save_settings(paths, Settings{}));
  REQUIRE_FALSE(save_progress(paths, p));
  REQUIRE_FALSE(save_reflections(paths, r));
  REQUIRE(ensure_replays_dir(paths));
  REQUIRE_FALSE(atomic_write_file(paths.replays_dir() / "one.sbreplay", "r"));
  REQUIRE_FALSE(ensure_private_dir(paths.log_dir()));
  write_bytes(paths.log_dir() / "securebase.log", "log line\n");
  write_bytes(paths.config / "settings.ini.damaged-20260101-000000", "old");
}

}  // namespace

TEST_CASE("storage delete my data: removes all of the game's files and folders and nothing else", "[storage]") {
  for (auto xdg : {TempHome::Xdg::Set, TempHome::Xdg::Unset}) {
    TempHome home(xdg);
    const Paths paths = home.paths();
    fill_everything(paths);
    // Neighbours that must survive: another program's folder beside ours, files in the XDG folders.
    const fs::path sibling = paths.data.parent_path() / "securebase-notes";
    write_bytes(sibling / "mine.txt", "not the game's");
    write_bytes(paths.config.parent_path() / "other-app.conf", "x");
    write_bytes(home.home() / "document.txt", "y");

    const DeletionReport report = delete_my_data(paths);
    CHECK(report.complete());
    for (const auto& d : {paths.data, paths.config, paths.state}) CHECK_FALSE(fs::exists(d));
    CHECK(read_bytes(sibling / "mine.txt") == "not the game's");
    CHECK(fs::exists(paths.config.parent_path() / "other-app.conf"));
    CHECK(fs::exists(home.home() / "document.txt"));
    // The report names each removed thing: 3 folders + replays folder + 6 files.
    CHECK(report.removed.size() == 10);
    CHECK(std::find(report.removed.begin(), report.removed.end(), paths.reflections_file()) != report.removed.end());
    CHECK(std::find(report.removed.begin(), report.removed.end(), paths.config) != report.removed.end());
    // And a second press has nothing left to do.
    const DeletionReport again = delete_my_data(paths);
    CHECK(again.complete());
    CHECK(again.removed.empty());
  }
}

TEST_CASE("storage delete my data: follows no symbolic link out of the game's folders", "[storage]") {
  TempHome home;
  const Paths paths = home.paths();
  fill_everything(paths);
  const fs::path elsewhere = home.root() / "elsewhere";
  write_bytes(elsewhere / "precious.txt", "keep");
  fs::create_directory_symlink(elsewhere, paths.data / "link");
  const DeletionReport report = delete_my_data(paths);
  CHECK(report.complete());
  CHECK_FALSE(fs::exists(paths.data));
  CHECK(read_bytes(elsewhere / "precious.txt") == "keep");
}

TEST_CASE("storage delete my data: refuses folders not named securebase", "[storage]") {
  TempHome home;
  write_bytes(home.home() / "keep.txt", "k");
  const Paths wrong{home.home(), home.home() / ".config", home.root() / "xdg"};
  const DeletionReport report = delete_my_data(wrong);
  CHECK_FALSE(report.complete());
  CHECK(report.problems.size() == 3);
  CHECK(report.removed.empty());
  CHECK(fs::exists(home.home() / "keep.txt"));
}
