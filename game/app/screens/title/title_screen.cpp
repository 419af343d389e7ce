#include "app/screens/title/title_screen.hpp"

#include <cmath>

#include <spdlog/spdlog.h>

#include "app/screens/compare/compare_screen.hpp"
#include "app/screens/debrief/debrief_screen.hpp"
#include "app/screens/library/library_screen.hpp"
#include "app/art/draw_kit.hpp"
#include "app/platform/voice/voice.hpp"
#include "app/art/figures.hpp"
#include "app/art/palette.hpp"
#include "app/screens/play/life_map_screen.hpp"
#include "app/ui/ui_kit.hpp"
#include "app/screens/play/play_screen.hpp"
#include "app/screens/play/resume_screen.hpp"
#include "app/art/room_art.hpp"
#include "app/screens/screen_stack.hpp"
#include "app/screens/settings/care_page.hpp"
#include "app/render/comfort.hpp"
#include "app/screens/settings/settings_screen.hpp"
#include "text/strings.hpp"

namespace sb::app {
namespace pal = palette;
namespace {

std::vector<std::string> title_items(bool can_continue) {
  std::vector<std::string> items{"title.play", "title.compare", "title.library", "title.last_debrief", "title.settings", "title.quit"};
  if (can_continue) items.insert(items.begin(), "title.continue");
  return items;
}

void paper_background(Canvas& t) {
  sf::VertexArray quad(sf::TriangleStrip, 4);
  quad[0] = sf::Vertex({0, 0}, pal::kPaper);
  quad[1] = sf::Vertex({kCanvasWidth, 0}, pal::kPaper);
  quad[2] = sf::Vertex({0, kCanvasHeight}, pal::kPaperDeep);
  quad[3] = sf::Vertex({kCanvasWidth, kCanvasHeight}, pal::kPaperDeep);
  t.draw(quad);
}

void lamp(Canvas& t, sf::Vector2f base, float glow) {
  // A floor lamp: a thin stand, a round foot, a warm cloth shade.
  draw::soft_shadow(t, base, {46, 12}, pal::kShadow);
  t.draw(draw::ellipse(base + sf::Vector2f{0, -4}, {30, 9}, pal::kWoodDark, pal::kInk, 2));
  draw::line(t, base + sf::Vector2f{0, -6}, base + sf::Vector2f{0, -250}, 7, pal::kInk);
  draw::line(t, base + sf::Vector2f{0, -6}, base + sf::Vector2f{0, -250}, 3.5f, pal::kWoodDark);
  const sf::Vector2f top = base + sf::Vector2f{0, -250};
  draw::radial_glow(t, top + sf::Vector2f{0, 14}, 120 * glow, pal::with_alpha(pal::kLampGlow, 150), pal::with_alpha(pal::kLampGlow, 0),
                    sf::BlendAdd);
  sf::ConvexShape shade(4);
  shade.setPoint(0, top + sf::Vector2f{-30, -40});
  shade.setPoint(1, top + sf::Vector2f{30, -40});
  shade.setPoint(2, top + sf::Vector2f{52, 10});
  shade.setPoint(3, top + sf::Vector2f{-52, 10});
  shade.setFillColor(sf::Color(250, 200, 130));
  shade.setOutlineColor(pal::kInk);
  shade.setOutlineThickness(2.5f);
  t.draw(shade);
  t.draw(draw::ellipse(top + sf::Vector2f{0, 10}, {52, 7}, sf::Color(255, 236, 190), pal::kInk, 2));
}

// Continue names the scene and how far it had gone ("Continue: The park, 3:05").
std::vector<std::string> menu_labels(std::vector<std::string> items, const SaveLookup& saved) {
  if (saved.scene) {
    const ScenarioEntry& e = saved.scene->choice.entry;
    const std::string title = tr_line("scenario." + e.id + ".title", e.scenario ? e.scenario->title : e.id);
    items.front() = tr("title.continue", {title, play_time(saved.scene->recording.ticks())});
  }
  return items;
}

}  // namespace

void draw_title_backdrop(Canvas& t) {
  paper_background(t);
  const sf::Vector2f centre{940, 470};
  // A round window onto a warm room: the light is what makes it feel safe.
  draw::radial_glow(t, centre, 360, sf::Color(255, 222, 170, 200), sf::Color(255, 222, 170, 0));
  t.draw(draw::ellipse({940, 600}, {330, 92}, pal::with_alpha(pal::kShadow, 30)));
  // The rug under them.
  t.draw(draw::ellipse({940, 582}, {300, 80}, pal::kRugBorder, pal::with_alpha(pal::kInk, 140), 2.5f));
  t.draw(draw::ellipse({940, 582}, {276, 68}, pal::kRug));
  for (int i = 0; i < 16; ++i) {
    const float a = static_cast<float>(i) * 0.3927f;
    t.draw(draw::ellipse(sf::Vector2f{940, 582} + sf::Vector2f{std::cos(a) * 246, std::sin(a) * 56}, {6, 4}, pal::kRugPattern));
  }
  lamp(t, {1180, 560}, 1.f);
  // A few toys at play.
  draw_toy(t, "block", {725, 596}, 17, 0.2f, 0);
  draw_toy(t, "block", {752, 604}, 17, -0.15f, 1);
  draw_toy(t, "block", {738, 574}, 15, 0.05f, 2);
  draw_toy(t, "bear", {1120, 606}, 26, 0.f, 0);
  draw_toy(t, "ball", {955, 618}, 22, 0.6f, 0);
}

void draw_title_figures(Canvas& t, const AppContext& ctx) {
  const float clock = ctx.still ? 1.2f : static_cast<float>(ctx.clock);

  FigurePose adult;
  adult.feet = TitleScreen::adult_feet();
  adult.sitting = true;
  adult.warmth = 0.95f;
  adult.distress = 0.02f;
  adult.gaze = {0.9f, 0.2f};
  adult.breath = clock * 1.6f;
  FigureLook adult_look = look_for_role("caregiver");
  adult_look.scale = TitleScreen::kArtScale;
  draw_figure(t, adult_look, adult);

  FigurePose child;
  child.feet = TitleScreen::child_feet();
  child.distress = 0.0f;
  child.gaze = {-0.9f, -0.2f};
  child.breath = clock * 2.2f;
  FigureLook child_look = look_for_role("child");
  child_look.scale = TitleScreen::kArtScale;
  draw_figure(t, child_look, child);

  // A small heart rises between them, slowly.
  const float rise = ctx.still || reduced_motion() ? 0.f : std::sin(clock * 1.1f) * 6.f;
  draw::heart(t, {940, 340 + rise}, 13, pal::with_alpha(pal::kBall, 210));
}

TitleScreen::TitleScreen(AppContext& ctx) : TitleScreen(ctx, ctx.still ? SaveLookup{} : find_saved_scene()) {}

TitleScreen::TitleScreen(AppContext& ctx, SaveLookup saved)
    : ctx_(ctx), saved_(std::move(saved)), items_(title_items(saved_.scene.has_value())),
      // Seven items (with Continue) take the room six had.
      menu_(menu_labels(items_, saved_), {340, items_.size() > 6 ? 262.f : 284.f}, {380, items_.size() > 6 ? 46.f : 50.f}, items_.size() > 6 ? 8.f : 10.f),
      backdrop_({0, 0, kCanvasWidth, kCanvasHeight}, [](sf::RenderTarget& t) {
        Canvas c(t);
        draw_title_backdrop(c);
      }, true) {
  menu_.set_large_text_width(440); // large text: wider buttons, still clear of the figures
  ctx_.audio->ambience(true);
}

sf::FloatRect TitleScreen::save_notice_box() const {
  const float w = 600;
  const float h = play_ui::wrapped_height(ctx_.fonts.regular, saved_.notice, 16, w - 24) + 16;
  return {640, 258, w, h};
}

void TitleScreen::choose(int index, ScreenStack& stack) {
  const std::string& item = items_[static_cast<std::size_t>(index)];
  if (item == "title.continue") {
    spdlog::info("title: continue {}", saved_.scene->choice.entry.id);
    stack.replace(std::make_unique<ResumeScreen>(ctx_, *saved_.scene));
    return;
  }
  if (item == "title.quit") {
    spdlog::info("title: quit chosen");
    stack.quit();
    return;
  }
  // Issue 6: compare (two key presses from here: Down, Enter), the library, the last debrief.
  if (item == "title.compare") {
    stack.replace(std::make_unique<debrief::CompareScreen>(ctx_));
    return;
  }
  if (item == "title.library") {
    stack.push(std::make_unique<debrief::LibraryScreen>(ctx_));
    return;
  }
  if (item == "title.last_debrief") {
    // Replayed on a worker thread within a budget (a long or hostile replay must not
    // freeze the title); tick() opens the debrief, or says why not, when it is done.
    if (!last_play_) last_play_ = std::make_unique<debrief::LastPlayLoader>(last_play_budget_);
    notice_ = tr("title.last_play_loading");
    return;
  }
  if (item == "title.settings") {
    stack.push(std::make_unique<SettingsScreen>(ctx_));
    return;
  }
  try {
    stack.replace(std::make_unique<LifeMapScreen>(ctx_)); // game/app/play: the life map, then a scenario
  } catch (const std::exception& e) {
    spdlog::error("could not start the playroom: {}", e.what());
  }
}

void TitleScreen::tick(const InputMapper&, ScreenStack& stack) {
  if (!last_play_ || !last_play_->ready()) return;
  std::string why;
  auto debrief = last_play_->take(ctx_, &why);
  last_play_.reset();
  if (debrief) {
    notice_.clear();
    stack.push(std::move(debrief));
    return;
  }
  // Say on screen (and aloud, with self-voicing) why nothing opened, not only in the log.
  spdlog::info("title: no last debrief ({})", why);
  notice_ = why;
  if (ctx_.voice) ctx_.voice->say(notice_);
}

void TitleScreen::on_action(Action a, ScreenStack& stack) {
  if (!last_play_) notice_.clear();  // while the last play loads, its notice stays
  if (a == Action::Back) {
    menu_.select(static_cast<int>(items_.size()) - 1); // Quit
    return;
  }
  if (auto chosen = menu_.on_action(a, ctx_)) choose(*chosen, stack);
}

void TitleScreen::on_pointer(sf::Vector2f p, bool pressed, ScreenStack& stack) {
  if (auto chosen = menu_.on_pointer(p, pressed, ctx_)) choose(*chosen, stack);
}

void TitleScreen::draw(sf::RenderTarget& target, const Layout& layout, double) {
  target.setView(layout.canvas_view());
  backdrop_.draw(target, layout.ui_scale);
  Canvas t(target);
  draw_title_figures(t, ctx_);

  const float s = layout.ui_scale;
  sf::Text title = draw::text(ctx_.fonts.bold, tr("title.name"), 92, s, pal::kInk);
  title.setPosition(title_region().left, title_region().top - 6);
  t.draw(title);
  sf::Text line = draw::text(ctx_.fonts.regular, tr("title.tagline"), 25, s, pal::kInkSoft);
  // Large text or a wordy language: the tagline stays one line, clear of the lamp.
  if (const float w = line.getGlobalBounds().width; w > 1040) line.scale(1040 / w, 1040 / w);
  line.setPosition(title_region().left + 4, 214);
  t.draw(line);

  menu_.draw(t, ctx_, s);

  // The key hint, or in its place why the last choice did nothing (until the next key).
  const bool notice = !notice_.empty();
  sf::Text hint = draw::text(ctx_.fonts.regular, notice ? notice_ : tr("title.hint"), 17, s, notice ? pal::kInk : pal::kInkSoft);
  // Large text or a wordy language: shrink the one-line hint to fit the width.
  if (const float w = hint.getGlobalBounds().width; w > kCanvasWidth - 120) hint.scale((kCanvasWidth - 120) / w, (kCanvasWidth - 120) / w);
  hint.setPosition(84, 664);
  if (notice) {
    const sf::FloatRect b = hint.getGlobalBounds();
    t.draw(draw::rounded_rect({b.left - 12, b.top - 8, b.width + 24, b.height + 16}, 10, pal::kButtonHot, pal::kInk, 1.5f));
  }
  t.draw(hint);
  draw_settings_notice(t, ctx_, s, 84, 600); // a settings file that had to be set aside
  if (!saved_.notice.empty()) { // a save that had to be set aside: above the figures, clear of the menu
    const sf::FloatRect box = save_notice_box();
    t.draw(draw::rounded_rect(box, 10, pal::kButtonHot, pal::kInk, 1.5f));
    play_ui::paragraph(t, ctx_.fonts.regular, saved_.notice, 16, s, {box.left + 12, box.top + 8}, box.width - 24, pal::kInk);
  }
}

}  // namespace sb::app
