#pragma once
// Ctrl-C during long headless work: the first SIGINT sets a flag that the work
// polls, so it can stop between runs and report what it finished; the handler
// then resets itself, so a second Ctrl-C ends the program at once.
namespace sb::sim {

class InterruptScope {
public:
  InterruptScope();   // installs the SIGINT handler and clears the flag
  ~InterruptScope();  // restores the handler that was there before
  InterruptScope(const InterruptScope&) = delete;
  InterruptScope& operator=(const InterruptScope&) = delete;

  bool requested() const; // a SIGINT arrived while this scope was alive

private:
  struct Saved;
  Saved* saved_;
};

// The exit code of work stopped by Ctrl-C (128 + SIGINT, as shells report it).
constexpr int kInterruptedExit = 130;

}  // namespace sb::sim
