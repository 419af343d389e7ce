// The log file (issue 16): never followed through a symbolic link, never waited on.
#include <catch2/catch.hpp>

#include <fstream>

#include <spdlog/spdlog.h>
#include <sys/stat.h>
#include <unistd.h>

#include "app/platform/logging.hpp"
#include "../storage/storage_test_env.hpp"

using namespace sb;

namespace {
// init_logging replaces the default logger; put the test runner's back afterwards.
struct KeepLogger {
  std::shared_ptr<spdlog::logger> old = spdlog::default_logger();
  ~KeepLogger() { spdlog::set_default_logger(old); }
};
}  // namespace

TEST_CASE("logging: a symbolic link where the log belongs is kept aside, not followed, and a fresh log begun") {
  storage_test::TempHome home;
  KeepLogger keep;
  const auto dir = home.paths().log_dir();
  std::filesystem::create_directories(dir);
  const auto victim = home.root() / "someone-elses-file";
  storage_test::write_bytes(victim, "keep me\n");
  REQUIRE(::chmod(victim.c_str(), 0644) == 0);
  const auto log = dir / "securebase.log";
  std::filesystem::create_symlink(victim, log);

  const auto file = app::init_logging("info");
  spdlog::info("a line that must not reach the link's target");
  spdlog::default_logger()->flush();
  REQUIRE(file);
  CHECK(*file == log);
  // The target is untouched: same words, same mode.
  CHECK(storage_test::read_bytes(victim) == "keep me\n");
  CHECK(storage_test::mode_of(victim) == 0644);
  // The log is now a private regular file with the line in it.
  CHECK_FALSE(std::filesystem::is_symlink(log));
  CHECK(std::filesystem::is_regular_file(log));
  CHECK(storage_test::mode_of(log) == 0600);
  CHECK(storage_test::read_bytes(log).find("must not reach") != std::string::npos);
  CHECK(storage_test::read_bytes(log).find("symbolic link") != std::string::npos);  // and it says why
  // The link itself is kept, beside it, still pointing where it did.
  const auto kept = storage_test::files_starting_with(dir, "securebase.log.damaged-");
  REQUIRE(kept.size() == 1);
  CHECK(std::filesystem::is_symlink(kept.front()));
  CHECK(std::filesystem::read_symlink(kept.front()) == victim);
}

TEST_CASE("logging: a FIFO where the log belongs is refused at once; the game logs to the console") {
  storage_test::TempHome home;
  KeepLogger keep;
  const auto dir = home.paths().log_dir();
  std::filesystem::create_directories(dir);
  REQUIRE(::mkfifo((dir / "securebase.log").c_str(), 0600) == 0);
  CHECK_FALSE(app::init_logging("info"));  // returns (no reader is waited for), console only
}

TEST_CASE("logging: an existing log is appended to and made private") {
  storage_test::TempHome home;
  KeepLogger keep;
  const auto log = home.paths().log_dir() / "securebase.log";
  storage_test::write_bytes(log, "an earlier line\n");
  REQUIRE(::chmod(log.c_str(), 0644) == 0);
  REQUIRE(app::init_logging("info"));
  spdlog::info("a later line");
  CHECK(storage_test::read_bytes(log).rfind("an earlier line\n", 0) == 0);
  CHECK(storage_test::read_bytes(log).find("a later line") != std::string::npos);
  CHECK(storage_test::mode_of(log) == 0600);
}
