#include "app/platform/audio.hpp"

#include <algorithm>
#include <cstdio>
#include <sstream>

#include <unistd.h>

#include <spdlog/spdlog.h>

#include "app/platform/synth.hpp"

namespace sb::app {
namespace {

bool load(std::unique_ptr<sf::SoundBuffer>& buf, const std::vector<std::int16_t>& samples) {
  buf = std::make_unique<sf::SoundBuffer>();
  return buf->loadFromSamples(samples.data(), samples.size(), 1, synth::kSampleRate);
}

// While the device opens, ALSA and OpenAL print straight to file descriptor 2;
// park it in a temporary file so a missing sound card costs one warning line.
class QuietStderr {
 public:
  QuietStderr() {
    std::fflush(stderr);
    file_ = std::tmpfile();
    saved_ = dup(2);
    if (file_ && saved_ >= 0) dup2(fileno(file_), 2);
  }
  ~QuietStderr() { restore(); if (file_) std::fclose(file_); }
  std::string restore() {
    std::string text;
    if (saved_ < 0) return text;
    std::fflush(stderr);
    dup2(saved_, 2);
    close(saved_);
    saved_ = -1;
    if (file_) {
      std::rewind(file_);
      char buf[512];
      std::size_t n;
      while ((n = std::fread(buf, 1, sizeof buf, file_)) > 0) text.append(buf, n);
    }
    return text;
  }

 private:
  std::FILE* file_ = nullptr;
  int saved_ = -1;
};

}  // namespace

Audio::Audio(bool enabled) {
  if (!enabled) return;
  // SFML reports a missing device only on sf::err(); listen there while the
  // device opens, so that no sound card becomes one warning, not a crash or a flood.
  std::ostringstream captured;
  QuietStderr quiet;
  std::streambuf* previous = sf::err().rdbuf(captured.rdbuf());
  const bool loaded = load(click_buf_, synth::click()) && load(chime_buf_, synth::chime()) &&
                      load(ambience_buf_, synth::ambience());
  sf::err().rdbuf(previous);
  const std::string noise = quiet.restore();
  const std::string errors = captured.str(); // SFML's own report decides; the rest is backend chatter
  if (!loaded || errors.find("Failed") != std::string::npos || errors.find("failed") != std::string::npos) {
    spdlog::warn("no audio device could be opened; the game runs without sound");
    spdlog::debug("audio: {}{}", errors, noise);
    click_buf_.reset();
    chime_buf_.reset();
    ambience_buf_.reset();
    return;
  }
  silent_ = false;
  click_ = std::make_unique<sf::Sound>(*click_buf_);
  chime_ = std::make_unique<sf::Sound>(*chime_buf_);
  ambience_ = std::make_unique<sf::Sound>(*ambience_buf_);
  ambience_->setLoop(true);
  set_volume(80.f);
}

Audio::~Audio() {
  // Sounds must stop before their buffers go.
  if (ambience_) ambience_->stop();
  ambience_.reset();
  click_.reset();
  chime_.reset();
}

void Audio::click() {
  if (click_) click_->play();
}

void Audio::chime() {
  if (chime_) chime_->play();
}

void Audio::ambience(bool on) {
  if (!ambience_) return;
  if (on && ambience_->getStatus() != sf::Sound::Playing) ambience_->play();
  if (!on) ambience_->stop();
}

void Audio::set_mix(float master, float music, float effects) {
  auto part = [](float a, float b) { return std::clamp(a, 0.f, 100.f) * std::clamp(b, 0.f, 100.f) / 100.f; };
  if (click_) click_->setVolume(part(master, effects));
  if (chime_) chime_->setVolume(part(master, effects));
  if (ambience_) ambience_->setVolume(part(master, music) * 0.6f);
}

void Audio::set_volume(float v) {
  if (click_) click_->setVolume(v);
  if (chime_) chime_->setVolume(v);
  if (ambience_) ambience_->setVolume(v * 0.6f);
}

}  // namespace sb::app
