#pragma once
// The action bar for a grown-up (issue 13): the same keys and the same acts of the
// model, said the way an adult does them ("say what you feel", not "cry"; "busy
// yourself with it", not "play").
#include <vector>

#include "app/screens/play/story_overlay.hpp"

namespace sb::app {

std::vector<Prompt> adult_prompts_for(const PromptContext& c);

}  // namespace sb::app
