// Recording cues and acts, and coding the player's care (see care_log.hpp).
#include "mind/care_log.hpp"

#include <algorithm>
#include <cstring>
#include <string>

#include "mind/coding.hpp"

namespace sb::mind {
namespace {

constexpr double kClearReadability = 0.5; // accessibility is judged on cues anyone could see
constexpr double kPromptSeconds = 2.0;    // an answer this quick counts as fully prompt

double scale(double share) { return 1.0 + 8.0 * std::clamp(share, 0.0, 1.0); }

// Promptness from the cue: full within 2 s, falling to 0.4 at the end of the window.
double promptness(double latency) {
  if (latency <= kPromptSeconds) return 1.0;
  return std::max(0.4, 1.0 - 0.6 * (latency - kPromptSeconds) / (kAnswerWindow - kPromptSeconds));
}

bool accessible(const CueRecord& c) {
  return c.answer != CaregiverAct::None && !is_away(c.answer) && c.latency >= 0 && c.latency <= kAnswerWindow;
}

// A kind answer that misreads a need (a wish to play read into a need for
// comfort) is a matter of sensitivity, not a rejection.
bool warm_answer(const CueRecord& c) { return is_warm(c.answer); }

bool repairs(CaregiverAct a) {
  using A = CaregiverAct;
  return a == A::Repair || a == A::Soothe || a == A::PickUp || a == A::GoTo || a == A::NameFeeling;
}

std::string fill(const std::string& pattern, const std::vector<std::string>& values) {
  std::string out;
  std::size_t next = 0;
  for (std::size_t i = 0; i < pattern.size(); ++i) {
    const std::size_t close = pattern[i] == '{' ? pattern.find('}', i) : std::string::npos;
    if (close == std::string::npos) {
      out += pattern[i];
      continue;
    }
    if (next < values.size()) out += values[next];
    ++next;
    i = close;
  }
  return out;
}

std::string seconds_text(double s) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", s);
  return buf;
}

Reason moment(double time, int episode, double episode_time, const char* key, const char* english,
              std::vector<std::string> values) {
  Reason r;
  r.time = time;
  r.episode = episode;
  r.key = key;
  r.values = std::move(values);
  r.at = {std::to_string(episode_number(episode)), clock(episode_time)};
  r.text = "episode " + r.at[0] + ", " + r.at[1] + ": " + fill(english, r.values);
  return r;
}
Reason moment(const Cue& c, const char* key, const char* english, std::vector<std::string> values) {
  return moment(c.time, c.episode, c.episode_time, key, english, std::move(values));
}

}  // namespace

bool answers(CaregiverAct a, Need need) {
  switch (a) {
    case CaregiverAct::None: case CaregiverAct::Leave: return false;
    case CaregiverAct::WaitWatch: return need == Need::Explore; // watching is no answer to a cry
    default: return true; // a busy "in a minute" is an answer too: a brush-off
  }
}

bool CareLog::add_cue(const Cue& c) {
  if (pending()) return false;
  cues_.push_back(CueRecord{c});
  last_cue_time_ = c.time;
  return true;
}

int CareLog::add_act(CaregiverAct a, double time, int episode, double episode_time, bool child_playing) {
  if (a == CaregiverAct::None) return -1;
  ActRecord r{a, time, episode, episode_time, -1, child_playing};
  if (const auto p = pending(); p && answers(a, cues_[*p].cue.need)) {
    CueRecord& c = cues_[*p];
    c.closed = true;
    c.answer = a;
    c.latency = std::max(0.0, time - c.cue.time);
    r.cue = *p;
    r.child_playing = false;
  }
  acts_.push_back(r);
  return r.cue;
}

int CareLog::expire(double now) {
  const auto p = pending();
  if (!p || now - cues_[*p].cue.time < kAnswerWindow) return -1;
  cues_[*p].closed = true;
  return *p;
}

void CareLog::append(const CareLog& other, double time_offset) {
  if (pending()) cues_.back().closed = true;
  for (CueRecord c : other.cues_) {
    c.cue.time += time_offset;
    c.closed = true; // a cue still waiting at the end of the other log went unanswered
    cues_.push_back(c);
  }
  const int base = static_cast<int>(cues_.size() - other.cues_.size());
  for (ActRecord a : other.acts_) {
    a.time += time_offset;
    if (a.cue >= 0) a.cue += base;
    acts_.push_back(a);
  }
  last_cue_time_ = std::max(last_cue_time_, other.last_cue_time_ + time_offset);
}

