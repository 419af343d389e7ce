#pragma once
// Settings, reachable from the title and the pause menu. Every change takes
// effect at once and is saved (PlayerSettings::change). Rows: reading (text
// size, font, text speed, auto-advance, content notes, language), looks (high
// contrast, colour-blind-safe colours, reduced motion), sound (four volumes,
// self-voicing), window (size, full screen), then Controls, Delete my data, Back.
#include <memory>

#include "app/platform/app_context.hpp"
#include "app/screens/screen.hpp"
#include "app/ui/option_list.hpp"
#include "app/screens/settings/player_settings.hpp"

namespace sb::app {

class SettingsScreen : public Screen {
 public:
  explicit SettingsScreen(AppContext& ctx);
  std::string_view name() const override { return "settings"; }
  void on_action(Action a, ScreenStack& stack) override;
  void on_pointer(sf::Vector2f p, bool pressed, ScreenStack& stack) override;
  bool on_raw_event(const sf::Event& e, ScreenStack& stack) override;
  void draw(sf::RenderTarget& target, const Layout& layout, double alpha) override;

  OptionList& list() { return list_; }
  PlayerSettings& settings() { return *settings_; }

 private:
  void build_rows();
  AppContext& ctx_;
  PlayerSettings own_;          // used when the game has none (screenshots): nothing is saved
  PlayerSettings* settings_;
  OptionList list_;
  ScreenStack* stack_ = nullptr; // for rows that open another page, set while handling input
  bool first_frame_ = true;
};

}  // namespace sb::app
