#pragma once
// `securebase screenshot --screen play --scenario ID --caregiver STYLE --at SECONDS`:
// the scenario screen, played by the AI child for SECONDS, ready to draw.
#include <memory>
#include <optional>

#include "app/platform/app_context.hpp"
#include "app/screens/play/play_setup.hpp"
#include "app/screens/screen.hpp"

namespace sb::app {

class ScenarioScreen;

// Null when ctx.session has no scenario (the free playroom keeps its own screen).
// `felt_security`, when given, is what the world is drawn with (high/low comparisons).
std::unique_ptr<ScenarioScreen> scenario_screenshot_screen(AppContext& ctx, double at_seconds,
                                                          std::optional<double> felt_security = std::nullopt);

// What the command line's session asks for (scenario, caregiver, seed, roles) as a play choice.
PlayChoice choice_from_session(const AppContext& ctx);

// `securebase play --scenario ID`: the scenario straight away (after its content
// note, when one is due). Null when ctx.session has no scenario.
std::unique_ptr<Screen> scenario_first_screen(AppContext& ctx);

}  // namespace sb::app
