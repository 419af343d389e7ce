#pragma once
// Sets of trials for a class: seeds chosen by difficulty. Curated sets are found
// deterministically by playing seeds in a fixed order and keeping those whose
// observer codes fit the kind (TRAINER.md, "Sets"), so every copy of the game
// curates the same sets. A teacher's own set is a list of seeds in a file
// (trainer/set_file.hpp).
#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "trainer/observer_coding.hpp"

namespace sb::scenario { struct Scenario; }

namespace sb::trainer {

enum class SetKind : std::uint8_t {
  Prototypes,  // clear A, B and C children: no disorganized signs, a core subgroup
  Borderline,  // near a boundary: A2, B1, B2, B4, C2, or some disorganized signs short of D
  DCases,      // disorganized (rating 5 or more), with their best-fitting pattern
  Custom,      // a teacher's own list
};
const char* to_string(SetKind k);  // "prototypes", "borderline", "d-cases", "custom"
std::optional<SetKind> set_kind_from_string(std::string_view name);

struct TrialSet {
  std::string id;                     // [a-z0-9-]+, e.g. "prototypes"; also the key for progress
  std::string title;                  // a teacher's words; curated sets leave it empty (the app names them)
  SetKind kind = SetKind::Custom;
  std::vector<std::uint64_t> seeds;   // one trial each, in order
  bool operator==(const TrialSet&) const = default;
};

inline constexpr std::size_t kMaxSetTrials = 100;
inline constexpr std::size_t kMaxTitleBytes = 200;
bool is_set_id(std::string_view id);

// Whether a run's observer codes fit a curated kind.
bool fits(SetKind kind, const ObserverCoding& observer);

struct CurateOptions {
  int count = 6;            // trials wanted
  int scan_limit = 400;     // seeds tried at most; the set may come out shorter
  std::function<void(int tried, int found)> on_progress;  // optional
  const std::atomic<bool>* stop = nullptr;  // optional: set it to give up early (a screen closing)
};

// Plays seeds derive_seed(base of kind, 0, 1, …) and keeps the first that fit.
// Prototypes take A, B and C in turn, so each pattern is there.
TrialSet curate(SetKind kind, const std::shared_ptr<const scenario::Scenario>& scenario, const CurateOptions& options = {});

}  // namespace sb::trainer
