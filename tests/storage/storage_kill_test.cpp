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
#include <functional>
#include <vector>
#include <iostream>
#include <thread>

#include <fcntl.h>
#include <poll.h>
#include <sys/wait.h>
#include <unistd.h>

#include "kill_fixture.hpp"
#include "storage/progress_store.hpp"
#include "storage_test_env.hpp"

#ifndef SB_STORAGE_KILL_WRITER
#error "tests/storage/tests.cmake defines SB_STORAGE_KILL_WRITER for test_storage"
#endif

using namespace sb::storage;
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

struct Killed {
  int last_saved = -1;  // the last generation the writer reported saved, or -1
  pid_t pid = 0;
  // Only when waiting for the save to return: its length from "saving" to "saved", and
  // when (from "saving") the writer's temporary file first appeared.
  std::chrono::microseconds save{}, temporary_from{};
};

// Reads the writer's pipe into `out` until it holds `word` followed by a whole line;
// false if the writer fell silent for 30 s or closed the pipe first. `between_reads`
// (if any) runs about every 0.2 ms while waiting; it returns true to stop waiting early.
bool read_until(int fd, std::string& out, const std::string& word, const std::function<bool()>& between_reads = {}) {
  using clock = std::chrono::steady_clock;
  const auto give_up = clock::now() + std::chrono::seconds(30);
  const timespec tick{0, 200'000};
  for (;;) {
    const std::size_t at = out.find(word);
    if (at != std::string::npos && out.find('\n', at) != std::string::npos) return true;
    if (clock::now() > give_up) return false;
    pollfd ready{fd, POLLIN, 0};
    const timespec wait{1, 0};
    const int readable = ::ppoll(&ready, 1, between_reads ? &tick : &wait, nullptr);
    if (between_reads && between_reads()) return true;
    if (readable == 0 || (readable < 0 && errno == EINTR)) continue;
    char buffer[256];
    const ssize_t n = readable < 0 ? -1 : ::read(fd, buffer, sizeof buffer);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    out.append(buffer, static_cast<std::size_t>(n));
  }
}

enum class KillAt {
  after_announcement,  // `delay` after the writer says "saving"
  after_temporary,     // `delay` after its temporary file appears (or, if it never does, at "saved")
  after_save,          // once the save has returned, timing it
};

// Starts the writer at `first`, waits until it announces its first save, and kills it
// where `at` says.
Killed run_and_kill(const Paths& paths, int first, KillAt at, std::chrono::microseconds delay = {}) {
  using clock = std::chrono::steady_clock;
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
  Killed result;
  result.pid = pid;
  std::string out;
  const bool announced = read_until(fds[0], out, "saving ");
  const auto saving = clock::now();
  auto since_saving = [&] { return std::chrono::duration_cast<std::chrono::microseconds>(clock::now() - saving); };
  const std::string own_temporary = ".progress.ini.tmp-" + std::to_string(pid) + "-";
  auto temporary_seen = [&] {
    if (result.temporary_from.count() == 0 && !files_starting_with(paths.data, own_temporary).empty())
      result.temporary_from = since_saving();
    return result.temporary_from.count() != 0;
  };
  if (announced && at == KillAt::after_announcement) {
    std::this_thread::sleep_for(delay);
  } else if (announced && at == KillAt::after_temporary) {
    if (read_until(fds[0], out, "saved ", temporary_seen) && result.temporary_from.count() != 0)
      std::this_thread::sleep_for(delay);
  } else if (announced) {
    if (read_until(fds[0], out, "saved ", [&] {
      temporary_seen();  // note when it appears, but wait for the save to return
      return false;
    })) result.save = since_saving();
  }
  ::kill(pid, SIGKILL);
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
  REQUIRE(announced);
  REQUIRE(WIFSIGNALED(status));
  REQUIRE(WTERMSIG(status) == SIGKILL);
  for (std::size_t pos = 0; (pos = out.find("saved ", pos)) != std::string::npos; pos += 6) {
    const std::size_t end = out.find('\n', pos);
    if (end == std::string::npos) break;  // a line cut by the kill
    result.last_saved = std::stoi(out.substr(pos + 6, end - pos - 6));
  }
  return result;
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

  // Calibrate on three saves (a sanitizer build is several times slower): how long
  // one save takes from the writer's announcement, and how long its file-writing part
  // lasts (building the text comes first, then open, write, fsync, rename), the
  // middle of three each. Three kills in four then land from the moment the
  // temporary file appears to 1.2 times the writing part; the fourth anywhere from
  // the announcement to 1.25 times the whole save. Timed from events the test sees,
  // not from the process start, so a slow start-up on a loaded machine does not push
  // the kills off the save.
  int current = 0;
  std::vector<long long> saves, writing;
  for (int i = 0; i < 3; ++i) {
    const Killed calibration = run_and_kill(paths, current + 1, KillAt::after_save);
    REQUIRE(calibration.last_saved == current + 1);
    saves.push_back(calibration.save.count());
    writing.push_back(calibration.save.count() - calibration.temporary_from.count());
    current = generation_of(load_progress(paths).value);
    REQUIRE((current == calibration.last_saved || current == calibration.last_saved + 1));
  }
  std::sort(saves.begin(), saves.end());
  std::sort(writing.begin(), writing.end());
  const long long first_save = std::max<long long>(saves[1], 200);
  const long long writing_part = std::clamp<long long>(writing[1], 100, first_save);
  const auto whole_window = static_cast<std::uint64_t>(first_save * 5 / 4);
  const auto writing_window = static_cast<std::uint64_t>(writing_part * 6 / 5);

  SplitMix64 rng{20261129};
  int kills = 0, mid_save = 0, new_before_report = 0;
  const auto start = clock::now();
  while ((kills < kKills || mid_save < kMinMidSave) && clock::now() - start < kBudget) {
    const bool anywhere = kills % 4 == 3;
    const auto delay = std::chrono::microseconds(rng.next() % (anywhere ? whole_window : writing_window));
    const Killed killed = run_and_kill(paths, current + 1, anywhere ? KillAt::after_announcement : KillAt::after_temporary, delay);
    const int reported = killed.last_saved;
    ++kills;
    const int old_generation = reported >= 0 ? reported : current;
    // Its own temporary, named by its pid (an older one may wait for the next save to clear it).
    const std::string own_temporary = ".progress.ini.tmp-" + std::to_string(killed.pid) + "-";
    mid_save += files_starting_with(paths.data, own_temporary).empty() ? 0 : 1;

    const auto loaded = load_progress(paths);
    INFO("kill " << kills << " after " << delay.count() << " us (" << (anywhere ? "from the announcement" : "from the temporary") << "); last reported " << reported);
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
  std::cout << "storage kill test: " << kills << " kills in " << seconds << " s (one save "
            << first_save / 1000.0 << " ms, writing its file " << writing_part / 1000.0 << " ms); " << mid_save
            << " landed mid-save (temporary left), " << new_before_report
            << " right after the rename; final generation " << current << "\n";
  CHECK(kills >= kMinKills);
  CHECK(mid_save >= kMinMidSave);
  // A clean save afterwards clears the last leftover.
  REQUIRE_FALSE(save_progress(paths, make_generation(current + 1)));
  CHECK(files_starting_with(paths.data, ".").empty());
}
