#pragma once
// People drawn in the storybook style: a soft shadow at the feet, a rounded body
// and a big round head with a face. A child has a child's proportions (a large
// head on a small body), an adult an adult's, so the two never read alike.
// Feelings show on the face: a child's brows and mouth follow distress; an
// adult's face follows what they are doing (Face), so nobody smiles while snapping
// a book shut. Adults stand, sit, kneel, hold a child in their arms, fold their
// arms (cool) or loom with arms raised (frightening): the two never look alike.
#include <cstdint>
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

// An adult's face: from the story's `expression`, else from their current act.
enum class Face : std::uint8_t { FromDistress, Warm, Attentive, Flat, Tense, Angry, Frightened, Frightening, Dazed };

// The mouth's shape for a face: `bend` > 0 smiles, < 0 frowns (in head radii);
// `open` > 0 draws an open mouth that high (head radii).
struct MouthShape { float bend = 0, open = 0; };
MouthShape mouth_for(Face face, float distress);

struct FigurePose {
  sf::Vector2f feet;             // where the body stands (the physics centre)
  float distress = 0.1f;         // 0..1, shown on the face
  float warmth = 0.5f;           // 0..1, adults: open arms and a lean towards the child
  sf::Vector2f gaze{0, 0.3f};    // where the eyes look, roughly unit length
  float walk_phase = 0;          // radians; bobs while walking
  float speed = 0;               // 0..1 of walking speed
  float breath = 0;              // radians; a slow idle rise and fall
  bool sitting = false;
  bool kneeling = false;         // adults: low, one knee down, by the child
  bool holding = false;          // adults: arms round a child carried at the chest
  bool looming = false;          // adults: arms raised wide over the child
  Face face = Face::FromDistress;
  mind::Action action = mind::Action::None;
};

void draw_figure(Canvas& target, const FigureLook& look, const FigurePose& pose);
// A holding adult's arms, drawn after the child in them so they wrap round it.
void draw_holding_arms(Canvas& target, const FigureLook& look, const FigurePose& pose);
// Where a held child's feet go, for a holder standing at `holder.feet`.
sf::Vector2f held_child_feet(const FigureLook& holder_look, const FigurePose& holder);
// The middle of the face's mouth, for pixel checks.
sf::Vector2f mouth_point(const FigureLook& look, const FigurePose& pose);

// A point well inside the figure's shirt, where a screenshot shows its colour.
sf::Vector2f shirt_point(const FigureLook& look, const FigurePose& pose);

// A face alone (also used by the title art): centre, head radius.
void draw_face(Canvas& target, sf::Vector2f centre, float r, float distress, sf::Vector2f gaze,
               bool eyes_closed = false, Face face = Face::FromDistress);

}  // namespace sb::app
