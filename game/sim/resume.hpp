#pragma once
// Bringing a saved play back, and stepping back in one (rollback). Both are the same
// act: a fresh Session re-simulates a recording's inputs up to a tick, so the state
// it reaches is the state the play had there (same inputs, same seed, same hash).
// Resuming goes a slice at a time, so a window can draw a progress bar between slices.
//
//   auto r = Resumer::start(recording, &error);   // null when the scenario is gone
//   while (!r->step_for(std::chrono::milliseconds(12))) draw_progress(r->fraction());
//   std::unique_ptr<Session> s = r->take_session();
#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "sim/recording.hpp"
#include "sim/session.hpp"

namespace sb::sim {

class Resumer {
 public:
  // Builds the session the recording was made with (replay.hpp's session_for); null
  // and *error filled when the scenario cannot be found or loaded.
  static std::unique_ptr<Resumer> start(Recording recording, std::string* error);

  // Steps up to `ticks` recorded inputs; true once every one has been stepped.
  bool step(std::uint64_t ticks);
  // Steps until done or until `budget` of wall time has passed; true once done.
  bool step_for(std::chrono::steady_clock::duration budget);

  bool done() const { return done_ == total_; }
  std::uint64_t ticks_done() const { return done_; }
  std::uint64_t ticks_total() const { return total_; }
  double fraction() const { return total_ == 0 ? 1.0 : double(done_) / double(total_); }
  // Whether the state reached is the one the recording says it saved (its final hash);
  // false when the scenario file changed since. Meaningful once done().
  bool hash_matches() const;

  Session& session() { return *session_; }
  std::unique_ptr<Session> take_session() { return std::move(session_); }
  const Recording& recording() const { return recording_; }
  // Every input stepped so far, one per tick (for live reload's log).
  const std::vector<InputCommand>& inputs() const { return stepped_; }
  // Called after each tick with the session and the input it took (the backlog watches the story this way).
  std::function<void(const Session&, const InputCommand&)> on_tick;

 private:
  Resumer(Recording r, std::unique_ptr<Session> s);
  Recording recording_;
  std::unique_ptr<Session> session_;
  std::vector<InputCommand> stepped_;
  std::uint64_t done_ = 0, total_ = 0;
  std::size_t run_ = 0;        // the input run being stepped
  std::uint32_t in_run_ = 0;   // ticks of it already stepped
};

// The first `ticks` ticks of a recording (all of it when it is shorter); final_hash is
// cleared, since it belonged to the longer play.
Recording truncated(const Recording& r, std::uint64_t ticks);

}  // namespace sb::sim
