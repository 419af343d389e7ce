#pragma once
// What an observer behind the one-way mirror writes down: timestamped moments
// (bids, approaches, contacts, pushes, turning away, freezing, approach-retreat,
// going back to play) and per-episode tallies. Computed from actions and
// percepts only, so the player's play and the AI child's are coded the same way.
#include <cstdint>
#include <vector>

#include "mind/dyad.hpp"

namespace sb::mind {

enum class MomentKind : std::uint8_t {
  CaregiverArrives, CaregiverLeaves, Bid, Answer, ApproachStart, ContactStart, ContactEnd, Retreat, TurnAway,
  PushAway, FreezeStart, BackToPlay, ApproachRetreat, AvertedApproach, InterruptedApproach, Apprehension,
  Disoriented, BidThenAway, Frightened
};
const char* to_string(MomentKind k);

struct Moment {
  MomentKind kind;
  int episode = 0;
  double time = 0.0;          // scenario seconds
  double episode_time = 0.0;  // seconds since the episode began
  Action action = Action::None;
  AnswerKind answer = AnswerKind::None;
  double length = 0.0;        // seconds, for contacts and freezes (filled in when they end)
};

struct EpisodeStats {
  int episode = 0;
  EpisodeRole role = EpisodeRole::Free;
  double start_time = 0.0, duration = 0.0;
  double caregiver_arrival = -1.0;  // episode seconds when she (re)entered, -1 if she did not
  bool caregiver_present_at_start = false;
  double caregiver_seconds = 0.0;   // seconds she was present
  // Seconds are episode seconds (since the episode began); -1 = never.
  double first_approach = -1, first_contact = -1, first_bid = -1, first_turn_away = -1, first_move_away = -1;
  bool contact_by_own_approach = false;
  int contacts = 0;
  double contact_seconds = 0, longest_contact = 0, cling_seconds = 0;
  // The child's own efforts to keep contact (Ainsworth's contact maintaining):
  // protesting or holding on when put down, and sinking in while held.
  int resisted_release = 0;
  double sink_in_seconds = 0;
  int pushes = 0;
  double push_seconds = 0;
  int turn_aways = 0;
  double turn_away_seconds = 0, move_away_seconds = 0;
  double ignore_seconds = 0;        // playing on, no bid, while she is back and near (first 30 s)
  int bids = 0;
  double cry_seconds = 0, play_seconds = 0;
  int freezes = 0;
  double freeze_seconds = 0, longest_freeze = 0, freeze_seconds_with_caregiver = 0;
  int approach_retreats = 0, averted_approaches = 0, interrupted_approaches = 0, apprehensions = 0,
      disoriented = 0, bid_then_away = 0, rapid_alternations = 0;
  double back_to_play = -1;         // episode seconds when sustained play resumed after contact
  double calm_after = -1;           // seconds after her arrival until arousal was back near baseline
  double arousal_sum = 0, shown_sum = 0, peak_arousal = 0;
  int samples = 0;
  double mean_arousal() const { return samples ? arousal_sum / samples : 0.0; }
  double mean_shown() const { return samples ? shown_sum / samples : 0.0; }
};

class BehaviourRecord {
 public:
  BehaviourRecord();

  // One tick of observation. New moments are also appended to *events (for the
  // dyad's output), when given.
  void observe(const Percept& p, Action action, const ChildState& child, AnswerKind caregiver_showing,
               bool fright_began, double baseline_arousal, std::vector<MindEvent>* events);
  void note_bid(const Percept& p, Action a, std::vector<MindEvent>* events);
  void note_answer(const Percept& p, AnswerKind k, std::vector<MindEvent>* events);

  const std::vector<Moment>& moments() const { return moments_; }
  const std::vector<EpisodeStats>& episodes() const { return episodes_; }
  std::uint64_t hash() const;

 private:
  EpisodeStats& current(const Percept& p);
  Moment& add(MomentKind k, const Percept& p, Action a = Action::None, AnswerKind ans = AnswerKind::None);
  std::vector<MindEvent>* sink_ = nullptr;  // set only during a call

  std::vector<Moment> moments_;
  std::vector<EpisodeStats> episodes_;
  // Tracking between ticks.
  bool was_present_ = false, was_touching_ = false, was_approaching_ = false, was_retreating_ = false;
  Action last_action_ = Action::None;
  double action_since_ = 0.0;
  double approach_started_ = -1e9, approach_ended_ = -1e9, last_bid_ = -1e9, last_fright_ = -1e9,
         last_arrival_ = -1e9, contact_started_ = 0, freeze_started_ = 0, last_turn_ = -1e9,
         last_toward_ = -1e9, last_away_ = -1e9;
  bool approach_contacted_ = false, approach_averted_ = false, freezing_ = false, waiting_for_play_ = false,
       calm_pending_ = false;
  double play_started_ = -1.0;
  double released_at_ = -1e9;      // when contact last ended while the child was not leaving
  bool release_protested_ = true;
  double averted_pending_ = -1.0;  // when a turn-away interrupted an approach
  std::size_t open_contact_ = 0, open_freeze_ = 0;
};

}  // namespace sb::mind
