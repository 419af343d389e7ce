// The observer's record: moments and per-episode tallies from actions and percepts.
#include "mind/behaviour_record.hpp"

#include <cstring>

namespace sb::mind {
namespace {
constexpr double kMinFreeze = 1.5;      // seconds of stillness before it counts as freezing
constexpr double kSustainedPlay = 5.0;  // seconds of play that count as "back to play"

bool starts(Action now, Action before, Action a) { return now == a && before != a; }
// Acts by which the child itself ends contact.
bool leaves_contact(Action a) {
  return a == Action::Play || a == Action::MoveAway || a == Action::PushAway || a == Action::TurnAway;
}
}  // namespace

BehaviourRecord::BehaviourRecord() {
  moments_.reserve(1024);
  episodes_.reserve(16);
}

EpisodeStats& BehaviourRecord::current(const Percept& p) {
  if (episodes_.empty() || episodes_.back().episode != p.episode) {
    EpisodeStats e;
    e.episode = p.episode;
    e.role = p.role;
    e.start_time = p.time - p.episode_time;
    e.caregiver_present_at_start = p.caregiver_present;
    episodes_.push_back(e);
    waiting_for_play_ = false;
    play_started_ = -1.0;
  }
  return episodes_.back();
}

Moment& BehaviourRecord::add(MomentKind k, const Percept& p, Action a, AnswerKind ans) {
  Moment m{k, p.episode, p.time, p.episode_time, a, ans, 0.0};
  moments_.push_back(m);
  if (sink_) {
    auto emit = [&](MindEvent::Kind kind) { sink_->push_back(MindEvent{kind, p.time, a, ans}); };
    switch (k) {
      case MomentKind::Bid: emit(MindEvent::Kind::Bid); break;
      case MomentKind::Answer: emit(MindEvent::Kind::Answer); break;
      case MomentKind::ContactStart: emit(MindEvent::Kind::ContactStart); break;
      case MomentKind::ContactEnd: emit(MindEvent::Kind::ContactEnd); break;
      case MomentKind::ApproachStart: emit(MindEvent::Kind::Approach); break;
      case MomentKind::Retreat: emit(MindEvent::Kind::Retreat); break;
      case MomentKind::BackToPlay: emit(MindEvent::Kind::BackToPlay); break;
      case MomentKind::FreezeStart: emit(MindEvent::Kind::Freeze); break;
      case MomentKind::Frightened: emit(MindEvent::Kind::Frightened); break;
      default: break;
    }
  }
  return moments_.back();
}

void BehaviourRecord::note_bid(const Percept& p, Action a, std::vector<MindEvent>* events) {
  sink_ = events;
  EpisodeStats& e = current(p);
  ++e.bids;
  if (e.first_bid < 0) e.first_bid = p.episode_time;
  last_bid_ = p.time;
  add(MomentKind::Bid, p, a);
  sink_ = nullptr;
}

void BehaviourRecord::note_answer(const Percept& p, AnswerKind k, std::vector<MindEvent>* events) {
  sink_ = events;
  current(p);
  add(MomentKind::Answer, p, Action::None, k);
  sink_ = nullptr;
}

void BehaviourRecord::observe(const Percept& p, Action action, const ChildState& child, AnswerKind showing,
                              bool fright_began, double baseline_arousal, std::vector<MindEvent>* events) {
  sink_ = events;
  EpisodeStats& e = current(p);
  const double now = p.time, et = p.episode_time, dt = p.dt;
  const bool present = p.caregiver_present;
  const bool touching = present && p.touching_caregiver;
  e.duration = et + dt;

  if (present && !was_present_) {
    add(MomentKind::CaregiverArrives, p);
    if (e.caregiver_arrival < 0) e.caregiver_arrival = et;
    last_arrival_ = now;
    calm_pending_ = true;
  } else if (!present && was_present_) {
    add(MomentKind::CaregiverLeaves, p);
    calm_pending_ = false;
  }
  if (present) e.caregiver_seconds += dt;
  if (fright_began) {
    last_fright_ = now;
    add(MomentKind::Frightened, p, action, showing);
  }

  // Walking off to a toy is not a retreat, nor is passing her on the way to one an
  // approach: moving counts by itself only when no other act explains it.
  const bool free_move = action == Action::None || action == Action::HideFeelings;
  const bool approaching = present && !touching &&
                           (action == Action::MoveToward || (free_move && p.child_speed_toward_caregiver > 0.3));
  const bool retreating = present && !touching &&
                          (action == Action::MoveAway || (free_move && p.child_speed_toward_caregiver < -0.3));

  if (approaching && !was_approaching_) {
    add(MomentKind::ApproachStart, p, action);
    if (e.first_approach < 0) e.first_approach = et;
    approach_started_ = now;
    approach_contacted_ = false;
    approach_averted_ = false;
    if (now - last_away_ < 2.0) ++e.rapid_alternations;
    last_toward_ = now;
  } else if (!approaching && was_approaching_) {
    approach_ended_ = now;
  }

  if (averted_pending_ > 0 && now - averted_pending_ <= 2.5 && ((approaching && !was_approaching_) || (touching && !was_touching_))) {
    approach_averted_ = true;
    averted_pending_ = -1.0;
    ++e.averted_approaches;
    add(MomentKind::AvertedApproach, p, action);
  } else if (averted_pending_ > 0 && now - averted_pending_ > 2.5) {
    averted_pending_ = -1.0;
  }

  if (touching && !was_touching_) {
    Moment& m = add(MomentKind::ContactStart, p, action);
    (void)m;
    open_contact_ = moments_.size() - 1;
    ++e.contacts;
    const bool own = was_approaching_ || now - approach_ended_ < 1.5 || action == Action::ReachUp;
    if (e.first_contact < 0) {
      e.first_contact = et;
      e.contact_by_own_approach = own;
    }
    approach_contacted_ = true;
    contact_started_ = now;
    waiting_for_play_ = false;
  } else if (!touching && was_touching_) {
    const double length = now - contact_started_;
    // Put down rather than leaving: watch for a protest in the next seconds.
    if (present && !leaves_contact(action)) released_at_ = now, release_protested_ = false;
    if (open_contact_ < moments_.size()) moments_[open_contact_].length = length;
    add(MomentKind::ContactEnd, p, action).length = length;
    if (length > e.longest_contact) e.longest_contact = length;
    waiting_for_play_ = true;
    play_started_ = -1.0;
  }
  if (touching) {
    e.contact_seconds += dt;
    if (action == Action::Cling) e.cling_seconds += dt;
    if (action == Action::None || action == Action::HideFeelings) e.sink_in_seconds += dt;
  }
  // Resisting release: crying, reaching or clinging again within 3 s of being put down.
  if (!release_protested_ && now - released_at_ <= 3.0 &&
      (action == Action::Cry || action == Action::ReachUp || action == Action::Cling || action == Action::MoveToward)) {
    ++e.resisted_release;
    release_protested_ = true;
  }

  if (retreating && !was_retreating_) {
    add(MomentKind::Retreat, p, action);
    if (e.first_move_away < 0) e.first_move_away = et;
    if (now - approach_started_ < 4.0 && !approach_contacted_) {
      ++e.approach_retreats;
      add(MomentKind::ApproachRetreat, p, action);
    }
    if (now - last_bid_ < 3.0) {
      ++e.bid_then_away;
      add(MomentKind::BidThenAway, p, action);
    }
    if (now - last_toward_ < 2.0) ++e.rapid_alternations;
    last_away_ = now;
  }
  if (retreating) e.move_away_seconds += dt;

  if (action != last_action_) {
    // Leaving a freeze: count it if it lasted.
    if (freezing_) {
      freezing_ = false;
      const double length = now - freeze_started_;
      if (length >= kMinFreeze) {
        ++e.freezes;
        e.freeze_seconds += length;
        if (length > e.longest_freeze) e.longest_freeze = length;
        if (present) e.freeze_seconds_with_caregiver += length;
        if (open_freeze_ < moments_.size()) moments_[open_freeze_].length = length;
      }
    }
    if (starts(action, last_action_, Action::TurnAway)) {
      ++e.turn_aways;
      if (e.first_turn_away < 0) e.first_turn_away = et;
      add(MomentKind::TurnAway, p, action);
      last_turn_ = now;
      // Turning the head away in the middle of an approach counts as
      // approaching with the head averted only if the approach goes on
      // (checked below); otherwise it is simply turning away.
      if (present && !touching && (approaching || now - approach_started_ < 1.0) && !approach_averted_)
        averted_pending_ = now;
    }
    if (starts(action, last_action_, Action::PushAway)) {
      ++e.pushes;
      add(MomentKind::PushAway, p, action);
    }
    if (starts(action, last_action_, Action::Freeze)) {
      freezing_ = true;
      freeze_started_ = now;
      add(MomentKind::FreezeStart, p, action);
      open_freeze_ = moments_.size() - 1;
      if (present && now - approach_ended_ < 1.0 && !approach_contacted_) {
        ++e.interrupted_approaches;
        add(MomentKind::InterruptedApproach, p, action);
      }
      if (present && now - last_arrival_ < 10.0) {
        ++e.disoriented;
        add(MomentKind::Disoriented, p, action);
      }
    }
    if ((action == Action::MoveAway || action == Action::Freeze || action == Action::TurnAway) && now - last_fright_ < 3.0) {
      ++e.apprehensions;
      add(MomentKind::Apprehension, p, action);
      last_fright_ = -1e9;  // one apprehension per fright
    }
    last_action_ = action;
    action_since_ = now;
  }

  if (action == Action::TurnAway) e.turn_away_seconds += dt;
  if (action == Action::PushAway) e.push_seconds += dt;
  if (action == Action::Cry) e.cry_seconds += dt;
  if (action == Action::Play) e.play_seconds += dt;
  if (present && !touching && now - last_arrival_ < 30.0 && now - last_bid_ > 5.0 && p.caregiver_distance < 3.5 &&
      (action == Action::Play || action == Action::TurnAway) && e.first_approach < 0)
    e.ignore_seconds += dt;

  // Back to play: sustained play after contact ended.
  if (waiting_for_play_) {
    if (action == Action::Play) {
      if (play_started_ < 0) play_started_ = et;
      if (et - play_started_ >= kSustainedPlay) {
        if (e.back_to_play < 0) e.back_to_play = play_started_;
        Percept at = p;
        at.episode_time = play_started_;
        at.time = now - (et - play_started_);
        add(MomentKind::BackToPlay, at, action);
        waiting_for_play_ = false;
      }
    } else {
      play_started_ = -1.0;
    }
  }

  if (calm_pending_ && e.caregiver_arrival >= 0 && child.arousal <= baseline_arousal + 0.08) {
    e.calm_after = et - e.caregiver_arrival;
    calm_pending_ = false;
  }

  e.arousal_sum += child.arousal;
  e.shown_sum += child.expressed_distress;
  if (child.arousal > e.peak_arousal) e.peak_arousal = child.arousal;
  ++e.samples;

  was_present_ = present;
  was_touching_ = touching;
  was_approaching_ = approaching;
  was_retreating_ = retreating;
  sink_ = nullptr;
}

std::uint64_t BehaviourRecord::hash() const {
  std::uint64_t h = 0xcbf29ce484222325ull;
  auto mix = [&h](double v) {
    std::uint64_t bits;
    std::memcpy(&bits, &v, sizeof bits);
    h = (h ^ bits) * 0x100000001b3ull;
  };
  mix(static_cast<double>(moments_.size()));
  for (const Moment& m : moments_) {
    mix(m.time);
    mix(static_cast<double>(m.kind));
  }
  for (const EpisodeStats& e : episodes_) {
    mix(e.arousal_sum);
    mix(e.contact_seconds);
    mix(static_cast<double>(e.bids));
  }
  return h;
}

const char* to_string(MomentKind k) {
  switch (k) {
    case MomentKind::CaregiverArrives: return "caregiver-arrives";
    case MomentKind::CaregiverLeaves: return "caregiver-leaves";
    case MomentKind::Bid: return "bid";
    case MomentKind::Answer: return "answer";
    case MomentKind::ApproachStart: return "approach";
    case MomentKind::ContactStart: return "contact-start";
    case MomentKind::ContactEnd: return "contact-end";
    case MomentKind::Retreat: return "retreat";
    case MomentKind::TurnAway: return "turn-away";
    case MomentKind::PushAway: return "push-away";
    case MomentKind::FreezeStart: return "freeze";
    case MomentKind::BackToPlay: return "back-to-play";
    case MomentKind::ApproachRetreat: return "approach-retreat";
    case MomentKind::AvertedApproach: return "averted-approach";
    case MomentKind::InterruptedApproach: return "interrupted-approach";
    case MomentKind::Apprehension: return "apprehension";
    case MomentKind::Disoriented: return "disoriented";
    case MomentKind::BidThenAway: return "bid-then-away";
    case MomentKind::Frightened: return "frightened";
  }
  return "?";
}

}  // namespace sb::mind
