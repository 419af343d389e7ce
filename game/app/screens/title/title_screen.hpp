#pragma once
// The first thing a person sees: the name, one line on what the game is, a
// menu (Play, Quit) and a small illustration of a child and a grown-up on a rug
// under a warm lamp.
#include <SFML/Graphics/Rect.hpp>

#include <chrono>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "app/platform/app_context.hpp"
#include "app/art/cached_layer.hpp"
#include "app/render/canvas.hpp"
#include "app/screens/debrief/last_play.hpp"
#include "app/screens/play/play_save.hpp"
#include "app/ui/menu.hpp"
#include "app/screens/screen.hpp"

namespace sb::app {

class TitleScreen : public Screen {
 public:
  explicit TitleScreen(AppContext& ctx);
  std::string_view name() const override { return "title"; }
  void on_action(Action a, ScreenStack& stack) override;
  void on_pointer(sf::Vector2f p, bool pressed, ScreenStack& stack) override;
  void draw(sf::RenderTarget& target, const Layout& layout, double alpha) override;
  void tick(const InputMapper& input, ScreenStack& stack) override;

  const Menu& menu() const { return menu_; }
  // "Last debrief" replays the last play on a worker thread; the title stays live meanwhile.
  bool loading_last_play() const { return last_play_ != nullptr; }
  void set_last_play_budget(std::chrono::milliseconds b) { last_play_budget_ = b; }
  // Why a choice did nothing ("no finished play yet"), shown under the menu until the next key.
  const std::string& notice() const { return notice_; }
  // Where the name is written, in canvas pixels (tests look for ink there).
  static sf::FloatRect title_region() { return {80, 70, 560, 120}; }
  // The illustration's figures, in canvas pixels (tests look for their shirts).
  static sf::Vector2f adult_feet() { return {850, 566}; }
  static sf::Vector2f child_feet() { return {1026, 584}; }
  static constexpr float kArtScale = 1.9f;

  // A scene left mid-way that "Continue" goes back to (play_save.hpp), if any.
  const std::optional<SavedScene>& saved_scene() const { return saved_.scene; }
  const std::string& save_notice() const { return saved_.notice; }
  sf::FloatRect save_notice_box() const; // where that notice is drawn (tests check it stays clear of the menu)

 private:
  TitleScreen(AppContext& ctx, SaveLookup saved);
  void choose(int item, ScreenStack& stack);
  AppContext& ctx_;
  SaveLookup saved_;
  std::vector<std::string> items_; // string ids, "title.continue" first when a scene was saved
  Menu menu_;
  CachedLayer backdrop_; // paper, light, rug, lamp and toys: painted once
  std::string notice_;
  std::unique_ptr<debrief::LastPlayLoader> last_play_;
  std::chrono::milliseconds last_play_budget_ = debrief::LastPlayLoader::kBudget;
};

// The illustration in two parts, so other screens (a loading card, an ending) can reuse it:
// what stays still, and the two figures and the heart, which breathe.
void draw_title_backdrop(Canvas& t);
void draw_title_figures(Canvas& t, const AppContext& ctx);

}  // namespace sb::app
