#pragma once
// Curated sets are found by playing seeds (game/trainer/trial_set.hpp), a few
// seconds per set, so the trainer finds them on worker threads while the student
// reads the list. Owned by the trainer's home screen: closing it stops the work.
#include <atomic>
#include <future>
#include <memory>
#include <optional>

#include "trainer/trial_set.hpp"

namespace sb::app::trainer_ui {

class Curator {
 public:
  Curator(std::shared_ptr<const scenario::Scenario> scenario, int trials_per_set);
  ~Curator();  // stops and waits
  // The set once it is found; nullopt while it is still being found.
  std::optional<sb::trainer::TrialSet> set(sb::trainer::SetKind kind);
  int found(sb::trainer::SetKind kind) const;
  int tried(sb::trainer::SetKind kind) const;
  int wanted() const { return wanted_; }

 private:
  struct Job {
    std::atomic<int> tried{0}, found{0};
    std::future<sb::trainer::TrialSet> result;
    std::optional<sb::trainer::TrialSet> done;
  };
  static constexpr int kKinds = 3;  // prototypes, borderline, d-cases
  std::atomic<bool> stop_{false};
  int wanted_;
  Job jobs_[kKinds];
};

}  // namespace sb::app::trainer_ui
