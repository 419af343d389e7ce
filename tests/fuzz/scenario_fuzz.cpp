// libFuzzer target: any bytes into the scenario loader. Whatever loads is also
// exported (DOT, stats) and played for a while by StoryRuntime, so a model the
// loader accepts can never crash the tools or the game. Run with scripts/fuzz.
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>

#include "scenario/dot_export.hpp"
#include "scenario/loader.hpp"
#include "scenario/stats.hpp"
#include "sim/story_runtime.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  const auto result = sb::scenario::load_string(text, "fuzz.xml");
  for (const auto& d : result.diagnostics) (void)sb::scenario::format(d);
  if (!result.ok()) return 0;

  std::ostringstream dot;
  sb::scenario::write_dot(*result.scenario, dot);
  (void)sb::scenario::stats_json(*result.scenario, sb::scenario::compute_stats(*result.scenario));

  // Play it: bytes of the input steer the child's state, bids and choices.
  sb::sim::StoryRuntime story(result.scenario);
  sb::sim::StoryContext ctx;
  ctx.dt = 0.5;
  const char* styles[] = {"sensitive", "rejecting", "inconsistent", "frightening", "custom"};
  for (std::size_t i = 0; i < 4000 && !story.wants_ending(); ++i) {
    const std::uint8_t b = size ? data[i % size] : 0;
    ctx.arousal = (b & 0x0F) / 15.0;
    ctx.expressed_distress = (b >> 4) / 15.0;
    ctx.felt_security = 1.0 - ctx.arousal;
    ctx.child_bid = (b & 0x11) == 0x11;
    ctx.child_settled = (b & 0x22) == 0x22;
    ctx.caregiver_style = styles[b % 5];
    ctx.regions_entered.clear();
    if (!result.scenario->world.regions.empty() && (b & 0x40))
      ctx.regions_entered.push_back(result.scenario->world.regions[b % result.scenario->world.regions.size()].id);
    story.tick(ctx);
    if (b & 0x80) story.advance();
    if (!story.choices().empty()) story.choose(b % static_cast<int>(story.choices().size() + 1));
    (void)story.take_effects();
    (void)story.hazard();
    (void)story.hash();
  }
  sb::sim::StoryRuntime copy = story;
  copy.finish("disorganized");
  (void)copy.ending();
  (void)story.rebased(result.scenario).hash();
  return 0;
}
