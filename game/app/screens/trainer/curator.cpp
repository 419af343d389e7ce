#include "app/screens/trainer/curator.hpp"

#include <spdlog/spdlog.h>

namespace sb::app::trainer_ui {
using sb::trainer::SetKind;

Curator::Curator(std::shared_ptr<const scenario::Scenario> scenario, int trials_per_set) : wanted_(trials_per_set) {
  for (int k = 0; k < kKinds; ++k) {
    Job& job = jobs_[k];
    job.result = std::async(std::launch::async, [this, &job, k, scenario] {
      sb::trainer::CurateOptions o;
      o.count = wanted_;
      o.stop = &stop_;
      o.on_progress = [&job](int tried, int found) {
        job.tried = tried;
        job.found = found;
      };
      sb::trainer::TrialSet set = sb::trainer::curate(static_cast<SetKind>(k), scenario, o);
      if (!stop_) spdlog::info("trainer: set {} ready, {} trials from {} runs", set.id, set.seeds.size(), job.tried.load());
      return set;
    });
  }
}

Curator::~Curator() {
  stop_ = true;
  for (Job& job : jobs_)
    if (job.result.valid()) job.result.wait();
}

std::optional<sb::trainer::TrialSet> Curator::set(SetKind kind) {
  const int k = static_cast<int>(kind);
  if (k < 0 || k >= kKinds) return std::nullopt;
  Job& job = jobs_[k];
  if (!job.done && job.result.valid() && job.result.wait_for(std::chrono::seconds(0)) == std::future_status::ready)
    job.done = job.result.get();
  return job.done;
}

int Curator::found(SetKind kind) const { return static_cast<int>(kind) < kKinds ? jobs_[static_cast<int>(kind)].found.load() : 0; }
int Curator::tried(SetKind kind) const { return static_cast<int>(kind) < kKinds ? jobs_[static_cast<int>(kind)].tried.load() : 0; }

}  // namespace sb::app::trainer_ui
