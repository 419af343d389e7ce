#pragma once
// A scene the AI child plays under a preset caregiver, set up the way
// `securebase screenshot --scenario ID --caregiver STYLE --seed N` sets it up.
#include <cstdint>
#include <string>

#include "mind/caregiver_params.hpp"
#include "play_helpers.hpp"

namespace play_test {

inline void watch(QuietApp& app, decltype(app.ctx.session.scenario) scenario, const std::string& style,
                  std::uint64_t seed, bool as_caregiver = false) {
  app.ctx.session.scenario = std::move(scenario);
  app.ctx.session.caregiver = sb::mind::preset(style);
  app.ctx.session.caregiver_style = style;
  app.ctx.session.caregiver_played = as_caregiver;
  app.ctx.session.seed = seed;
  app.ctx.session.ai_child = true;
}

}  // namespace play_test
