#pragma once
// "Last debrief" from the title (issue 16 part 9): the last play (this run's, else the
// newest readable replay file) is replayed headless on a worker thread, within a time
// budget, so a long or hostile replay never freezes the title. The title polls it each
// tick; a replay that runs past the budget is stopped and the player told why.
#include <atomic>
#include <chrono>
#include <cstdint>
#include <future>
#include <memory>
#include <optional>
#include <string>

#include "app/platform/app_context.hpp"
#include "app/screens/screen.hpp"
#include "report/debrief_data.hpp"

namespace sb::app::debrief {

class LastPlayLoader {
 public:
  // Enough for any play a scenario makes in Release (a three-hour file takes longer: it is stopped).
  static constexpr std::chrono::milliseconds kBudget{8000};
  explicit LastPlayLoader(std::chrono::milliseconds budget = kBudget);
  ~LastPlayLoader();  // stops the worker and waits for it
  LastPlayLoader(const LastPlayLoader&) = delete;
  LastPlayLoader& operator=(const LastPlayLoader&) = delete;

  bool ready() const;
  // Once ready: the debrief screen, or null and *why (in the player's language).
  std::unique_ptr<Screen> take(AppContext& ctx, std::string* why);
  // Ticks replayed so far, of the replay in hand.
  std::uint64_t ticks_done() const { return done_.load(); }

 private:
  struct Found {
    std::optional<report::DebriefData> data;
    std::string why_key;  // a string id when there is none
  };
  Found run(std::chrono::milliseconds budget);
  std::atomic<bool> stop_{false};
  std::atomic<std::uint64_t> done_{0};
  std::future<Found> job_;
};

}  // namespace sb::app::debrief
