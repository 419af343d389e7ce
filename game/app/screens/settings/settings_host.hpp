#pragma once
// What the running game (game_app.cpp) keeps for player care: the settings,
// loaded and applied at start, and the voice. A few one-line hooks in the game
// loop call it.
#include <memory>

#include "app/screens/settings/player_settings.hpp"
#include "app/platform/voice/voice.hpp"

namespace sb::app {

struct AppContext;
class InputMapper;

class SettingsHost {
 public:
  SettingsHost();
  ~SettingsHost();
  // Loads settings.ini, makes the voice, and applies everything to ctx and input.
  void start(AppContext& ctx, InputMapper& input, bool audio_available);
  unsigned window_width() const;
  unsigned window_height() const;
  bool fullscreen() const;
  // V, anywhere: self-voicing on or off, said aloud either way.
  void toggle_self_voicing();
  // Once a frame: hands finished speech to the sound card.
  void frame();
  PlayerSettings& settings() { return settings_; }

 private:
  PlayerSettings settings_;
  std::unique_ptr<Voice> voice_;
};

}  // namespace sb::app
