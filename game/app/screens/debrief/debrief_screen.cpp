#include "app/screens/debrief/debrief_screen.hpp"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdlib>
#include <ctime>
#include <sstream>

#include <spdlog/spdlog.h>

#include "text/seed_text.hpp"
#include "text/reason_text.hpp"
#include "app/render/canvas.hpp"
#include "app/report/chart_picture.hpp"
#include "report/charts.hpp"
#include "app/screens/library/library_screen.hpp"
#include "app/screens/debrief/adult_plane.hpp"
#include "app/screens/debrief/moment_screen.hpp"
#include "app/screens/debrief/quiz_screen.hpp"
#include "app/art/draw_kit.hpp"
#include "app/art/palette.hpp"
#include "app/ui/ui_kit.hpp"
#include "app/render/comfort.hpp"
#include "report/report.hpp"
#include "app/screens/screen_stack.hpp"
#include "storage/atomic_file.hpp"
#include "storage/reflections_store.hpp"
#include "storage/replays.hpp"
#include "text/strings.hpp"
#include "app/screens/title/title_screen.hpp"
#include "mind/coding.hpp"
#include "sim/replay.hpp"

namespace sb::app::debrief {
namespace pal = palette;
namespace ui = play_ui;

namespace {

constexpr int kTabs = static_cast<int>(Page::Count);
const char* kTabIds[kTabs] = {"debrief.tab.outcome", "debrief.tab.scales", "debrief.tab.timeline",
                              "debrief.tab.later", "debrief.tab.questions", "debrief.tab.reflect"};
const char* kButtonIds[4] = {"debrief.button.export", "debrief.button.library", "debrief.button.quiz", "debrief.button.title"};

std::string style_label(const std::string& style) {
  const std::string id = "debrief.caregiver." + style;
  const std::string& t = tr(id);
  return t == id ? style : t;
}

// Blocks of (heading, text) flowed into two columns; when two columns cannot hold
// them (large text), one wide column that the page scrolls. Returns the bottom.
struct Block {
  std::string heading, text;
};
float flow(Canvas& t, const AppContext& ctx, float s, const std::vector<Block>& blocks, float top, float bottom, float size) {
  const float cols[2] = {50, 660}, width = 570;
  const float head = std::max(30.f, ui::line_step(size + 3, 1.35f));
  auto need = [&](const Block& b, float w) { return head + ui::wrapped_height(ctx.fonts.regular, b.text, size, w, 1.32f, s) + 16; };
  // Measure first, so a block never starts in a column it cannot finish in.
  int col = 0;
  float y = top;
  bool two_fit = true;
  for (const Block& b : blocks) {
    const float h = need(b, width);
    if (y + h > bottom && col == 0) {
      col = 1;
      y = top;
    }
    y += h;
    if (y > bottom + 1) two_fit = false;
  }
  col = 0;
  y = top;
  for (const Block& b : blocks) {
    const float w = two_fit ? width : 1150.f;
    if (two_fit && y + need(b, w) > bottom && col == 0) {
      col = 1;
      y = top;
    }
    ui::label_fit(t, ctx.fonts.bold, b.heading, size + 3, s, {cols[col], y}, w, pal::kInk);
    y += head;
    y += ui::paragraph(t, ctx.fonts.regular, b.text, size, s, {cols[col], y}, w, pal::kInk) + 16;
  }
  return y;
}

// The header grows with the text: the title, the caregiver line under it, then
// the tabs, in two rows of three when one row of six cannot hold their names.
float caregiver_line_y() { return std::max(62.f, 20 + scaled_text_size(32) * 1.25f); }
float tabs_top() { return std::max(94.f, caregiver_line_y() + scaled_text_size(17) * 1.3f + 4); }
float tab_height() { return std::max(42.f, scaled_text_size(18) + 18); }
bool two_tab_rows() { return scaled_text_size(18) > 24; }
float buttons_top() { return 708 - std::max(44.f, scaled_text_size(19) + 16); }
// The key line (or status) just above the buttons.
float hint_y() { return std::min(632.f, buttons_top() - scaled_text_size(16) * 1.35f - 4); }

}  // namespace

const std::vector<std::string>& reflection_prompts() {
  static const std::vector<std::string> p{"debrief.reflect.prompt.moment", "debrief.reflect.prompt.familiar",
                                          "debrief.reflect.prompt.comfort", "debrief.reflect.prompt.repair"};
  return p;
}

DebriefScreen::DebriefScreen(AppContext& ctx, report::DebriefData data, Page first) : ctx_(ctx), data_(std::move(data)), page_(first) {
  answers_.assign(reflection_prompts().size(), {});
  load_reflections();
  spdlog::info("debrief: {} -> {} {} (D {:.1f}, {} reasons)", data_.scenario_id.empty() ? "playroom" : data_.scenario_id,
               report::pattern_key(data_.outcome.pattern), data_.outcome.subgroup, data_.outcome.disorganization, data_.outcome.reasons.size());
}

sf::FloatRect DebriefScreen::tab_rect(int i) const {
  if (!two_tab_rows()) return {50.f + static_cast<float>(i) * 197.f, tabs_top(), 187, tab_height()};
  const float w = 1180.f / 3;
  return {50.f + static_cast<float>(i % 3) * w, tabs_top() + static_cast<float>(i / 3) * (tab_height() + 8), w - 10, tab_height()};
}
sf::FloatRect DebriefScreen::button_rect(int i) const {
  // Four buttons of 280 px, or at large text each as wide as its label asks, all four
  // sharing the 1180 px row (a long German label gets room instead of tiny type).
  std::vector<float> want;
  for (const char* id : kButtonIds) want.push_back(std::max(280.f, ui::text_width(ctx_.fonts.bold, tr(id), 19) + 56));
  const auto [x, w] = ui::share_row(want, 50, 1180, 20)[static_cast<std::size_t>(i)];
  return {x, buttons_top(), w, 708 - buttons_top()};
}
float DebriefScreen::body_top() {
  const float tabs_bottom = tabs_top() + (two_tab_rows() ? 2 * tab_height() + 8 : tab_height());
  return std::max(156.f, tabs_bottom + 16);
}
float DebriefScreen::body_bottom() { return hint_y() - 4; }
sf::FloatRect DebriefScreen::reasons_panel() { return {680, body_top(), 550, body_bottom() - 4 - body_top()}; }
sf::FloatRect DebriefScreen::chart_region() {
  const float top = body_top() - 6;
  // Room under the chart for a caption of up to three lines, above the buttons.
  const float caption = static_cast<float>(scaled_text_size(15) > 15.f ? 3 : 2) * ui::line_step(15);
  return {50, top, 1180, std::min(452.f, buttons_top() - 8 - caption - 8 - top)};
}

ScrollBox* DebriefScreen::scroll_at(sf::Vector2f p) {
  for (ScrollBox* b : {&side_scroll_, &answer_scroll_, &note_scroll_})
    if (b->area().contains(p) && b->scrollable()) return b;
  return &main_scroll_;
}

bool DebriefScreen::on_raw_event(const sf::Event& e, ScreenStack&) {
  if (editing_) return false;
  ScrollBox* box = e.type == sf::Event::MouseWheelScrolled ? scroll_at(pointer_) : &main_scroll_;
  return box->on_event(e);
}

void DebriefScreen::press_button(int i, ScreenStack& stack) {
  switch (i) {
    case 0: export_report(); break;
    case 1: stack.push(std::make_unique<LibraryScreen>(ctx_)); break;
    case 2: stack.push(std::make_unique<QuizScreen>(ctx_, data_.scenario_id.empty() ? "strange-situation" : data_.scenario_id)); break;
    case 3: stack.reset(std::make_unique<TitleScreen>(ctx_)); break;
    default: break;
  }
}

void DebriefScreen::export_report() {
  std::filesystem::path dir;
  if (const char* d = std::getenv("SECUREBASE_REPORT_DIR"); d && *d) {
    dir = d;
  } else {
    const char* home = std::getenv("HOME");
    dir = std::filesystem::path(home && *home ? home : ".") / "securebase-reports";
  }
  const auto now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  char stamp[32];
  std::strftime(stamp, sizeof stamp, "%Y%m%d-%H%M%S", std::localtime(&now));
  dir /= (data_.scenario_id.empty() ? std::string("playroom") : data_.scenario_id) + "-" + stamp;
  std::string error;
  if (auto files = report::write_report(data_, dir, &error)) {
    status_ = tr("debrief.exported", {files->html.string()});
    spdlog::info("debrief: report written to {}", dir.string());
  } else {
    status_ = tr("debrief.export_failed", {error});
    spdlog::warn("debrief: report not written: {}", error);
  }
}

void DebriefScreen::replay_reason(ScreenStack& stack) {
  if (data_.outcome.reasons.empty()) return;
  if (!data_.recording) {
    status_ = tr("debrief.reason.replay_missing");
    return;
  }
  const mind::Reason& r = data_.outcome.reasons[static_cast<std::size_t>(std::clamp(reason_, 0, static_cast<int>(data_.outcome.reasons.size()) - 1))];
  std::string error;
  auto screen = MomentScreen::create(ctx_, *data_.recording, r.time, reason_text(r), r.episode, &error);
  if (!screen) {
    status_ = error;
    return;
  }
  stack.push(std::move(screen));
}

void DebriefScreen::on_action(Action a, ScreenStack& stack) {
  const int n_reasons = static_cast<int>(data_.outcome.reasons.size());
  switch (a) {
    case Action::MoveLeft: page_ = static_cast<Page>((static_cast<int>(page_) + kTabs - 1) % kTabs); ctx_.audio->click(); return;
    case Action::MoveRight: page_ = static_cast<Page>((static_cast<int>(page_) + 1) % kTabs); ctx_.audio->click(); return;
    case Action::MoveUp:
      if (page_ == Page::Later || page_ == Page::Questions) main_scroll_.scroll_by(-ui::line_step(17) * 3);
      else if (page_ == Page::Reflect) prompt_ = std::max(0, prompt_ - 1);
      else if (n_reasons) reason_ = (reason_ + n_reasons - 1) % n_reasons;
      return;
    case Action::MoveDown:
      if (page_ == Page::Later || page_ == Page::Questions) main_scroll_.scroll_by(ui::line_step(17) * 3);
      else if (page_ == Page::Reflect) prompt_ = std::min(static_cast<int>(reflection_prompts().size()) - 1, prompt_ + 1);
      else if (n_reasons) reason_ = (reason_ + 1) % n_reasons;
      return;
    case Action::Confirm:
      if (page_ == Page::Reflect) {
        editing_ = true;
        draft_ = answers_[static_cast<std::size_t>(prompt_)];
      } else if (page_ == Page::Outcome || page_ == Page::Timeline) {
        replay_reason(stack);
      }
      return;
    case Action::Back:
      if (back_pops_) stack.pop();
      else stack.reset(std::make_unique<TitleScreen>(ctx_));
      return;
    default: return;
  }
}

bool DebriefScreen::on_key(sf::Keyboard::Key k, ScreenStack& stack) {
  if (editing_) {
    if (k == sf::Keyboard::Escape) editing_ = false;
    if (k == sf::Keyboard::Tab) save_reflection();
    if (k == sf::Keyboard::Return) draft_ += '\n';
    if (k == sf::Keyboard::BackSpace && !draft_.empty()) {
      // Remove one whole UTF-8 character.
      std::size_t i = draft_.size() - 1;
      while (i > 0 && (static_cast<unsigned char>(draft_[i]) & 0xC0) == 0x80) --i;
      draft_.erase(i);
    }
    return true; // every key belongs to the text while writing
  }
  switch (k) {
    case sf::Keyboard::X: press_button(0, stack); return true;
    case sf::Keyboard::L: press_button(1, stack); return true;
    case sf::Keyboard::Q: press_button(2, stack); return true;
    case sf::Keyboard::D:
      if (page_ == Page::Reflect) {
        delete_reflections();
        return true;
      }
      return false;
    default: return false;
  }
}

void DebriefScreen::on_text(std::uint32_t c, ScreenStack&) {
  if (!editing_ || c < 32 || c == 127) return;
  if (draft_.size() > 4000) return;
  // UTF-32 -> UTF-8.
  if (c < 0x80) draft_ += static_cast<char>(c);
  else if (c < 0x800) { draft_ += static_cast<char>(0xC0 | (c >> 6)); draft_ += static_cast<char>(0x80 | (c & 0x3F)); }
  else if (c < 0x10000) {
    draft_ += static_cast<char>(0xE0 | (c >> 12));
    draft_ += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    draft_ += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x110000) {
    draft_ += static_cast<char>(0xF0 | (c >> 18));
    draft_ += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    draft_ += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    draft_ += static_cast<char>(0x80 | (c & 0x3F));
  }
}

void DebriefScreen::on_pointer(sf::Vector2f p, bool pressed, ScreenStack& stack) {
  pointer_ = p;
  hot_button_ = -1;
  for (int i = 0; i < 4; ++i)
    if (button_rect(i).contains(p)) hot_button_ = i;
  if (!pressed) return;
  for (int i = 0; i < kTabs; ++i)
    if (tab_rect(i).contains(p)) {
      page_ = static_cast<Page>(i);
      ctx_.audio->click();
      return;
    }
  if (hot_button_ >= 0) press_button(hot_button_, stack);
}

std::string scenario_key(const report::DebriefData& d) { return d.scenario_id.empty() ? "playroom" : d.scenario_id; }

void DebriefScreen::load_reflections() {
  auto paths = storage::Paths::from_environment();
  if (!paths) return;
  auto loaded = storage::load_reflections(*paths);
  if (loaded.problem) {
    // The player's own words: say what happened to them, on screen and in the log.
    spdlog::warn("reflections: {}", loaded.problem->describe());
    for (const std::string& note : loaded.notes) spdlog::warn("reflections: {}", note);
    const std::string kept = loaded.problem->moved_to.filename().string();
    if (loaded.problem->kind == storage::Problem::Kind::Damaged && !kept.empty())
      status_ = loaded.salvaged > 0 ? tr("debrief.reflect.damaged", {std::to_string(loaded.salvaged), kept})
                                    : tr("debrief.reflect.damaged.none", {kept});
    else
      status_ = tr(std::string(loaded.problem->message_id()), {loaded.problem->file.filename().string()});
  }
  for (std::size_t i = 0; i < reflection_prompts().size(); ++i)
    for (const storage::Reflection* r : loaded.value.for_scenario(scenario_key(data_)))
      if (r->prompt == reflection_prompts()[i]) answers_[i] = r->text; // the latest wins
}

void DebriefScreen::save_reflection() {
  editing_ = false;
  auto paths = storage::Paths::from_environment();
  if (!paths) {
    status_ = tr("debrief.reflect.save_failed", {"no home folder"});
    return;
  }
  auto loaded = storage::load_reflections(*paths);
  if (!loaded.value.add(scenario_key(data_), reflection_prompts()[static_cast<std::size_t>(prompt_)], draft_)) {
    status_ = tr("debrief.reflect.save_failed", {"too long"});
    return;
  }
  if (auto problem = storage::save_reflections(*paths, loaded.value)) {
    status_ = tr("debrief.reflect.save_failed", {problem->file.string()});
    return;
  }
  answers_[static_cast<std::size_t>(prompt_)] = draft_;
  status_ = tr("debrief.reflect.saved");
}

void DebriefScreen::delete_reflections() {
  auto paths = storage::Paths::from_environment();
  if (!paths) return;
  auto loaded = storage::load_reflections(*paths);
  auto& e = loaded.value.entries;
  e.erase(std::remove_if(e.begin(), e.end(), [&](const storage::Reflection& r) { return r.scenario == scenario_key(data_); }), e.end());
  if (!storage::save_reflections(*paths, loaded.value)) {
    std::fill(answers_.begin(), answers_.end(), std::string());
    status_ = tr("debrief.reflect.deleted");
  }
}

void DebriefScreen::draw(sf::RenderTarget& target, const Layout& layout, double) {
  const sf::Vector2u size = layout.target_size;
  const bool blink = editing_ && !ctx_.still && static_cast<long>(ctx_.clock * 2) % 2 == 0;
  // The look is part of the key: a new text size or language lays the page out anew.
  const std::string key = text::language() + "|" + std::to_string(comfort().text_scale) + "|" + std::to_string(static_cast<int>(page_)) + "|" + std::to_string(reason_) + "|" + std::to_string(prompt_) + "|" +
                          std::to_string(editing_) + std::to_string(blink) + "|" + std::to_string(hot_button_) + "|" + status_ + "|" +
                          std::to_string(size.x) + "x" + std::to_string(size.y) + "|" + std::to_string(main_scroll_.offset()) + "," +
                          std::to_string(side_scroll_.offset()) + "," + std::to_string(answer_scroll_.offset()) + "," + std::to_string(note_scroll_.offset()) + "|" + draft_;
  if (!cache_ok_ || cache_.getSize() != size) cache_ok_ = cache_.create(size.x, size.y);
  if (!cache_ok_) {
    draw_page(target, layout); // no offscreen target here: draw directly
    return;
  }
  if (key != cache_key_) {
    cache_.clear(sf::Color(40, 32, 38));
    draw_page(cache_, layout);
    cache_.display();
    cache_key_ = key;
  }
  target.setView(target.getDefaultView());
  target.draw(sf::Sprite(cache_.getTexture()));
}

void DebriefScreen::draw_page(sf::RenderTarget& target, const Layout& layout) {
  Canvas t(target);
  t.set_view(layout.canvas_view());
  const float s = layout.ui_scale;
  ui::paper(t);

  const std::string title = data_.scenario_id.empty() ? tr("debrief.title.playroom") : tr("debrief.title", {data_.scenario_title});
  ui::label_fit(t, ctx_.fonts.bold, title, 32, s, {50, 20}, 1180, pal::kInk);
  ui::label_fit(t, ctx_.fonts.regular,
                tr("debrief.caregiver", {style_label(data_.caregiver_style), sb::text::short_seed(data_.seed), mind::clock(data_.duration)}), 17,
                s, {52, caregiver_line_y()}, 1178, pal::kInkSoft);

  for (int i = 0; i < kTabs; ++i) {
    const bool on = static_cast<int>(page_) == i;
    const sf::FloatRect r = tab_rect(i);
    t.draw(draw::rounded_rect(r, 14, on ? pal::kButtonHot : pal::kButton, pal::kInk, on ? 2.5f : 1.5f));
    sf::Text label = draw::text(on ? ctx_.fonts.bold : ctx_.fonts.regular, tr(data_.adult && i == static_cast<int>(Page::Scales) ? "debrief.tab.plane" : kTabIds[i]), 18, s, pal::kInk);
    ui::fit_width(label, r.width - 16);
    draw::centre_origin(label);
    label.setPosition(r.left + r.width / 2, r.top + r.height / 2);
    t.draw(label);
  }

  // A new page starts at its top.
  if (scrolled_page_ != page_) {
    main_scroll_.to_top();
    side_scroll_.to_top();
    scrolled_page_ = page_;
  }
  switch (page_) {
    case Page::Outcome: draw_outcome(t, layout); break;
    case Page::Scales: draw_chart(t, s, false); break;
    case Page::Timeline: draw_chart(t, s, true); break;
    case Page::Later: draw_later(t, layout); break;
    case Page::Questions: draw_questions(t, layout); break;
    case Page::Reflect: draw_reflect(t, layout); break;
    case Page::Count: break;
  }

  // The status line (an export's path) or the keys for this page.
  // (The chart pages use that line for their caption or the chosen moment.)
  const bool chart_page = page_ == Page::Scales || page_ == Page::Timeline;
  const std::string hint = !status_.empty()            ? status_
                           : page_ == Page::Reflect   ? tr("debrief.reflect.keys")
                           : page_ == Page::Outcome   ? tr("debrief.keys")
                                                      : tr("debrief.keys.pages");
  if (!chart_page || !status_.empty())
    ui::label_fit(t, ctx_.fonts.regular, hint, 16, s, {52, chart_page ? std::min(612.f, hint_y()) : hint_y()}, 1178,
                  status_.empty() ? pal::kInkSoft : pal::kInk);
  for (int i = 0; i < 4; ++i) ui::pill(t, ctx_.fonts.bold, button_rect(i), tr(kButtonIds[i]), 19, s, hot_button_ == i);
}

void DebriefScreen::draw_outcome(Canvas& t, const Layout& layout) {
  const float s = layout.ui_scale;
  const mind::Classification& o = data_.outcome;
  // The left column scrolls when large text makes it taller than the page.
  const float bottom = body_bottom();
  main_scroll_.set_area({40, body_top(), 610, bottom - body_top()});
  const float top = main_scroll_.begin(t, layout);
  float y = top;
  if (data_.adult) {
    // Grown-ups in adult terms: the prototype, the two dimensions, unresolved moments apart.
    const mind::AdultCoding& a = *data_.adult;
    const std::string key = std::string("debrief.prototype.") + mind::to_string(a.prototype);
    ui::label_fit(t, ctx_.fonts.regular, tr("debrief.adult.looked_like"), 19, s, {50, y}, 590, pal::kInkSoft);
    y += std::max(26.f, ui::line_step(19, 1.35f));
    ui::label_fit(t, ctx_.fonts.bold, tr(key + ".name"), 42, s, {50, y}, 590, pal::kInk);
    y += std::max(58.f, ui::line_step(42, 1.3f));
    y += ui::paragraph(t, ctx_.fonts.bold, tr("debrief.adult.scores", {mind::one_decimal(a.anxiety), mind::one_decimal(a.avoidance)}), 18, s, {50, y}, 590, pal::kInk) + 4;
    if (a.unresolved)
      y += ui::paragraph(t, ctx_.fonts.regular, tr("debrief.adult.unresolved", {std::to_string(a.unresolved_moments)}), 17, s, {50, y}, 590,
                         pal::kInkSoft) + 4;
    y += 8 + ui::paragraph(t, ctx_.fonts.regular, tr(key + ".meaning"), 18, s, {50, y}, 590, pal::kInk) + 14;
  } else {
  ui::label_fit(t, ctx_.fonts.regular, tr("debrief.looked_like"), 19, s, {50, y}, 590, pal::kInkSoft);
  y += std::max(26.f, ui::line_step(19, 1.35f));
  ui::label_fit(t, ctx_.fonts.bold, tr("debrief.pattern." + report::pattern_key(o.pattern) + ".name"), 42, s, {50, y}, 590,
                to_sf(report::chart_colours::pattern(o.pattern)));
  y += std::max(58.f, ui::line_step(42, 1.3f));
  const std::string sg_id = o.subgroup.empty() ? "debrief.subgroup.none" : "debrief.subgroup." + o.subgroup;
  y += ui::paragraph(t, ctx_.fonts.bold, tr(sg_id), 18, s, {50, y}, 590, pal::kInk) + 4;
  std::string d = tr("debrief.disorganization", {mind::one_decimal(o.disorganization)});
  if (o.best_fit) d += "  ·  " + tr("debrief.best_fit", {tr("debrief.pattern." + report::pattern_key(*o.best_fit) + ".short")});
  y += ui::paragraph(t, ctx_.fonts.regular, d, 18, s, {50, y}, 590, pal::kInk) + 12;
  y += ui::paragraph(t, ctx_.fonts.regular, tr("debrief.pattern." + report::pattern_key(o.pattern) + ".meaning"), 18, s, {50, y}, 590, pal::kInk) + 14;
  }
  if (!changed_choices_.empty()) { // stepped back and chose otherwise (issue 16): what if I had…?
    std::string changed = tr("debrief.changed_choices");
    for (const std::string& c : changed_choices_) changed += "\n\u2022 " + c;
    y += ui::paragraph(t, ctx_.fonts.regular, changed, 17, s, {50, y}, 590, pal::kInk) + 12;
  }
  // The scenario's own ending, when there is room for it (large text: it scrolls into view).
  const std::string illustration = tr(data_.adult ? "debrief.adult.illustration" : "debrief.illustration");
  const float illustration_h = ui::wrapped_height(ctx_.fonts.regular, illustration, 16, 590, 1.3f, s);
  if (!data_.ending_title.empty()) {
    const float need = std::max(26.f, ui::line_step(17, 1.4f)) + ui::wrapped_height(ctx_.fonts.regular, data_.epilogue, 16, 590, 1.3f, s);
    if (y + need < top + (576 - 156) || scaled_text_size(16) > 16.f) {
      ui::label_fit(t, ctx_.fonts.bold, data_.ending_title, 17, s, {50, y}, 590, pal::kInkSoft);
      y += std::max(24.f, ui::line_step(17, 1.4f));
      y += ui::paragraph(t, ctx_.fonts.regular, data_.epilogue, 16, s, {50, y}, 590, pal::kInkSoft) + 8;
    }
  }
  // The reminder sits at the foot of the column (588 at 100 %), or under the text when that is longer.
  float iy = std::max(y, top + (588 - 156));
  if (iy + illustration_h > top + (bottom - body_top())) iy = y;
  y = iy + ui::paragraph(t, ctx_.fonts.regular, illustration, 16, s, {50, iy}, 590, pal::kInkSoft);
  main_scroll_.end(t, layout, y);

  // The reasons, each a moment with its time.
  const sf::FloatRect panel = reasons_panel();
  draw::panel(t, panel, 18, pal::kButton, pal::kInk, 1.5f, 5);
  const float head_h = ui::wrapped_height(ctx_.fonts.bold, tr("debrief.reasons"), 19, panel.width - 40, 1.3f, s);
  ui::text_block(t, ctx_.fonts.bold, tr("debrief.reasons"), 19, s, {panel.left + 20, panel.top + 14}, panel.width - 40, pal::kInk);
  const float list_top = panel.top + std::max(52.f, 14 + head_h + 10);
  if (o.reasons.empty()) {
    ui::paragraph(t, ctx_.fonts.regular, tr("debrief.reasons.none"), 17, s, {panel.left + 20, list_top + 2}, panel.width - 40, pal::kInkSoft);
    return;
  }
  // Heights first; the list scrolls to keep the chosen one in view.
  const float time_w = std::max(86.f, ui::text_width(ctx_.fonts.bold, "00:00", 16, s) + 24);
  const float text_left = panel.left + 30 + time_w, text_w = panel.left + panel.width - 14 - text_left;
  std::vector<float> heights;
  for (const mind::Reason& r : o.reasons)
    heights.push_back(std::max(ui::wrapped_height(ctx_.fonts.regular, reason_text(r), 17, text_w, 1.3f, s),
                               std::max(48.f, scaled_text_size(16) + 6 + ui::line_step(14, 1.3f) + 6)) +
                      16);
  side_scroll_.set_area({panel.left + 2, list_top - 6, panel.width - 4, panel.top + panel.height - 8 - (list_top - 6)});
  float row_top = list_top;
  for (int i = 0; i < reason_; ++i) row_top += heights[static_cast<std::size_t>(i)];
  side_scroll_.follow(reason_, row_top - 6, row_top + heights[static_cast<std::size_t>(reason_)] - 2);
  float ry = side_scroll_.begin(t, layout) + 6;
  const sf::FloatRect seen = side_scroll_.area();
  for (std::size_t i = 0; i < o.reasons.size(); ++i) {
    const mind::Reason& r = o.reasons[i];
    // Whole rows only, as the list always showed them (a row taller than the panel is shown cut).
    const bool whole = ry - 4 >= seen.top - 1 && ry - 4 + heights[i] <= seen.top + seen.height + 1;
    if (!whole && heights[i] <= seen.height) {
      ry += heights[i];
      continue;
    }
    const bool on = static_cast<int>(i) == reason_;
    if (on) t.draw(draw::rounded_rect({panel.left + 8, ry - 4, panel.width - 16, heights[i]}, 12, pal::kButtonHot));
    const float pill_h = std::max(28.f, scaled_text_size(16) + 10);
    t.draw(draw::rounded_rect({panel.left + 18, ry, time_w, pill_h}, pill_h / 2, pal::kInk));
    sf::Text time = draw::text(ctx_.fonts.bold, mind::clock(r.time), 16, s, pal::kPaper);
    draw::centre_origin(time);
    time.setPosition(panel.left + 18 + time_w / 2, ry + pill_h / 2);
    t.draw(time);
    ui::label_fit(t, ctx_.fonts.regular, tr("debrief.chart.episode", {std::to_string(mind::episode_number(r.episode))}), 14, s,
                  {panel.left + 24, ry + pill_h + 4}, time_w, pal::kInkSoft);
    ui::paragraph(t, ctx_.fonts.regular, reason_text(r), 17, s, {text_left, ry + 2}, text_w, pal::kInk);
    ry += heights[i];
  }
  side_scroll_.end(t, layout, ry - 6);
}

void DebriefScreen::draw_chart(Canvas& t, float s, bool timeline) {
  const sf::FloatRect r = chart_region();
  if (!timeline && data_.adult) {
    // Grown-ups: the plane of anxiety and avoidance instead of the infant reunion scales.
    const sf::FloatRect plane{r.left + (r.width - r.height * 1.25f) / 2, r.top, r.height * 1.25f, r.height};
    draw_adult_plane(t, ctx_.fonts.regular, ctx_.fonts.bold, plane, s, *data_.adult, reason_);
    ui::text_block(t, ctx_.fonts.regular, tr("debrief.plane.caption"), 15, s, {50, r.top + r.height + 8}, 1180, pal::kInkSoft);
    return;
  }
  report::ChartOptions o{static_cast<unsigned>(r.width), static_cast<unsigned>(r.height), true, 1.f};
  std::optional<ChartPicture>& chart = timeline ? timeline_chart_ : scales_chart_;
  if (!chart || chart->size() != sf::Vector2u(o.width, o.height))
    chart.emplace(o.width, o.height, ctx_.fonts, [&](report::ChartDrawer& to) {
      if (timeline) report::draw_timeline_chart(to, data_, o);
      else report::draw_scales_chart(to, data_, o);
    });
  t.flush();
  sf::Sprite sprite = chart->sprite();
  sprite.setPosition(r.left, r.top);
  t.draw(sprite);
  t.draw(draw::rounded_rect(r, 6, sf::Color::Transparent, pal::with_alpha(pal::kInk, 120), 1.5f));
  // Under the chart: the chosen moment or the caption, wrapped (at most three lines fit there).
  const float under = r.top + r.height + 8;
  auto caption = [&](const std::string& text, float size, bool bold, sf::Color colour) {
    const sf::Font& f = bold ? ctx_.fonts.bold : ctx_.fonts.regular;
    std::string shown = text;
    while (shown.size() > 20 && ui::wrap(f, shown, size, 1180, s).size() > 3) shown = shown.substr(0, shown.size() * 9 / 10) + "...";
    ui::text_block(t, f, shown, size, s, {timeline && bold ? 52.f : 50.f, under + (bold ? 2.f : 0.f)}, 1180, colour);
  };
  if (timeline && !data_.outcome.reasons.empty()) {
    // The chosen moment as a marker on the timeline.
    const mind::Reason& reason = data_.outcome.reasons[static_cast<std::size_t>(std::clamp(reason_, 0, static_cast<int>(data_.outcome.reasons.size()) - 1))];
    const float x = r.left + report::timeline_x(data_, o, reason.time);
    t.draw(draw::rounded_rect({x - 1.5f, r.top + 40, 3, r.height - 70}, 1.5f, pal::with_alpha(pal::kInk, 200)));
    t.draw(draw::ellipse({x, r.top + 40}, {6, 6}, pal::kBall, pal::kInk, 1.5f));
    std::string label = tr("debrief.timeline.moment", {mind::clock(reason.time), reason.text});
    if (label.size() > 150) label = label.substr(0, 147) + "...";
    caption(label, 16, true, pal::kInk);
  } else if (timeline) {
    caption(tr("debrief.timeline.caption"), 15, false, pal::kInkSoft);
  }
  if (!timeline) caption(tr("debrief.scales.caption"), 15, false, pal::kInkSoft);
}

void DebriefScreen::draw_later(Canvas& t, const Layout& layout) {
  const float s = layout.ui_scale;
  std::vector<Block> blocks;
  blocks.push_back({tr("debrief.later.heading"), data_.adult ? tr(std::string("debrief.prototype.") + mind::to_string(data_.adult->prototype) + ".later")
                                                           : tr("debrief.pattern." + report::pattern_key(data_.outcome.pattern) + ".later")});
  for (const std::string& k : data_.debrief_keys)
    if (k.rfind("pattern.", 0) != 0 && k != "where-to-find-help" && k != "not-an-assessment")
      blocks.push_back({tr("debrief.section." + k + ".title"), tr("debrief.section." + k + ".text")});
  blocks.push_back({tr("debrief.helps.heading"), tr("debrief.helps.text")});
  main_scroll_.set_area({40, body_top(), 1200, body_bottom() - body_top()});
  const float top = main_scroll_.begin(t, layout);
  // At 100 % the blocks fill two columns down to 620 (over the key line's gap, as before).
  const float bottom = top + (scaled_text_size(17) <= 17.f ? 620 - 156 : body_bottom() - body_top());
  main_scroll_.end(t, layout, flow(t, ctx_, s, blocks, top, bottom, 17) - 16);
}

void DebriefScreen::draw_questions(Canvas& t, const Layout& layout) {
  const float s = layout.ui_scale;
  const float bottom = body_bottom();
  // The questions on the left scroll with the page; the references on the right show what fits.
  main_scroll_.set_area({40, body_top(), 610, bottom - body_top()});
  const float top = main_scroll_.begin(t, layout);
  ui::label_fit(t, ctx_.fonts.bold, tr("debrief.questions.heading"), 21, s, {50, top}, 580, pal::kInk);
  float y = top + std::max(36.f, ui::line_step(21, 1.4f));
  const float number_w = std::max(28.f, ui::text_width(ctx_.fonts.bold, "5.", 18, s) + 10);
  for (int i = 1; i <= 5; ++i) {
    ui::label(t, ctx_.fonts.bold, std::to_string(i) + ".", 18, s, {50, y}, pal::kInk);
    y += ui::paragraph(t, ctx_.fonts.regular, tr("debrief.questions." + std::to_string(i)), 18, s, {50 + number_w, y}, 590 - number_w - 22,
                       pal::kInk) +
         10;
  }
  y += 6;
  y += ui::paragraph(t, ctx_.fonts.regular, tr("debrief.figures"), 16, s, {50, y}, 570, pal::kInkSoft);
  main_scroll_.end(t, layout, y);

  side_scroll_.set_area({650, body_top(), 590, bottom - body_top()});
  const float rtop = side_scroll_.begin(t, layout);
  ui::label_fit(t, ctx_.fonts.bold, tr("debrief.references.heading"), 21, s, {660, rtop}, 570, pal::kInk);
  float ry = rtop + std::max(36.f, ui::line_step(21, 1.4f));
  std::vector<report::ReferenceEntry> refs = data_.references;
  if (refs.empty()) refs = report::core_references();
  const float limit = rtop + (bottom - body_top()) - 38; // 590 at 100 %
  const float first = ry;
  for (const report::ReferenceEntry& r : refs) {
    const float h = ui::wrapped_height(ctx_.fonts.regular, r.text, 14, 570, 1.3f, s);
    // At 100 % the references that fit; larger text: all of them, and the column scrolls.
    if (scaled_text_size(14) <= 14.f && ry + h > limit && ry > first) break;
    ry += ui::paragraph(t, ctx_.fonts.regular, r.text, 14, s, {660, ry}, 570, pal::kInk) + 8;
  }
  const float more_y = std::max(ry, rtop + (560 - 156));
  side_scroll_.end(t, layout, more_y + ui::paragraph(t, ctx_.fonts.regular, tr("debrief.references.more"), 14, s, {660, more_y}, 570, pal::kInkSoft));
}

void DebriefScreen::draw_reflect(Canvas& t, const Layout& layout) {
  const float s = layout.ui_scale;
  const float bottom = body_bottom();
  main_scroll_.set_area({40, body_top() - 2, 590, bottom - (body_top() - 2)});
  const float top = main_scroll_.begin(t, layout) + 2;
  // The heading wraps rather than shrinks at larger sizes.
  const float heading_h = ui::text_block(t, ctx_.fonts.bold, tr("debrief.reflect.heading"), 21, s, {50, top - 2}, 560, pal::kInk);
  float y = top - 2 + std::max(32.f, heading_h + 4);
  y += ui::paragraph(t, ctx_.fonts.regular, tr("debrief.reflect.intro"), 16, s, {50, y}, 560, pal::kInkSoft);
  y = std::max(y + 8, top + (250 - 156));
  float chosen_top = y, chosen_bottom = y;
  for (std::size_t i = 0; i < reflection_prompts().size(); ++i) {
    const bool on = static_cast<int>(i) == prompt_;
    const float h = std::max(82.f, ui::wrapped_height(ctx_.fonts.regular, tr(reflection_prompts()[i]), 17, 528, 1.3f, s) + 20);
    const sf::FloatRect r{50, y, 560, h};
    t.draw(draw::rounded_rect(r, 14, on ? pal::kButtonHot : pal::kButton, pal::kInk, on ? 2.f : 1.f));
    ui::paragraph(t, ctx_.fonts.regular, tr(reflection_prompts()[i]), 17, s, {r.left + 16, r.top + 10}, r.width - 32, pal::kInk);
    if (on) chosen_top = y, chosen_bottom = y + h;
    y += h + 8;
  }
  main_scroll_.end(t, layout, y - 8);
  // Keep the chosen prompt in view (takes effect from the next frame; the key includes the offset).
  const float before = main_scroll_.offset();
  main_scroll_.follow(prompt_, chosen_top + main_scroll_.offset() - 4, chosen_bottom + main_scroll_.offset() + 4);
  if (main_scroll_.offset() != before) cache_key_.clear();

  // The note that this is no assessment, at the foot; the answer box above it.
  const std::string note = tr("debrief.reflect.not_assessment");
  const float box_top = body_top() - 2;
  // Larger text: the note takes at most 45 % of the column (its words scroll), the answer box the rest.
  const float note_full = std::max(96.f, ui::wrapped_height(ctx_.fonts.bold, note, 16, 544, 1.3f, s) + 20);
  const float note_h = scaled_text_size(16) > 16.f ? std::min(note_full, std::max(96.f, (bottom - box_top) * 0.45f)) : note_full;
  const sf::FloatRect note_box{650, std::min(524.f, bottom - note_h), 580, note_h};
  const sf::FloatRect box{650, box_top, 580, std::min(356.f, note_box.top - 14 - box_top)};
  draw::panel(t, box, 16, sf::Color(255, 253, 248), pal::kInk, editing_ ? 2.5f : 1.2f, 4);
  const std::string& shown = editing_ ? draft_ : answers_[static_cast<std::size_t>(prompt_)];
  if (shown.empty() && !editing_)
    ui::text_block(t, ctx_.fonts.regular, tr("debrief.reflect.empty"), 17, s, {box.left + 18, box.top + 16}, box.width - 36, pal::kInkSoft);
  else {
    // Paragraphs as typed; while writing, the box follows the newest line.
    std::vector<std::string> paras;
    std::stringstream ss(shown + (editing_ && (static_cast<long>(ctx_.clock * 2) % 2 == 0 || ctx_.still) ? "|" : ""));
    std::string line;
    while (std::getline(ss, line)) paras.push_back(line);
    answer_scroll_.set_area({box.left + 4, box.top + 6, box.width - 8, box.height - 12});
    float yy = answer_scroll_.begin(t, layout) + 10;
    for (const std::string& p : paras)
      yy += (p.empty() ? 20.f * scaled_text_size(17) / 17 : ui::paragraph(t, ctx_.fonts.regular, p, 17, s, {box.left + 18, yy}, box.width - 36, pal::kInk)) + 4;
    answer_scroll_.end(t, layout, yy);
    if (editing_ && answer_scroll_.more_below()) {
      answer_scroll_.scroll_by(1e6f);
      cache_key_.clear();
    }
  }
  draw::panel(t, note_box, 16, sf::Color(248, 226, 214), pal::kInk, 1.2f, 0);
  note_scroll_.set_area({note_box.left + 4, note_box.top + 4, note_box.width - 8, note_box.height - 8});
  const float ny = note_scroll_.begin(t, layout) + 6;
  note_scroll_.end(t, layout, ny + ui::paragraph(t, ctx_.fonts.bold, note, 16, s, {668, ny}, 544, pal::kInk));
}

std::unique_ptr<Screen> debrief_after_play(AppContext& ctx, const sim::Session& s, sim::Recording recording,
                                           std::vector<std::string> changed_choices) {
  recording.final_hash = s.hash();
  std::ostringstream bytes;
  sim::write_recording(bytes, recording);
  storage::remember_last_play(bytes.str());
  auto paths = storage::Paths::from_environment();
  if (auto file = paths ? storage::save_replay(*paths, recording.scenario, bytes.str()) : std::nullopt)
    spdlog::info("replay saved: {}", file->string());
  else
    spdlog::warn("the replay of this play could not be saved");
  auto screen = std::make_unique<DebriefScreen>(ctx, report::from_session(s, std::move(recording)));
  screen->set_changed_choices(std::move(changed_choices));
  return screen;
}

}  // namespace sb::app::debrief
