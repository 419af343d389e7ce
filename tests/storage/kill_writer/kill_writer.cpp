// Saves generation after generation of a large progress file until it is
// killed, printing "saving N" as each save begins and "saved N" after it has
// returned. The kill test
// (tests/storage/storage_kill_test.cpp) kills it at random moments.
//   storage_kill_writer FIRST_GENERATION     write FIRST, FIRST+1, ... forever
//   storage_kill_writer --bench COUNT        time COUNT saves and loads, print the figures
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>

#include <unistd.h>

#include "storage/progress_store.hpp"
#include "storage/settings_store.hpp"
#include "../kill_fixture.hpp"

namespace st = sb::storage;

namespace {

int bench(const st::Paths& paths, int count) {
  using clock = std::chrono::steady_clock;
  auto ms = [](clock::duration d) { return std::chrono::duration<double, std::milli>(d).count(); };
  const auto big = sb::storage_test::make_generation(1);
  const std::size_t bytes = st::progress_to_text(big).size();
  auto t0 = clock::now();
  for (int i = 0; i < count; ++i)
    if (auto p = st::save_progress(paths, big)) return std::fprintf(stderr, "%s\n", p->describe().c_str()), 1;
  auto t1 = clock::now();
  for (int i = 0; i < count; ++i)
    if (st::load_progress(paths).problem) return 1;
  auto t2 = clock::now();
  st::Settings s;
  s.key_bindings["confirm"] = {"Enter", "Space"};
  for (int i = 0; i < count; ++i)
    if (st::save_settings(paths, s)) return 1;
  auto t3 = clock::now();
  std::printf("progress file: %zu bytes; save %.2f ms, load %.2f ms; settings save %.2f ms (mean of %d)\n", bytes,
              ms(t1 - t0) / count, ms(t2 - t1) / count, ms(t3 - t2) / count, count);
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  st::Problem problem;
  const auto paths = st::Paths::from_environment(&problem);
  if (!paths) return std::fprintf(stderr, "%s\n", problem.describe().c_str()), 2;
  // Both modes write real files: refuse to touch a real home unless pointed elsewhere.
  if (!std::getenv("XDG_DATA_HOME") || !std::getenv("XDG_CONFIG_HOME"))
    return std::fprintf(stderr, "set XDG_DATA_HOME and XDG_CONFIG_HOME to a scratch folder first\n"), 2;
  if (argc == 3 && std::string(argv[1]) == "--bench") return bench(*paths, std::atoi(argv[2]));
  if (argc != 2) return std::fprintf(stderr, "usage: storage_kill_writer FIRST_GENERATION | --bench COUNT\n"), 2;
  // write(2) straight to the pipe: nothing waits in a stdio buffer when the kill comes.
  auto say = [](const char* what, int n) {
    const std::string line = what + std::to_string(n) + "\n";
    return ::write(STDOUT_FILENO, line.data(), line.size()) == static_cast<ssize_t>(line.size());
  };
  for (int n = std::atoi(argv[1]);; ++n) {
    const auto generation = sb::storage_test::make_generation(n);
    // Announced after the content is built, so the test's kill clock starts at the save itself.
    if (!say("saving ", n)) return 1;
    if (auto p = st::save_progress(*paths, generation)) return std::fprintf(stderr, "%s\n", p->describe().c_str()), 1;
    if (!say("saved ", n)) return 1;
  }
}
