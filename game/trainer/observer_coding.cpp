// The observer's score sheet with its moments (see observer_coding.hpp).
#include "trainer/observer_coding.hpp"

#include <algorithm>
#include <cmath>

#include "mind/coding.hpp"

namespace sb::trainer {
namespace {

std::string secs(double s) { return std::to_string(static_cast<long>(std::lround(std::max(0.0, s)))); }

CodedMoment at(const mind::Moment& m, std::string key, std::vector<std::string> values = {}) {
  return {m.time, m.episode, m.episode_time, std::move(key), std::move(values)};
}
CodedMoment at(const mind::EpisodeStats& e, double episode_time, std::string key, std::vector<std::string> values = {}) {
  return {e.start_time + episode_time, e.episode, episode_time, std::move(key), std::move(values)};
}

// Moments of one kind in a reunion, from her arrival on.
std::vector<const mind::Moment*> after_arrival(const mind::BehaviourRecord& r, const mind::EpisodeStats& e,
                                               mind::MomentKind kind) {
  std::vector<const mind::Moment*> out;
  const double t0 = std::max(0.0, e.caregiver_arrival);
  for (const mind::Moment& m : r.moments())
    if (m.kind == kind && m.episode == e.episode && m.episode_time >= t0) out.push_back(&m);
  return out;
}

std::vector<CodedMoment> seeking(const mind::BehaviourRecord& r, const mind::EpisodeStats& e) {
  std::vector<CodedMoment> out;
  const double t0 = std::max(0.0, e.caregiver_arrival);
  const auto approaches = after_arrival(r, e, mind::MomentKind::ApproachStart);
  const auto contacts = after_arrival(r, e, mind::MomentKind::ContactStart);
  const auto bids = after_arrival(r, e, mind::MomentKind::Bid);
  if (!approaches.empty()) out.push_back(at(*approaches.front(), "approached", {secs(approaches.front()->episode_time - t0)}));
  if (!contacts.empty())
    out.push_back(at(*contacts.front(), e.contact_by_own_approach ? "contact-own" : "picked-up",
                     {secs(contacts.front()->episode_time - t0)}));
  if (!bids.empty()) out.push_back(at(*bids.front(), std::string("bid-") + mind::to_string(bids.front()->action), {std::to_string(bids.size())}));
  if (out.empty()) out.push_back(at(e, t0, "no-approach", {mind::clock(e.duration - t0)}));
  return out;
}

std::vector<CodedMoment> maintaining(const mind::BehaviourRecord& r, const mind::EpisodeStats& e) {
  std::vector<CodedMoment> out;
  const double t0 = std::max(0.0, e.caregiver_arrival);
  const mind::Moment* longest = nullptr;
  for (const mind::Moment* m : after_arrival(r, e, mind::MomentKind::ContactStart))
    if (!longest || m->length > longest->length) longest = m;
  if (longest) {
    out.push_back(at(*longest, "held", {mind::clock(longest->length)}));
    if (e.cling_seconds >= 1) out.push_back(at(*longest, "clung", {mind::clock(e.cling_seconds)}));
  } else {
    out.push_back(at(e, t0, "no-contact", {}));
  }
  return out;
}

std::vector<CodedMoment> resisting(const mind::BehaviourRecord& r, const mind::EpisodeStats& e) {
  std::vector<CodedMoment> out;
  const auto pushes = after_arrival(r, e, mind::MomentKind::PushAway);
  if (!pushes.empty()) out.push_back(at(*pushes.front(), "pushed", {std::to_string(pushes.size()), secs(e.push_seconds)}));
  else out.push_back(at(e, std::max(0.0, e.caregiver_arrival), "no-push", {}));
  return out;
}

std::vector<CodedMoment> avoiding(const mind::BehaviourRecord& r, const mind::EpisodeStats& e) {
  std::vector<CodedMoment> out;
  const double t0 = std::max(0.0, e.caregiver_arrival);
  const auto turns = after_arrival(r, e, mind::MomentKind::TurnAway);
  const auto retreats = after_arrival(r, e, mind::MomentKind::Retreat);
  const auto approaches = after_arrival(r, e, mind::MomentKind::ApproachStart);
  if (!turns.empty()) out.push_back(at(*turns.front(), "turned-away", {secs(turns.front()->episode_time - t0), std::to_string(turns.size())}));
  if (!retreats.empty()) out.push_back(at(*retreats.front(), "moved-away", {secs(retreats.front()->episode_time - t0)}));
  if (e.ignore_seconds >= 3) out.push_back(at(e, t0, "played-on", {mind::clock(e.ignore_seconds)}));
  if (!approaches.empty() && approaches.front()->episode_time - t0 <= 15.0 && e.first_contact >= 0)
    out.push_back(at(*approaches.front(), "went-early", {secs(approaches.front()->episode_time - t0)}));
  if (out.empty()) out.push_back(at(e, t0, "no-avoidance", {}));
  return out;
}

std::vector<CodedMoment> disorganized(const mind::BehaviourRecord& r) {
  static const char* kKey[7] = {"d-contradictory", "d-head-away", "d-broke-off", "d-aimless", "d-froze", "d-alarm", "d-dazed"};
  std::vector<CodedMoment> out;
  const mind::DisorganizationIndices d = mind::code_disorganization(r);
  for (int i = 0; i < 7; ++i) {
    if (d.strength[i] <= 0) continue;
    const std::string strength = std::to_string(static_cast<int>(d.strength[i]));
    if (d.example[i]) {
      // Freezing names its length first, as the sentence does ("froze for 12 s (strength 2 of 3)").
      std::vector<std::string> values{strength};
      if (i == 4) values.insert(values.begin(), secs(d.example[i]->length));
      out.push_back(at(*d.example[i], kKey[i], values));
    } else if (!r.episodes().empty()) {
      // An index with no single example (the back-and-forth proxy): point at the last reunion.
      const mind::EpisodeStats& e = r.episodes().back();
      out.push_back(at(e, 0, kKey[i], {strength}));
    }
  }
  if (out.empty() && !r.episodes().empty()) out.push_back(at(r.episodes().back(), 0, "d-none", {}));
  std::sort(out.begin(), out.end(), [](const CodedMoment& a, const CodedMoment& b) { return a.time < b.time; });
  return out;
}

}  // namespace

int whole_scale(double v) { return std::clamp(static_cast<int>(std::lround(v)), kScaleMin, kScaleMax); }

int whole_rating(double v) {
  int w = std::clamp(static_cast<int>(std::lround(v)), kRatingMin, kRatingMax);
  if (v < kDisorganizedFrom && w >= kDisorganizedFrom) w = static_cast<int>(kDisorganizedFrom) - 1;
  return w;
}

ObserverCoding code_run(const mind::BehaviourRecord& record) {
  ObserverCoding o;
  o.classification = mind::classify_record(record);
  std::size_t i = 0;
  for (const mind::EpisodeStats& e : record.episodes()) {
    // The same reunions classify_record codes, in the same order.
    if (e.role != mind::EpisodeRole::Reunion || e.caregiver_arrival < 0) continue;
    if (i >= o.classification.reunions.size()) break;
    const mind::ReunionScales& s = o.classification.reunions[i++];
    ReunionEvidence ev;
    ev.episode = e.episode;
    ev.arrival = e.start_time + e.caregiver_arrival;
    ev.exact = {s.proximity_seeking, s.contact_maintaining, s.resistance, s.avoidance};
    ev.why = {seeking(record, e), maintaining(record, e), resisting(record, e), avoiding(record, e)};
    ReunionScores whole;
    whole.episode = e.episode;
    for (int k = 0; k < 4; ++k) whole.scale[k] = whole_scale(ev.exact[k]);
    o.sheet.reunions.push_back(whole);
    o.reunions.push_back(std::move(ev));
  }
  o.disorganization_exact = o.classification.disorganization;
  o.sheet.disorganization = whole_rating(o.disorganization_exact);
  o.disorganization_why = disorganized(record);
  o.sheet.subgroup = o.classification.subgroup;

  // Combined as classification.cpp combines them: the last of two or more reunions weighs 1.5.
  if (!o.reunions.empty()) {
    double total = 0;
    std::array<double, 4> sum{};
    for (std::size_t r = 0; r < o.reunions.size(); ++r) {
      const double w = (o.reunions.size() >= 2 && r + 1 == o.reunions.size()) ? 1.5 : 1.0;
      total += w;
      for (int k = 0; k < 4; ++k) sum[k] += w * o.reunions[r].exact[k];
    }
    for (int k = 0; k < 4; ++k) o.combined[k] = sum[k] / total;
  }
  return o;
}

}  // namespace sb::trainer
