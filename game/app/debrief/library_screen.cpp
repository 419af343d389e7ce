#include "app/debrief/library_screen.hpp"

#include <algorithm>

#include <spdlog/spdlog.h>

#include "app/canvas.hpp"
#include "app/debrief/quiz_screen.hpp"
#include "app/draw_kit.hpp"
#include "app/figures.hpp"
#include "app/palette.hpp"
#include "app/play/ui_kit.hpp"
#include "app/room_art.hpp"
#include "app/screen_stack.hpp"
#include "app/text/strings.hpp"

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
    case LibraryPage::Quiz: return static_cast<int>(quiz_scenarios().size());
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

sf::FloatRect LibraryScreen::tab_rect(int i) const { return {50.f + static_cast<float>(i) * 262.f, 90, 250, 44}; }

void LibraryScreen::open(ScreenStack& stack) {
  if (page_ == LibraryPage::Quiz) stack.push(std::make_unique<QuizScreen>(ctx_, quiz_scenarios()[static_cast<std::size_t>(selected_)]));
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
  if (pressed)
    for (int i = 0; i < kTabs; ++i)
      if (tab_rect(i).contains(p)) {
        page_ = static_cast<LibraryPage>(i);
        selected_ = 0;
        return;
      }
  if (page_ == LibraryPage::Glossary || page_ == LibraryPage::Quiz) {
    const sf::FloatRect list = term_list();
    const float row = page_ == LibraryPage::Glossary ? 23.f : 52.f;
    if (list.contains(p)) {
      const int i = static_cast<int>((p.y - list.top - 8) / row);
      if (i >= 0 && i < count_for(page_)) {
        selected_ = i;
        if (pressed) open(stack);
      }
    }
  } else if (page_ == LibraryPage::Guide) {
    for (int i = 0; i < 8; ++i)
      if (guide_panel(i).contains(p)) selected_ = i;
  }
}

void LibraryScreen::draw(sf::RenderTarget& target, const Layout& layout, double) {
  Canvas t(target);
  t.set_view(layout.canvas_view());
  const float s = layout.ui_scale;
  ui::paper(t);
  ui::label(t, ctx_.fonts.bold, tr("library.title"), 34, s, {50, 20}, pal::kInk);
  for (int i = 0; i < kTabs; ++i) {
    const bool on = static_cast<int>(page_) == i;
    const sf::FloatRect r = tab_rect(i);
    t.draw(draw::rounded_rect(r, 16, on ? pal::kButtonHot : pal::kButton, pal::kInk, on ? 2.5f : 1.5f));
    sf::Text label = draw::text(on ? ctx_.fonts.bold : ctx_.fonts.regular, tr(kTabIds[i]), 19, s, pal::kInk);
    draw::centre_origin(label);
    label.setPosition(r.left + r.width / 2, r.top + r.height / 2);
    t.draw(label);
  }

  if (page_ == LibraryPage::Glossary) {
    const sf::FloatRect list = term_list();
    draw::panel(t, list, 16, pal::kButton, pal::kInk, 1.5f, 4);
    const auto& terms = glossary_terms();
    for (std::size_t i = 0; i < terms.size(); ++i) {
      const float y = list.top + 8 + static_cast<float>(i) * 23.f;
      const bool on = static_cast<int>(i) == selected_;
      if (on) t.draw(draw::rounded_rect({list.left + 6, y, list.width - 12, 23}, 8, pal::kButtonHot));
      ui::label(t, on ? ctx_.fonts.bold : ctx_.fonts.regular, tr("library.term." + terms[i] + ".name"), 16, s, {list.left + 18, y + 1},
                pal::kInk);
    }
    const sf::FloatRect def = definition_panel();
    draw::panel(t, def, 18, sf::Color(255, 252, 244), pal::kInk, 1.5f, 6);
    const std::string& id = terms[static_cast<std::size_t>(selected_)];
    ui::label(t, ctx_.fonts.bold, tr("library.term." + id + ".name"), 32, s, {def.left + 30, def.top + 24}, pal::kInk);
    ui::paragraph(t, ctx_.fonts.regular, tr("library.term." + id + ".text"), 21, s, {def.left + 30, def.top + 84}, def.width - 60,
                  pal::kInk, 1.4f);
  } else if (page_ == LibraryPage::Guide) {
    for (int i = 0; i < 8; ++i) {
      const sf::FloatRect r = guide_panel(i);
      const bool on = i == selected_;
      draw::panel(t, r, 16, on ? sf::Color(255, 246, 226) : pal::kButton, pal::kInk, on ? 2.5f : 1.2f, 4);
      const std::string ep = "library.guide." + std::to_string(i + 1);
      ui::label(t, ctx_.fonts.bold, std::to_string(i + 1) + "  " + tr(ep + ".title"), 17, s, {r.left + 14, r.top + 10}, pal::kInk);
      ui::label(t, ctx_.fonts.regular, tr(ep + ".length"), 14, s, {r.left + 14, r.top + 34}, pal::kInkSoft);
      // A little room: the rug, and whoever is there.
      const sf::Vector2f floor{r.left + r.width / 2, r.top + 128};
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
      ui::paragraph(t, ctx_.fonts.regular, tr(ep + ".text"), 14, s, {r.left + 14, r.top + 152}, r.width - 28, pal::kInk, 1.22f);
    }
    ui::paragraph(t, ctx_.fonts.regular, tr("library.guide.footer"), 15, s, {50, 614}, 1180, pal::kInkSoft);
  } else {
    const sf::FloatRect list = term_list();
    draw::panel(t, list, 16, pal::kButton, pal::kInk, 1.5f, 4);
    for (std::size_t i = 0; i < quiz_scenarios().size(); ++i) {
      const float y = list.top + 8 + static_cast<float>(i) * 52.f;
      const bool on = static_cast<int>(i) == selected_;
      if (on) t.draw(draw::rounded_rect({list.left + 6, y, list.width - 12, 48}, 12, pal::kButtonHot));
      ui::label(t, on ? ctx_.fonts.bold : ctx_.fonts.regular, tr("library.quiz." + quiz_scenarios()[i]), 19, s, {list.left + 20, y + 11},
                pal::kInk);
    }
    const sf::FloatRect def = definition_panel();
    draw::panel(t, def, 18, sf::Color(255, 252, 244), pal::kInk, 1.5f, 6);
    const auto qs = quiz_for(quiz_scenarios()[static_cast<std::size_t>(selected_)]);
    ui::label(t, ctx_.fonts.bold, tr("library.quiz." + quiz_scenarios()[static_cast<std::size_t>(selected_)]), 30, s,
              {def.left + 30, def.top + 24}, pal::kInk);
    ui::paragraph(t, ctx_.fonts.regular, tr("library.quiz.about", {std::to_string(qs.size())}), 20, s, {def.left + 30, def.top + 84},
                  def.width - 60, pal::kInk, 1.4f);
    if (!qs.empty())
      ui::paragraph(t, ctx_.fonts.regular, "\xE2\x80\x9C" + qs.front().question + "\xE2\x80\x9D", 20, s, {def.left + 30, def.top + 200},
                    def.width - 60, pal::kInkSoft, 1.4f);
  }
  ui::label(t, ctx_.fonts.regular, tr(page_ == LibraryPage::Quiz ? "library.keys.quiz" : "library.keys"), 17, s, {52, 672}, pal::kInkSoft);
}

}  // namespace sb::app::debrief
