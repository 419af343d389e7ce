#pragma once
// The game's sound: UI cues and a gentle ambience, all synthesised. When no
// audio device can be opened, it says so once and stays silent; the game
// never depends on sound to work.
#include <memory>

#include <SFML/Audio.hpp>

namespace sb::app {

class Audio {
 public:
  // enabled == false: silent without trying the device (screenshots, benches).
  explicit Audio(bool enabled = true);
  ~Audio();
  Audio(const Audio&) = delete;
  Audio& operator=(const Audio&) = delete;

  bool silent() const { return silent_; }
  void click();
  void chime();
  void ambience(bool on);
  void set_volume(float master_0_100);
  // The player's mix, each 0..100: UI cues follow master × effects, the ambience master × music.
  void set_mix(float master, float music, float effects);

 private:
  bool silent_ = true;
  // Created only when sound is wanted: even an idle buffer opens the device.
  std::unique_ptr<sf::SoundBuffer> click_buf_, chime_buf_, ambience_buf_;
  std::unique_ptr<sf::Sound> click_, chime_, ambience_;
};

}  // namespace sb::app
