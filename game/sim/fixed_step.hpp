#pragma once
// Nystrom's game loop: real frame time accumulates; the simulation takes whole
// fixed steps out of it; what is left is the interpolation factor for drawing.
namespace sb::sim {

class FixedStep {
 public:
  explicit FixedStep(double step_seconds, int max_steps_per_frame = 8)
      : step_(step_seconds), max_steps_(max_steps_per_frame) {}

  // Returns how many fixed steps to run for a frame that took `frame_seconds`.
  // A long stall (a dragged window, a breakpoint) is capped rather than replayed
  // at full length, so the game never spirals trying to catch up.
  int advance(double frame_seconds) {
    if (frame_seconds < 0) frame_seconds = 0;
    accumulator_ += frame_seconds;
    int steps = 0;
    while (accumulator_ >= step_ && steps < max_steps_) {
      accumulator_ -= step_;
      ++steps;
    }
    if (steps == max_steps_ && accumulator_ >= step_) accumulator_ = 0;
    return steps;
  }
  double alpha() const { return accumulator_ / step_; } // 0..1, for interpolation
  double step() const { return step_; }

 private:
  double step_;
  int max_steps_;
  double accumulator_ = 0;
};

}  // namespace sb::sim
