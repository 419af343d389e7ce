// The played caregiver: acts -> answers -> what the child learns (see acted_caregiver.hpp).
#include "mind/acted_caregiver.hpp"

#include <algorithm>
#include <cstring>

namespace sb::mind {
namespace {

// How long each act is carried out (seconds of scenario time); holding lasts
// until the child wants down or the player does something else.
double act_seconds(CaregiverAct a) {
  using A = CaregiverAct;
  switch (a) {
    case A::PickUp: case A::Soothe: case A::Repair: return 30.0;
    case A::GoTo: case A::FollowLead: return 6.0;
    case A::Busy: case A::Leave: return 12.0;
    case A::Loom: case A::Snap: case A::LaughAtFear: return 2.5;
    default: return 3.0;
  }
}

bool wants_down(Action a) {
  return a == Action::Play || a == Action::MoveAway || a == Action::PushAway || a == Action::TurnAway;
}

}  // namespace

std::optional<Exchange> exchange_for(const Cue& cue, CaregiverAct act, double latency) {
  if (!answers(act, cue.need)) return std::nullopt;
  Exchange e;
  e.contact_bid = cue.contact;
  e.latency = latency;
  if (is_frightening(act)) {
    e.answer = AnswerKind::Frighten;
  } else if (is_harsh(act) || (act == CaregiverAct::EncourageExplore && cue.need == Need::Comfort)) {
    // "Not now", a sharp word, a laugh at a fear, being sent off to play when
    // comfort was needed: the need was met with a rebuff.
    e.answer = AnswerKind::Dismiss;
  } else if (act == CaregiverAct::PickUp && cue.need == Need::Explore) {
    e.answer = AnswerKind::Intrude; // closeness on the caregiver's terms
    e.fit = act_fit(act, cue.need);
  } else {
    e.answer = AnswerKind::Comfort;
    e.fit = act_fit(act, cue.need);
  }
  return e;
}

double ActedCaregiver::warmth() const {
  if (is_frightening(doing_)) return 0.05;
  if (is_harsh(doing_)) return 0.2;
  if (doing_ == CaregiverAct::Leave) return 0.3;
  if (is_warm(doing_)) return 0.6 + 0.35 * std::max(fit_, 0.5);
  return 0.5;
}

CaregiverTick ActedCaregiver::tick(const Percept& p, Action child_action, const std::optional<Bid>& bid, CaregiverAct act,
                                   const ChildState& child, double anger, double fear, const WorkingModel& wm) {
  CaregiverTick out;
  const double now = p.time;
  if (!p.caregiver_present) {
    // Out of the room (by the story): no cue reaches her and no act lands.
    doing_ = CaregiverAct::None;
    holding_ = false;
    goal_ = MoveGoal::ToDoor;
    showing_ = AnswerKind::None;
    if (const auto pend = log_.pending()) {
      const Cue& c = log_.cues()[static_cast<std::size_t>(*pend)].cue;
      if (log_.expire(now) >= 0 && c.kind != CueKind::LookBack && c.kind != CueKind::HiddenNeed)
        out.learned = Exchange{c.contact, AnswerKind::Ignore, kAnswerWindow, 0.0};
    }
    return out;
  }

  // 1. The child's cue: a bid, or a glance back / a hidden need.
  const StrategyWeights w = wm.strategy();
  const auto stamp = [&](Cue c) {
    c.time = now;
    c.episode = p.episode;
    c.episode_time = p.episode_time;
    return c;
  };
  if (bid) {
    log_.add_cue(stamp(cue_for_bid(bid->action, w, child, anger, fear)));
  } else if (!log_.pending()) {
    Cue quiet;
    if (quiet_cue(child, w, true, now - log_.last_cue_time(), &quiet)) log_.add_cue(stamp(quiet));
  }

  // 2. The player's act: an answer to the waiting cue, or an act of her own.
  if (act != CaregiverAct::None) {
    const auto pend = log_.pending();
    const Cue cue = pend ? log_.cues()[static_cast<std::size_t>(*pend)].cue : Cue{};
    const bool playing = child_action == Action::Play;
    const int answered = log_.add_act(act, now, p.episode, p.episode_time, playing);
    if (answered >= 0) {
      if (auto e = exchange_for(cue, act, now - cue.time)) {
        out.learned = *e;
        out.answer_given = e->answer;
        fit_ = e->fit;
      }
    } else if (is_frightening(act)) {
      out.learned = Exchange{false, AnswerKind::Frighten, 0.0, 0.0, true};
      out.answer_given = AnswerKind::Frighten;
    } else if (playing && interferes_with_play(act)) {
      out.learned = Exchange{false, AnswerKind::Intrude, 0.0, 0.2, true};
      out.answer_given = AnswerKind::Intrude;
      fit_ = 0.2;
    } else if (act == CaregiverAct::Repair || ((act == CaregiverAct::Soothe || act == CaregiverAct::PickUp) &&
                                               child.expressed_distress > 0.3)) {
      // Coming back after a miss (Tronick): the child's lingering need is met now.
      out.learned = Exchange{true, AnswerKind::Comfort, 2.0, 0.8};
      out.answer_given = AnswerKind::Comfort;
      fit_ = 0.8;
    }
    if (is_frightening(act)) out.frightening_now = true;
    doing_ = act;
    doing_until_ = now + act_seconds(act);
    holding_ = act == CaregiverAct::PickUp || act == CaregiverAct::Soothe || act == CaregiverAct::Repair;
    held_for_ = 0.0;
    if (holding_ && fit_ <= 0.0) fit_ = 0.8;
  }

  // 3. A cue left unanswered: the child learns that no one came (as with an ignoring caregiver).
  if (const auto pend = log_.pending()) {
    const Cue c = log_.cues()[static_cast<std::size_t>(*pend)].cue;
    if (log_.expire(now) >= 0 && !out.learned && c.kind != CueKind::LookBack && c.kind != CueKind::HiddenNeed) {
      out.learned = Exchange{c.contact, AnswerKind::Ignore, kAnswerWindow, 0.0};
      out.answer_given = AnswerKind::Ignore;
    }
  }

  // 4. Carrying the act out.
  if (holding_) {
    if (p.touching_caregiver) held_for_ += p.dt;
    if (held_for_ > 1.0 && wants_down(child_action)) doing_until_ = now; // lets the child go back to play
  }
  if (doing_ != CaregiverAct::None && now >= doing_until_) {
    doing_ = CaregiverAct::None;
    holding_ = false;
  }
  using A = CaregiverAct;
  switch (doing_) {
    case A::GoTo: case A::PickUp: case A::Soothe: case A::Repair: case A::FollowLead: case A::SetLimit:
      goal_ = MoveGoal::TowardChild;
      break;
    case A::Loom: goal_ = MoveGoal::Loom; break;
    case A::Leave: goal_ = MoveGoal::ToDoor; break;
    case A::Busy: case A::None: goal_ = MoveGoal::ToSeat; break;
    default: goal_ = MoveGoal::Stay; break;
  }
  if (is_frightening(doing_)) showing_ = AnswerKind::Frighten;
  else if (is_harsh(doing_)) showing_ = AnswerKind::Dismiss;
  else if (holding_ || doing_ == A::NameFeeling || doing_ == A::EncourageExplore || doing_ == A::GoTo) showing_ = AnswerKind::Comfort;
  else showing_ = AnswerKind::None;
  return out;
}

std::uint64_t ActedCaregiver::hash() const {
  std::uint64_t h = log_.hash();
  auto mix = [&h](const void* data, std::size_t n) {
    const auto* b = static_cast<const unsigned char*>(data);
    for (std::size_t i = 0; i < n; ++i) h = (h ^ b[i]) * 0x100000001b3ull;
  };
  const double v[] = {doing_until_, held_for_, fit_};
  mix(v, sizeof v);
  const unsigned char f[] = {static_cast<unsigned char>(doing_), holding_, static_cast<unsigned char>(goal_)};
  mix(f, sizeof f);
  return h;
}

}  // namespace sb::mind
