#pragma once
// A classification reason in the player's language: the model writes each reason
// in English with a template key and its values (mind::Reason); the string tables
// say it again as "reason.at" (the moment) and "reason.<key>". A key no table
// knows falls back to the model's English sentence.
#include <string>

#include "mind/dyad.hpp"

namespace sb::app {

std::string reason_text(const mind::Reason& r);

}  // namespace sb::app
