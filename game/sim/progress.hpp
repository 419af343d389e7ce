#pragma once
// Progress on long headless work (simulate, sweeps, populations, reports): a
// one-line bar on standard error -- runs done of total, runs per second, time
// left -- drawn only when standard error is a terminal, so output in pipes and
// tests stays clean. Usage:
//
//   sim::ProgressBar bar("simulate", total_runs); // draws only on a terminal
//   sim::ObserveRuns watch(bar);                  // run_batch on this thread reports to bar
//   auto results = run_batch(...);                // a prefix of the runs when interrupted
//   if (bar.interrupted()) ...                    // Ctrl-C: report what finished as partial
#include <atomic>
#include <chrono>
#include <cstdio>
#include <mutex>
#include <string>

#include "sim/interrupt.hpp"

namespace sb::sim {

// Watches a batch of runs. Both calls may come from any worker thread at once.
class RunObserver {
public:
  virtual ~RunObserver() = default;
  virtual void run_finished() = 0;          // one more run is complete
  virtual bool stop_requested() const = 0;  // true: claim no further runs
};

// While alive, run_batch called on this thread reports to `observer`, which must
// outlive it. Scopes nest; the innermost one is used.
class ObserveRuns {
public:
  explicit ObserveRuns(RunObserver& observer);
  ~ObserveRuns();
  ObserveRuns(const ObserveRuns&) = delete;
  ObserveRuns& operator=(const ObserveRuns&) = delete;

private:
  RunObserver* previous_;
};

// The observer of run_batch calls on this thread, or null.
RunObserver* current_run_observer();

// "simulate  [#######.......]  120/400 runs  41.3 runs/s  0:07 left", at most
// `width` characters wide. `seconds` is the time since the work began.
// `unit` names what is counted ("runs", "s of play").
std::string progress_line(const std::string& label, long done, long total, double seconds, std::size_t width = 79,
                          const std::string& unit = "runs");

// The bar. Stops on Ctrl-C (see interrupt.hpp) while it is alive; a second Ctrl-C
// ends the program at once. Clears its line when finished or destroyed.
class ProgressBar : public RunObserver {
public:
  // Draws to stderr when it is a terminal; counts `unit`.
  ProgressBar(std::string label, long total, std::string unit = "runs");
  // Draws to `sink` when `draw` is true (for tests).
  ProgressBar(std::string label, long total, std::FILE* sink, bool draw, std::string unit = "runs");
  ~ProgressBar() override;

  void run_finished() override;
  bool stop_requested() const override { return interrupt_.requested(); }
  void add(long runs);                  // `runs` more are complete
  void set_done(long done);             // `done` are complete in all
  void finish();                        // clears the line (before the results are printed); idempotent
  long done() const { return done_; }
  long total() const { return total_; }
  bool interrupted() const { return interrupt_.requested(); }

private:
  void draw(bool force);

  std::string label_, unit_;
  long total_;
  std::FILE* sink_;
  std::atomic<bool> drawing_;
  std::atomic<long> done_{0};
  std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
  std::chrono::steady_clock::time_point last_draw_{};
  std::mutex draw_mutex_;
  InterruptScope interrupt_;
};

}  // namespace sb::sim
