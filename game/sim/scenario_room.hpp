#pragma once
// From the scenario model to what the world and the mind need.
#include "mind/dyad.hpp"
#include "scenario/model.hpp"
#include "world/world.hpp"

namespace sb::sim {

world::RoomDef room_from_scenario(const scenario::Scenario& s);
// Adulthood and later life: the player is a grown-up, drawn and sized as one.
bool adult_life(const scenario::Scenario& s);
// The scenario's <caregiving><adjust> applied to a caregiver of `style`, kept in range.
mind::CaregiverParams adjusted_caregiver(const scenario::Scenario& s, mind::CaregiverParams p, const std::string& style);
double scenario_time_scale(const scenario::Scenario& s);
mind::EpisodeRole episode_role(const scenario::Episode& e);
const char* role_name(scenario::ActorRole r);

}  // namespace sb::sim
