#include "app/platform/quit_signal.hpp"

#include <csignal>

namespace sb::app {
namespace {

volatile std::sig_atomic_t g_requested = 0;
constexpr int kSignals[] = {SIGTERM, SIGHUP, SIGINT};
struct sigaction g_before[3];

extern "C" void on_quit_signal(int) { g_requested = 1; }

}  // namespace

QuitSignals::QuitSignals() {
  g_requested = 0;
  struct sigaction sa{};
  sa.sa_handler = on_quit_signal;
  sigemptyset(&sa.sa_mask);
  for (int i = 0; i < 3; ++i) sigaction(kSignals[i], &sa, &g_before[i]);
}

QuitSignals::~QuitSignals() {
  for (int i = 0; i < 3; ++i) sigaction(kSignals[i], &g_before[i], nullptr);
}

bool QuitSignals::requested() const { return g_requested != 0; }

}  // namespace sb::app
