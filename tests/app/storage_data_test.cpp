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

using namespace sb::app::storage;
using namespace sb::storage_test;
namespace fs = std::filesystem;

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
