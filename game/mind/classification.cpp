// The classification: a judgement of the overall pattern (Ainsworth et al. 1978;
// Main & Solomon 1990), made by explicit rules over the reunion scales and the
// record, with reasons that point at recorded moments.
#include <algorithm>
#include <cmath>
#include <cstdio>

#include "mind/coding.hpp"

namespace sb::mind {
namespace {

struct Combined {
  double ps = 1, cm = 1, rs = 1, av = 1, av_max = 1, rs_max = 1;
};

Combined combine(const std::vector<ReunionScales>& r) {
  Combined c;
  if (r.empty()) return c;
  // The second reunion is the more stressful and the more telling (Ainsworth).
  double total = 0;
  c.ps = c.cm = c.rs = c.av = 0;
  c.av_max = c.rs_max = 1;
  for (std::size_t i = 0; i < r.size(); ++i) {
    const double w = (r.size() >= 2 && i + 1 == r.size()) ? 1.5 : 1.0;
    total += w;
    c.ps += w * r[i].proximity_seeking;
    c.cm += w * r[i].contact_maintaining;
    c.rs += w * r[i].resistance;
    c.av += w * r[i].avoidance;
    c.av_max = std::max(c.av_max, r[i].avoidance);
    c.rs_max = std::max(c.rs_max, r[i].resistance);
  }
  c.ps /= total;
  c.cm /= total;
  c.rs /= total;
  c.av /= total;
  return c;
}

// Fills {placeholders} in order: the English form of a reason's template.
std::string fill(const std::string& pattern, const std::vector<std::string>& values) {
  std::string out;
  std::size_t next = 0;
  for (std::size_t i = 0; i < pattern.size(); ++i) {
    if (pattern[i] == '{') {
      const std::size_t close = pattern.find('}', i);
      if (close != std::string::npos) {
        out += next < values.size() ? values[next++] : std::string();
        i = close;
        continue;
      }
    }
    out += pattern[i];
  }
  return out;
}

// A reason with no moment of its own to name.
Reason general(double time, int episode, const std::string& key, const std::string& english, std::vector<std::string> values = {}) {
  Reason r{time, episode, fill(english, values), key, std::move(values), {}};
  return r;
}
Reason at_moment(double time, int episode, double episode_time, const std::string& key, const std::string& english,
                 std::vector<std::string> values = {}) {
  Reason r = general(time, episode, key, english, std::move(values));
  r.at = {std::to_string(episode_number(episode)), clock(episode_time)};
  r.text = "episode " + r.at[0] + ", " + r.at[1] + ": " + r.text;
  return r;
}
Reason reason(const Moment& m, const std::string& key, const std::string& english, std::vector<std::string> values = {}) {
  return at_moment(m.time, m.episode, m.episode_time, key, english, std::move(values));
}
Reason reason(const EpisodeStats& e, double episode_time, const std::string& key, const std::string& english,
              std::vector<std::string> values = {}) {
  return at_moment(e.start_time + episode_time, e.episode, episode_time, key, english, std::move(values));
}
std::string whole_seconds(double s) { return std::to_string(static_cast<long>(std::lround(s))); }

const Moment* first(const BehaviourRecord& r, MomentKind k, int episode, double from = -1.0) {
  for (const Moment& m : r.moments())
    if (m.kind == k && m.episode == episode && m.episode_time >= from) return &m;
  return nullptr;
}
int count(const BehaviourRecord& r, MomentKind k, int episode) {
  int n = 0;
  for (const Moment& m : r.moments()) n += (m.kind == k && m.episode == episode);
  return n;
}
std::string percent(double v) { return std::to_string(static_cast<int>(std::lround(v * 100))) + "%"; }

// Subgroup and organised pattern from the combined scales and the last reunion.
Pattern organised(const Combined& c, const EpisodeStats& last, std::string* subgroup) {
  const bool settled = last.back_to_play >= 0 || last.calm_after >= 0;
  if (c.av >= 4.5 && c.ps <= 3.5 && c.cm <= 3.0) {
    *subgroup = (c.av >= 5.5 && c.ps <= 2.5) ? "A1" : "A2";
    return Pattern::Avoidant;
  }
  // Resistance mixed with seeking (C1). Strong resistance in one reunion is
  // enough when contact was also sought; milder resistance counts when the child
  // did not settle soon (B4 children resist a little but are soothed).
  const double t0 = std::max(0.0, last.caregiver_arrival);
  const bool settled_soon = (last.back_to_play >= 0 && last.back_to_play - t0 <= 90.0) ||
                            (last.calm_after >= 0 && last.calm_after <= 90.0);
  const bool seeking = c.cm >= 3.5 || c.ps >= 4.5;
  if (seeking && ((c.rs_max >= 5 && c.cm >= 4) || c.rs >= 3.5 || (c.rs >= 2.5 && !settled_soon))) {
    *subgroup = "C1";
    return Pattern::Anxious;
  }
  if (!settled && last.mean_shown() >= 0.35 && c.av < 3.5 && (c.ps >= 3 || c.cm >= 3)) {
    *subgroup = c.rs >= 2.5 ? "C1" : "C2";
    return Pattern::Anxious;
  }
  if (c.av >= 4.5 && c.ps <= 5.0) *subgroup = "B1";
  else if (c.av >= 3.0 && c.ps <= 4.0) *subgroup = "B1";
  else if (c.av >= 2.5 || c.av_max >= 4.0) *subgroup = "B2";
  else if (c.rs >= 2.5 || (c.cm >= 5.5 && last.back_to_play < 0)) *subgroup = "B4";
  else *subgroup = "B3";
  return Pattern::Secure;
}

void explain_organised(Pattern p, const BehaviourRecord& r, const std::vector<const EpisodeStats*>& reunions,
                       std::vector<Reason>* out) {
  for (const EpisodeStats* e : reunions) {
    const double t0 = std::max(0.0, e->caregiver_arrival);
    const int ep = e->episode;
    if (p == Pattern::Avoidant || p == Pattern::Secure) {
      if (const Moment* m = first(r, MomentKind::TurnAway, ep, t0); m && m->episode_time - t0 <= 10.0) {
        const std::string secs = whole_seconds(std::max(1.0, std::round(m->episode_time - t0)));
        if (e->play_seconds > 20)
          out->push_back(reason(*m, "turned-away-played", "turned away within {seconds} s of the parent's return and kept playing", {secs}));
        else
          out->push_back(reason(*m, "turned-away", "turned away within {seconds} s of the parent's return", {secs}));
      }
    }
    if (p == Pattern::Avoidant) {
      if (e->first_approach < 0 && e->first_contact < 0)
        out->push_back(e->bids == 0 ? reason(*e, t0, "no-approach-no-bid", "did not go to the parent in the {time} after the return, and made no bid",
                                             {clock(e->duration - t0)})
                                    : reason(*e, t0, "no-approach", "did not go to the parent in the {time} after the return",
                                             {clock(e->duration - t0)}));
      if (e->ignore_seconds >= 5)
        out->push_back(reason(*e, t0, "played-on", "played on for {time} while the parent was back and near, without a look or a call",
                              {clock(e->ignore_seconds)}));
    }
    if (p == Pattern::Secure) {
      if (const Moment* m = first(r, MomentKind::ContactStart, ep, t0)) {
        if (e->contact_by_own_approach)
          out->push_back(reason(*m, "went-and-held", "went to the parent and was held for {time}", {clock(m->length)}));
        else
          out->push_back(reason(*m, "picked-up", "was picked up and held for {time}", {clock(m->length)}));
      } else if (const Moment* a = first(r, MomentKind::ApproachStart, ep, t0)) {
        out->push_back(reason(*a, "went-toward", "went toward the parent on the return"));
      } else if (const Moment* b = first(r, MomentKind::Bid, ep, t0)) {
        // One key per bid ("greeted-call", "greeted-reach-up", …): a translation names the bid in its own words.
        out->push_back(reason(*b, std::string("greeted-") + to_string(b->action), "greeted the parent from a distance ({action})",
                              {to_string(b->action)}));
      }
      if (e->calm_after >= 0)
        out->push_back(reason(*e, t0 + e->calm_after, "calm-again", "calm again {time} after the return", {clock(e->calm_after)}));
      if (const Moment* m = first(r, MomentKind::BackToPlay, ep, t0)) out->push_back(reason(*m, "back-to-play", "back to play"));
    }
    if (p == Pattern::Anxious) {
      if (const Moment* m = first(r, MomentKind::PushAway, ep, t0)) {
        const int n = count(r, MomentKind::PushAway, ep);
        if (n == 1)
          out->push_back(reason(*m, "pushed-away-once", "pushed away in contact, wanting and resisting comfort (1 push this reunion)"));
        else
          out->push_back(reason(*m, "pushed-away", "pushed away in contact, wanting and resisting comfort ({count} pushes this reunion)",
                                {std::to_string(n)}));
      }
      if (const Moment* m = first(r, MomentKind::ContactStart, ep, t0); m && e->cling_seconds >= 10)
        out->push_back(reason(*m, "clung", "clung for {time} and would not be put down", {clock(e->cling_seconds)}));
      if (e->back_to_play < 0 && e->calm_after < 0)
        out->push_back(reason(*e, e->duration, "still-upset", "still upset when the episode ended (shown distress {percent}), not back to play",
                              {percent(e->mean_shown())}));
    }
  }
}

}  // namespace

std::string one_decimal(double v) {
  char b[32];
  std::snprintf(b, sizeof b, "%.1f", v);
  return b;
}

std::string clock(double seconds) {
  const int s = std::max(0, static_cast<int>(seconds + 0.5));
  char buf[16];
  std::snprintf(buf, sizeof buf, "%d:%02d", s / 60, s % 60);
  return buf;
}

Classification classify_record(const BehaviourRecord& r, const CoderError* error) {
  Classification out;
  std::vector<const EpisodeStats*> reunions;
  double sep_arousal = 0, sep_shown = 0;
  int sep_samples = 0;
  std::string sep_list;
  for (const EpisodeStats& e : r.episodes()) {
    if (e.role == EpisodeRole::Reunion && e.caregiver_arrival >= 0) {
      reunions.push_back(&e);
      ReunionScales s = code_reunion(e);
      if (error && out.reunions.size() < error->scale.size()) {
        const auto& off = error->scale[out.reunions.size()];
        s.proximity_seeking = std::clamp(s.proximity_seeking + off[0], 1.0, 7.0);
        s.contact_maintaining = std::clamp(s.contact_maintaining + off[1], 1.0, 7.0);
        s.resistance = std::clamp(s.resistance + off[2], 1.0, 7.0);
        s.avoidance = std::clamp(s.avoidance + off[3], 1.0, 7.0);
      }
      out.reunions.push_back(s);
    }
    if ((e.role == EpisodeRole::Separation || e.role == EpisodeRole::Alone) && e.samples > 0) {
      sep_arousal += e.arousal_sum;
      sep_shown += e.shown_sum;
      sep_samples += e.samples;
      sep_list += (sep_list.empty() ? "" : ", ") + std::to_string(episode_number(e.episode));
    }
  }
  DisorganizationIndices d = code_disorganization(r);
  if (error) d.rating = std::clamp(d.rating + error->disorganization, 1.0, 9.0);
  out.disorganization = d.rating;
  for (int i = 0; i < 7; ++i) out.d_indices[static_cast<std::size_t>(i)] = static_cast<int>(d.strength[static_cast<std::size_t>(i)]);
  if (reunions.empty()) {
    out.pattern = Pattern::Secure;
    out.subgroup = "";
    out.reasons.push_back(general(0, 0, "no-reunion", "no reunion has been observed yet, so there is no pattern to read"));
    return out;
  }

  const Combined c = combine(out.reunions);
  std::string subgroup;
  const Pattern organised_pattern = organised(c, *reunions.back(), &subgroup);
  const bool disorganised = d.rating >= 5.0;
  if (disorganised) {
    out.pattern = Pattern::Disorganized;
    out.best_fit = organised_pattern;
    out.subgroup = std::string("D/") + letter(organised_pattern);
    static const char* kIndexKey[7] = {"d-contradictory", "d-head-away", "d-broke-off", "d-aimless", "d-froze", "d-alarm", "d-dazed"};
    static const char* kIndexText[7] = {
        "contradictory behaviour in sequence: went toward the parent, then away",
        "approached with the head turned away",
        "an approach broke off into stillness",
        "back-and-forth movement without a goal",
        "froze",
        "drew back in alarm from the parent",
        "seemed dazed as the parent came in",
    };
    for (int i = 0; i < 7; ++i) {
      if (d.strength[i] <= 0 || !d.example[i]) continue;
      const Moment& m = *d.example[i];
      if (i == 4 && m.episode_time < 10)
        out.reasons.push_back(reason(m, "d-froze-arrival", "froze for {seconds} s as the parent came in", {whole_seconds(m.length)}));
      else if (i == 4)
        out.reasons.push_back(reason(m, "d-froze-for", "froze for {seconds} s", {whole_seconds(m.length)}));
      else
        out.reasons.push_back(reason(m, kIndexKey[i], kIndexText[i]));
    }
  } else {
    out.pattern = organised_pattern;
    out.subgroup = subgroup;
  }
  explain_organised(organised_pattern, r, reunions, &out.reasons);
  if (sep_samples > 0 && (organised_pattern == Pattern::Avoidant || organised_pattern == Pattern::Secure)) {
    const double a = sep_arousal / sep_samples, s = sep_shown / sep_samples;
    if (organised_pattern == Pattern::Avoidant && a - s > 0.2)
      out.reasons.push_back(general(reunions.front()->start_time, reunions.front()->episode, "calm-outside",
                                    "episodes {list}: looked calm while apart (shown distress {shown}) though the body was stirred up "
                                    "(hidden arousal {hidden})",
                                    {sep_list, percent(s), percent(a)}));
  }
  if (out.reasons.empty())
    out.reasons.push_back(general(reunions.back()->start_time, reunions.back()->episode, "no-single-moment",
                                  "episode {n}: no single moment stood out; the pattern rests on the reunion scales",
                                  {std::to_string(episode_number(reunions.back()->episode))}));
  return out;
}

}  // namespace sb::mind
