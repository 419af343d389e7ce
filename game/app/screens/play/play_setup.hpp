#pragma once
// What the player picked on the way into a scenario (the life map, the
// caregiver screen, the content note) and the steps between those screens.
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "mind/caregiver_params.hpp"
#include "scenario/model.hpp"

namespace sb::app {

// Playing the caregiver, the bar of answers takes the right edge from here (canvas
// pixels); the story's box stops short of it so no line runs under the bar.
inline constexpr float kAnswerBarLeft = 1040;

class ScreenStack;
struct AppContext;

// One place on the life map: a scenario file and its checked model.
struct ScenarioEntry {
  std::string id;
  std::string path;
  std::shared_ptr<const scenario::Scenario> scenario;
};

// The seven scenarios in the order of a life; ones that fail to load are left out
// (and logged), so a broken file never stops the game.
const std::vector<ScenarioEntry>& scenario_list();

struct PlayChoice {
  ScenarioEntry entry;
  std::string style = "sensitive"; // sensitive | rejecting | inconsistent | frightening | custom
  mind::CaregiverParams params = mind::preset("sensitive");
  bool surprise = false;           // the style stays hidden until the debrief
  bool autoplay = false;           // the AI child plays; the player watches (and may still choose)
  std::uint64_t seed = 1;
  // Issue 14: the player is the caregiver and the AI child plays; the style above is
  // the care the child has known before the scene (caregiver_screen.hpp).
  bool caregiver_role = false;
};

// The comfort settings the play flow honours: the player's settings as applied
// (comfort.hpp), not read again from the file.
struct PlayComfort {
  bool content_notes = true;
  bool reduced_motion = false;
};
PlayComfort play_comfort();

// True when a content note should come first: the frightening style (also when it is
// the hidden "surprise"), or a scenario whose metadata lists content notes.
bool needs_content_note(const PlayChoice& c, const PlayComfort& comfort);

// After the caregiver screen: the content note if one is due, else the scene.
void begin_scenario(AppContext& ctx, ScreenStack& stack, const PlayChoice& c);
// Straight into the scene (the content note's "Continue").
void start_scenario_screen(AppContext& ctx, ScreenStack& stack, const PlayChoice& c);

// A fresh seed for each play (the recording keeps it, so replays stay exact).
std::uint64_t fresh_seed();
// One of the four presets picked from a seed, for "surprise me".
std::string surprise_style(std::uint64_t seed);

}  // namespace sb::app
