// Ainsworth's interactive scales for one reunion, from the episode's tallies.
// Simplified anchors (Ainsworth et al. 1978, App. III), in rules a reader can check.
#include <algorithm>

#include "mind/coding.hpp"

namespace sb::mind {

ReunionScales code_reunion(const EpisodeStats& e) {
  ReunionScales s;
  s.episode = e.episode;
  const double t0 = std::max(0.0, e.caregiver_arrival);
  const double approach = e.first_approach >= 0 ? e.first_approach - t0 : -1.0;

  // Proximity and contact seeking. 7 = purposeful approach and contact by own
  // effort; a first approach later than 30 s cannot score 7.
  if (e.first_contact >= 0 && e.contact_by_own_approach && approach >= 0) s.proximity_seeking = approach <= 30.0 ? 7 : 6;
  else if (e.first_contact >= 0 && e.bids > 0) s.proximity_seeking = 5;   // reached or called, was picked up
  else if (approach >= 0) s.proximity_seeking = e.approach_retreats > 0 ? 3 : 4;  // approached, no contact
  else if (e.first_contact >= 0) s.proximity_seeking = 3;                 // contact on the caregiver's initiative
  else if (e.bids > 1) s.proximity_seeking = 3;                           // signals from a distance
  else if (e.bids == 1) s.proximity_seeking = 2;
  else s.proximity_seeking = 1;

  // Contact maintaining: the child's own efforts to keep contact, not how long
  // the parent holds on (Ainsworth et al. 1978, App. III): clinging, resisting
  // release, sinking in.
  if (e.contacts == 0) s.contact_maintaining = 1;
  else {
    const double c = e.cling_seconds;
    s.contact_maintaining = c >= 30 ? 6 : c >= 15 ? 5 : c >= 8 ? 4 : c >= 3 ? 3 : 2;
    if (s.contact_maintaining < 3 && e.sink_in_seconds >= 10) s.contact_maintaining = 3;
    s.contact_maintaining = std::min(7.0, s.contact_maintaining + std::min(2, e.resisted_release));
  }

  // Resistance: angry pushing away, batting, squirming to get down.
  if (e.pushes == 0) s.resistance = 1;
  else if (e.pushes == 1) s.resistance = 3;
  else if (e.pushes == 2) s.resistance = 4;
  else if (e.pushes <= 4) s.resistance = 5;
  else if (e.pushes <= 7) s.resistance = 6;
  else s.resistance = 7;
  if (e.pushes > 0 && e.push_seconds > 10) s.resistance = std::min(7.0, s.resistance + 1);

  // Avoidance: promptness (turning or moving away soon after her return),
  // duration (ignoring her, turned away), and the absence of any approach.
  double av = 1.0;
  const bool prompt = (e.first_turn_away >= 0 && e.first_turn_away - t0 <= 10.0) ||
                      (e.first_move_away >= 0 && e.first_move_away - t0 <= 10.0);
  if (prompt) av += 2.0;
  av += std::min(2.0, e.ignore_seconds / 10.0);
  av += std::min(1.5, 0.4 * e.turn_aways + e.move_away_seconds / 6.0);
  if (approach < 0 && e.first_contact < 0 && (e.turn_aways > 0 || e.ignore_seconds > 5)) av += 1.0;
  if (approach >= 0 && approach <= 15.0 && e.first_contact >= 0) av -= 2.0;  // went to her early: little avoidance
  s.avoidance = std::clamp(av, 1.0, 7.0);
  return s;
}

}  // namespace sb::mind
