#pragma once
// Mean wall time of one whole frame, for the window benchmarks: `frame(dt)` draws
// and displays a frame, given the seconds the previous one took (so animations
// and fixed steps advance as they would in the game). A warm-up first, so shader
// compilation and first-use texture uploads are not counted.
#include <chrono>
#include <functional>

namespace sb::bench {

inline constexpr int kWarmupFrames = 60;
inline constexpr int kMeasuredFrames = 600;

inline double mean_frame_seconds(const std::function<void(double)>& frame) {
  using Clock = std::chrono::steady_clock;
  double dt = 1.0 / 60;
  for (int i = 0; i < kWarmupFrames; ++i) frame(dt);
  const auto start = Clock::now();
  auto last = start;
  for (int i = 0; i < kMeasuredFrames; ++i) {
    frame(dt);
    const auto now = Clock::now();
    dt = std::chrono::duration<double>(now - last).count();
    last = now;
  }
  return std::chrono::duration<double>(Clock::now() - start).count() / kMeasuredFrames;
}

}  // namespace sb::bench
