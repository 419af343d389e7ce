#include "sim/resume.hpp"

#include <algorithm>

#include "sim/replay.hpp"

namespace sb::sim {

Resumer::Resumer(Recording r, std::unique_ptr<Session> s)
    : recording_(std::move(r)), session_(std::move(s)), total_(recording_.ticks()) {
  stepped_.reserve(static_cast<std::size_t>(total_));
}

std::unique_ptr<Resumer> Resumer::start(Recording recording, std::string* error) {
  auto session = session_for(recording, error);
  if (!session) return nullptr;
  return std::unique_ptr<Resumer>(new Resumer(std::move(recording), std::move(session)));
}

bool Resumer::step(std::uint64_t ticks) {
  for (std::uint64_t i = 0; i < ticks && !done(); ++i) {
    while (in_run_ >= recording_.inputs[run_].count) ++run_, in_run_ = 0;
    const InputCommand& in = recording_.inputs[run_].input;
    session_->step(in);
    stepped_.push_back(in);
    if (on_tick) on_tick(*session_, in);
    ++in_run_;
    ++done_;
  }
  return done();
}

bool Resumer::step_for(std::chrono::steady_clock::duration budget) {
  const auto until = std::chrono::steady_clock::now() + budget;
  // A few dozen ticks between looks at the clock: a tick costs well under a millisecond.
  while (!step(32))
    if (std::chrono::steady_clock::now() >= until) return false;
  return true;
}

bool Resumer::hash_matches() const { return done() && session_ && session_->hash() == recording_.final_hash; }

Recording truncated(const Recording& r, std::uint64_t ticks) {
  Recording out = r;
  out.inputs.clear();
  out.final_hash = 0;
  std::uint64_t left = ticks;
  for (const InputRun& run : r.inputs) {
    if (left == 0) break;
    const std::uint32_t take = static_cast<std::uint32_t>(std::min<std::uint64_t>(run.count, left));
    out.inputs.push_back({take, run.input});
    left -= take;
  }
  return out;
}

}  // namespace sb::sim
