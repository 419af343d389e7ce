#pragma once
// What the debrief charts: hidden arousal, shown distress, felt security and the
// distance to the caregiver over time, with bids, answers and episode bands.
// Sampled twice per scenario second, so a 21-minute procedure is ~2,500 samples.
#include <string>
#include <vector>

#include "mind/dyad.hpp"
#include "scenario/model.hpp"

namespace sb::sim {

struct TimelineSample {
  double time = 0;                 // scenario seconds
  int episode = 0;
  float arousal = 0, distress = 0, felt_security = 0;
  float distance = 0;              // metres to the caregiver; negative when absent
};

struct TimelineMark {
  double time = 0;
  int episode = 0;
  mind::MindEvent::Kind kind = mind::MindEvent::Kind::Bid;
  mind::Action action = mind::Action::None;
  mind::AnswerKind answer = mind::AnswerKind::None;
};

// A choice made: the debrief quotes the player's own with its time and what it was.
struct TimelineChoice {
  double time = 0;                 // scenario seconds
  int episode = 0;
  std::string option_id, line_id, text;
  scenario::ChildAct act = scenario::ChildAct::None;
  mind::Action action = mind::Action::None; // the act as the behaviour record saw it
  bool by_story = false;           // the default the story took when nobody picked (autoplay)
};

struct EpisodeBand {
  int index = 0;
  std::string title;
  mind::EpisodeRole role = mind::EpisodeRole::Free;
  double start = 0, end = 0;       // scenario seconds; end grows while it runs
};

struct Timeline {
  static constexpr double kSampleEvery = 0.5; // scenario seconds
  std::vector<TimelineSample> samples;
  std::vector<TimelineMark> marks;  // bids and answers
  std::vector<EpisodeBand> episodes;
  std::vector<TimelineChoice> choices; // in order: the player's own, and defaults taken for them
};

}  // namespace sb::sim
