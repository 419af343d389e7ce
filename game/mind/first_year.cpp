// The first year of moments (see first_year.hpp).
#include "mind/first_year.hpp"

#include <algorithm>

#include "mind/acted_caregiver.hpp"
#include "mind/prior_history.hpp"

namespace sb::mind {
namespace {

constexpr std::array<const char*, kYearMomentCount> kMomentNames = {"feeding", "bump", "bath", "bedtime", "stranger",
                                                                    "tower-falls", "play"};
constexpr double kMomentSeconds = 60.0; // each moment stands for a minute on the year's clock

struct MomentShape {
  double arousal;  // how stirred the child is
  double p_need;   // chance the moment calls for comfort rather than a secure base
};
// Bumps, bedtimes and strangers stir a baby; play and baths mostly invite the
// top of the circle (Circle of Security).
constexpr std::array<MomentShape, kYearMomentCount> kShapes = {{
    {0.5, 0.6}, {0.85, 0.95}, {0.35, 0.3}, {0.6, 0.75}, {0.75, 0.85}, {0.6, 0.6}, {0.25, 0.1}}};

}  // namespace

const char* to_string(YearMoment k) {
  const auto i = static_cast<std::size_t>(k);
  return i < kMomentNames.size() ? kMomentNames[i] : "?";
}

FirstYear::FirstYear(WorkingModel& wm, double soothability, std::uint64_t seed, int moments)
    : wm_(wm), soothability_(soothability), rng_(seed), moments_(std::max(1, moments)) {}

Expectations FirstYear::expectations() const {
  return Expectations{wm_.available(), wm_.accepting(), wm_.predictable(), wm_.safe(), wm_.strategy().dominant()};
}

const Cue& FirstYear::begin_moment() {
  kind_ = static_cast<YearMoment>(std::min(kYearMomentCount - 1, static_cast<int>(rng_.uniform() * kYearMomentCount)));
  const MomentShape shape = kShapes[static_cast<std::size_t>(kind_)];
  const StrategyWeights w = wm_.strategy();
  ChildState st;
  st.arousal = std::clamp(shape.arousal + 0.1 * rng_.normal(), 0.0, 1.0);
  // What the child shows of it follows its strategy (as E* in MODEL.md).
  const double gain = w.direct() + 0.3 * w.deactivating() + 1.35 * w.hyperactivating() + 0.8 * w.collapsed();
  st.expressed_distress = std::clamp(gain * std::max(0.0, st.arousal - 0.22) / 0.78, 0.0, 1.0);
  const double fear = std::max(0.0, 0.6 - wm_.safe()) * 2.0;
  const double anger = 0.4 * w.hyperactivating();
  const bool needs_comfort = rng_.chance(shape.p_need);
  if (!needs_comfort) {
    st.action = Action::Play;
    cue_ = rng_.chance(0.5) ? cue_for_bid(Action::ShowToy, w, st, anger, fear) : Cue{};
    if (cue_.kind != CueKind::ShowToy) quiet_cue(st, w, true, 1e9, &cue_);
  } else if (rng_.chance(w.deactivating()) && st.arousal - st.expressed_distress >= 0.2) {
    // A need hidden behind play: the "I'm fine" miscue.
    st.action = Action::Play;
    st.arousal = std::max(st.arousal, 0.45);
    if (!quiet_cue(st, w, true, 1e9, &cue_)) cue_ = cue_for_bid(Action::Call, w, st, anger, fear);
  } else {
    const Action bid = st.arousal > 0.7 ? Action::Cry : rng_.chance(0.5) ? Action::ReachUp : Action::Call;
    cue_ = cue_for_bid(bid, w, st, anger, fear);
  }
  cue_.time = index_ * kMomentSeconds;
  cue_.episode = 0;
  cue_.episode_time = cue_.time;
  log_.add_cue(cue_);
  return cue_;
}

MomentResult FirstYear::answer(const PlannedAct& a) {
  MomentResult r;
  r.kind = kind_;
  r.month = month();
  r.cue = cue_;
  r.answer = a;
  const double latency = std::max(0.0, a.latency);
  const bool in_window = a.act != CaregiverAct::None && latency <= kAnswerWindow;
  const bool heard = in_window && answers(a.act, cue_.need);
  if (in_window) log_.add_act(a.act, cue_.time + latency, 0, cue_.time + latency, false);
  log_.expire(cue_.time + kAnswerWindow);
  std::optional<Exchange> e = heard ? exchange_for(cue_, a.act, latency) : std::nullopt;
  if (!e && cue_.kind != CueKind::LookBack && cue_.kind != CueKind::HiddenNeed)
    e = Exchange{cue_.contact, AnswerKind::Ignore, kAnswerWindow, 0.0};
  if (!heard && is_frightening(a.act)) e = Exchange{false, AnswerKind::Frighten, 0.0, 0.0, true};
  if (e) {
    e->fit = felt_fit(e->fit, soothability_);
    wm_.learn(*e);
  }
  // A late answer that comes back to a missed need is a repair (Tronick).
  if (!heard && a.act != CaregiverAct::None && latency <= kAnswerWindow + kRepairWindow && is_warm(a.act) &&
      act_fit(a.act, Need::Comfort) >= 0.75 && cue_.need == Need::Comfort) {
    log_.add_act(a.act, cue_.time + latency, 0, cue_.time + latency, false);
    wm_.learn(Exchange{true, AnswerKind::Comfort, 2.0, felt_fit(0.8, soothability_)});
  }
  ++index_;
  r.after = expectations();
  history_.push_back(r.after);
  return r;
}

MomentResult FirstYear::live_moment(CareAnswerer& who) {
  const Cue& c = begin_moment();
  const PlannedAct a = who.answer(c, rng_);
  MomentResult r = answer(a);
  // Between moments: the child plays, and she may join in, watch, or take over.
  const CaregiverAct own = who.while_playing(rng_);
  if (own != CaregiverAct::None) {
    const double t = (index_ - 0.5) * kMomentSeconds;
    log_.add_act(own, t, 0, t, true);
    if (is_frightening(own)) wm_.learn(Exchange{false, AnswerKind::Frighten, 0.0, 0.0, true});
    else if (interferes_with_play(own)) wm_.learn(Exchange{false, AnswerKind::Intrude, 0.0, 0.2, true});
  }
  return r;
}

void live_first_year(WorkingModel& wm, double soothability, CareAnswerer& who, std::uint64_t seed, int moments,
                     CareLog* log) {
  FirstYear year(wm, soothability, seed, moments);
  while (!year.done()) year.live_moment(who);
  if (log) *log = year.log();
}

}  // namespace sb::mind
