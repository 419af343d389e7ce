#include "sim/interrupt.hpp"

#include <atomic>
#include <csignal>

namespace sb::sim {
namespace {
// Lock-free, so setting it is async-signal-safe.
std::atomic<bool> g_interrupted{false};
static_assert(std::atomic<bool>::is_always_lock_free);
int g_depth = 0;  // scopes alive; only the outermost installs the handler (they live on one thread)

extern "C" void on_sigint(int) { g_interrupted.store(true); }
}  // namespace

struct InterruptScope::Saved {
  struct sigaction old {};
};

InterruptScope::InterruptScope() : saved_(nullptr) {
  if (g_depth++ > 0) return;
  saved_ = new Saved;
  g_interrupted.store(false);
  struct sigaction sa {};
  sa.sa_handler = on_sigint;
  sigemptyset(&sa.sa_mask);
  sa.sa_flags = SA_RESETHAND | SA_RESTART;  // the second Ctrl-C is the default: end now
  sigaction(SIGINT, &sa, &saved_->old);
}

InterruptScope::~InterruptScope() {
  --g_depth;
  if (!saved_) return;
  sigaction(SIGINT, &saved_->old, nullptr);
  delete saved_;
}

bool InterruptScope::requested() const { return g_interrupted.load(); }

}  // namespace sb::sim
