#pragma once
// "Months in minutes" (issue 14): a first year of short everyday moments —
// feeding, a bump, a bath, bedtime, a stranger visiting, a tower that falls,
// play — in each of which the child sends a cue shaped by what it has learned
// so far and the caregiver (a person or a scripted player) answers with an act.
// The child learns from each answer through the same exchange and the same
// WorkingModel::learn as from a preset caregiver in "the months before"
// (prior_history.hpp), so its expectations change exactly as they would.
#include <array>
#include <cstdint>
#include <vector>

#include "mind/care_log.hpp"
#include "mind/rng.hpp"
#include "mind/working_model.hpp"

namespace sb::mind {

enum class YearMoment : std::uint8_t { Feeding, Bump, Bath, Bedtime, Stranger, TowerFalls, Play };
constexpr int kYearMomentCount = 7;
const char* to_string(YearMoment k); // "feeding", "tower-falls", …

// An act the answerer decides on, and how many seconds after the cue it comes.
struct PlannedAct {
  CaregiverAct act = CaregiverAct::None; // None: nothing comes
  double latency = 0.0;
};

// Whoever plays the caregiver in the first year: the player's choice, or a script.
class CareAnswerer {
 public:
  virtual ~CareAnswerer() = default;
  // The answer to a cue (None: it goes unanswered).
  virtual PlannedAct answer(const Cue& cue, Rng& rng) = 0;
  // Something of her own while the child plays between cues (None: nothing).
  virtual CaregiverAct while_playing(Rng& rng) = 0;
};

// The child's expectations after a moment, for the inset ("does she come, is
// closeness welcome, can I tell what she'll do, am I safe").
struct Expectations {
  double available = 0.5, accepting = 0.5, predictable = 0.5, safe = 0.75;
  Strategy strategy = Strategy::Direct;
};

struct MomentResult {
  YearMoment kind = YearMoment::Play;
  double month = 0;      // 0..12
  Cue cue;
  PlannedAct answer;
  Expectations after;
};

class FirstYear {
 public:
  // `moments` over twelve months; each moment stands for about a minute of the year.
  FirstYear(WorkingModel& wm, double soothability, std::uint64_t seed, int moments);

  bool done() const { return index_ >= moments_; }
  int index() const { return index_; }
  int moments() const { return moments_; }
  double month() const { return 12.0 * index_ / moments_; }

  // The next moment and the child's cue in it. Call answer() after.
  const Cue& begin_moment();
  YearMoment moment_kind() const { return kind_; }
  // The caregiver's answer; the child learns from it. Returns what happened.
  MomentResult answer(const PlannedAct& a);
  // A whole moment with a scripted answerer (and what she does between cues).
  MomentResult live_moment(CareAnswerer& who);

  const CareLog& log() const { return log_; }
  const std::vector<Expectations>& history() const { return history_; } // one per moment
  Expectations expectations() const;

 private:
  WorkingModel& wm_;
  double soothability_;
  Rng rng_;
  int moments_;
  int index_ = 0;
  YearMoment kind_ = YearMoment::Play;
  Cue cue_;
  CareLog log_;
  std::vector<Expectations> history_;
};

// Lives `moments` moments with a scripted answerer: "the months before" for a
// played caregiver (simulate --as caregiver).
void live_first_year(WorkingModel& wm, double soothability, CareAnswerer& who, std::uint64_t seed, int moments,
                     CareLog* log = nullptr);

}  // namespace sb::mind
