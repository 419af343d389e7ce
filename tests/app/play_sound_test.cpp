// The scenario's generated sounds: comfortable levels, a heartbeat that speeds
// with arousal, a sharper ambience when security falls, a voice for every answer.
#include <catch2/catch.hpp>

#include "app/screens/play/scenario_audio.hpp"
#include "app/screens/play/scenario_sounds.hpp"
#include "app/platform/synth.hpp"

using namespace sb::app;
namespace ss = sb::app::scenario_sounds;

TEST_CASE("ambiences loop for eight seconds at a quiet level, each scene its own") {
  const auto park = ss::ambience("park", false), bed = ss::ambience("bedtime", false);
  CHECK(park.size() == synth::kSampleRate * 8);
  CHECK(park != bed);
  for (const auto* s : {&park, &bed}) {
    CHECK(ss::rms(*s) > 0.01);
    CHECK(ss::rms(*s) < 0.15);
  }
  // The loop joins without a jump.
  CHECK(std::abs(park.front() - park.back()) < 1500);
}

TEST_CASE("the sharp ambience is brighter than the warm one") {
  // Brightness as the share of sample-to-sample change: high frequencies change fast.
  auto roughness = [](const ss::Samples& s) {
    double d = 0, a = 0;
    for (std::size_t i = 1; i < s.size(); ++i) d += std::abs(s[i] - s[i - 1]), a += std::abs(s[i]);
    return d / a;
  };
  CHECK(roughness(ss::ambience("park", true)) > 2 * roughness(ss::ambience("park", false)));
}

TEST_CASE("the heartbeat speeds up with arousal") {
  CHECK(ScenarioAudio::beats_per_minute(0.1) < 85);
  CHECK(ScenarioAudio::beats_per_minute(0.9) > 140);
  CHECK(ss::rms(ss::heartbeat()) > 0.02);
}

TEST_CASE("every answer but ignoring has a voice, and every bid of the child one too") {
  using K = sb::mind::AnswerKind;
  for (K k : {K::Comfort, K::Dismiss, K::Intrude, K::Frighten, K::Dissociate}) {
    INFO(sb::mind::to_string(k));
    const auto s = ss::answer_cue(k);
    CHECK(!s.empty());
    CHECK(ss::rms(s) < 0.2);
  }
  CHECK(ss::answer_cue(K::Ignore).empty());
  CHECK(ss::answer_cue(K::Comfort) != ss::answer_cue(K::Frighten));
  using A = sb::mind::Action;
  for (A a : {A::Call, A::Cry, A::ReachUp, A::ShowToy}) CHECK(!ss::child_cue(a).empty());
}
