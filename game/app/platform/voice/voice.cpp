#include "app/platform/voice/voice.hpp"

#include <spdlog/spdlog.h>

namespace sb::app {

Voice::Voice(bool can_play) : can_play_(can_play) {}

Voice::~Voice() {
  {
    std::lock_guard lock(mutex_);
    quit_ = true;
  }
  wake_.notify_all();
  if (thread_.joinable()) thread_.join();
  if (sound_) sound_->stop(); // the sound must stop before its buffer goes
  sound_.reset();
}

void Voice::set_enabled(bool on) {
  enabled_ = on;
  if (!on) stop();
}

void Voice::set_volume(float percent) {
  volume_ = percent < 0 ? 0 : percent > 100 ? 100 : percent;
  if (sound_) sound_->setVolume(volume_);
}

void Voice::set_language(std::string code) {
  std::lock_guard lock(mutex_);
  language_ = std::move(code);
}

void Voice::say(const std::string& text) {
  if (enabled_) request(text);
}

void Voice::say_always(const std::string& text) { request(text); }

void Voice::request(const std::string& text) {
  last_text_ = text;
  if (!can_play_ || text.empty()) return;
  if (sound_) sound_->stop();
  {
    std::lock_guard lock(mutex_);
    pending_ = text;
    pending_language_ = language_;
    ++wanted_;
    done_.reset();
    if (!thread_.joinable()) thread_ = std::thread([this] { worker(); });
  }
  wake_.notify_all();
}

void Voice::stop() {
  {
    std::lock_guard lock(mutex_);
    pending_.reset();
    done_.reset();
    ++wanted_; // whatever the worker is making now will be thrown away
  }
  if (sound_) sound_->stop();
}

bool Voice::speaking() const {
  {
    std::lock_guard lock(mutex_);
    if (pending_ || busy_ || done_) return true;
  }
  return sound_ && sound_->getStatus() == sf::Sound::Playing;
}

void Voice::worker() {
  std::unique_lock lock(mutex_);
  while (!quit_) {
    wake_.wait(lock, [this] { return quit_ || pending_.has_value(); });
    if (quit_) break;
    const std::string text = *pending_;
    const std::string lang = pending_language_;
    const std::uint64_t id = wanted_;
    pending_.reset();
    busy_ = true;
    lock.unlock();
    auto speech = voice::synthesize(text, lang);
    lock.lock();
    busy_ = false;
    if (id != wanted_) continue; // a newer line, or stop(), came meanwhile
    if (!speech || speech->samples.empty()) continue;
    done_ = std::move(speech);
    done_id_ = id;
  }
}

void Voice::update() {
  std::optional<voice::Speech> ready;
  {
    std::lock_guard lock(mutex_);
    if (!done_ || done_id_ != wanted_) return;
    ready = std::move(done_);
    done_.reset();
  }
  if (sound_) sound_->stop();
  if (!buffer_) buffer_ = std::make_unique<sf::SoundBuffer>();
  if (!buffer_->loadFromSamples(ready->samples.data(), ready->samples.size(), 1, ready->sample_rate)) {
    spdlog::debug("voice: could not load {} samples", ready->samples.size());
    return;
  }
  last_samples_ = ready->samples.size();
  if (!sound_) sound_ = std::make_unique<sf::Sound>();
  sound_->setBuffer(*buffer_);
  sound_->setVolume(volume_);
  sound_->play();
}

}  // namespace sb::app
