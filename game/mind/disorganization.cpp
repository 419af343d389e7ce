// Main & Solomon's seven indices of disorganization/disorientation and the 1..9
// rating, from the record. Each index is given a strength 0..3 from counts of
// observed moments; the rating is led by the strongest index (a single strong
// index is enough for D) with weaker ones adding a little.
#include <algorithm>

#include "mind/coding.hpp"

namespace sb::mind {
namespace {

constexpr int kSequence[3] = {2, 3, 5};  // mild, moderate, strong within one reunion

double from_count(int n, int mild, int moderate, int strong) {
  if (n >= strong) return 3;
  if (n >= moderate) return 2;
  if (n >= mild) return 1;
  return 0;
}

}  // namespace

DisorganizationIndices code_disorganization(const BehaviourRecord& r) {
  DisorganizationIndices d;
  // Main & Solomon: an index counts when it is striking and out of context, not
  // by tallying ordinary comings and goings. Contradictions (1-4) are judged
  // where attachment behaviour is called for and the parent is there: in a
  // reunion, each reunion on its own (the most marked one counts).
  int sequence = 0, simultaneous = 0, interrupted = 0, alternation = 0, apprehension = 0, disoriented = 0;
  double longest_freeze = 0, freeze_with_caregiver = 0;
  for (const EpisodeStats& e : r.episodes()) {
    if (e.role == EpisodeRole::Reunion) {
      sequence = std::max(sequence, e.approach_retreats + e.bid_then_away);
      simultaneous = std::max(simultaneous, e.averted_approaches);
      interrupted = std::max(interrupted, e.interrupted_approaches);
      alternation = std::max(alternation, e.rapid_alternations);
    }
    apprehension += e.apprehensions;
    disoriented += e.disoriented;
    longest_freeze = std::max(longest_freeze, e.longest_freeze);
    freeze_with_caregiver += e.freeze_seconds_with_caregiver;
  }
  d.strength[0] = from_count(sequence, kSequence[0], kSequence[1], kSequence[2]);  // (1) contradictory in sequence
  d.strength[1] = from_count(simultaneous, 2, 3, 5);  // (2) contradictory at once
  d.strength[2] = from_count(interrupted, 1, 2, 4);   // (3) undirected, interrupted movement
  d.strength[3] = from_count(alternation, 4, 7, 12);  // (4) stereotyped back-and-forth (proxy)
  // (5) freezing, stilling: long freezes in the caregiver's presence weigh most.
  d.strength[4] = longest_freeze >= 15 || freeze_with_caregiver >= 30 ? 3
                  : longest_freeze >= 6 || freeze_with_caregiver >= 12 ? 2
                  : freeze_with_caregiver >= 4                         ? 1
                                                                       : 0;
  d.strength[5] = from_count(apprehension, 1, 2, 4);   // (6) apprehension of the parent
  d.strength[6] = from_count(disoriented, 1, 2, 3);    // (7) disorientation on her arrival

  // An example moment for each index, for the reasons.
  for (const Moment& m : r.moments()) {
    int i = -1;
    switch (m.kind) {
      case MomentKind::ApproachRetreat: case MomentKind::BidThenAway: i = 0; break;
      case MomentKind::AvertedApproach: i = 1; break;
      case MomentKind::InterruptedApproach: i = 2; break;
      case MomentKind::FreezeStart: if (m.length >= 1.5) i = 4; break;
      case MomentKind::Apprehension: i = 5; break;
      case MomentKind::Disoriented: i = 6; break;
      default: break;
    }
    if (i >= 0 && (!d.example[i] || (i == 4 && m.length > d.example[i]->length))) d.example[i] = &m;
  }

  double top = 0, sum = 0;
  for (double s : d.strength) {
    top = std::max(top, s);
    sum += s;
  }
  d.rating = std::clamp(1.0 + 2.0 * top + 0.75 * (sum - top), 1.0, 9.0);
  return d;
}

}  // namespace sb::mind
