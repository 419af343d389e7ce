#pragma once
// The content the kill test's writer saves: generation n of a large progress
// file, different in every record from generation n-1 so a mix of two
// generations can never pass for one.
#include <cstdio>
#include <string>

#include "storage/progress_store.hpp"

namespace sb::storage_test {

#ifdef __SANITIZE_ADDRESS__
// Sanitizers make every save and check several times slower; a smaller file keeps
// the number of kills high within the test's time budget.
inline constexpr int kKillScenarios = 150;
#else
inline constexpr int kKillScenarios = 600;  // about 0.3 MB on disk
#endif

inline std::string stamp(int n, int i) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "2026-%02d-%02dT%02d:%02d:%02dZ", 1 + (n + i) % 12, 1 + (n * 7 + i) % 28,
                (n + i) % 24, (n * 13 + i) % 60, (n * 29 + i) % 60);
  return buffer;
}

inline app::storage::Progress make_generation(int n) {
  app::storage::Progress p;
  for (int i = 0; i < kKillScenarios; ++i) {
    char id[32];
    std::snprintf(id, sizeof id, "scenario_%04d", i);
    app::storage::ScenarioProgress s{id, n + i, stamp(0, i), stamp(n, i), {}};
    for (int k = 0; k < 3; ++k)
      s.outcomes.push_back({"outcome_" + std::to_string(k), n + k + 1, stamp(0, i + k), stamp(n, i + k)});
    p.scenarios.push_back(std::move(s));
  }
  return p;
}

// The generation a loaded file claims to be (times_played of the first scenario).
inline int generation_of(const app::storage::Progress& p) {
  return p.scenarios.empty() ? -1 : p.scenarios.front().times_played;
}

}  // namespace sb::storage_test
