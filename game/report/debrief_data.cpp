#include "report/debrief_data.hpp"

#include <cmath>
#include <limits>

#include "report/quoted_choices.hpp"
#include "text/strings.hpp"
#include "sim/adult_session.hpp"
#include "sim/story_runtime.hpp"

namespace sb::report {

DebriefData from_session(const sim::Session& s, std::optional<sim::Recording> recording) {
  DebriefData d;
  const auto& cfg = s.config();
  if (cfg.scenario) {
    d.scenario_id = cfg.scenario->id;
    d.scenario_title = tr_line("scenario." + d.scenario_id + ".title", cfg.scenario->title);
    for (const auto& r : cfg.scenario->references) d.references.push_back({r.key, r.text});
  }
  d.caregiver_style = cfg.caregiver_style;
  d.seed = cfg.seed;
  d.ai_child = cfg.ai_child;
  d.time_scale = s.time_scale();
  d.duration = s.scenario_time();
  d.ticks = s.tick();
  d.final_hash = s.hash();
  d.outcome = s.outcome() ? *s.outcome() : s.mind().classify();
  d.timeline = s.timeline();
  if (const auto& adult = s.adult_coding()) {
    // Grown-ups: the moments that moved them on the plane replace the infant reasons,
    // so the list, its replays and the timeline marker show what coded them.
    d.adult = adult;
    d.outcome.reasons = sim::adult_reasons(*adult);
    for (mind::Reason& r : d.outcome.reasons)
      if (r.key.rfind("adult.choice", 0) == 0 && r.values.size() >= 3) r.values[0] = tr_line(r.values[2], r.values[0]);
  } else {
    // The player's own choices among the moments: what was chosen, how it is coded, what followed.
    merge_by_time(d.outcome.reasons, choice_reasons(d.timeline));
  }
  if (const sim::StoryRuntime* story = s.story(); story && story->ending()) {
    // In the player's language, under the ids the string tables use (text/lang_check).
    const scenario::Ending& e = *story->ending();
    d.ending_title = tr_line("ending." + d.scenario_id + "." + e.id, e.title);
    d.epilogue = tr_line("epilogue." + d.scenario_id + "." + e.id, e.epilogue);
    d.debrief_keys = story->ending()->debrief;
  }
  d.recording = std::move(recording);
  return d;
}

std::string pattern_key(mind::Pattern p) { return sim::outcome_name(p); }

const std::array<TypicalProfile, 4>& typical_profiles() {
  static const std::array<TypicalProfile, 4> p{{
      {mind::Pattern::Secure, {6.0, 5.0, 1.5, 1.5}, 1.5},
      {mind::Pattern::Avoidant, {2.0, 1.5, 1.5, 6.0}, 2.0},
      {mind::Pattern::Anxious, {6.0, 5.5, 5.5, 1.5}, 2.5},
      {mind::Pattern::Disorganized, {4.0, 3.0, 3.5, 4.0}, 7.0},
  }};
  return p;
}

std::array<double, 4> mean_scales(const mind::Classification& c) {
  std::array<double, 4> m{1, 1, 1, 1};
  if (c.reunions.empty()) return m;
  m = {0, 0, 0, 0};
  for (const auto& r : c.reunions) {
    m[0] += r.proximity_seeking;
    m[1] += r.contact_maintaining;
    m[2] += r.resistance;
    m[3] += r.avoidance;
  }
  for (double& v : m) v /= static_cast<double>(c.reunions.size());
  return m;
}

mind::Pattern nearest_profile(const mind::Classification& c) {
  const auto m = mean_scales(c);
  double best = std::numeric_limits<double>::max();
  mind::Pattern out = mind::Pattern::Secure;
  for (const TypicalProfile& p : typical_profiles()) {
    double d = 0;
    for (int i = 0; i < 4; ++i) d += (m[i] - p.scales[i]) * (m[i] - p.scales[i]);
    const double dd = (c.disorganization - p.disorganization) * 0.6;
    d += dd * dd;
    if (d < best) {
      best = d;
      out = p.pattern;
    }
  }
  return out;
}

std::uint64_t tick_at(double seconds, double time_scale) {
  if (!(seconds > 0) || !(time_scale > 0)) return 0;
  return static_cast<std::uint64_t>(std::floor(seconds / (time_scale * sim::kTickSeconds)));
}

}  // namespace sb::report
