#include "mind/adult_coding.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>

#include "mind/coding.hpp"

namespace sb::mind {
namespace {

struct ActInfo {
  const char* name;
  AdultLean lean;
};

// How each act leans. Anxiety shows as protest, pursuit, reassurance seeking and
// criticism that demands a response; avoidance as distance, self-reliance and
// playing feelings down (Brennan, Clark & Shaver 1998; Bartholomew & Horowitz 1991).
// Deactivating acts also deny worry, so they lean low on anxiety; refusing a repair
// pushes away someone one is upset with: both dimensions. Saying what hurts, and
// offering or taking a repair, lean low on both: the "middle zone" of the brief.
constexpr std::array<ActInfo, kAdultActCount> kActs{{
    {"reach-out", {0.0, -1.0}},
    {"say-what-hurts", {-0.3, -1.0}},
    {"ask-reassurance", {0.7, -0.5}},
    {"pursue", {1.0, -0.4}},
    {"criticise", {0.8, 0.2}},
    {"withdraw", {-0.2, 1.0}},
    {"stonewall", {-0.2, 1.0}},
    {"deflect", {-0.4, 0.7}},
    {"soothe-self", {-1.0, 0.0}},
    {"offer-repair", {-0.5, -0.8}},
    {"accept-repair", {-0.6, -0.8}},
    {"refuse-repair", {0.4, 0.8}},
}};

// Evidence units per chosen act: three choices leaning the same way take a
// dimension close to its end (7 or 1).
constexpr double kChoiceWeight = 0.7;
// Evidence → score: 4 ± 3·tanh(e / kSpread) keeps the 1..7 range and makes the
// first pieces of evidence count most.
constexpr double kSpread = 1.5;

// What an ordinary, secure grown-up does in a scene like these (the AI's direct
// strategy): the record counts only what goes beyond it. Set from 80 population
// runs of "Grown up" (MODEL.md, "Adults").
constexpr int kUsualProtest = 12;       // calls or messages while the figure is away
constexpr double kUsualHolding = 150;  // seconds of holding on
constexpr double kUsualTurning = 25;   // seconds of turning away while together


bool together(const EpisodeStats& e) {
  return e.caregiver_seconds > 0 && e.role != EpisodeRole::Separation && e.role != EpisodeRole::Alone;
}
bool apart(const EpisodeStats& e) { return e.role == EpisodeRole::Separation || e.role == EpisodeRole::Alone; }

std::string fmt1(double v) {
  char b[16];
  std::snprintf(b, sizeof b, "%.0f", v);
  return b;
}

class Coder {
 public:
  Coder(const BehaviourRecord& r, const std::vector<AdultChoice>& choices, bool player) : r_(r), choices_(choices), player_(player) {}

  AdultCoding run() {
    for (const AdultChoice& c : choices_) {
      if (c.frozen) {
        ++out_.unresolved_moments;
        continue;
      }
      const AdultLean l = lean_of(c.act);
      add(c.time, c.episode, "choice", {c.text, to_string(c.act), c.line}, l.anxiety * kChoiceWeight, l.avoidance * kChoiceWeight,
          "you chose \"" + c.text + "\" (" + to_string(c.act) + ")");
    }
    acts_seen();
    // The body's state (settling, shown distress) is the model's, not the player's:
    // it codes the AI grown-up only, so an ending never contradicts what a player chose.
    if (!player_) state_seen();
    unresolved_seen();
    out_.anxiety = adult_score(anx_);
    out_.avoidance = adult_score(avo_);
    out_.prototype = prototype_at(out_.anxiety, out_.avoidance);
    out_.unresolved = out_.unresolved_moments >= 2 ||
                      std::any_of(choices_.begin(), choices_.end(), [](const AdultChoice& c) { return c.frozen; });
    std::stable_sort(out_.reasons.begin(), out_.reasons.end(),
                     [](const AdultReason& a, const AdultReason& b) { return a.time < b.time; });
    return out_;
  }

 private:
  void add(double time, int episode, std::string key, std::vector<std::string> values, double anx, double avo, std::string text) {
    anx_ += anx;
    avo_ += avo;
    if (std::abs(anx) + std::abs(avo) < 1e-9) return;
    double start = 0;
    for (const EpisodeStats& e : r_.episodes())
      if (e.episode == episode) start = e.start_time;
    out_.reasons.push_back({time, episode, std::max(0.0, time - start), std::move(key), std::move(values), {anx, avo}, std::move(text)});
  }

