#pragma once
// The scenario's world drawn from a sim::Session: the room (painted once), toys,
// people and hazards back to front, with the caregiver's answers shown in posture
// (comfort kneels and opens arms, dismiss turns away and folds them, intrude
// crowds in, frighten looms with raised arms, dissociate goes still and blank),
// the story's stage poses (sitting in the chair, kneeling, a child held in arms),
// faces that follow the story's expression or the adult's act, and threats that
// loom larger as the child's felt security falls. Drawing never changes the session.
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "app/art/cached_layer.hpp"
#include "app/render/camera.hpp"
#include "app/render/canvas.hpp"
#include "app/art/figure_pose.hpp"
#include "app/art/figures.hpp"
#include "app/art/hazard_art.hpp"
#include "app/render/layout.hpp"
#include "sim/session.hpp"

namespace sb::app {

// How a caregiver's answer changes the drawn figure (pure, so tests can check it).
struct AnswerPosture {
  bool kneel = false;     // drawn low (the sitting pose) with open arms
  float warmth = -1;      // overrides the agent's warmth when >= 0
  float scale = 1;        // > 1 looms
  bool look_away = false; // gaze turned from the child
  bool blank = false;     // still, unfocused eyes
  float lean = 0;         // world pixels towards the child (intrude)
};
AnswerPosture posture_for(mind::AnswerKind answer, float distance_to_child_m);

class SceneView {
 public:
  // `grown_up`: the player is an adult (adulthood, later life) and is drawn as one.
  explicit SceneView(const world::RoomDef& room, bool grown_up = false);

  // One tick of bookkeeping: walking phases and how long each answer stays shown.
  void tick(const sim::Session& s);
  // The world in world pixels through the camera at `cam`, then sky hazards on the canvas.
  void draw(Canvas& t, const Layout& layout, const sim::Session& s, sf::Vector2f cam, double alpha, double felt_security,
            float clock, bool still);
  // Where the caregiver's shirt is drawn (world pixels), for tests.
  std::optional<sf::Vector2f> shirt_of(const sim::Session& s, const std::string& id, double alpha) const;
  // The answer each adult shows now (held for a moment after the mind gives it).
  mind::AnswerKind shown_answer(const std::string& agent_id) const;
  // Who has the child in their arms as drawn now (a stage pick-up, or the caregiver
  // comforting in contact, which the observer records as being held); empty: nobody.
  std::string child_held_by(const sim::Session& s, double alpha) const;
  // How an adult is drawn now (tests): pose flags and face.
  std::optional<FigurePose> pose_of(const sim::Session& s, const std::string& id, double alpha) const;

  static constexpr float kZoom = 1.3f;
  static constexpr float kViewWidth = kCanvasWidth / kZoom;
  static constexpr float kViewHeight = kCanvasHeight / kZoom;
  static sf::Vector2f to_canvas(sf::Vector2f world_px, sf::Vector2f cam);

 private:
  struct Drawn {
    const sim::AgentView* agent;
    FigureLook look;
    FigurePose pose;
    bool blank = false;
    int holder = -1;    // the child in someone's arms: their index in the list
    bool carried = false; // drawn with its holder, not on its own
  };
  std::vector<Drawn> figures(const sim::Session& s, const std::vector<sim::AgentView>& agents, double alpha,
                             double felt_security, float clock, bool still) const;

  world::RoomDef room_;
  bool grown_up_ = false;
  std::unique_ptr<CachedLayer> floor_;
  std::vector<std::unique_ptr<CachedLayer>> furniture_;
  HazeLayer haze_; // the sky hazards' soft mist, at a quarter of the resolution
  std::map<std::string, float> walk_phase_;
  struct Held { mind::AnswerKind kind = mind::AnswerKind::None; int ticks = 0; };
  std::map<std::string, Held> answers_;
};

}  // namespace sb::app
