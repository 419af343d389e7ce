#pragma once
// What frightens the child, drawn: a dog, a thundercloud, a nightmare's shadows,
// noise. Each looms larger as felt security falls (`loom` 1 = as it is, up to ~2),
// because a frightened child sees the world's threats bigger than they are.
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <SFML/Graphics.hpp>

#include "app/render/canvas.hpp"
#include "scenario/model.hpp"
#include "sim/story_runtime.hpp"

namespace sb::app {

struct ActiveHazard {
  const scenario::Hazard* def = nullptr;
  double age = 0; // seconds since it began in this episode
};

// The scenario's hazards active at the story's current episode and time.
std::vector<ActiveHazard> active_hazards(const sim::StoryRuntime& story);

// How much bigger threats look: 1 when secure, growing as security falls.
float loom_factor(double felt_security, double intensity);

// Hazards with a place in the world (dog, noise, …), in world pixels.
void draw_world_hazard(Canvas& t, const ActiveHazard& h, sf::Vector2f at_px, float loom, float clock, bool still);
// Large soft glows (the mist of a nightmare or a dark room) cover the picture
// several times over: a software renderer pays for every pixel of each. They are
// drawn into this layer at a quarter of the resolution instead (a soft gradient
// looks the same) and laid over the picture in one pass, in their place among
// the crisp shapes.
class HazeLayer {
 public:
  // Where soft glows go, in t's current (canvas) view; null when no layer can be
  // made (then draw on t). Cleared on the first call after lay().
  Canvas* soft(Canvas& t);
  // Lays what was drawn since over t; call before drawing anything crisp on t.
  void lay(Canvas& t);

 private:
  static constexpr unsigned kShrink = 4; // device pixels per layer pixel, each way
  sf::RenderTexture layer_;
  std::unique_ptr<Canvas> canvas_; // while glows are pending
  sf::Vector2u size_{0, 0};
  bool failed_ = false;
};

// Hazards that fill the sky or the dark (thunder, nightmare, a dark room, old memories),
// in canvas pixels around the child at `focus`. With `haze`, their soft mist goes there
// (the caller lays it after the last hazard).
void draw_sky_hazard(Canvas& t, const ActiveHazard& h, sf::Vector2f focus, float loom, float clock, bool still,
                     HazeLayer* haze = nullptr);
// True for the kinds draw_world_hazard draws (they need a position).
bool is_world_hazard(const scenario::Hazard& h);

}  // namespace sb::app
