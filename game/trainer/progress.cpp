// Progress figures (see progress.hpp).
#include "trainer/progress.hpp"

#include <algorithm>

namespace sb::trainer {

AgreementSummary summarize(const std::vector<Attempt>& attempts) {
  std::vector<SheetPair> pairs;
  pairs.reserve(attempts.size());
  for (const Attempt& a : attempts) pairs.push_back({a.student, a.observer});
  return summarize(pairs);
}

std::vector<Attempt> latest_for(const TrainerProgress& progress, const TrialSet& set) {
  std::vector<Attempt> out;
  for (std::uint64_t seed : set.seeds) {
    if (std::any_of(out.begin(), out.end(), [&](const Attempt& a) { return a.seed == seed; })) continue;
    for (auto it = progress.attempts.rbegin(); it != progress.attempts.rend(); ++it)
      if (it->seed == seed && it->set == set.id) {
        out.push_back(*it);
        break;
      }
  }
  return out;
}

Milestone milestone(const TrainerProgress& progress, const TrialSet& set) {
  Milestone m;
  const std::vector<Attempt> latest = latest_for(progress, set);
  std::vector<std::uint64_t> distinct;
  for (std::uint64_t s : set.seeds)
    if (std::find(distinct.begin(), distinct.end(), s) == distinct.end()) distinct.push_back(s);
  m.trials = static_cast<int>(distinct.size());
  m.scored = static_cast<int>(latest.size());
  m.agreement = summarize(latest).agree_abcd;
  m.reached = m.trials > 0 && m.scored == m.trials && m.agreement && *m.agreement >= kReliableAgreement - 1e-9;
  return m;
}

std::vector<double> agreement_curve(const TrainerProgress& progress, int window) {
  std::vector<double> out;
  const int n = static_cast<int>(progress.attempts.size());
  window = std::max(1, window);
  for (int i = 0; i < n; ++i) {
    const int from = std::max(0, i + 1 - window);
    const std::vector<Attempt> part(progress.attempts.begin() + from, progress.attempts.begin() + i + 1);
    out.push_back(summarize(part).agree_abcd.value_or(0.0));
  }
  return out;
}

}  // namespace sb::trainer
