#include "app/screens/play/adult_prompts.hpp"

#include <array>
#include <utility>

namespace sb::app {

std::string adult_prompt_id(const std::string& child_id) {
  static const std::array<std::pair<const char*, const char*>, 10> kAdult{{
      {"play.act.play", "play.adult.busy"},   {"play.act.show", "play.adult.share"}, {"play.act.reach", "play.adult.reach"},
      {"play.act.cling", "play.adult.hold"},  {"play.act.push", "play.adult.push"},  {"play.act.call", "play.adult.speak"},
      {"play.act.cry", "play.adult.tears"},   {"play.act.turn", "play.adult.turn"},  {"play.act.hide", "play.adult.mask"},
      {"play.act.freeze", "play.adult.still"},
  }};
  for (const auto& [child, adult] : kAdult)
    if (child_id == child) return adult;
  return child_id;
}

}  // namespace sb::app
