#include "app/screens/play/scenario_audio.hpp"

#include <algorithm>

#include "app/screens/play/scenario_sounds.hpp"
#include "app/platform/synth.hpp"

namespace sb::app {
namespace ss = scenario_sounds;
namespace {
// A comfortable mix: everything sits under a conversation in the room.
constexpr float kAmbience = 45.f, kHeart = 70.f, kVoice = 80.f, kPage = 40.f;
constexpr int kActions = 16, kAnswers = 8;
}  // namespace

ScenarioAudio::Cue ScenarioAudio::make(const std::vector<std::int16_t>& samples, bool loop) {
  Cue c;
  if (samples.empty()) return c;
  c.buffer = std::make_unique<sf::SoundBuffer>();
  if (!c.buffer->loadFromSamples(samples.data(), samples.size(), 1, synth::kSampleRate)) {
    c.buffer.reset();
    return c;
  }
  c.sound = std::make_unique<sf::Sound>(*c.buffer);
  c.sound->setLoop(loop);
  return c;
}

ScenarioAudio::ScenarioAudio(const std::string& id, bool enabled) : on_(enabled) {
  if (!on_) return;
  warm_ = make(ss::ambience(id, false), true);
  sharp_ = make(ss::ambience(id, true), true);
  heart_ = make(ss::heartbeat(), false);
  page_ = make(ss::page_turn(), false);
  for (int k = 0; k < kAnswers; ++k) answers_.push_back(make(ss::answer_cue(static_cast<mind::AnswerKind>(k)), false));
  for (int a = 0; a < kActions; ++a) voices_.push_back(make(ss::child_cue(static_cast<mind::Action>(a)), false));
  for (Cue* c : {&warm_, &sharp_})
    if (c->sound) {
      c->sound->setVolume(0);
      c->sound->play();
    }
}

ScenarioAudio::~ScenarioAudio() { stop(); }

double ScenarioAudio::beats_per_minute(double arousal) { return 72 + 88 * std::clamp(arousal, 0.0, 1.0); }

void ScenarioAudio::update(double felt_security, double arousal, double seconds) {
  if (!on_) return;
  const double s = std::clamp(felt_security, 0.0, 1.0);
  if (warm_.sound) warm_.sound->setVolume(static_cast<float>(kAmbience * (0.25 + 0.75 * s)));
  if (sharp_.sound) sharp_.sound->setVolume(static_cast<float>(kAmbience * (1 - s) * 0.9));
  since_beat_ += seconds;
  const double a = std::clamp(arousal, 0.0, 1.0);
  if (heart_.sound && a > 0.3 && since_beat_ >= 60.0 / beats_per_minute(a)) {
    since_beat_ = 0;
    heart_.sound->setVolume(static_cast<float>(kHeart * (a - 0.3) / 0.7));
    heart_.sound->play();
  }
}

void ScenarioAudio::answer(mind::AnswerKind kind) {
  const auto i = static_cast<std::size_t>(kind);
  if (on_ && i < answers_.size() && answers_[i].sound) {
    answers_[i].sound->setVolume(kVoice);
    answers_[i].sound->play();
  }
}

void ScenarioAudio::child(mind::Action action) {
  const auto i = static_cast<std::size_t>(action);
  if (on_ && i < voices_.size() && voices_[i].sound) {
    voices_[i].sound->setVolume(kVoice);
    voices_[i].sound->play();
  }
}

void ScenarioAudio::page() {
  if (on_ && page_.sound) {
    page_.sound->setVolume(kPage);
    page_.sound->play();
  }
}

void ScenarioAudio::pause(bool paused) {
  for (Cue* c : {&warm_, &sharp_})
    if (c->sound) paused ? c->sound->pause() : c->sound->play();
}

void ScenarioAudio::stop() {
  for (Cue* c : {&warm_, &sharp_, &heart_, &page_})
    if (c->sound) c->sound->stop();
  for (auto* v : {&answers_, &voices_})
    for (Cue& c : *v)
      if (c.sound) c.sound->stop();
}

}  // namespace sb::app
