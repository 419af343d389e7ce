// File safety: private permissions whatever the umask, writes that never leave
// a half file, and unreadable files moved aside under a dated name.
#include <catch2/catch.hpp>

#include <csignal>
#include <string_view>

#include <sys/resource.h>

#include "storage/atomic_file.hpp"
#include "storage/progress_store.hpp"
#include "storage/reflections_store.hpp"
#include "storage/replays.hpp"
#include "storage/settings_store.hpp"
#include "storage_test_env.hpp"

using namespace sb::app::storage;
using namespace sb::storage_test;

namespace {

// "settings.ini.damaged-YYYYmmdd-HHMMSS", optionally "-N" after it.
bool is_dated_name(std::string_view name) {
  constexpr std::string_view prefix = "settings.ini.damaged-";
  if (name.substr(0, prefix.size()) != prefix) return false;
  name.remove_prefix(prefix.size());
  auto digits = [](std::string_view s) {
    return !s.empty() && s.find_first_not_of("0123456789") == std::string_view::npos;
  };
  if (name.size() < 15 || !digits(name.substr(0, 8)) || name[8] != '-' || !digits(name.substr(9, 6))) return false;
  name.remove_prefix(15);
  return name.empty() || (name.front() == '-' && digits(name.substr(1)));
}

}  // namespace

TEST_CASE("storage files: folders are 0700 and files 0600, whatever the umask", "[storage]") {
  for (mode_t mask : {mode_t{022}, mode_t{0}, mode_t{077}, mode_t{0277}}) {
    INFO("umask " << std::oct << mask);
    TempHome home(TempHome::Xdg::Unset);
    ScopedUmask umask(mask);
    const Paths paths = home.paths();
    Progress p;
    p.record_played("s", "2026-11-29T09:30:00Z");
    Reflections r;
    r.add("s", "p", "words", "2026-11-29T09:30:00Z");
    REQUIRE_FALSE(save_settings(paths, Settings{}));
    REQUIRE_FALSE(save_progress(paths, p));
    REQUIRE_FALSE(save_reflections(paths, r));
    REQUIRE(ensure_replays_dir(paths));
    REQUIRE_FALSE(ensure_private_dir(paths.log_dir()));

    for (const auto& f : {paths.settings_file(), paths.progress_file(), paths.reflections_file()})
      CHECK(mode_of(f) == 0600);
    for (const auto& d : {paths.config, paths.data, paths.replays_dir(), paths.state}) CHECK(mode_of(d) == 0700);
    // The XDG base folders the game had to create itself are private too.
    for (const auto& d : {home.home() / ".config", home.home() / ".local", home.home() / ".local" / "share"})
      CHECK(mode_of(d) == 0700);
  }
}

TEST_CASE("storage files: an existing folder of the game that others could read is made private", "[storage]") {
  TempHome home;
  const Paths paths = home.paths();
  std::filesystem::create_directories(paths.config);
  ::chmod(paths.config.c_str(), 0755);
  write_bytes(paths.settings_file(), "kind = settings\nformat = 2\n");
  ::chmod(paths.settings_file().c_str(), 0644);
  REQUIRE_FALSE(save_settings(paths, Settings{}));
  CHECK(mode_of(paths.config) == 0700);
  CHECK(mode_of(paths.settings_file()) == 0600);
}

TEST_CASE("storage files: a write that fails half way (disk full) leaves the old file whole, no temporary",
          "[storage]") {
  TempHome home;
  const Paths paths = home.paths();
  Progress small;
  small.record_played("before", "2026-11-29T09:30:00Z");
  REQUIRE_FALSE(save_progress(paths, small));
  const std::string before = read_bytes(paths.progress_file());

  Progress large = small;
  for (int i = 0; i < 2000; ++i) large.record_played("scenario_" + std::to_string(i), "2026-11-29T09:31:00Z");
  // A file size limit makes write() fail part way through, as a full disk would, even for root.
  struct sigaction ignore{}, old_action{};
  ignore.sa_handler = SIG_IGN;
  ::sigaction(SIGXFSZ, &ignore, &old_action);
  rlimit old_limit{};
  ::getrlimit(RLIMIT_FSIZE, &old_limit);
  rlimit limit = old_limit;
  limit.rlim_cur = 4096;
  ::setrlimit(RLIMIT_FSIZE, &limit);
  const auto problem = save_progress(paths, large);
  ::setrlimit(RLIMIT_FSIZE, &old_limit);
  ::sigaction(SIGXFSZ, &old_action, nullptr);

  REQUIRE(problem);
  CHECK(problem->kind == Problem::Kind::CouldNotSave);
  CHECK(problem->file == paths.progress_file());
  CHECK(read_bytes(paths.progress_file()) == before);
  CHECK(files_starting_with(paths.data, ".").empty());
  CHECK(load_progress(paths).value == small);
}

