#pragma once
// How a caregiver with given scale values answers one bid: whether the signal is
// noticed, how quickly and how fittingly it is answered, and with what kind of
// answer (Ainsworth's maternal care scales; Main & Hesse 1990 for frightening and
// frightened behaviour). Used both for the months before the procedure and live.
#include "mind/caregiver_params.hpp"
#include "mind/dyad.hpp"
#include "mind/rng.hpp"

namespace sb::mind {

struct PlannedAnswer {
  AnswerKind kind = AnswerKind::Ignore;
  double latency = 0.0;  // seconds after the bid
  double fit = 0.0;      // 0..1: how well it meets the need (sensitivity)
  bool repair = false;   // a missed cue noticed late and made good
};

class CaregiverPolicy {
 public:
  explicit CaregiverPolicy(const CaregiverParams& p) : p_(p) {}

  // urgency 0..1 (a cry is more urgent than showing a toy).
  PlannedAnswer answer(bool contact_bid, double urgency, Rng& rng) const;

  // Probabilities the policy is built from (exposed for tests and MODEL.md).
  double p_notice(double urgency) const;
  double p_repair() const;
  double p_accept(bool contact_bid) const;
  double p_intrude() const;

  // Unsolicited behaviour, as rates per second while present.
  double intrusion_rate() const;   // interfering with play, hovering
  double fright_rate() const;      // looming, sudden frightening or frightened moments
  double hold_seconds() const;     // how long a held child is held before being put down
  double greets_by_approach() const; // probability of going to the child at a reunion

  const CaregiverParams& params() const { return p_; }

 private:
  CaregiverParams p_;
};

// A caregiver of a given style is not one fixed person: the realised scales of
// this dyad's caregiver vary around the asked-for values (SD in scale points).
CaregiverParams realise(const CaregiverParams& asked, double spread, Rng& rng);

}  // namespace sb::mind
