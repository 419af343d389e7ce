#pragma once
// People drawn in the storybook style: a soft shadow at the feet, a rounded body
// and a big round head with a face. A child has a child's proportions (a large
// head on a small body), an adult an adult's, so the two never read alike.
// Feelings show on the face: brows and mouth follow distress; an adult's arms
// and lean follow warmth.
#include <string>

#include <SFML/Graphics.hpp>

#include "app/render/canvas.hpp"

#include "mind/dyad.hpp"

namespace sb::app {

struct FigureLook {
  sf::Color shirt, skin, hair, trousers;
  bool adult = false;
  float scale = 1.f; // 1 = the playroom's size; the title art draws bigger
};

FigureLook look_for_role(const std::string& role);

struct FigurePose {
  sf::Vector2f feet;             // where the body stands (the physics centre)
  float distress = 0.1f;         // 0..1, shown on the face
  float warmth = 0.5f;           // 0..1, adults: open arms and a lean towards the child
  sf::Vector2f gaze{0, 0.3f};    // where the eyes look, roughly unit length
  float walk_phase = 0;          // radians; bobs while walking
  float speed = 0;               // 0..1 of walking speed
  float breath = 0;              // radians; a slow idle rise and fall
  bool sitting = false;
  mind::Action action = mind::Action::None;
};

void draw_figure(Canvas& target, const FigureLook& look, const FigurePose& pose);

// A point well inside the figure's shirt, where a screenshot shows its colour.
sf::Vector2f shirt_point(const FigureLook& look, const FigurePose& pose);

// A face alone (also used by the title art): centre, head radius.
void draw_face(Canvas& target, sf::Vector2f centre, float r, float distress, sf::Vector2f gaze,
               bool eyes_closed = false);

}  // namespace sb::app
