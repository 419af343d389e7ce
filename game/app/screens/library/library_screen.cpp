#include "app/screens/library/library_screen.hpp"

#include <algorithm>

#include <spdlog/spdlog.h>

#include "app/render/canvas.hpp"
#include "app/screens/debrief/quiz_screen.hpp"
#include "app/screens/trainer/trainer_screen.hpp"
#include "app/art/draw_kit.hpp"
#include "app/art/figures.hpp"
#include "app/art/palette.hpp"
#include "app/ui/ui_kit.hpp"
#include "app/art/room_art.hpp"
#include "app/render/comfort.hpp"
#include "app/screens/screen_stack.hpp"
#include "text/strings.hpp"

namespace sb::app::debrief {
namespace pal = palette;
namespace ui = play_ui;

namespace {
constexpr int kTabs = static_cast<int>(LibraryPage::Count);
const char* kTabIds[kTabs] = {"library.tab.glossary", "library.tab.guide", "library.tab.quiz"};

// Who is in the room in each of the eight episodes (Ainsworth et al. 1978).
struct Presence {
  bool parent, stranger, observer;
};
constexpr Presence kPresent[8] = {{true, false, true}, {true, false, false}, {true, true, false}, {false, true, false},
                                  {true, false, false}, {false, false, false}, {false, true, false}, {true, false, false}};

int count_for(LibraryPage p) {
  switch (p) {
    case LibraryPage::Glossary: return static_cast<int>(glossary_terms().size());
    case LibraryPage::Guide: return 8;
    case LibraryPage::Quiz: return static_cast<int>(quiz_scenarios().size()) + 1;  // and coding practice, last
    default: return 1;
  }
}
}  // namespace

const std::vector<std::string>& glossary_terms() {
  static const std::vector<std::string> t{"secure-base", "safe-haven", "working-model", "sensitivity", "strange-situation",
                                          "secure", "avoidant", "anxious", "disorganized", "indices", "reunion-scales",
                                          "hidden-arousal", "strategies", "rupture-repair", "shark-music", "earned-security",
                                          "adult-dimensions", "aai", "temperament", "not-destiny"};
  return t;
}

const std::vector<std::string>& quiz_scenarios() {
  static const std::vector<std::string> s{"strange-situation", "park", "bedtime", "rupture-repair", "first-day", "grown-up",
                                          "earning-security"};
  return s;
}

sf::FloatRect LibraryScreen::guide_panel(int i) {
  return {50.f + static_cast<float>(i % 4) * 297.f, 150.f + static_cast<float>(i / 4) * 232.f, 285, 222};
}

LibraryScreen::LibraryScreen(AppContext& ctx, LibraryPage first) : ctx_(ctx), page_(first) {}

namespace {
// Larger text: taller tabs, and the pages below them start lower.
float tab_height() { return std::max(44.f, scaled_text_size(19) + 16); }
float body_top() { return std::max(150.f, 90 + tab_height() + 16); }
// Larger text draws the guide's episodes two to a row, as tall as their words need.
bool large_guide() { return scaled_text_size(14) > 14.f * 1.2f; }
}  // namespace

sf::FloatRect LibraryScreen::tab_rect(int i) const {
  // 250 px tabs, or as wide as a label at large text asks ("The Strange Situation"), sharing the row.
  std::vector<float> want;
  for (int k = 0; k < kTabs; ++k) want.push_back(std::max(250.f, ui::text_width(ctx_.fonts.bold, tr(kTabIds[k]), 19) + 28));
  const auto [x, w] = ui::share_row(want, 50, 1180, 12)[static_cast<std::size_t>(i)];
  return {x, 90, w, tab_height()};
}
sf::FloatRect LibraryScreen::term_list() { return {50, body_top(), 360, 620 - body_top()}; }
sf::FloatRect LibraryScreen::definition_panel() { return {440, body_top(), 790, 620 - body_top()}; }
float LibraryScreen::row_height() const {
  return page_ == LibraryPage::Glossary ? std::max(23.f, scaled_text_size(16) * 1.35f + 1) : std::max(52.f, scaled_text_size(19) * 1.3f + 14);
}

bool LibraryScreen::on_raw_event(const sf::Event& e, ScreenStack&) {
  if (page_ == LibraryPage::Guide) return guide_scroll_.on_event(e);
  if (e.type == sf::Event::MouseWheelScrolled && list_scroll_.area().contains(pointer_)) return list_scroll_.on_event(e);
  return text_scroll_.on_event(e);
}

void LibraryScreen::open(ScreenStack& stack) {
  if (page_ != LibraryPage::Quiz) return;
  if (selected_ == static_cast<int>(quiz_scenarios().size())) stack.push(std::make_unique<trainer_ui::TrainerScreen>(ctx_));
  else stack.push(std::make_unique<QuizScreen>(ctx_, quiz_scenarios()[static_cast<std::size_t>(selected_)]));
}

void LibraryScreen::on_action(Action a, ScreenStack& stack) {
  const int n = count_for(page_);
  switch (a) {
    case Action::MoveLeft:
      page_ = static_cast<LibraryPage>((static_cast<int>(page_) + kTabs - 1) % kTabs);
      selected_ = 0;
      ctx_.audio->click();
      return;
    case Action::MoveRight:
      page_ = static_cast<LibraryPage>((static_cast<int>(page_) + 1) % kTabs);
      selected_ = 0;
      ctx_.audio->click();
      return;
    case Action::MoveUp: selected_ = (selected_ + n - 1) % n; return;
    case Action::MoveDown: selected_ = (selected_ + 1) % n; return;
    case Action::Confirm: open(stack); return;
    case Action::Back: stack.pop(); return;
    default: return;
  }
}

void LibraryScreen::on_pointer(sf::Vector2f p, bool pressed, ScreenStack& stack) {
  pointer_ = p;
  if (pressed)
    for (int i = 0; i < kTabs; ++i)
      if (tab_rect(i).contains(p)) {
        page_ = static_cast<LibraryPage>(i);
        selected_ = 0;
        return;
      }
  if (page_ == LibraryPage::Glossary || page_ == LibraryPage::Quiz) {
    const sf::FloatRect list = term_list();
    const float row = row_height();
    if (list.contains(p)) {
      const int i = static_cast<int>((p.y - list.top - 8 + list_scroll_.offset()) / row);
      if (i >= 0 && i < count_for(page_)) {
        selected_ = i;
        if (pressed) open(stack);
      }
    }
  } else if (page_ == LibraryPage::Guide) {
    for (int i = 0; i < 8; ++i)
      if (i < static_cast<int>(guide_rects_.size()) ? guide_rects_[static_cast<std::size_t>(i)].contains(p) : guide_panel(i).contains(p))
        selected_ = i;
  }
}

void LibraryScreen::draw(sf::RenderTarget& target, const Layout& layout, double) {
  Canvas t(target);
  t.set_view(layout.canvas_view());
  const float s = layout.ui_scale;
  ui::paper(t);
  ui::label_fit(t, ctx_.fonts.bold, tr("library.title"), 34, s, {50, 20}, 1180, pal::kInk);
  for (int i = 0; i < kTabs; ++i) {
    const bool on = static_cast<int>(page_) == i;
    const sf::FloatRect r = tab_rect(i);
    t.draw(draw::rounded_rect(r, 16, on ? pal::kButtonHot : pal::kButton, pal::kInk, on ? 2.5f : 1.5f));
    sf::Text label = draw::text(on ? ctx_.fonts.bold : ctx_.fonts.regular, tr(kTabIds[i]), 19, s, pal::kInk);
    ui::fit_width(label, r.width - 16);
    draw::centre_origin(label);
    label.setPosition(r.left + r.width / 2, r.top + r.height / 2);
    t.draw(label);
  }
  // Another page or another item starts its text at the top.
  if (scrolled_page_ != page_ || scrolled_item_ != selected_) {
    text_scroll_.to_top();
    if (scrolled_page_ != page_) list_scroll_.to_top(), guide_scroll_.to_top();
    scrolled_page_ = page_;
    scrolled_item_ = selected_;
  }

  // A list on the left that keeps the chosen row in view; the chosen item's text on the right.
  auto list_rows = [&](int count, auto&& draw_row) {
    const sf::FloatRect list = term_list();
    draw::panel(t, list, 16, pal::kButton, pal::kInk, 1.5f, 4);
    const float row = row_height();
    list_scroll_.set_area({list.left + 2, list.top + 2, list.width - 4, list.height - 2});
    list_scroll_.follow(selected_, list.top + 8 + static_cast<float>(selected_) * row - 2, list.top + 8 + static_cast<float>(selected_ + 1) * row + 1);
    const float top = list_scroll_.begin(t, layout) - 2; // where the list's top would be
    for (int i = 0; i < count; ++i) draw_row(i, top + 8 + static_cast<float>(i) * row, row);
    list_scroll_.end(t, layout, top + 8 + static_cast<float>(count) * row);
  };
  auto text_panel = [&](const std::string& heading, float heading_size, auto&& draw_text) {
    const sf::FloatRect def = definition_panel();
    draw::panel(t, def, 18, sf::Color(255, 252, 244), pal::kInk, 1.5f, 6);
    text_scroll_.set_area({def.left + 4, def.top + 8, def.width - 8, def.height - 16});
    const float top = text_scroll_.begin(t, layout) - 8; // where the panel's top would be
    float y = top + 24 + ui::text_block(t, ctx_.fonts.bold, heading, heading_size, s, {def.left + 30, top + 24}, def.width - 60, pal::kInk, 1.2f) -
              ui::line_step(heading_size, 1.2f);
    y += std::max(60.f, ui::line_step(heading_size, 1.5f));
    text_scroll_.end(t, layout, draw_text(def, y) + 8);
  };

  if (page_ == LibraryPage::Glossary) {
    const auto& terms = glossary_terms();
    list_rows(static_cast<int>(terms.size()), [&](int i, float y, float row) {
      const bool on = i == selected_;
      if (on) t.draw(draw::rounded_rect({term_list().left + 6, y, term_list().width - 12, row}, 8, pal::kButtonHot));
      ui::label_fit(t, on ? ctx_.fonts.bold : ctx_.fonts.regular, tr("library.term." + terms[static_cast<std::size_t>(i)] + ".name"), 16, s,
                    {term_list().left + 18, y + 1}, term_list().width - 36, pal::kInk);
    });
    const std::string& id = terms[static_cast<std::size_t>(selected_)];
    text_panel(tr("library.term." + id + ".name"), 32, [&](const sf::FloatRect& def, float y) {
      return y + ui::paragraph(t, ctx_.fonts.regular, tr("library.term." + id + ".text"), 21, s, {def.left + 30, y}, def.width - 60, pal::kInk,
                               1.4f);
    });
  } else if (page_ == LibraryPage::Guide) {
    draw_guide(t, layout);
  } else {
    const int quizzes = static_cast<int>(quiz_scenarios().size());
    // The quizzes, then coding practice: the last row opens the trainer.
    auto row_title = [&](int i) { return i == quizzes ? tr("title.trainer") : tr("library.quiz." + quiz_scenarios()[static_cast<std::size_t>(i)]); };
    list_rows(quizzes + 1, [&](int i, float y, float row) {
      const bool on = i == selected_;
      if (on) t.draw(draw::rounded_rect({term_list().left + 6, y, term_list().width - 12, row - 4}, 12, pal::kButtonHot));
      ui::label_fit(t, on ? ctx_.fonts.bold : ctx_.fonts.regular, row_title(i), 19, s, {term_list().left + 20, y + 11}, term_list().width - 40,
                    pal::kInk);
    });
    if (selected_ == quizzes) {
      text_panel(row_title(quizzes), 30, [&](const sf::FloatRect& def, float y) {
        return y + ui::paragraph(t, ctx_.fonts.regular, tr("trainer.about"), 20, s, {def.left + 30, y}, def.width - 60, pal::kInk, 1.4f);
      });
    } else {
    const auto qs = quiz_for(quiz_scenarios()[static_cast<std::size_t>(selected_)]);
    text_panel(tr("library.quiz." + quiz_scenarios()[static_cast<std::size_t>(selected_)]), 30, [&](const sf::FloatRect& def, float y) {
      y += ui::paragraph(t, ctx_.fonts.regular, tr("library.quiz.about", {std::to_string(qs.size())}), 20, s, {def.left + 30, y},
                         def.width - 60, pal::kInk, 1.4f);
      if (qs.empty()) return y;
      // The first question, a little below (116 px under the text's start at 100 %).
      y = std::max(y + 12, def.top - text_scroll_.offset() + 200);
      return y + ui::paragraph(t, ctx_.fonts.regular, "\xE2\x80\x9C" + qs.front().question + "\xE2\x80\x9D", 20, s, {def.left + 30, y},
                               def.width - 60, pal::kInkSoft, 1.4f);
    });
    }
  }
  ui::label_fit(t, ctx_.fonts.regular, tr(page_ == LibraryPage::Quiz ? "library.keys.quiz" : "library.keys"), 17, s, {52, 672}, 1180,
                pal::kInkSoft);
}

void LibraryScreen::draw_guide(Canvas& t, const Layout& layout) {
  const float s = layout.ui_scale;
  const bool large = large_guide();
  // At 100 % the eight episodes sit in two rows of four; larger text: two to a row, scrolling.
  guide_scroll_.set_area({40, body_top() - 4, 1200, 664 - (body_top() - 4)});
  const float top = guide_scroll_.begin(t, layout) + 4;
  const float head = std::max(0.f, 10 + ui::line_step(17, 1.4f) + ui::line_step(14, 1.3f) - 52); // taller titles push the room down
  guide_rects_.clear();
  float row_y = top, row_h = 0;
  for (int i = 0; i < 8; ++i) {
    sf::FloatRect r = guide_panel(i);
    if (large) {
      const float w = 585;
      const float text_h = ui::wrapped_height(ctx_.fonts.regular, tr("library.guide." + std::to_string(i + 1) + ".text"), 14, w - 28, 1.22f, s);
      if (i % 2 == 0) {
        row_y += row_h;
        row_h = 0;
      }
      r = {50.f + static_cast<float>(i % 2) * (w + 10), row_y, w, 152 + head + text_h + 12};
      // Both panels of a row as tall as the taller one.
      if (i % 2 == 0) {
        const float other = ui::wrapped_height(ctx_.fonts.regular, tr("library.guide." + std::to_string(i + 2) + ".text"), 14, w - 28, 1.22f, s);
        r.height = 152 + head + std::max(text_h, other) + 12;
      } else {
        r.height = row_h - 10;
      }
      if (i % 2 == 0) row_h = r.height + 10;
    }
    guide_rects_.push_back(r);
    const bool on = i == selected_;
    draw::panel(t, r, 16, on ? sf::Color(255, 246, 226) : pal::kButton, pal::kInk, on ? 2.5f : 1.2f, 4);
    const std::string ep = "library.guide." + std::to_string(i + 1);
    ui::label_fit(t, ctx_.fonts.bold, std::to_string(i + 1) + "  " + tr(ep + ".title"), 17, s, {r.left + 14, r.top + 10}, r.width - 28, pal::kInk);
    ui::label_fit(t, ctx_.fonts.regular, tr(ep + ".length"), 14, s, {r.left + 14, r.top + std::max(34.f, 10 + ui::line_step(17, 1.4f))},
                  r.width - 28, pal::kInkSoft);
    // A little room: the rug, and whoever is there.
    const sf::Vector2f floor{r.left + r.width / 2, r.top + 128 + head};
    t.draw(draw::ellipse(floor, {110, 22}, pal::kRug, pal::with_alpha(pal::kInk, 90), 1.5f));
    draw_toy(t, "ball", floor + sf::Vector2f{-98, 10}, 8, 0.3f, 0);
    draw_toy(t, "block", floor + sf::Vector2f{62, 8}, 8, 0.1f, 1);
    auto person = [&](const char* role, sf::Vector2f at, bool sitting, float distress) {
      const bool observer = std::string(role) == "observer";
      FigureLook look = look_for_role(observer ? "stranger" : role);
      if (observer) look.shirt = sf::Color(170, 170, 160); // the observer: neutral grey, gone after episode 1
      look.scale = 0.62f;
      FigurePose pose;
      pose.feet = at;
      pose.sitting = sitting;
      pose.distress = distress;
      pose.warmth = 0.8f;
      pose.gaze = {at.x < floor.x ? 0.9f : -0.9f, 0.2f};
      draw_figure(t, look, pose);
    };
    const Presence& p = kPresent[i];
    if (p.observer) person("observer", floor + sf::Vector2f{85, -6}, false, 0.f);
    if (p.stranger) person("stranger", floor + sf::Vector2f{70, -4}, i == 2, 0.1f);
    if (p.parent) person("caregiver", floor + sf::Vector2f{-58, -4}, true, 0.f);
    const float child_distress = (i == 3 || i == 5 || i == 6) ? 0.75f : 0.05f;
    person("child", floor + sf::Vector2f{p.parent ? 0.f : -10.f, 6}, false, child_distress);
    if (!p.parent) {
      // The empty chair where the parent was, and the door they left by.
      t.draw(draw::rounded_rect({r.left + 24, floor.y - 46, 30, 40}, 6, pal::with_alpha(pal::kWood, 150), pal::with_alpha(pal::kInk, 120), 1.5f));
    }
    ui::paragraph(t, ctx_.fonts.regular, tr(ep + ".text"), 14, s, {r.left + 14, r.top + 152 + head}, r.width - 28, pal::kInk, 1.22f);
  }
  float bottom = large ? row_y + row_h : top + (614 - 150);
  bottom += ui::paragraph(t, ctx_.fonts.regular, tr("library.guide.footer"), 15, s, {50, bottom}, 1180, pal::kInkSoft);
  guide_scroll_.end(t, layout, bottom);
  // The chosen episode in view (Up/Down move through them).
  if (large && selected_ < static_cast<int>(guide_rects_.size())) {
    const sf::FloatRect r = guide_rects_[static_cast<std::size_t>(selected_)];
    guide_scroll_.follow(selected_, r.top + guide_scroll_.offset() - 4, r.top + r.height + guide_scroll_.offset() + 8);
  }
}

}  // namespace sb::app::debrief
