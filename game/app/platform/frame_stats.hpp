#pragma once
// Rolling frame time and measured tick rate, for the debug overlay.
#include <array>
#include <cstddef>

namespace sb::app {

class FrameStats {
 public:
  void frame(double seconds, int ticks) {
    times_[next_] = seconds;
    next_ = (next_ + 1) % times_.size();
    if (count_ < times_.size()) ++count_;
    window_ += seconds;
    window_ticks_ += ticks;
    if (window_ >= 0.5) { // refresh the tick rate twice a second
      tick_rate_ = window_ticks_ / window_;
      window_ = 0;
      window_ticks_ = 0;
    }
  }
  double mean_frame_seconds() const {
    double sum = 0;
    for (std::size_t i = 0; i < count_; ++i) sum += times_[i];
    return count_ ? sum / static_cast<double>(count_) : 0;
  }
  double tick_rate() const { return tick_rate_; }

 private:
  std::array<double, 120> times_{};
  std::size_t next_ = 0, count_ = 0;
  double window_ = 0, tick_rate_ = 0;
  int window_ticks_ = 0;
};

}  // namespace sb::app