std::optional<int> CareLog::pending() const {
  if (!cues_.empty() && !cues_.back().closed) return static_cast<int>(cues_.size()) - 1;
  return std::nullopt;
}

CareCoding CareLog::code() const {
  CareCoding k;
  double quality = 0, latency_sum = 0;
  int clear_met = 0, all_met = 0, warm = 0, harsh = 0, respectful = 0, interfering = 0, frightening = 0;
  int answers_given = 0;
  const CueRecord* met_example = nullptr;
  const CueRecord* missed_example = nullptr;
  const CueRecord* miscue_read = nullptr;
  const CueRecord* miscue_missed = nullptr;
  for (const CueRecord& c : cues_) {
    if (!c.closed) continue;
    ++k.cues;
    const bool clear = c.cue.readability >= kClearReadability;
    const bool met = accessible(c);
    if (clear) ++k.clear_cues;
    if (c.cue.miscue) ++k.miscues;
    if (c.answer != CaregiverAct::None) ++answers_given;
    if (met) {
      ++k.answered;
      ++all_met;
      if (clear) ++clear_met;
      latency_sum += c.latency;
      const double q = act_fit(c.answer, c.cue.need) * promptness(c.latency);
      quality += q;
      if (!met_example && q >= 0.8) met_example = &c;
      if (c.cue.miscue && act_fit(c.answer, c.cue.need) >= 0.5) {
        ++k.miscues_answered;
        if (!miscue_read) miscue_read = &c;
      }
    } else {
      if (clear && !missed_example) missed_example = &c;
      if (c.cue.miscue && !miscue_missed) miscue_missed = &c;
    }
    if (warm_answer(c)) ++warm;
    if (c.cue.need == Need::Explore && c.answer != CaregiverAct::None) {
      if (respects_play(c.answer) || c.answer == CaregiverAct::EncourageExplore) ++respectful;
      else if (c.answer == CaregiverAct::PickUp) ++interfering;
    }
  }
  const ActRecord* harsh_example = nullptr;
  const ActRecord* fright_example = nullptr;
  const ActRecord* interfere_example = nullptr;
  const ActRecord* follow_example = nullptr;
  int unsolicited_frights = 0;
  for (const ActRecord& a : acts_) {
    if (is_harsh(a.act) && (a.cue >= 0 || a.act != CaregiverAct::Busy)) {
      ++harsh; // a busy spell with no cue waiting rejects nothing
      if (!harsh_example) harsh_example = &a;
    }
    if (is_frightening(a.act)) {
      ++frightening;
      if (a.cue < 0) ++unsolicited_frights;
      if (!fright_example) fright_example = &a;
    }
    if (a.cue < 0 && a.child_playing) {
      if (interferes_with_play(a.act)) {
        ++interfering;
        if (!interfere_example) interfere_example = &a;
      } else if (respects_play(a.act)) {
        ++respectful;
        if (!follow_example) follow_example = &a;
      }
    }
  }

  // Accessibility: were clear signals answered at all (Ainsworth: accessible vs ignoring)?
  if (k.clear_cues > 0) k.accessibility = scale(double(clear_met) / k.clear_cues);
  else if (k.cues > 0) k.accessibility = scale(double(all_met) / k.cues);
  // Sensitivity: noticed, read right, answered promptly and fittingly — every cue, subtle ones too.
  if (k.cues > 0) k.sensitivity = scale(quality / k.cues);
  if (warm + harsh > 0) k.acceptance = scale(double(warm) / (warm + harsh));
  if (respectful + interfering > 0) k.cooperation = scale(double(respectful) / (respectful + interfering));
  if (answers_given + unsolicited_frights > 0) k.frightening = double(frightening) / (answers_given + unsolicited_frights);
  if (k.answered > 0) k.mean_latency = latency_sum / k.answered;

  // Ruptures (Tronick): a clear cue missed, a harsh or frightening act, taking over play.
  // Each is repaired when a warm act comes within kRepairWindow.
  std::vector<double> ruptures;
  for (const CueRecord& c : cues_)
    if (c.closed && c.cue.readability >= kClearReadability && !accessible(c)) ruptures.push_back(c.cue.time);
  for (const ActRecord& a : acts_)
    if ((is_harsh(a.act) && (a.cue >= 0 || a.act != CaregiverAct::Busy)) || is_frightening(a.act) ||
        (a.cue < 0 && a.child_playing && interferes_with_play(a.act)))
      ruptures.push_back(a.time);
  std::sort(ruptures.begin(), ruptures.end());
  const ActRecord* repair_example = nullptr;
  for (double t : ruptures) {
    ++k.ruptures;
    for (const ActRecord& a : acts_) {
      if (a.time <= t || a.time > t + kRepairWindow + kAnswerWindow || !repairs(a.act)) continue;
      if (a.cue < 0 && a.child_playing && a.act != CaregiverAct::Repair && a.act != CaregiverAct::NameFeeling) continue;
      ++k.repairs;
      if (!repair_example) repair_example = &a;
      break;
    }
  }
  if (k.ruptures > 0) k.repair_ratio = double(k.repairs) / k.ruptures;

  // Moments worth a second look: what helped first, then what was missed.
  if (met_example)
    k.reasons.push_back(moment(met_example->cue, "care.met", "the child's {cue} was met with {act} after {s} s",
                               {to_string(met_example->cue.kind), to_string(met_example->answer), seconds_text(met_example->latency)}));
  if (miscue_read)
    k.reasons.push_back(moment(miscue_read->cue, "care.miscue-read", "a {cue} that hid a need was read and met with {act}",
                               {to_string(miscue_read->cue.kind), to_string(miscue_read->answer)}));
  if (follow_example)
    k.reasons.push_back(moment(follow_example->time, follow_example->episode, follow_example->episode_time, "care.followed",
                               "while the child played, you chose {act}", {to_string(follow_example->act)}));
  if (repair_example)
    k.reasons.push_back(moment(repair_example->time, repair_example->episode, repair_example->episode_time, "care.repaired",
                               "{act} repaired a rupture ({n} of {m} repaired)",
                               {to_string(repair_example->act), std::to_string(k.repairs), std::to_string(k.ruptures)}));
  if (missed_example)
    k.reasons.push_back(moment(missed_example->cue, "care.missed", "the child's {cue} went unanswered for {s} s",
                               {to_string(missed_example->cue.kind), seconds_text(kAnswerWindow)}));
  if (miscue_missed)
    k.reasons.push_back(moment(miscue_missed->cue, "care.miscue-missed", "a {cue} looked like \"I'm fine\" and was not answered",
                               {to_string(miscue_missed->cue.kind)}));
  if (harsh_example)
    k.reasons.push_back(moment(harsh_example->time, harsh_example->episode, harsh_example->episode_time, "care.harsh",
                               "when the child needed care, the answer was {act}", {to_string(harsh_example->act)}));
  if (interfere_example)
    k.reasons.push_back(moment(interfere_example->time, interfere_example->episode, interfere_example->episode_time,
                               "care.interfered", "{act} cut across the child's play", {to_string(interfere_example->act)}));
  if (fright_example)
    k.reasons.push_back(moment(fright_example->time, fright_example->episode, fright_example->episode_time, "care.frightened",
                               "{act}: the one who should end the alarm became its source", {to_string(fright_example->act)}));
  return k;
}

std::uint64_t CareLog::hash() const {
  std::uint64_t h = 0xcbf29ce484222325ull;
  auto mix = [&h](const void* data, std::size_t n) {
    const auto* b = static_cast<const unsigned char*>(data);
    for (std::size_t i = 0; i < n; ++i) h = (h ^ b[i]) * 0x100000001b3ull;
  };
  for (const CueRecord& c : cues_) {
    const double v[] = {c.cue.time, c.cue.readability, c.latency};
    mix(v, sizeof v);
    const unsigned char f[] = {static_cast<unsigned char>(c.cue.kind), c.closed, static_cast<unsigned char>(c.answer)};
    mix(f, sizeof f);
  }
  for (const ActRecord& a : acts_) {
    mix(&a.time, sizeof a.time);
    const unsigned char f[] = {static_cast<unsigned char>(a.act), a.child_playing};
    mix(f, sizeof f);
  }
  return h;
}

}  // namespace sb::mind
