#pragma once
// The debrief after a scenario (issue 6): what the play looked like and why,
// with the moments behind it (each can be replayed), the reunion scales and the
// timeline as charts, what the pattern can mean later in life and what helps,
// questions and sources, and private reflection. Pages turn with left/right.
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <SFML/Graphics/RenderTexture.hpp>

#include "app/platform/app_context.hpp"
#include "app/render/canvas.hpp"
#include "app/report/chart_picture.hpp"
#include "report/debrief_data.hpp"
#include "app/screens/screen.hpp"
#include "app/ui/scroll_box.hpp"

namespace sb::app::debrief {

enum class Page { Outcome, Scales, Timeline, Later, Questions, Reflect, Count };

class DebriefScreen : public Screen {
 public:
  DebriefScreen(AppContext& ctx, report::DebriefData data, Page first = Page::Outcome);
  std::string_view name() const override { return "debrief"; }
  void on_action(Action a, ScreenStack& stack) override;
  void on_pointer(sf::Vector2f p, bool pressed, ScreenStack& stack) override;
  bool on_key(sf::Keyboard::Key k, ScreenStack& stack) override;
  void on_text(std::uint32_t unicode, ScreenStack& stack) override;
  void draw(sf::RenderTarget& target, const Layout& layout, double alpha) override;
  void draw_page(sf::RenderTarget& target, const Layout& layout); // uncached

  Page page() const { return page_; }
  void set_page(Page p) { page_ = p; }
  int selected_reason() const { return reason_; }
  const report::DebriefData& data() const { return data_; }
  // Writes the report into the player's documents (or $SECUREBASE_REPORT_DIR); the status line says where.
  void export_report();
  const std::string& status() const { return status_; }
  // Opened over another screen (the compare debrief, the title's "last debrief"): Esc goes back there.
  void set_back_pops(bool on) { back_pops_ = on; }
  // Choices changed by stepping back ("old → new"); the outcome page notes them.
  void set_changed_choices(std::vector<std::string> c) { changed_choices_ = std::move(c); }

  // Where things are drawn, in canvas pixels (tests look for them). At 100 % text
  // these are fixed; larger text moves the body down under a taller header.
  static sf::FloatRect pattern_name_region() { return {50, 182, 600, 60}; }
  static sf::FloatRect reasons_panel();
  static sf::FloatRect chart_region();
  // The page body between the tabs and the key line (larger text: smaller, and it scrolls).
  static float body_top();
  static float body_bottom();
  // Long pages scroll (Page Up/Down, the pad's shoulder buttons, the wheel; Up/Down where nothing is chosen).
  bool on_raw_event(const sf::Event& e, ScreenStack& stack) override;
  const ScrollBox& scroll_box() const { return main_scroll_; }

 private:
  void replay_reason(ScreenStack& stack);
  void draw_outcome(Canvas& t, const Layout& layout);
  void draw_chart(Canvas& t, float s, bool timeline);
  void draw_later(Canvas& t, const Layout& layout);
  void draw_questions(Canvas& t, const Layout& layout);
  void draw_reflect(Canvas& t, const Layout& layout);
  ScrollBox* scroll_at(sf::Vector2f canvas);
  void load_reflections();
  void save_reflection();
  void delete_reflections();
  sf::FloatRect tab_rect(int i) const;
  sf::FloatRect button_rect(int i) const;
  void press_button(int i, ScreenStack& stack);

  AppContext& ctx_;
  report::DebriefData data_;
  Page page_;
  int reason_ = 0;
  int hot_button_ = -1;
  bool back_pops_ = false;
  std::vector<std::string> changed_choices_;
  std::string status_;
  std::optional<ChartPicture> scales_chart_, timeline_chart_;
  // The page is mostly text: it is drawn once into a texture and redrawn only when
  // something on it changes (page, choice, typing, status, size).
  sf::RenderTexture cache_;
  std::string cache_key_;
  bool cache_ok_ = false;
  // The page's text (left column), the reasons or references (right), the answer box.
  ScrollBox main_scroll_, side_scroll_, answer_scroll_, note_scroll_;
  sf::Vector2f pointer_{-1, -1};
  Page scrolled_page_ = Page::Count;
  // Reflection.
  int prompt_ = 0;
  bool editing_ = false;
  std::string draft_;
  std::vector<std::string> answers_; // the latest saved answer per prompt
};

// The prompt ids (debrief.reflect.prompt.*), in order.
const std::vector<std::string>& reflection_prompts();

// After a scenario ends: keeps the recording (storage::save_replay, remember_last_play)
// and opens the debrief.
// `changed_choices`: choices the player stepped back to and answered otherwise ("old → new"),
// noted on the outcome page.
std::unique_ptr<Screen> debrief_after_play(AppContext& ctx, const sim::Session& s, sim::Recording recording,
                                           std::vector<std::string> changed_choices = {});
// The last play's debrief, for the title: last_play.hpp (replayed off the UI thread).

}  // namespace sb::app::debrief
