#pragma once
// The library: a glossary of attachment terms, an illustrated guide to the
// Strange Situation (its eight episodes drawn by the game) and the quizzes, one
// per scenario. Reachable from the title and from every debrief.
#include <string>
#include <vector>

#include "app/platform/app_context.hpp"
#include "app/screens/screen.hpp"
#include "app/ui/scroll_box.hpp"

namespace sb::app::debrief {

enum class LibraryPage { Glossary, Guide, Quiz, Count };

class LibraryScreen : public Screen {
 public:
  explicit LibraryScreen(AppContext& ctx, LibraryPage first = LibraryPage::Glossary);
  std::string_view name() const override { return "library"; }
  void on_action(Action a, ScreenStack& stack) override;
  void on_pointer(sf::Vector2f p, bool pressed, ScreenStack& stack) override;
  void draw(sf::RenderTarget& target, const Layout& layout, double alpha) override;

  LibraryPage page() const { return page_; }
  void set_page(LibraryPage p) { page_ = p; }
  int selected() const { return selected_; }
  void select(int i) { selected_ = i; }

  // Fixed at 100 % text; larger text moves them under taller tabs.
  static sf::FloatRect term_list();
  static sf::FloatRect definition_panel();
  // Text taller than its panel (large text) scrolls: Page Up/Down, the pad's shoulder buttons, the wheel.
  bool on_raw_event(const sf::Event& e, ScreenStack& stack) override;
  // The guide's panel for episode i (0..7).
  static sf::FloatRect guide_panel(int i);

 private:
  sf::FloatRect tab_rect(int i) const;
  void open(ScreenStack& stack);
  float row_height() const; // a row of the term or quiz list
  void draw_guide(Canvas& t, const Layout& layout);
  AppContext& ctx_;
  LibraryPage page_;
  int selected_ = 0;
  // The list (kept on the chosen row), the definition or quiz panel, the guide page.
  ScrollBox list_scroll_, text_scroll_, guide_scroll_;
  std::vector<sf::FloatRect> guide_rects_; // where the guide's panels were drawn (large text moves them)
  sf::Vector2f pointer_{-1, -1};
  LibraryPage scrolled_page_ = LibraryPage::Count;
  int scrolled_item_ = -1;
};

// Glossary term ids (library.term.<id>.name / .text), in reading order.
const std::vector<std::string>& glossary_terms();
// Scenario ids that have a quiz, in the order of a life.
const std::vector<std::string>& quiz_scenarios();

}  // namespace sb::app::debrief
