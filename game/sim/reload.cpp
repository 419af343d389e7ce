#include "sim/reload.hpp"

namespace sb::sim {

Rebuilt rebuild_session(const Session& old, std::shared_ptr<const scenario::Scenario> newer, const InputLog& log) {
  SessionConfig config = old.config();
  config.scenario = std::move(newer);
  Rebuilt r;
  r.session = std::make_unique<Session>(std::move(config));
  for (const InputCommand& in : log.inputs()) {
    if (r.session->ended()) break;
    r.session->step(in);
  }
  const StoryRuntime* a = old.story();
  const StoryRuntime* b = r.session->story();
  if (a && b) {
    r.same_episode = a->episode().id == b->episode().id;
    r.same_node = r.same_episode && a->current_node() == b->current_node();
  }
  return r;
}

}  // namespace sb::sim
