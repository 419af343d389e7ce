#include "report/quoted_choices.hpp"

#include <algorithm>

#include "mind/coding.hpp"
#include "text/strings.hpp"

namespace sb::report {
namespace {

// How long after a choice an answer still counts as the answer to it (scenario seconds).
constexpr double kAnswerWindow = 20.0;

// Whether the caregiver was in the room at `time` (the nearest sample says).
bool caregiver_in_room(const sim::Timeline& t, double time) {
  const sim::TimelineSample* best = nullptr;
  for (const sim::TimelineSample& s : t.samples)
    if (!best || std::abs(s.time - time) < std::abs(best->time - time)) best = &s;
  return !best || best->distance >= 0;
}

// What the caregiver did next, from the record's answers: "debrief.choice.then.<answer>".
std::string what_followed(const sim::Timeline& t, const sim::TimelineChoice& c) {
  for (const sim::TimelineMark& m : t.marks) {
    if (m.kind != mind::MindEvent::Kind::Answer || m.answer == mind::AnswerKind::None || m.time < c.time || m.episode != c.episode) continue;
    if (m.time > c.time + kAnswerWindow) break;
    return std::string("debrief.choice.then.") + mind::to_string(m.answer);
  }
  if (!caregiver_in_room(t, c.time)) return "debrief.choice.then.away";
  const bool bid = c.action == mind::Action::Call || c.action == mind::Action::Cry || c.action == mind::Action::ReachUp ||
                   c.action == mind::Action::ShowToy || c.action == mind::Action::Cling || c.action == mind::Action::MoveToward;
  return bid ? "debrief.choice.then.unanswered" : std::string();
}

double episode_start(const sim::Timeline& t, int episode) {
  for (const sim::EpisodeBand& b : t.episodes)
    if (b.index == episode) return b.start;
  return 0;
}

}  // namespace

std::vector<mind::Reason> choice_reasons(const sim::Timeline& t) {
  std::vector<mind::Reason> out;
  for (const sim::TimelineChoice& c : t.choices) {
    if (c.by_story) continue; // the story's default for an AI child: nobody chose it
    mind::Reason r;
    r.time = c.time;
    r.episode = c.episode;
    r.key = "choice";
    // The act as the record saw it; an act the scene ended before is said so.
    const std::string act = c.action != mind::Action::None          ? std::string("debrief.choice.act.") + mind::to_string(c.action)
                            : c.act != scenario::ChildAct::None     ? "debrief.choice.act.unfinished"
                                                                    : "debrief.choice.act.none";
    const std::string then = what_followed(t, c);
    r.values = {tr_line(c.line_id, c.text), tr(act), then.empty() ? std::string() : " " + tr(then)};
    r.at = {std::to_string(mind::episode_number(c.episode)), mind::clock(std::max(0.0, c.time - episode_start(t, c.episode)))};
    r.text = tr("reason.at", r.at) + " " + tr("reason.choice", r.values);
    out.push_back(std::move(r));
  }
  return out;
}

void merge_by_time(std::vector<mind::Reason>& into, std::vector<mind::Reason> add) {
  for (mind::Reason& r : add) {
    auto later = std::find_if(into.begin(), into.end(), [&](const mind::Reason& x) { return x.time > r.time; });
    into.insert(later, std::move(r));
  }
}

}  // namespace sb::report
