#pragma once
// How a person in the session stands this frame: feet interpolated between ticks,
// walking, breathing, feeling, looking. Shared by the playroom and the scenario
// scenes, which add their own touches (answer postures, looming) on top.
#include <SFML/System/Vector2.hpp>

#include "app/art/figures.hpp"
#include "sim/session.hpp"

namespace sb::app {

// World metres between two ticks -> world pixels.
sf::Vector2f lerp_px(world::Vec2 a, world::Vec2 b, double alpha);
sf::Vector2f unit(sf::Vector2f v, sf::Vector2f fallback);
bool on_rug(const world::RoomDef& room, world::Vec2 p);

// An adult's face: the story's `expression` when it set one, else what their current
// answer (`shown`, held on screen a moment) or warmth says. Never a smile while
// dismissing, intruding, frightening or absent.
Face face_for(const sim::AgentView& a, mind::AnswerKind shown);

// `child`: the child's interpolated feet; `breath_clock`: seconds (a still value for
// screenshots); `adult`: adults breathe slower. Adults sit when still on a rug and
// look at the child; the child looks where it walks. Stage poses (sit, kneel, hold)
// come from the session.
FigurePose base_pose(const sim::AgentView& a, double alpha, sf::Vector2f child, float breath_clock, float walk_phase,
                     bool adult, const world::RoomDef& room);

}  // namespace sb::app
