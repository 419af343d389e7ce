#include "sim/adult_session.hpp"

#include "mind/coding.hpp"

namespace sb::sim {
namespace {

const scenario::Option* option_with_line(const scenario::Scenario& s, const std::string& line_id) {
  for (const scenario::Node& n : s.nodes)
    for (const scenario::Option& o : n.options)
      if (o.line.id == line_id) return &o;
  return nullptr;
}

}  // namespace

std::vector<mind::AdultChoice> adult_choices(const scenario::Scenario& s, const Timeline& t) {
  std::vector<mind::AdultChoice> out;
  for (const TimelineChoice& c : t.choices) {
    const scenario::Option* o = option_with_line(s, c.line_id);
    if (!o) continue;
    if (o->act == scenario::ChildAct::Freeze && o->adult_act.empty()) {
      out.push_back({c.time, c.episode, mind::AdultAct::SootheSelf, c.text, c.line_id, true});
      continue;
    }
    if (const auto act = mind::adult_act_from_name(o->adult_act)) out.push_back({c.time, c.episode, *act, c.text, c.line_id, false});
  }
  return out;
}

mind::AdultCoding code_adult_session(const scenario::Scenario& s, const mind::BehaviourRecord& record, const Timeline& t,
                                     bool ai_child) {
  if (ai_child) return mind::code_adult(record, {}, false);
  return mind::code_adult(record, adult_choices(s, t), true);
}

std::vector<mind::Reason> adult_reasons(const mind::AdultCoding& c) {
  std::vector<mind::Reason> out;
  for (const mind::AdultReason& r : c.reasons) {
    mind::Reason m;
    m.time = r.time;
    m.episode = r.episode;
    m.key = "adult." + r.key;
    if (r.key == "choice") {
      // Which way the choice leaned, in words: the reason says it.
      const bool anx = r.push.anxiety > 0.1, avo = r.push.avoidance > 0.1;
      m.key += anx && avo ? ".both" : anx ? ".anxiety" : avo ? ".avoidance" : ".closer";
    }
    m.values = r.values;
    // The body's state over the separation has no single moment.
    const bool timed = r.key != "upset-shown" && r.key != "upset-hidden";
    if (timed) m.at = {std::to_string(mind::episode_number(r.episode)), mind::clock(r.episode_time)};
    m.text = (timed ? "episode " + m.at[0] + ", " + m.at[1] + ": " : std::string()) + r.text;
    out.push_back(std::move(m));
  }
  return out;
}

}  // namespace sb::sim
