// The child's cues and their readability (see child_cues.hpp).
#include "mind/child_cues.hpp"

#include <algorithm>
#include <array>

namespace sb::mind {
namespace {
constexpr std::array<const char*, kCueKindCount> kNames = {"look-back", "show-toy", "fuss", "reach", "cry",
                                                            "hidden-need", "protest", "mixed"};
// How plainly each kind shows its need from a child signalling directly.
constexpr std::array<double, kCueKindCount> kBaseReadability = {0.35, 0.6, 0.65, 0.85, 0.95, 0.15, 0.5, 0.3};

// A strategy colours every signal: direct children show what they need;
// deactivating ones damp it; amplifying ones make it loud but blurred;
// collapsed ones contradict it.
double strategy_clarity(const StrategyWeights& w) {
  return w.direct() + 0.55 * w.deactivating() + 0.8 * w.hyperactivating() + 0.45 * w.collapsed();
}

Cue make(CueKind k, Need need, bool contact, bool miscue, const StrategyWeights& w) {
  Cue c;
  c.kind = k;
  c.need = need;
  c.contact = contact;
  c.miscue = miscue;
  c.readability = std::clamp(kBaseReadability[static_cast<std::size_t>(k)] * (miscue ? 1.0 : strategy_clarity(w)), 0.05, 1.0);
  return c;
}
}  // namespace

const char* to_string(CueKind k) {
  const auto i = static_cast<std::size_t>(k);
  return i < kNames.size() ? kNames[i] : "?";
}

Cue cue_for_bid(Action bid, const StrategyWeights& w, const ChildState& st, double anger, double fear) {
  (void)st;
  // Afraid of the one who should help: the signal comes and is taken back.
  if (w.collapsed() > 0.45 && fear > 0.15 && bid != Action::ShowToy) return make(CueKind::Mixed, Need::Comfort, true, true, w);
  // Wanting comfort and angry at it: Ainsworth's C infants, hard to soothe.
  if (w.hyperactivating() > 0.45 && anger > 0.25 && (bid == Action::Cry || bid == Action::Cling))
    return make(CueKind::Protest, Need::Comfort, true, true, w);
  switch (bid) {
    case Action::ShowToy: return make(CueKind::ShowToy, Need::Explore, false, false, w);
    case Action::Call: return make(CueKind::Fuss, Need::Comfort, false, false, w);
    case Action::ReachUp: case Action::Cling: return make(CueKind::Reach, Need::Comfort, true, false, w);
    case Action::Cry: return make(CueKind::Cry, Need::Comfort, true, false, w);
    default: return make(CueKind::Fuss, Need::Comfort, false, false, w);
  }
}

bool quiet_cue(const ChildState& st, const StrategyWeights& w, bool caregiver_present, double since_last, Cue* cue) {
  if (!caregiver_present) return false;
  // "I'm fine": alarmed inside, calm outside, attention held on a toy (Spangler &
  // Grossmann 1993; Main 1981). The need is real; the signal hides it.
  const bool hiding = st.arousal >= 0.45 && st.arousal - st.expressed_distress >= 0.22 &&
                      (st.action == Action::Play || st.action == Action::TurnAway || st.action == Action::HideFeelings);
  if (hiding && since_last >= 12.0) {
    *cue = make(CueKind::HiddenNeed, Need::Comfort, true, true, w);
    cue->readability = std::clamp(0.1 + 0.5 * st.expressed_distress, 0.05, 0.4);
    return true;
  }
  // From a secure base a playing child glances back now and then.
  if (st.action == Action::Play && since_last >= 18.0 + 12.0 * (1.0 - w.direct())) {
    *cue = make(CueKind::LookBack, Need::Explore, false, false, w);
    return true;
  }
  return false;
}

}  // namespace sb::mind
