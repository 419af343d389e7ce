#include "app/screens/play/play_screenshot.hpp"

#include "app/screens/play/caregiver_screen.hpp"
#include "app/screens/play/content_note_screen.hpp"
#include "app/screens/play/scenario_screen.hpp"

namespace sb::app {

PlayChoice choice_from_session(const AppContext& ctx) {
  PlayChoice c;
  c.entry.id = ctx.session.scenario->id;
  c.entry.path = ctx.session.scenario->source_name;
  c.entry.scenario = ctx.session.scenario;
  c.style = ctx.session.caregiver_style;
  c.params = ctx.session.caregiver;
  c.seed = ctx.session.seed;
  c.autoplay = ctx.session.ai_child && !ctx.session.caregiver_played;
  c.caregiver_role = ctx.session.caregiver_played;
  return c;
}

std::unique_ptr<Screen> scenario_first_screen(AppContext& ctx) {
  if (!ctx.session.scenario) return nullptr;
  const PlayChoice c = choice_from_session(ctx);
  if (c.caregiver_role) return std::make_unique<CaregiverScreen>(ctx, c); // issue 14
  if (needs_content_note(c, play_comfort())) return std::make_unique<ContentNoteScreen>(ctx, c);
  return std::make_unique<ScenarioScreen>(ctx, c);
}

std::unique_ptr<ScenarioScreen> scenario_screenshot_screen(AppContext& ctx, double at, std::optional<double> felt) {
  if (!ctx.session.scenario) return nullptr;
  const PlayChoice c = choice_from_session(ctx);
  auto screen = std::make_unique<ScenarioScreen>(ctx, c);
  screen->advance(static_cast<int>(at * sim::kTicksPerSecond + 0.5));
  if (felt) screen->show_security(*felt);
  return screen;
}

}  // namespace sb::app
