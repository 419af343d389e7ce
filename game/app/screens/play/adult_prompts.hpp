#pragma once
// The action bar for a grown-up (issue 13): the same keys and the same acts of the
// model, said the way an adult does them ("say what you feel", not "cry"; "busy
// yourself with it", not "play").
#include <string>

namespace sb::app {

// The string id of the adult words for a child's action-bar id ("play.act.cry" ->
// "play.adult.tears"); an id without adult words is returned as it is.
std::string adult_prompt_id(const std::string& child_id);

}  // namespace sb::app