TEST_CASE("storage files: temporaries left by a killed writer are cleared by the next save", "[storage]") {
  TempHome home;
  const Paths paths = home.paths();
  REQUIRE_FALSE(save_settings(paths, Settings{}));
  // pid 2^22+1 is above Linux's pid_max, so no process can own it; a live pid's temporary must stay.
  write_bytes(paths.config / ".settings.ini.tmp-4194305-0", "half a fi");
  const std::string live = ".settings.ini.tmp-" + std::to_string(::getppid()) + "-0";
  write_bytes(paths.config / live, "someone else is writing");
  write_bytes(paths.config / ".other.ini.tmp-4194305-0", "not ours to judge");
  REQUIRE_FALSE(save_settings(paths, Settings{}));
  CHECK_FALSE(std::filesystem::exists(paths.config / ".settings.ini.tmp-4194305-0"));
  CHECK(std::filesystem::exists(paths.config / live));
  CHECK(std::filesystem::exists(paths.config / ".other.ini.tmp-4194305-0"));
}

TEST_CASE("storage files: garbage is set aside under a dated name, twice in a second without clobbering",
          "[storage]") {
  TempHome home;
  const Paths paths = home.paths();
  const std::string first = "\x89PNG\r\n\x1a\n not settings at all \xff\xfe";
  const std::string second = "kind = settings\nformat = two\n";
  write_bytes(paths.settings_file(), first);
  const auto a = load_settings(paths);
  write_bytes(paths.settings_file(), second);
  const auto b = load_settings(paths);
  REQUIRE(a.problem);
  REQUIRE(b.problem);
  CHECK(a.problem->kind == Problem::Kind::Damaged);
  CHECK(b.problem->kind == Problem::Kind::Damaged);
  CHECK(a.problem->moved_to != b.problem->moved_to);
  CHECK(is_dated_name(a.problem->moved_to.filename().string()));
  CHECK(is_dated_name(b.problem->moved_to.filename().string()));
  CHECK(a.problem->moved_to.parent_path() == paths.config);
  CHECK(read_bytes(a.problem->moved_to) == first);
  CHECK(read_bytes(b.problem->moved_to) == second);
  CHECK(a.value == Settings{});
}

TEST_CASE("storage files: an empty file and a folder in a file's place are set aside too", "[storage]") {
  TempHome home;
  const Paths paths = home.paths();
  write_bytes(paths.progress_file(), "");
  const auto empty = load_progress(paths);
  REQUIRE(empty.problem);
  CHECK(empty.problem->kind == Problem::Kind::WrongKind);
  CHECK(std::filesystem::exists(empty.problem->moved_to));

  std::filesystem::create_directories(paths.reflections_file() / "inside");
  const auto folder = load_reflections(paths);
  REQUIRE(folder.problem);
  CHECK(folder.problem->kind == Problem::Kind::Unreadable);
  CHECK(std::filesystem::is_directory(folder.problem->moved_to / "inside"));
  REQUIRE_FALSE(save_reflections(paths, Reflections{}));  // the place is free again
}

TEST_CASE("storage files: nothing in the storage code can reach the network", "[storage]") {
  // The storage sources use files only; a socket call in them would be a privacy bug.
  for (const auto& entry : std::filesystem::directory_iterator(std::filesystem::path(SB_SOURCE_DIR) / "game/storage")) {
    const std::string text = read_bytes(entry.path());
    INFO(entry.path());
    for (const char* word : {"socket(", "connect(", "<netdb.h>", "<sys/socket.h>", "curl", "getaddrinfo"})
      CHECK(text.find(word) == std::string::npos);
  }
}
