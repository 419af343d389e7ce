#include "app/screens/debrief/last_play.hpp"

#include <sstream>

#include <spdlog/spdlog.h>

#include "app/screens/debrief/debrief_screen.hpp"
#include "sim/recording.hpp"
#include "sim/replay.hpp"
#include "storage/paths.hpp"
#include "storage/replays.hpp"
#include "text/strings.hpp"

namespace sb::app::debrief {

LastPlayLoader::LastPlayLoader(std::chrono::milliseconds budget)
    : job_(std::async(std::launch::async, [this, budget] { return run(budget); })) {}

LastPlayLoader::~LastPlayLoader() {
  stop_ = true;
  if (job_.valid()) job_.wait();
}

LastPlayLoader::Found LastPlayLoader::run(std::chrono::milliseconds budget) {
  const auto deadline = std::chrono::steady_clock::now() + budget;
  auto paths = storage::Paths::from_environment();
  Found found;
  bool out_of_time = false;
  storage::find_last_play(paths ? &*paths : nullptr, [&](const std::string& bytes) {
    if (stop_ || out_of_time) return true;  // stop looking
    std::istringstream in(bytes);
    std::string error;
    auto rec = sim::read_recording(in, &error);
    if (!rec) return false;
    done_ = 0;
    auto result = sim::replay_headless(*rec, &error, [&](std::uint64_t ticks) {
      done_ = ticks;
      if (std::chrono::steady_clock::now() > deadline) out_of_time = true;
      return !stop_ && !out_of_time;
    });
    if (!result.session) {
      if (out_of_time) spdlog::warn("last debrief: the replay ran past {} ms ({}); stopped", budget.count(), error);
      return out_of_time || stop_.load();
    }
    found.data = report::from_session(*result.session, *rec);
    return true;
  });
  if (!found.data) found.why_key = out_of_time ? "title.last_play_too_long" : paths ? "title.no_last_play" : "title.no_last_play.no_home";
  return found;
}

bool LastPlayLoader::ready() const {
  return job_.valid() && job_.wait_for(std::chrono::seconds(0)) == std::future_status::ready;
}

std::unique_ptr<Screen> LastPlayLoader::take(AppContext& ctx, std::string* why) {
  Found found = job_.get();
  if (!found.data) {
    if (why) *why = tr(found.why_key);
    return nullptr;
  }
  auto d = std::make_unique<DebriefScreen>(ctx, std::move(*found.data));
  d->set_back_pops(true);  // the title opened it over itself
  return d;
}

}  // namespace sb::app::debrief
