#pragma once
// The library: a glossary of attachment terms, an illustrated guide to the
// Strange Situation (its eight episodes drawn by the game) and the quizzes, one
// per scenario. Reachable from the title and from every debrief.
#include <string>
#include <vector>

#include "app/app_context.hpp"
#include "app/screen.hpp"

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

  static sf::FloatRect term_list() { return {50, 150, 360, 470}; }
  static sf::FloatRect definition_panel() { return {440, 150, 790, 470}; }
  // The guide's panel for episode i (0..7).
  static sf::FloatRect guide_panel(int i);

 private:
  sf::FloatRect tab_rect(int i) const;
  void open(ScreenStack& stack);
  AppContext& ctx_;
  LibraryPage page_;
  int selected_ = 0;
};

// Glossary term ids (library.term.<id>.name / .text), in reading order.
const std::vector<std::string>& glossary_terms();
// Scenario ids that have a quiz, in the order of a life.
const std::vector<std::string>& quiz_scenarios();

}  // namespace sb::app::debrief
