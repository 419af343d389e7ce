// The trainer's command-line tools (see trainer_command.hpp).
#include "trainer/trainer_command.hpp"

#include <atomic>
#include <ostream>

#include "sim/progress.hpp"

#include "trainer/set_file.hpp"
#include "trainer/trainer_file.hpp"
#include "trainer/trial.hpp"

namespace sb::trainer {
namespace {
constexpr int kOk = 0, kInvalid = 1, kUsage = 2, kEnvironment = 3;
}  // namespace

int export_set_command(const ExportOptions& o, const storage::Paths& paths, std::ostream& out, std::ostream& err) {
  if (o.trials < 1 || o.trials > static_cast<int>(kMaxSetTrials)) {
    err << "securebase trainer: --trials must be between 1 and " << kMaxSetTrials << "\n";
    return kUsage;
  }
  std::string error;
  const auto scenario = load_trial_scenario(&error);
  if (!scenario) {
    err << "securebase trainer: " << error << "\n";
    return kEnvironment;
  }
  TrialSet set;
  const auto kind = set_kind_from_string(o.set);
  if (kind && *kind != SetKind::Custom) {
    // Finding D cases plays dozens of runs (about 10 s): the same bar and Ctrl-C as simulate.
    CurateOptions c;
    c.count = o.trials;
    sim::ProgressBar bar("choosing trials", c.scan_limit);
    std::atomic<bool> stop{false};
    c.stop = &stop;
    c.on_progress = [&](int tried, int) {
      bar.set_done(tried);
      if (bar.interrupted()) stop = true;
    };
    set = curate(*kind, scenario, c);
    bar.finish();
    if (bar.interrupted()) {
      err << "interrupted: " << set.seeds.size() << " of " << o.trials << " trials chosen after " << bar.done()
          << " runs; no set was written\n";
      return 130;
    }
    // Handed out, it becomes the class's own set: an id of its own, so importing it never shadows the curated one.
    set.id = std::string(to_string(*kind)) + "-" + std::to_string(set.seeds.size());
  } else {
    storage::Loaded<TrainerData> data = load_trainer_data(paths);
    if (data.problem) err << "securebase trainer: " << data.problem->describe() << "\n";
    const TrialSet* found = data.value.find_set(o.set);
    if (!found) {
      err << "securebase trainer: no set '" << o.set << "': name prototypes, borderline, d-cases or an imported set\n";
      return kInvalid;
    }
    set = *found;
  }
  std::vector<std::string> observer;
  for (std::uint64_t seed : set.seeds) observer.push_back(run_trial(seed, scenario).observer.sheet.subgroup);
  if (auto problem = write_set_file(o.file, set, observer)) {
    err << "securebase trainer: " << *problem << "\n";
    return kEnvironment;
  }
  out << "Wrote the set \"" << set.id << "\" (" << set.seeds.size() << " trials) to " << o.file << "\n";
  return kOk;
}

int import_set_command(const std::string& file, const storage::Paths& paths, std::ostream& out, std::ostream& err) {
  const SetFileResult read = read_set_file(file);
  if (!read.file) {
    for (const std::string& e : read.errors) err << e << "\n";
    err << "securebase trainer: " << file << " was not imported; nothing was changed\n";
    return kInvalid;
  }
  storage::Loaded<TrainerData> data = load_trainer_data(paths);
  if (data.problem) {
    // The damaged file has been set aside (kept, not deleted); the import starts a fresh one.
    err << "securebase trainer: " << data.problem->describe() << "\n";
  }
  const TrialSet& set = read.file->set;
  const bool replaced = add_imported_set(data.value, set);
  if (auto problem = save_trainer_data(paths, data.value)) {
    err << "securebase trainer: " << problem->describe() << "\n";
    return kEnvironment;
  }
  out << (replaced ? "Replaced" : "Imported") << " the set \"" << set.id << "\" (" << set.seeds.size()
      << " trials); find it under Coding practice\n";
  return kOk;
}

}  // namespace sb::trainer
