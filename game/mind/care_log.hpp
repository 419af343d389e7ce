#pragma once
// The observer of the player as caregiver: every cue the child sent, every act
// the caregiver did, and how each cue was answered. Coded afterwards on
// Ainsworth's four maternal care scales (1–9: sensitivity, acceptance,
// cooperation, accessibility; Ainsworth, Bell & Stayton 1974), a frightening
// rate (Main & Hesse 1990) and a repair ratio (ruptures followed by repair;
// Tronick & Gold 2020). Kindly: the reasons point at moments and say what
// helped as well as what was missed. MODEL.md, "Coding the player".
#include <cstdint>
#include <optional>
#include <vector>

#include "mind/child_cues.hpp"

namespace sb::mind {

// A cue is answered when an act meets it within this many seconds.
constexpr double kAnswerWindow = 8.0;
// A rupture counts as repaired when a warm act follows within this many seconds.
constexpr double kRepairWindow = 20.0;

struct CueRecord {
  Cue cue;
  bool closed = false;
  CaregiverAct answer = CaregiverAct::None; // None: not answered in time
  double latency = -1;                      // seconds from the cue to the answer
};

struct ActRecord {
  CaregiverAct act = CaregiverAct::None;
  double time = 0.0;
  int episode = 0;
  double episode_time = 0.0;
  int cue = -1;              // index into cues() when it answered one
  bool child_playing = false; // the child was playing and sent no cue
};

// The caregiver's care, coded. Scales are 1..9; `frightening` is the share of
// answers that were frightening (0..1), comparable with CaregiverParams.
struct CareCoding {
  double sensitivity = 5, acceptance = 5, cooperation = 5, accessibility = 5, frightening = 0;
  int cues = 0, answered = 0, clear_cues = 0, miscues = 0, miscues_answered = 0;
  double mean_latency = -1; // seconds, over answered cues
  int ruptures = 0, repairs = 0;
  double repair_ratio = -1; // repairs / ruptures; -1 with no ruptures
  std::vector<Reason> reasons; // moments, kindly worded; keys "care.*" in the string tables
};

class CareLog {
 public:
  // A new cue; returns false (and records nothing) while another waits.
  bool add_cue(const Cue& c);
  // An act; answers the waiting cue when it is an answer to it. Returns the
  // index of the cue it answered, or -1.
  int add_act(CaregiverAct a, double time, int episode, double episode_time, bool child_playing);
  // Closes a waiting cue that has gone unanswered for kAnswerWindow seconds.
  // Returns its index, or -1.
  int expire(double now);

  // Adds another log after this one (its times shifted by time_offset), e.g. a
  // first year followed by a scene; waiting cues are closed as unanswered.
  void append(const CareLog& other, double time_offset);

  std::optional<int> pending() const;
  const std::vector<CueRecord>& cues() const { return cues_; }
  const std::vector<ActRecord>& acts() const { return acts_; }
  double last_cue_time() const { return last_cue_time_; }

  CareCoding code() const;
  std::uint64_t hash() const;

 private:
  std::vector<CueRecord> cues_;
  std::vector<ActRecord> acts_;
  double last_cue_time_ = -1e9;
};

// Does this act answer a cue with this need? (Waiting and watching answers a
// glance back, not a cry; going busy or leaving answers nothing.)
bool answers(CaregiverAct a, Need need);

}  // namespace sb::mind