  const Moment* first(MomentKind k, int episode) const {
    for (const Moment& m : r_.moments())
      if (m.kind == k && m.episode == episode) return &m;
    return nullptr;
  }
  double at(const EpisodeStats& e, double episode_seconds) const {
    return e.start_time + std::max(0.0, episode_seconds);
  }

  // What the grown-up did, as the record saw it: the same for player and AI.
  void acts_seen() {
    int protest = 0, pushes = 0, turned_to = 0;
    double cling = 0, turned = 0, moved = 0, ignored = 0;
    const EpisodeStats *protest_at = nullptr, *push_at = nullptr, *turn_at = nullptr, *move_at = nullptr, *ignore_at = nullptr,
                       *cling_at = nullptr, *bid_at = nullptr;
    for (const EpisodeStats& e : r_.episodes()) {
      if (apart(e) && e.bids > 0) {
        protest += e.bids;
        if (!protest_at) protest_at = &e;
      }
      if (!together(e)) continue;
      if (e.pushes > 0 && !push_at) push_at = &e;
      if (e.cling_seconds > 0 && !cling_at) cling_at = &e;
      if (e.turn_away_seconds > 0 && !turn_at) turn_at = &e;
      if (e.move_away_seconds > 0 && !move_at) move_at = &e;
      if (e.ignore_seconds > 0 && !ignore_at) ignore_at = &e;
      if (e.bids > 0 && !bid_at) bid_at = &e;
      pushes += e.pushes;
      cling += e.cling_seconds;
      turned += e.turn_away_seconds;
      moved += e.move_away_seconds;
      ignored += e.ignore_seconds;
      turned_to += e.bids;
    }
    // Missing someone and saying so is ordinary; only calling again and again is protest.
    if (protest > kUsualProtest)
      add(at(*protest_at, protest_at->first_bid), protest_at->episode, "protest-while-away", {std::to_string(protest)},
          std::min(0.8, 0.06 * (protest - kUsualProtest)), 0, "called or messaged " + std::to_string(protest) + " times while they were away");
    // One sharp moment in a row is ordinary; pushing back again and again is protest.
    if (pushes > 1)
      add(at(*push_at, first_ep_time(MomentKind::PushAway, push_at->episode)), push_at->episode, "pushed-away",
          {std::to_string(pushes)}, std::min(0.75, 0.2 * pushes), 0.05 * std::min(pushes, 3),
          "pushed back angrily " + std::to_string(pushes) + " times");
    // A long hug after a row is ordinary; holding on well past it is not letting go.
    if (cling > kUsualHolding)
      add(at(*cling_at, cling_at->first_contact), cling_at->episode, "held-on", {fmt1(cling)}, std::min(0.8, (cling - kUsualHolding) / 60), 0,
          "held on for " + fmt1(cling) + " s");
    if (turned > kUsualTurning)
      add(at(*turn_at, turn_at->first_turn_away), turn_at->episode, "turned-away", {fmt1(turned)}, 0,
          std::min(1.0, (turned - kUsualTurning) / 40),
          "turned away for " + fmt1(turned) + " s");
    if (moved > 0.5)
      add(at(*move_at, move_at->first_move_away), move_at->episode, "moved-away", {fmt1(moved)}, 0, std::min(0.6, moved / 8),
          "moved away for " + fmt1(moved) + " s");
    if (ignored > 1)
      add(at(*ignore_at, ignore_at->caregiver_arrival), ignore_at->episode, "kept-busy", {fmt1(ignored)}, 0,
          std::min(0.5, ignored / 30), "kept busy for " + fmt1(ignored) + " s after they came back");
    if (turned_to > 0)
      add(at(*bid_at, bid_at->first_bid), bid_at->episode, "turned-to", {std::to_string(turned_to)}, 0,
          -std::min(0.9, 0.03 * turned_to), "turned to them " + std::to_string(turned_to) + " times while together");
    // The last reunion: went to them, or kept the distance.
    const EpisodeStats* reunion = last_reunion();
    if (!reunion) return;
    if (reunion->contact_by_own_approach && reunion->first_contact >= 0)
      // Going to them and letting the comfort in, without fighting it: closeness used
      // as a safe haven, which speaks against both avoidance and anxious protest.
      add(at(*reunion, reunion->first_contact), reunion->episode, "went-to", {clock(reunion->first_contact)},
          reunion->pushes == 0 ? -0.25 : 0.0, -0.4,
          "went to them after they came back");
    else if (reunion->first_approach < 0 && reunion->first_contact < 0)
      add(at(*reunion, std::max(0.0, reunion->caregiver_arrival)), reunion->episode, "kept-distance", {}, 0, 0.4,
          "did not go to them after they came back");
  }

