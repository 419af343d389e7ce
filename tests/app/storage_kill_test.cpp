// The promise behind atomic saves: a writer killed at any moment leaves the
// file either as it was or as the new save, whole. A helper process
// (tests/storage/kill_writer.cpp) saves a large progress file again and again;
// this test kills it with SIGKILL at seeded random moments and checks the file
// after every kill.
#include <catch2/catch.hpp>

#include <algorithm>
#include <chrono>
#include <csignal>
#include <cstdint>
#include <iostream>
#include <thread>

#include <fcntl.h>
#include <poll.h>
#include <sys/wait.h>
#include <unistd.h>

#include "../storage/kill_fixture.hpp"
#include "storage/progress_store.hpp"
#include "storage_test_env.hpp"

#ifndef SB_STORAGE_KILL_WRITER
#error "tests/storage/tests.cmake defines SB_STORAGE_KILL_WRITER for test_app"
#endif

using namespace sb::app::storage;
using namespace sb::storage_test;

namespace {

struct SplitMix64 {
  std::uint64_t state;
  std::uint64_t next() {
    std::uint64_t z = (state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
  }
};

// Starts the writer at `first` and kills it after `delay`, or (delay < 0) as soon as it reports
// its first save. Returns the last generation it reported saved, or -1.
int run_and_kill(int first, std::chrono::microseconds delay) {
  int fds[2];
  REQUIRE(::pipe2(fds, O_CLOEXEC) == 0);
  const std::string arg = std::to_string(first);
  const pid_t pid = ::fork();
  REQUIRE(pid >= 0);
  if (pid == 0) {
    ::dup2(fds[1], STDOUT_FILENO);
    ::execl(SB_STORAGE_KILL_WRITER, SB_STORAGE_KILL_WRITER, arg.c_str(), static_cast<char*>(nullptr));
    ::_exit(127);
  }
  ::close(fds[1]);
  if (delay.count() >= 0) {
    std::this_thread::sleep_for(delay);
  } else {
    pollfd ready{fds[0], POLLIN, 0};
    ::poll(&ready, 1, 30'000);
  }
  ::kill(pid, SIGKILL);
  std::string out;
  char buffer[4096];
  for (ssize_t n; (n = ::read(fds[0], buffer, sizeof buffer)) != 0;) {
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) break;
    out.append(buffer, static_cast<std::size_t>(n));
  }
  ::close(fds[0]);
  int status = 0;
  ::waitpid(pid, &status, 0);
  // It must have died by our kill, not by failing on its own.
  REQUIRE(WIFSIGNALED(status));
  REQUIRE(WTERMSIG(status) == SIGKILL);
  int last = -1;
  for (std::size_t pos = 0; (pos = out.find("saved ", pos)) != std::string::npos; pos += 6) {
    const std::size_t end = out.find('\n', pos);
    if (end == std::string::npos) break;  // a line cut by the kill
    last = std::stoi(out.substr(pos + 6, end - pos - 6));
  }
  return last;
}

}  // namespace

TEST_CASE("storage kill: a writer killed mid-save always leaves the old or the new file, whole", "[storage][kill]") {
  using clock = std::chrono::steady_clock;
  constexpr int kKills = 200;
  constexpr auto kBudget = std::chrono::seconds(18);  // stops early on a slow (sanitized, busy) machine
#ifdef __SANITIZE_ADDRESS__
  constexpr int kMinKills = 25;  // sanitizers slow each save and check several times over
#else
  constexpr int kMinKills = 100;
#endif
  // The kills must really hit saves in progress, or the test proves nothing. How many
  // of a fixed number do depends on the machine's load, so it kills on (within the
  // budget) until enough have.
  constexpr int kMinMidSave = kMinKills / 10;
  TempHome home;
  const Paths paths = home.paths();
  REQUIRE_FALSE(save_progress(paths, make_generation(0)));

  // Calibrate: how long the writer takes from start to its first finished save on this
  // machine (a sanitizer build is several times slower). Kills then land anywhere in
  // 1.25 times that: during start-up, writing, fsync, rename, or early in a second save.
  const auto calibration_start = clock::now();
  const int calibrated = run_and_kill(1, std::chrono::microseconds(-1));
  REQUIRE(calibrated >= 1);
  const auto first_save =
      std::chrono::duration_cast<std::chrono::microseconds>(clock::now() - calibration_start).count();
  const auto window = static_cast<std::uint64_t>(std::max<long long>(first_save * 5 / 4, 1000));
  int current = generation_of(load_progress(paths).value);  // the generation the file holds
  REQUIRE((current == calibrated || current == calibrated + 1));

  SplitMix64 rng{20261129};
  int kills = 0, mid_save = 0, new_before_report = 0;
  const auto start = clock::now();
  while ((kills < kKills || mid_save < kMinMidSave) && clock::now() - start < kBudget) {
    const auto delay = std::chrono::microseconds(rng.next() % window);
    const int reported = run_and_kill(current + 1, delay);
    ++kills;
    const int old_generation = reported >= 0 ? reported : current;
    mid_save += files_starting_with(paths.data, ".progress.ini.tmp-").empty() ? 0 : 1;

    const auto loaded = load_progress(paths);
    INFO("kill " << kills << " after " << delay.count() << " us; last reported " << reported);
    REQUIRE_FALSE(loaded.problem);
    const int found = generation_of(loaded.value);
    // Old (last reported) or new (renamed, killed before it could report); nothing else.
    REQUIRE((found == old_generation || found == old_generation + 1));
    REQUIRE(loaded.value == make_generation(found));
    REQUIRE(read_bytes(paths.progress_file()) == progress_to_text(make_generation(found)));  // byte for byte
    if (found == old_generation + 1) ++new_before_report;
    REQUIRE(files_starting_with(paths.data, "progress.ini.damaged").empty());
    REQUIRE(files_starting_with(paths.data, ".progress.ini.tmp-").size() <= 1);  // leftovers do not pile up
    current = found;
  }
  const double seconds = std::chrono::duration<double>(clock::now() - start).count();
  std::cout << "storage kill test: " << kills << " kills in " << seconds << " s (start to first save "
            << first_save / 1000.0 << " ms); " << mid_save
            << " landed mid-save (temporary left), " << new_before_report
            << " right after the rename; final generation " << current << "\n";
  CHECK(kills >= kMinKills);
  CHECK(mid_save >= kMinMidSave);
  // A clean save afterwards clears the last leftover.
  REQUIRE_FALSE(save_progress(paths, make_generation(current + 1)));
  CHECK(files_starting_with(paths.data, ".").empty());
}
