#pragma once
// Self-voicing: the game reads its menus, narration, dialogue and choices aloud.
// Speech is made by espeak-ng on a worker thread (a long line takes a moment)
// and played through SFML. A new line interrupts the one before. Without an
// audio device, or without espeak-ng's data, it stays silent and never blocks:
// speaking() is then always false, so auto-advance does not wait for it.
#include <condition_variable>
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>

#include <SFML/Audio.hpp>

#include "app/platform/voice/speech_synth.hpp"

namespace sb::app {

class Voice {
 public:
  // can_play == false (no audio device, screenshots): nothing is synthesised or played.
  explicit Voice(bool can_play);
  ~Voice();
  Voice(const Voice&) = delete;
  Voice& operator=(const Voice&) = delete;

  void set_enabled(bool on);          // off stops at once
  bool enabled() const { return enabled_; }
  void set_volume(float percent);     // 0..100, master × voice
  void set_language(std::string code);

  // Reads `text` aloud when enabled (interrupting anything still playing).
  void say(const std::string& text);
  // Reads it even when self-voicing is off: the "self-voicing off" notice itself.
  void say_always(const std::string& text);
  void stop();
  // A line is being made or played. Auto-advance waits while this is true.
  bool speaking() const;
  // Once a frame, on the main thread: starts playing speech the worker finished.
  void update();

  // What was spoken last (for tests and the log): the text and its sample count.
  const std::string& last_text() const { return last_text_; }
  std::size_t last_samples() const { return last_samples_; }
  bool can_play() const { return can_play_; }

 private:
  void worker();
  void request(const std::string& text);

  bool can_play_;
  bool enabled_ = false;
  float volume_ = 80.f;
  std::string language_ = "en";

  mutable std::mutex mutex_;
  std::condition_variable wake_;
  std::thread thread_;
  bool quit_ = false;
  std::uint64_t wanted_ = 0;            // id of the newest request
  std::optional<std::string> pending_;  // text waiting for the worker
  std::string pending_language_;
  std::optional<voice::Speech> done_;   // the worker's result for id done_id_
  std::uint64_t done_id_ = 0;
  bool busy_ = false;                   // the worker is synthesising

  std::unique_ptr<sf::SoundBuffer> buffer_;
  std::unique_ptr<sf::Sound> sound_;
  std::string last_text_;
  std::size_t last_samples_ = 0;
};

}  // namespace sb::app