  // The AI grown-up's body: did the upset settle, how much was shown.
  void state_seen() {
    double shown = 0, hidden = 0;
    int n = 0;
    for (const EpisodeStats& e : r_.episodes())
      if (apart(e) && e.samples > 0) {
        shown += e.mean_shown();
        hidden += e.mean_arousal();
        ++n;
      }
    if (n > 0) {
      shown /= n;
      hidden /= n;
      if (shown > 0.75) add(0, 0, "upset-shown", {fmt1(100 * shown)}, 3 * (shown - 0.75), 0, "showed strong distress while apart");
      if (hidden - shown > 0.35)
        add(0, 0, "upset-hidden", {fmt1(100 * hidden), fmt1(100 * shown)}, 0, 0.3, "looked calm while apart, the body was not");
    }
    const EpisodeStats* reunion = last_reunion();
    if (!reunion) return;
    if (reunion->back_to_play >= 0)
      add(at(*reunion, reunion->back_to_play), reunion->episode, "settled", {clock(reunion->back_to_play)}, -0.4, 0,
          "settled and got on with things");
    else if (reunion->calm_after < 0)
      add(at(*reunion, reunion->duration), reunion->episode, "not-settled", {}, 0.4, 0, "did not settle after they came back");
  }

  // Fright without a solution: counted, never placed on the plane.
  void unresolved_seen() {
    for (const Moment& m : r_.moments()) {
      const bool with_them = m.kind == MomentKind::Apprehension || m.kind == MomentKind::Disoriented;
      const bool long_freeze = m.kind == MomentKind::FreezeStart && m.length >= 4;
      if (with_them || long_freeze) ++out_.unresolved_moments;
    }
  }

  double first_ep_time(MomentKind k, int episode) const {
    const Moment* m = first(k, episode);
    return m ? m->episode_time : 0;
  }
  const EpisodeStats* last_reunion() const {
    const EpisodeStats* out = nullptr;
    for (const EpisodeStats& e : r_.episodes())
      if (e.role == EpisodeRole::Reunion) out = &e;
    return out;
  }

  const BehaviourRecord& r_;
  const std::vector<AdultChoice>& choices_;
  bool player_;
  AdultCoding out_;
  double anx_ = 0, avo_ = 0;
};

}  // namespace

const char* to_string(AdultAct a) { return kActs[static_cast<std::size_t>(a)].name; }

std::optional<AdultAct> adult_act_from_name(std::string_view name) {
  for (std::size_t i = 0; i < kActs.size(); ++i)
    if (name == kActs[i].name) return static_cast<AdultAct>(i);
  return std::nullopt;
}

AdultLean lean_of(AdultAct a) { return kActs[static_cast<std::size_t>(a)].lean; }

const char* to_string(Prototype p) {
  switch (p) {
    case Prototype::Secure: return "secure";
    case Prototype::Preoccupied: return "preoccupied";
    case Prototype::Dismissing: return "dismissing";
    case Prototype::Fearful: return "fearful";
  }
  return "secure";
}

Prototype prototype_at(double anxiety, double avoidance) {
  const bool anxious = anxiety > kAdultScaleMid, avoidant = avoidance > kAdultScaleMid;
  if (anxious && avoidant) return Prototype::Fearful;
  if (anxious) return Prototype::Preoccupied;
  if (avoidant) return Prototype::Dismissing;
  return Prototype::Secure;
}

double adult_score(double e) { return kAdultScaleMid + 3.0 * std::tanh(e / kSpread); }

std::vector<PlanePoint> adult_path(const AdultCoding& c) {
  std::vector<PlanePoint> out{{}};
  double anx = 0, avo = 0;
  for (const AdultReason& r : c.reasons) {
    anx += r.push.anxiety;
    avo += r.push.avoidance;
    out.push_back({adult_score(anx), adult_score(avo)});
  }
  return out;
}

AdultCoding code_adult(const BehaviourRecord& record, const std::vector<AdultChoice>& choices, bool by_player) {
  return Coder(record, choices, by_player).run();
}

}  // namespace sb::mind
