// The caregiver's answers, drawn from the four scales and the frightening rate.
#include "mind/caregiver_policy.hpp"

#include <algorithm>

namespace sb::mind {
namespace {
double clamp01(double v) { return std::clamp(v, 0.0, 1.0); }
}  // namespace

double CaregiverPolicy::p_notice(double urgency) const {
  // Noticing a signal rests on sensitivity and on being psychologically there.
  return std::clamp(0.1 + 0.05 * p_.sensitivity + 0.05 * p_.accessibility + 0.08 * urgency, 0.05, 0.98);
}

double CaregiverPolicy::p_repair() const {
  // A missed cue is noticed a little later and made good (Tronick: repair is the
  // normal course of sensitive care, not its failure).
  return clamp01(0.08 * p_.sensitivity * p_.accessibility / 9.0);
}

double CaregiverPolicy::p_accept(bool contact_bid) const {
  // Rejection bears most on bids for contact (Ainsworth: A mothers were averse to
  // close bodily contact but not unresponsive at a distance).
  // Sensitivity enters too: reading the need right makes a fitting answer likelier.
  return contact_bid ? std::clamp(0.02 + 0.09 * p_.acceptance + 0.03 * p_.sensitivity, 0.0, 0.97)
                     : std::clamp(0.25 + 0.06 * p_.acceptance + 0.02 * p_.sensitivity, 0.0, 0.97);
}

double CaregiverPolicy::p_intrude() const {
  // Low cooperation: the answer comes on the caregiver's terms, cutting across
  // what the child is doing.
  return clamp01((9.0 - p_.cooperation) / 15.0);
}

double CaregiverPolicy::intrusion_rate() const { return (9.0 - p_.cooperation) * 0.004; }
double CaregiverPolicy::fright_rate() const { return p_.frightening * 0.015; }
double CaregiverPolicy::hold_seconds() const { return 3.0 + p_.acceptance * p_.acceptance; }
double CaregiverPolicy::greets_by_approach() const {
  return clamp01(0.05 + 0.05 * p_.sensitivity + 0.055 * p_.acceptance);
}

PlannedAnswer CaregiverPolicy::answer(bool contact_bid, double urgency, Rng& rng) const {
  PlannedAnswer a;
  const double fit = clamp01(0.3 + 0.075 * p_.sensitivity + 0.08 * rng.normal());
  if (rng.chance(p_.frightening)) {
    // Frightening (looming, sudden) or frightened/dissociated (stilled, absent).
    a.kind = rng.chance(0.6) ? AnswerKind::Frighten : AnswerKind::Dissociate;
    a.latency = rng.uniform(0.5, 2.5);
    return a;
  }
  const double base_latency = 0.8 + (9.0 - p_.sensitivity) * 0.7;
  if (!rng.chance(p_notice(urgency))) {
    if (rng.chance(p_repair())) {
      a.kind = AnswerKind::Comfort;
      a.latency = rng.uniform(4.0, 9.0);
      a.fit = fit * 0.8;
      a.repair = true;
    } else {
      a.kind = AnswerKind::Ignore;
      a.latency = 1e9;
    }
    return a;
  }
  a.latency = base_latency * rng.uniform(0.6, 1.4);
  if (rng.chance(p_accept(contact_bid))) {
    a.kind = rng.chance(p_intrude()) ? AnswerKind::Intrude : AnswerKind::Comfort;
    a.fit = a.kind == AnswerKind::Comfort ? fit : fit * 0.4;
  } else {
    a.kind = AnswerKind::Dismiss;
  }
  return a;
}

CaregiverParams realise(const CaregiverParams& asked, double spread, Rng& rng) {
  auto scale = [&](double v) { return std::clamp(v + spread * rng.normal(), 1.0, 9.0); };
  CaregiverParams r;
  r.sensitivity = scale(asked.sensitivity);
  r.acceptance = scale(asked.acceptance);
  r.cooperation = scale(asked.cooperation);
  r.accessibility = scale(asked.accessibility);
  // Frightening moments vary multiplicatively: a little more or less often.
  r.frightening = std::clamp(asked.frightening * (1.0 + 0.35 * spread * rng.normal()), 0.0, 1.0);
  return r;
}

}  // namespace sb::mind
