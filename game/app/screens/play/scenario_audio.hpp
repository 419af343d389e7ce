#pragma once
// Plays a scenario's sound: the two ambience loops crossfaded by felt security
// (the world "sharpens" as security falls), a heartbeat whose rate and loudness
// follow arousal, and the wordless voices. Silent (and creates no sound objects)
// when the app's Audio is silent, so tests and machines without a device are fine.
#include <memory>
#include <string>
#include <vector>

#include <SFML/Audio.hpp>

#include "mind/dyad.hpp"

namespace sb::app {

class ScenarioAudio {
 public:
  ScenarioAudio(const std::string& scenario_id, bool enabled);
  ~ScenarioAudio();
  ScenarioAudio(const ScenarioAudio&) = delete;
  ScenarioAudio& operator=(const ScenarioAudio&) = delete;

  // Once per tick: felt security and arousal 0..1, `seconds` of real time passed.
  void update(double felt_security, double arousal, double seconds);
  void answer(mind::AnswerKind kind);
  void child(mind::Action action);
  void page();
  void pause(bool paused);
  void stop();

  // The heartbeat's rate for an arousal (beats per minute): what the player hears.
  static double beats_per_minute(double arousal);

 private:
  struct Cue {
    std::unique_ptr<sf::SoundBuffer> buffer;
    std::unique_ptr<sf::Sound> sound;
  };
  static Cue make(const std::vector<std::int16_t>& samples, bool loop);
  bool on_ = false;
  Cue warm_, sharp_, heart_, page_;
  std::vector<Cue> answers_, voices_; // by AnswerKind / mind::Action index
  double since_beat_ = 0;
};

}  // namespace sb::app
