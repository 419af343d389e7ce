// Every shipped scenario, played headless by the AI child under each caregiver
// preset, must end, and must end the way the science says it most often does:
// a sensitive caregiver mostly brings the secure ending, a rejecting one the
// avoidant, an inconsistent one the anxious, a frightening one the disorganized.
// Each scenario must also be able to reach all four of its endings. This is what
// a player choosing a caregiver on the life map would notice if it broke.
//
// Outcomes are probabilities, not destiny: the model draws each dyad's caregiver
// and temperament around the preset, so a preset gives its pattern in roughly
// half to nearly all runs (CONTENT-BRIEF §4: sensitivity predicts security only
// moderately). With the few runs affordable here (the file also runs under
// AddressSanitizer on a shared machine), each scenario must show no other ending
// more often than the expected one, and over all seven scenarios together the
// expected ending must be the majority for its preset. Seeds are 1..N for every
// scenario, so the same children and caregivers meet every scene. One test case
// for all, so that ctest (one process per case) plays each scenario only once.
#include <catch2/catch.hpp>

#include <array>
#include <cstdint>
#include <map>
#include <memory>
#include <sstream>
#include <string>

#include "scenario/loader.hpp"
#include "sim/session.hpp"

using namespace sb;

namespace {

// Twelve: with eight, one run more or less tipped the Strange Situation under the
// inconsistent caregiver (68 % anxious, 31 % secure over 100 runs) into a tie.
constexpr int kRunsPerPreset = 12;
constexpr std::uint64_t kMaxTicks = 60ull * 60 * 20;  // 20 real minutes: far beyond any scenario

struct Preset {
  const char* style;
  const char* expected;  // the ending this caregiver most often leads to
};
constexpr std::array<Preset, 4> kPresets{{
    {"sensitive", "secure"},
    {"rejecting", "avoidant"},
    {"inconsistent", "anxious"},
    {"frightening", "disorganized"},
}};
constexpr std::array<const char*, 4> kOutcomes{"secure", "avoidant", "anxious", "disorganized"};

std::shared_ptr<const scenario::Scenario> load(const std::string& id) {
  const auto path = scenario::find_scenario(id);
  REQUIRE(path);
  const auto loaded = scenario::load_file(*path);
  INFO(id << ": " << loaded.errors() << " errors");
  REQUIRE(loaded.ok());
  return loaded.scenario;
}

struct Tally {
  std::map<std::string, int> endings;  // ending outcome -> runs
  double play_seconds = 0;             // real seconds of play, summed over runs
  int runs = 0;
};

std::string describe(const Tally& t) {
  std::ostringstream out;
  for (const char* o : kOutcomes) out << o << "=" << (t.endings.count(o) ? t.endings.at(o) : 0) << " ";
  return out.str();
}

// Adult prototypes counted as the caregiver's expected pattern would be: dismissing and
// fearful-avoidant keep distance (Hazan & Shaver's avoidant), preoccupied is anxious.
// Unresolved states are kept apart from the prototypes, so no adult ending is "disorganized".
std::string three_way(const std::string& outcome) {
  if (outcome == "dismissing" || outcome == "fearful") return "avoidant";
  if (outcome == "preoccupied") return "anxious";
  return outcome;
}

// Plays one scenario under one preset kRunsPerPreset times and checks each run.
Tally play(const std::shared_ptr<const scenario::Scenario>& s, const Preset& preset) {
  Tally tally;
  for (int run = 0; run < kRunsPerPreset; ++run) {
    sim::SessionConfig c;
    c.scenario = s;
    c.caregiver = mind::preset(preset.style);
    c.caregiver_style = preset.style;
    c.seed = 1 + static_cast<std::uint64_t>(run);
    c.ai_child = true;
    sim::Session session(c);
    while (!session.ended() && session.tick() < kMaxTicks) session.step({});

    INFO(s->id << " under the " << preset.style << " caregiver, seed " << c.seed);
    REQUIRE(session.ended());
    REQUIRE(session.outcome());
    REQUIRE(session.story()->ending());
    // The ending shown is the one the classification chose, not a graph path; grown-ups
    // are coded on anxiety and avoidance and end by prototype (mind/adult_coding.hpp).
    const std::string classified = s->adult() ? std::string(mind::to_string(session.adult_coding()->prototype))
                                              : sim::outcome_name(session.outcome()->pattern);
    CHECK(scenario::to_string(session.story()->ending()->outcome) == classified);
    // At least one reunion was observed: the caregiver really left and came back.
    CHECK_FALSE(session.outcome()->reunions.empty());

    ++tally.endings[three_way(scenario::to_string(session.story()->ending()->outcome))];
    tally.play_seconds += session.scenario_time() / session.time_scale();
    ++tally.runs;
  }
  return tally;
}

using Pooled = std::map<std::string, std::map<std::string, int>>;  // preset -> outcome -> runs

int count(const std::map<std::string, int>& m, const std::string& key) {
  const auto it = m.find(key);
  return it == m.end() ? 0 : it->second;
}

void check_scenario(const std::string& id, Pooled* pooled) {
  const auto s = load(id);
  std::map<std::string, int> reached;  // outcome -> runs over all presets
  double play_seconds = 0;
  int runs = 0;
  for (const Preset& preset : kPresets) {
    const Tally t = play(s, preset);
    INFO(id << " under the " << preset.style << " caregiver: " << describe(t));
    // A frightening partner is not an infant's frightening parent: no adult prototype is
    // "disorganized", so grown-up scenes only have to end there (their other checks stand).
    if (s->adult() && std::string(preset.expected) == "disorganized") {
      for (const auto& [outcome, n] : t.endings) reached[outcome] += n;
      play_seconds += t.play_seconds;
      runs += t.runs;
      continue;
    }
    const int expected = count(t.endings, preset.expected);
    CHECK(expected > 0);
    // No other ending is more common than the expected one for this caregiver.
    for (const char* other : kOutcomes)
      if (std::string(other) != preset.expected) CHECK(expected >= count(t.endings, other));
    for (const auto& [outcome, n] : t.endings) {
      reached[outcome] += n;
      (*pooled)[preset.style][outcome] += n;
    }
    play_seconds += t.play_seconds;
    runs += t.runs;
  }
  // Every ending can be reached by some caregiver (grown-ups: the three-way groups).
  for (const char* o : kOutcomes) {
    if (s->adult() && std::string(o) == "disorganized") continue;
    INFO(id << ": the " << o << " ending");
    CHECK(reached[o] > 0);
  }
  // Each scenario plays in about 5 to 10 minutes (on average over caregivers; a
  // separation cut short by hard crying makes single runs shorter).
  const double minutes = play_seconds / runs / 60.0;
  INFO(id << ": mean play time " << minutes << " min");
  CHECK(minutes >= 5.0);
  CHECK(minutes <= 10.0);
}

}  // namespace

TEST_CASE("every scenario under every caregiver preset reaches the endings the science expects", "[scenario-outcomes]") {
  Pooled pooled;
  for (const char* id : {"strange-situation", "park", "bedtime", "rupture-repair", "first-day", "grown-up", "earning-security"})
    check_scenario(id, &pooled);
  // Over the seven scenarios together, the expected ending is the majority.
  for (const Preset& preset : kPresets) {
    const auto& m = pooled[preset.style];
    int total = 0;
    for (const auto& [outcome, n] : m) total += n;
    INFO(preset.style << ": " << preset.expected << " in " << count(m, preset.expected) << " of " << total << " runs");
    REQUIRE(total > 0);
    CHECK(count(m, preset.expected) * 2 > total);
  }
}
