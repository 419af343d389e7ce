// Curated sets (see trial_set.hpp).
#include "trainer/trial_set.hpp"

#include <algorithm>

#include "sim/rng.hpp"
#include "trainer/trial.hpp"

namespace sb::trainer {
namespace {

// Where each kind's scan starts: fixed, so every copy curates the same seeds.
std::uint64_t base_seed(SetKind k) { return 0x5B7A1E00ull + static_cast<std::uint64_t>(k); }

bool is_core(std::string_view subgroup) { return subgroup == "A1" || subgroup == "B3" || subgroup == "C1" || subgroup == "C2"; }

}  // namespace

const char* to_string(SetKind k) {
  switch (k) {
    case SetKind::Prototypes: return "prototypes";
    case SetKind::Borderline: return "borderline";
    case SetKind::DCases: return "d-cases";
    case SetKind::Custom: return "custom";
  }
  return "custom";
}

std::optional<SetKind> set_kind_from_string(std::string_view name) {
  for (SetKind k : {SetKind::Prototypes, SetKind::Borderline, SetKind::DCases, SetKind::Custom})
    if (name == to_string(k)) return k;
  return std::nullopt;
}

bool is_set_id(std::string_view id) {
  if (id.empty() || id.size() > 64) return false;
  return std::all_of(id.begin(), id.end(), [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'; });
}

bool fits(SetKind kind, const ObserverCoding& o) {
  const auto p = pattern_of(o.sheet.subgroup);
  if (!p || o.sheet.reunions.size() < 2) return false;
  const double d = o.disorganization_exact;
  switch (kind) {
    case SetKind::Prototypes: return *p != mind::Pattern::Disorganized && d <= 2.0 && is_core(o.sheet.subgroup);
    case SetKind::Borderline:
      return *p != mind::Pattern::Disorganized && (!is_core(o.sheet.subgroup) || (d >= 3.0 && d < kDisorganizedFrom));
    case SetKind::DCases: return *p == mind::Pattern::Disorganized;
    case SetKind::Custom: return true;
  }
  return false;
}

TrialSet curate(SetKind kind, const std::shared_ptr<const scenario::Scenario>& scenario, const CurateOptions& options) {
  TrialSet set;
  set.id = to_string(kind);
  set.kind = kind;
  const int want = std::clamp(options.count, 0, static_cast<int>(kMaxSetTrials));
  // Prototypes: the next one wanted is A, then B, then C, round again.
  std::vector<std::uint64_t> waiting[3];  // prototypes found before their turn
  int tried = 0;
  for (int i = 0; i < options.scan_limit && static_cast<int>(set.seeds.size()) < want; ++i) {
    if (options.stop && options.stop->load()) break;
    const std::uint64_t seed = sim::derive_seed(base_seed(kind), static_cast<std::uint64_t>(i));
    const TrialRun run = run_trial(seed, scenario);
    ++tried;
    if (fits(kind, run.observer)) {
      if (kind != SetKind::Prototypes) {
        set.seeds.push_back(seed);
      } else {
        const auto p = *pattern_of(run.observer.sheet.subgroup);
        waiting[p == mind::Pattern::Avoidant ? 0 : p == mind::Pattern::Secure ? 1 : 2].push_back(seed);
        // Take in turn while the pattern whose turn it is has one waiting.
        for (;;) {
          const std::size_t t = set.seeds.size() % 3;
          if (waiting[t].empty() || static_cast<int>(set.seeds.size()) >= want) break;
          set.seeds.push_back(waiting[t].front());
          waiting[t].erase(waiting[t].begin());
        }
      }
    }
    if (options.on_progress) options.on_progress(tried, static_cast<int>(set.seeds.size()));
  }
  return set;
}

}  // namespace sb::trainer
