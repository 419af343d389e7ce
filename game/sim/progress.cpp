#include "sim/progress.hpp"

#include <algorithm>
#include <cmath>
#include <unistd.h>

namespace sb::sim {
namespace {
thread_local RunObserver* t_observer = nullptr;

constexpr auto kRedrawEvery = std::chrono::milliseconds(100);

std::string clock_text(double seconds) {
  const long s = std::lround(std::max(0.0, seconds));
  char buf[32];
  if (s >= 3600) std::snprintf(buf, sizeof buf, "%ld:%02ld:%02ld", s / 3600, s / 60 % 60, s % 60);
  else std::snprintf(buf, sizeof buf, "%ld:%02ld", s / 60, s % 60);
  return buf;
}
}  // namespace

ObserveRuns::ObserveRuns(RunObserver& observer) : previous_(t_observer) { t_observer = &observer; }
ObserveRuns::~ObserveRuns() { t_observer = previous_; }
RunObserver* current_run_observer() { return t_observer; }

std::string progress_line(const std::string& label, long done, long total, double seconds, std::size_t width,
                          const std::string& unit) {
  total = std::max(total, 1L);
  done = std::clamp(done, 0L, total);
  const double rate = seconds > 0 ? done / seconds : 0.0;
  char figures[160];
  std::snprintf(figures, sizeof figures, "  %ld/%ld %s  %.1f %s/s  %s left", done, total, unit.c_str(), rate,
                unit.c_str(), rate > 0 ? clock_text((total - done) / rate).c_str() : "-:--");
  const std::string head = label + "  [";
  const std::string tail = std::string("]") + figures;
  const std::size_t room = width > head.size() + tail.size() ? width - head.size() - tail.size() : 0;
  const std::size_t bar = std::min<std::size_t>(room, 30);
  const auto filled = static_cast<std::size_t>(static_cast<double>(bar) * done / total);
  return head + std::string(filled, '#') + std::string(bar - filled, '.') + tail;
}

ProgressBar::ProgressBar(std::string label, long total, std::string unit)
    : ProgressBar(std::move(label), total, stderr, isatty(STDERR_FILENO) == 1, std::move(unit)) {}

ProgressBar::ProgressBar(std::string label, long total, std::FILE* sink, bool draw, std::string unit)
    : label_(std::move(label)), unit_(std::move(unit)), total_(total), sink_(sink), drawing_(draw) {
  this->draw(true);
}

ProgressBar::~ProgressBar() { finish(); }

void ProgressBar::finish() {
  const std::lock_guard lock(draw_mutex_);
  if (!drawing_) return;
  drawing_ = false;
  std::fputs("\r\033[K", sink_);  // leave the line empty for what the command prints next
  std::fflush(sink_);
}

void ProgressBar::run_finished() { add(1); }

void ProgressBar::add(long runs) {
  done_ += runs;
  draw(done_ >= total_);
}

void ProgressBar::set_done(long done) {
  done_ = done;
  draw(done_ >= total_);
}

void ProgressBar::draw(bool force) {
  if (!drawing_) return;
  // Workers finish runs concurrently; whoever holds the lock draws, the others skip.
  std::unique_lock lock(draw_mutex_, std::try_to_lock);
  if (!lock.owns_lock() && !force) return;
  if (!lock.owns_lock()) lock.lock();
  if (!drawing_) return;  // finished meanwhile
  const auto now = std::chrono::steady_clock::now();
  if (!force && now - last_draw_ < kRedrawEvery) return;
  last_draw_ = now;
  const double seconds = std::chrono::duration<double>(now - start_).count();
  std::fprintf(sink_, "\r%s\033[K", progress_line(label_, done_, total_, seconds, 79, unit_).c_str());
  std::fflush(sink_);
}

}  // namespace sb::sim
