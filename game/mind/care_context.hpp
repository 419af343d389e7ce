#pragma once
// What the care a child meets depends on besides the caregiver's usual scales:
// the child itself (a fussy, hard-to-soothe baby is harder to answer well;
// Belsky 1984; van den Boom 1994), the day (no one is the same every day), and
// stress around the family (Belsky & Isabella 1988). These are what real
// studies contain and what keeps a measured sensitivity from fixing the class
// (De Wolff & van IJzendoorn 1997: r = .24). MODEL.md, "What else shapes care".
#include "mind/caregiver_params.hpp"
#include "mind/dyad.hpp"
#include "mind/rng.hpp"

namespace sb::mind {

// Scale points a very reactive child (1) takes off sensitivity and acceptance,
// and a very calm one (0) adds, relative to a middling child.
constexpr double kChildEffect = 1.5;
// Scale points a stressful stretch (1 SD of context stress) takes off care.
constexpr double kStressOnCare = 1.0;
// Exchanges per "day" in the months before.
constexpr int kExchangesPerDay = 10;

// The caregiver's usual care of *this* child.
CaregiverParams care_for_child(const CaregiverParams& usual, const Temperament& t);
// One day's care: all four scales move together by a shared offset (a good or a
// bad day), lowered by stress; frightening moments are a little more likely on a
// bad day.
CaregiverParams one_day(const CaregiverParams& usual, double day_sd, double stress, Rng& rng);

}  // namespace sb::mind
