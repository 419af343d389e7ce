// The caregiver's behaviour over time, from the policy's answers and own acts.
#include "mind/caregiver_agent.hpp"

#include <cstring>

namespace sb::mind {
namespace {
constexpr double kIgnoredAfter = 8.0;  // seconds: an unanswered bid counts as ignored
bool wants_down(Action a) {
  return a == Action::Play || a == Action::MoveAway || a == Action::PushAway || a == Action::TurnAway;
}
}  // namespace

void CaregiverAgent::begin(Mode m, double now, double seconds) {
  mode_ = m;
  mode_until_ = now + seconds;
  held_for_ = 0.0;
  apart_for_ = 0.0;
}

double CaregiverAgent::warmth() const {
  switch (mode_) {
    case Mode::Comforting: case Mode::Acknowledging: case Mode::Greeting: return 0.6 + 0.35 * fit_;
    case Mode::Dismissing: return 0.2;
    case Mode::Intruding: return 0.45;
    case Mode::Frightening: return 0.05;
    case Mode::Dissociating: return 0.15;
    case Mode::Idle: break;
  }
  return 0.25 + 0.04 * policy_.params().acceptance;
}

CaregiverTick CaregiverAgent::tick(const Percept& p, Action child_action, const std::optional<Bid>& bid, Rng& rng) {
  CaregiverTick out;
  const double now = p.time;
  if (!p.caregiver_present) {
    // Out of the room: bids are not hers to answer and nothing is learned.
    pending_ = false;
    mode_ = Mode::Idle;
    was_present_ = false;
    goal_ = MoveGoal::ToDoor;
    showing_ = AnswerKind::None;
    return out;
  }
  if (!was_present_) {
    // Coming back in: a frightening entrance (looming), a greeting that goes to
    // the child, or a greeting from the chair.
    was_present_ = true;
    if (rng.chance(policy_.params().frightening * 0.5)) {
      begin(Mode::Frightening, now, 2.5);
      out.frightening_now = true;
      out.answer_given = AnswerKind::Frighten;
    } else if (rng.chance(policy_.greets_by_approach())) {
      begin(Mode::Greeting, now, 8.0);
    }
  }

  // A new bid is taken up unless one is already waiting or she is holding the child.
  if (bid && !pending_ && mode_ != Mode::Comforting) {
    pending_ = true;
    pending_bid_ = *bid;
    bid_time_ = now;
    planned_ = policy_.answer(bid->contact, bid->urgency, rng);
  }

  if (pending_ && now - bid_time_ >= planned_.latency) {
    pending_ = false;
    Exchange e{pending_bid_.contact, planned_.kind, planned_.latency, planned_.fit};
    out.learned = e;
    out.answer_given = planned_.kind;
    fit_ = planned_.fit;
    switch (planned_.kind) {
      case AnswerKind::Comfort:
        if (pending_bid_.urgency >= 0.45) begin(Mode::Comforting, now, 1e9);
        else begin(Mode::Acknowledging, now, 2.5);
        break;
      case AnswerKind::Dismiss: begin(Mode::Dismissing, now, 3.5); break;
      case AnswerKind::Intrude: begin(Mode::Intruding, now, 4.0); break;
      case AnswerKind::Frighten: begin(Mode::Frightening, now, 2.5); out.frightening_now = true; break;
      case AnswerKind::Dissociate: begin(Mode::Dissociating, now, 5.0); out.frightening_now = true; break;
      default: break;
    }
  } else if (pending_ && planned_.kind == AnswerKind::Ignore && now - bid_time_ >= kIgnoredAfter) {
    pending_ = false;
    out.learned = Exchange{pending_bid_.contact, AnswerKind::Ignore, kIgnoredAfter, 0.0};
    out.answer_given = AnswerKind::Ignore;
  }

  // The current spell.
  switch (mode_) {
    case Mode::Greeting:
      if (p.touching_caregiver && (child_action == Action::Cling || child_action == Action::ReachUp)) {
        fit_ = policy_.answer(true, 0.6, rng).fit;
        begin(Mode::Comforting, now, 1e9);
      } else if (now >= mode_until_ || wants_down(child_action)) {
        mode_ = Mode::Idle;
      }
      break;
    case Mode::Comforting:
      if (p.touching_caregiver) {
        held_for_ += p.dt;
        apart_for_ = 0.0;
        if (held_for_ > policy_.hold_seconds()) {
          // Put down before the child is ready: for the child, a rebuffed bid.
          if (child_action == Action::Cling || child_action == Action::Cry || child_action == Action::ReachUp) {
            out.learned = Exchange{true, AnswerKind::Dismiss, 0.0, 0.0};
            out.answer_given = AnswerKind::Dismiss;
            begin(Mode::Dismissing, now, 3.5);
          } else {
            mode_ = Mode::Idle;
          }
        } else if (wants_down(child_action) && held_for_ > 1.0) {
          mode_ = Mode::Idle;  // lets the child go back to play
        }
      } else {
        apart_for_ += p.dt;
        if (apart_for_ > 8.0 || (held_for_ > 1.0 && wants_down(child_action))) mode_ = Mode::Idle;
      }
      break;
    case Mode::Idle:
      // Behaviour of her own: interfering with play, frightening moments.
      if (child_action == Action::Play && rng.chance(policy_.intrusion_rate() * p.dt)) {
        begin(Mode::Intruding, now, 4.0);
        out.answer_given = AnswerKind::Intrude;
      } else if (rng.chance(policy_.fright_rate() * p.dt)) {
        const bool loom = rng.chance(0.6);
        begin(loom ? Mode::Frightening : Mode::Dissociating, now, loom ? 2.5 : 5.0);
        out.frightening_now = true;
        out.answer_given = loom ? AnswerKind::Frighten : AnswerKind::Dissociate;
      }
      break;
    default:
      if (now >= mode_until_) mode_ = Mode::Idle;
      break;
  }

  switch (mode_) {
    case Mode::Idle: goal_ = MoveGoal::ToSeat; showing_ = AnswerKind::None; break;
    case Mode::Greeting: goal_ = MoveGoal::TowardChild; showing_ = AnswerKind::None; break;
    case Mode::Comforting: goal_ = MoveGoal::TowardChild; showing_ = AnswerKind::Comfort; break;
    case Mode::Acknowledging: goal_ = MoveGoal::Stay; showing_ = AnswerKind::Comfort; break;
    case Mode::Dismissing: goal_ = MoveGoal::ToSeat; showing_ = AnswerKind::Dismiss; break;
    case Mode::Intruding: goal_ = MoveGoal::TowardChild; showing_ = AnswerKind::Intrude; break;
    case Mode::Frightening: goal_ = MoveGoal::Loom; showing_ = AnswerKind::Frighten; break;
    case Mode::Dissociating: goal_ = MoveGoal::Stay; showing_ = AnswerKind::Dissociate; break;
  }
  return out;
}

std::uint64_t CaregiverAgent::hash() const {
  std::uint64_t h = 0xcbf29ce484222325ull;
  auto mix = [&h](const void* data, std::size_t n) {
    const auto* b = static_cast<const unsigned char*>(data);
    for (std::size_t i = 0; i < n; ++i) h = (h ^ b[i]) * 0x100000001b3ull;
  };
  const double values[] = {mode_until_, held_for_, apart_for_, fit_, bid_time_, planned_.latency, planned_.fit};
  mix(values, sizeof values);
  const unsigned char flags[] = {static_cast<unsigned char>(mode_), was_present_, pending_,
                                 static_cast<unsigned char>(planned_.kind), static_cast<unsigned char>(goal_)};
  mix(flags, sizeof flags);
  return h;
}

}  // namespace sb::mind
