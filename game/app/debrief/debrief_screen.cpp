#include "app/debrief/debrief_screen.hpp"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdlib>
#include <ctime>
#include <sstream>

#include <spdlog/spdlog.h>

#include "app/canvas.hpp"
#include "app/debrief/charts.hpp"
#include "app/debrief/library_screen.hpp"
#include "app/debrief/moment_screen.hpp"
#include "app/debrief/quiz_screen.hpp"
#include "app/draw_kit.hpp"
#include "app/palette.hpp"
#include "app/play/ui_kit.hpp"
#include "app/report/report.hpp"
#include "app/screen_stack.hpp"
#include "app/storage/atomic_file.hpp"
#include "app/storage/reflections_store.hpp"
#include "app/storage/replays.hpp"
#include "app/text/strings.hpp"
#include "app/title_screen.hpp"
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

std::string fmt1(double v) {
  char b[32];
  std::snprintf(b, sizeof b, "%.1f", v);
  return b;
}

std::string style_label(const std::string& style) {
  const std::string id = "debrief.caregiver." + style;
  const std::string& t = tr(id);
  return t == id ? style : t;
}

sf::Texture texture_of(const sf::Image& img) {
  sf::Texture t;
  t.loadFromImage(img);
  t.setSmooth(true);
  return t;
}

// Blocks of (heading, text) flowed into two columns.
struct Block {
  std::string heading, text;
};
void flow(Canvas& t, const AppContext& ctx, float s, const std::vector<Block>& blocks, float top, float bottom, float size) {
  const float cols[2] = {50, 660}, width = 570;
  int col = 0;
  float y = top;
  for (const Block& b : blocks) {
    // Measure first, so a block never starts in a column it cannot finish in.
    const float need = 30 + static_cast<float>(ui::wrap(ctx.fonts.regular, b.text, size, width).size()) * size * 1.32f + 16;
    if (y + need > bottom && col == 0) {
      col = 1;
      y = top;
    }
    ui::label(t, ctx.fonts.bold, b.heading, size + 3, s, {cols[col], y}, pal::kInk);
    y += 30;
    y += ui::paragraph(t, ctx.fonts.regular, b.text, size, s, {cols[col], y}, width, pal::kInk) + 16;
  }
}

}  // namespace

const std::vector<std::string>& reflection_prompts() {
  static const std::vector<std::string> p{"debrief.reflect.prompt.moment", "debrief.reflect.prompt.familiar",
                                          "debrief.reflect.prompt.comfort", "debrief.reflect.prompt.repair"};
  return p;
}

DebriefScreen::DebriefScreen(AppContext& ctx, DebriefData data, Page first) : ctx_(ctx), data_(std::move(data)), page_(first) {
  answers_.assign(reflection_prompts().size(), {});
  load_reflections();
  spdlog::info("debrief: {} -> {} {} (D {:.1f}, {} reasons)", data_.scenario_id.empty() ? "playroom" : data_.scenario_id,
               pattern_key(data_.outcome.pattern), data_.outcome.subgroup, data_.outcome.disorganization, data_.outcome.reasons.size());
}

sf::FloatRect DebriefScreen::tab_rect(int i) const { return {50.f + static_cast<float>(i) * 197.f, 94, 187, 42}; }
sf::FloatRect DebriefScreen::button_rect(int i) const { return {50.f + static_cast<float>(i) * 300.f, 664, 280, 44}; }

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
  auto screen = MomentScreen::create(ctx_, *data_.recording, r.time, r.text, r.episode, &error);
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
      if (page_ == Page::Reflect) prompt_ = std::max(0, prompt_ - 1);
      else if (n_reasons) reason_ = (reason_ + n_reasons - 1) % n_reasons;
      return;
    case Action::MoveDown:
      if (page_ == Page::Reflect) prompt_ = std::min(static_cast<int>(reflection_prompts().size()) - 1, prompt_ + 1);
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

std::string scenario_key(const DebriefData& d) { return d.scenario_id.empty() ? "playroom" : d.scenario_id; }

void DebriefScreen::load_reflections() {
  auto paths = storage::Paths::from_environment();
  if (!paths) return;
  auto loaded = storage::load_reflections(*paths);
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
  const std::string key = std::to_string(static_cast<int>(page_)) + "|" + std::to_string(reason_) + "|" + std::to_string(prompt_) + "|" +
                          std::to_string(editing_) + std::to_string(blink) + "|" + std::to_string(hot_button_) + "|" + status_ + "|" +
                          std::to_string(size.x) + "x" + std::to_string(size.y) + "|" + draft_;
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
  ui::label(t, ctx_.fonts.bold, title, 32, s, {50, 20}, pal::kInk);
  ui::label(t, ctx_.fonts.regular,
            tr("debrief.caregiver", {style_label(data_.caregiver_style), std::to_string(data_.seed), mind::clock(data_.duration)}), 17, s,
            {52, 62}, pal::kInkSoft);

  for (int i = 0; i < kTabs; ++i) {
    const bool on = static_cast<int>(page_) == i;
    const sf::FloatRect r = tab_rect(i);
    t.draw(draw::rounded_rect(r, 14, on ? pal::kButtonHot : pal::kButton, pal::kInk, on ? 2.5f : 1.5f));
    sf::Text label = draw::text(on ? ctx_.fonts.bold : ctx_.fonts.regular, tr(kTabIds[i]), 18, s, pal::kInk);
    draw::centre_origin(label);
    label.setPosition(r.left + r.width / 2, r.top + r.height / 2);
    t.draw(label);
  }

  switch (page_) {
    case Page::Outcome: draw_outcome(t, s); break;
    case Page::Scales: draw_chart(t, s, false); break;
    case Page::Timeline: draw_chart(t, s, true); break;
    case Page::Later: draw_later(t, s); break;
    case Page::Questions: draw_questions(t, s); break;
    case Page::Reflect: draw_reflect(t, s); break;
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
    ui::label(t, ctx_.fonts.regular, hint, 16, s, {52, chart_page ? 612.f : 632.f}, status_.empty() ? pal::kInkSoft : pal::kInk);
  for (int i = 0; i < 4; ++i) ui::pill(t, ctx_.fonts.bold, button_rect(i), tr(kButtonIds[i]), 19, s, hot_button_ == i);
}

void DebriefScreen::draw_outcome(Canvas& t, float s) {
  const mind::Classification& o = data_.outcome;
  ui::label(t, ctx_.fonts.regular, tr("debrief.looked_like"), 19, s, {50, 156}, pal::kInkSoft);
  const sf::FloatRect nr = pattern_name_region();
  ui::label(t, ctx_.fonts.bold, tr("debrief.pattern." + pattern_key(o.pattern) + ".name"), 42, s, {nr.left, nr.top},
            chart_colours::pattern(o.pattern));
  float y = 240;
  const std::string sg_id = o.subgroup.empty() ? "debrief.subgroup.none" : "debrief.subgroup." + o.subgroup;
  y += ui::paragraph(t, ctx_.fonts.bold, tr(sg_id), 18, s, {50, y}, 590, pal::kInk) + 4;
  std::string d = tr("debrief.disorganization", {fmt1(o.disorganization)});
  if (o.best_fit) d += "  ·  " + tr("debrief.best_fit", {tr("debrief.pattern." + pattern_key(*o.best_fit) + ".short")});
  y += ui::paragraph(t, ctx_.fonts.regular, d, 18, s, {50, y}, 590, pal::kInk) + 12;
  y += ui::paragraph(t, ctx_.fonts.regular, tr("debrief.pattern." + pattern_key(o.pattern) + ".meaning"), 18, s, {50, y}, 590, pal::kInk) + 14;
  // The scenario's own ending, when there is room for it.
  if (!data_.ending_title.empty()) {
    const float need = 26 + static_cast<float>(ui::wrap(ctx_.fonts.regular, data_.epilogue, 16, 590).size()) * 16 * 1.3f;
    if (y + need < 576) {
      ui::label(t, ctx_.fonts.bold, data_.ending_title, 17, s, {50, y}, pal::kInkSoft);
      y += 24;
      y += ui::paragraph(t, ctx_.fonts.regular, data_.epilogue, 16, s, {50, y}, 590, pal::kInkSoft) + 8;
    }
  }
  ui::paragraph(t, ctx_.fonts.regular, tr("debrief.illustration"), 16, s, {50, std::max(y, 588.f)}, 590, pal::kInkSoft);

  // The reasons, each a moment with its time.
  const sf::FloatRect panel = reasons_panel();
  draw::panel(t, panel, 18, pal::kButton, pal::kInk, 1.5f, 5);
  ui::label(t, ctx_.fonts.bold, tr("debrief.reasons"), 19, s, {panel.left + 20, panel.top + 14}, pal::kInk);
  if (o.reasons.empty()) {
    ui::paragraph(t, ctx_.fonts.regular, tr("debrief.reasons.none"), 17, s, {panel.left + 20, panel.top + 54}, panel.width - 40, pal::kInkSoft);
    return;
  }
  // Heights first, then a window of rows that keeps the chosen one visible.
  std::vector<float> heights;
  for (const mind::Reason& r : o.reasons)
    heights.push_back(std::max(static_cast<float>(ui::wrap(ctx_.fonts.regular, r.text, 17, panel.width - 130).size()) * 17 * 1.3f, 48.f) +
                      16);
  const float room = panel.height - 64;
  std::size_t first = 0;
  auto fits = [&](std::size_t from, std::size_t to) {
    float h = 0;
    for (std::size_t i = from; i <= to; ++i) h += heights[i];
    return h <= room;
  };
  while (first < static_cast<std::size_t>(reason_) && !fits(first, static_cast<std::size_t>(reason_))) ++first;
  float ry = panel.top + 52;
  for (std::size_t i = first; i < o.reasons.size(); ++i) {
    if (ry + heights[i] > panel.top + panel.height - 8) break;
    const mind::Reason& r = o.reasons[i];
    const bool on = static_cast<int>(i) == reason_;
    if (on) t.draw(draw::rounded_rect({panel.left + 8, ry - 4, panel.width - 16, heights[i]}, 12, pal::kButtonHot));
    t.draw(draw::rounded_rect({panel.left + 18, ry, 86, 28}, 14, pal::kInk));
    sf::Text time = draw::text(ctx_.fonts.bold, mind::clock(r.time), 16, s, pal::kPaper);
    draw::centre_origin(time);
    time.setPosition(panel.left + 61, ry + 14);
    t.draw(time);
    ui::label(t, ctx_.fonts.regular, tr("debrief.chart.episode", {std::to_string(mind::episode_number(r.episode))}), 14, s,
              {panel.left + 24, ry + 32}, pal::kInkSoft);
    ui::paragraph(t, ctx_.fonts.regular, r.text, 17, s, {panel.left + 116, ry + 2}, panel.width - 130, pal::kInk);
    ry += heights[i];
  }
}

void DebriefScreen::draw_chart(Canvas& t, float s, bool timeline) {
  const sf::FloatRect r = chart_region();
  ChartOptions o{static_cast<unsigned>(r.width), static_cast<unsigned>(r.height), true, 1.f};
  std::optional<sf::Texture>& tex = timeline ? timeline_tex_ : scales_tex_;
  if (!tex) tex = texture_of(timeline ? timeline_chart(data_, o) : scales_chart(data_, o));
  t.flush();
  sf::Sprite sprite(*tex);
  sprite.setPosition(r.left, r.top);
  t.draw(sprite);
  t.draw(draw::rounded_rect(r, 6, sf::Color::Transparent, pal::with_alpha(pal::kInk, 120), 1.5f));
  if (timeline && !data_.outcome.reasons.empty()) {
    // The chosen moment as a marker on the timeline.
    const mind::Reason& reason = data_.outcome.reasons[static_cast<std::size_t>(std::clamp(reason_, 0, static_cast<int>(data_.outcome.reasons.size()) - 1))];
    const float x = r.left + timeline_x(data_, o, reason.time);
    t.draw(draw::rounded_rect({x - 1.5f, r.top + 40, 3, r.height - 70}, 1.5f, pal::with_alpha(pal::kInk, 200)));
    t.draw(draw::ellipse({x, r.top + 40}, {6, 6}, pal::kBall, pal::kInk, 1.5f));
    std::string label = tr("debrief.timeline.moment", {mind::clock(reason.time), reason.text});
    if (label.size() > 150) label = label.substr(0, 147) + "...";
    ui::label(t, ctx_.fonts.bold, label, 16, s, {52, r.top + r.height + 10}, pal::kInk);
  } else if (timeline) {
    ui::paragraph(t, ctx_.fonts.regular, tr("debrief.timeline.caption"), 15, s, {50, r.top + r.height + 8}, 1180, pal::kInkSoft);
  }
  if (!timeline) ui::paragraph(t, ctx_.fonts.regular, tr("debrief.scales.caption"), 15, s, {50, r.top + r.height + 8}, 1180, pal::kInkSoft);
}

void DebriefScreen::draw_later(Canvas& t, float s) {
  std::vector<Block> blocks;
  blocks.push_back({tr("debrief.later.heading"), tr("debrief.pattern." + pattern_key(data_.outcome.pattern) + ".later")});
  for (const std::string& k : data_.debrief_keys)
    if (k.rfind("pattern.", 0) != 0 && k != "where-to-find-help" && k != "not-an-assessment")
      blocks.push_back({tr("debrief.section." + k + ".title"), tr("debrief.section." + k + ".text")});
  blocks.push_back({tr("debrief.helps.heading"), tr("debrief.helps.text")});
  flow(t, ctx_, s, blocks, 156, 620, 17);
}

void DebriefScreen::draw_questions(Canvas& t, float s) {
  ui::label(t, ctx_.fonts.bold, tr("debrief.questions.heading"), 21, s, {50, 156}, pal::kInk);
  float y = 192;
  for (int i = 1; i <= 5; ++i) {
    ui::label(t, ctx_.fonts.bold, std::to_string(i) + ".", 18, s, {50, y}, pal::kInk);
    y += ui::paragraph(t, ctx_.fonts.regular, tr("debrief.questions." + std::to_string(i)), 18, s, {78, y}, 540, pal::kInk) + 10;
  }
  y += 6;
  ui::paragraph(t, ctx_.fonts.regular, tr("debrief.figures"), 16, s, {50, y}, 570, pal::kInkSoft);
  ui::label(t, ctx_.fonts.bold, tr("debrief.references.heading"), 21, s, {660, 156}, pal::kInk);
  float ry = 192;
  std::vector<ReferenceEntry> refs = data_.references;
  if (refs.empty()) refs = report::core_references();
  for (const ReferenceEntry& r : refs) {
    const float h = static_cast<float>(ui::wrap(ctx_.fonts.regular, r.text, 14, 570).size()) * 14 * 1.3f;
    if (ry + h > 590) break;
    ry += ui::paragraph(t, ctx_.fonts.regular, r.text, 14, s, {660, ry}, 570, pal::kInk) + 8;
  }
  ui::paragraph(t, ctx_.fonts.regular, tr("debrief.references.more"), 14, s, {660, std::max(ry, 560.f)}, 570, pal::kInkSoft);
}

void DebriefScreen::draw_reflect(Canvas& t, float s) {
  ui::label(t, ctx_.fonts.bold, tr("debrief.reflect.heading"), 21, s, {50, 154}, pal::kInk);
  ui::paragraph(t, ctx_.fonts.regular, tr("debrief.reflect.intro"), 16, s, {50, 186}, 560, pal::kInkSoft);
  float y = 250;
  for (std::size_t i = 0; i < reflection_prompts().size(); ++i) {
    const bool on = static_cast<int>(i) == prompt_;
    const sf::FloatRect r{50, y, 560, 82};
    t.draw(draw::rounded_rect(r, 14, on ? pal::kButtonHot : pal::kButton, pal::kInk, on ? 2.f : 1.f));
    ui::paragraph(t, ctx_.fonts.regular, tr(reflection_prompts()[i]), 17, s, {r.left + 16, r.top + 10}, r.width - 32, pal::kInk);
    y += 90;
  }
  // The answer box on the right.
  const sf::FloatRect box{650, 154, 580, 356};
  draw::panel(t, box, 16, sf::Color(255, 253, 248), pal::kInk, editing_ ? 2.5f : 1.2f, 4);
  const std::string& shown = editing_ ? draft_ : answers_[static_cast<std::size_t>(prompt_)];
  if (shown.empty() && !editing_)
    ui::label(t, ctx_.fonts.regular, tr("debrief.reflect.empty"), 17, s, {box.left + 18, box.top + 16}, pal::kInkSoft);
  else {
    // Paragraphs as typed, the last lines when it grows long.
    std::vector<std::string> paras;
    std::stringstream ss(shown + (editing_ && (static_cast<long>(ctx_.clock * 2) % 2 == 0 || ctx_.still) ? "|" : ""));
    std::string line;
    while (std::getline(ss, line)) paras.push_back(line);
    float yy = box.top + 16;
    for (const std::string& p : paras) yy += (p.empty() ? 20.f : ui::paragraph(t, ctx_.fonts.regular, p, 17, s, {box.left + 18, yy}, box.width - 36, pal::kInk)) + 4;
  }
  draw::panel(t, {650, 524, 580, 96}, 16, sf::Color(248, 226, 214), pal::kInk, 1.2f, 0);
  ui::paragraph(t, ctx_.fonts.bold, tr("debrief.reflect.not_assessment"), 16, s, {668, 534}, 544, pal::kInk);
}

std::optional<std::string> save_replay(const sim::Recording& r) {
  auto paths = storage::Paths::from_environment();
  if (!paths) return std::nullopt;
  storage::Problem problem;
  auto dir = storage::ensure_replays_dir(*paths, &problem);
  if (!dir) return std::nullopt;
  const auto now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  char stamp[32];
  std::strftime(stamp, sizeof stamp, "%Y%m%d-%H%M%S", std::gmtime(&now));
  std::string base = r.scenario.empty() ? "playroom" : std::filesystem::path(r.scenario).stem().string();
  std::filesystem::path file = *dir / (base + "-" + stamp + ".sbreplay");
  std::error_code ec;
  for (int n = 2; std::filesystem::exists(file, ec); ++n) file = *dir / (base + "-" + stamp + "-" + std::to_string(n) + ".sbreplay");
  std::ostringstream out;
  sim::write_recording(out, r);
  if (storage::atomic_write_file(file, out.str())) return std::nullopt;
  spdlog::info("replay saved: {}", file.string());
  return file.string();
}

namespace {
// The last finished play of this run, so the title can reopen its debrief at once.
std::optional<DebriefData>& last_debrief() {
  static std::optional<DebriefData> d;
  return d;
}
}  // namespace

std::unique_ptr<Screen> debrief_after_play(AppContext& ctx, const sim::Session& s, sim::Recording recording) {
  recording.final_hash = s.hash();
  if (!save_replay(recording)) spdlog::warn("the replay of this play could not be saved");
  DebriefData d = from_session(s, std::move(recording));
  last_debrief() = d;
  return std::make_unique<DebriefScreen>(ctx, std::move(d));
}

std::unique_ptr<Screen> debrief_of_last_play(AppContext& ctx, std::string* why) {
  auto over = [](std::unique_ptr<DebriefScreen> d) {
    d->set_back_pops(true); // the title opened it over itself
    return d;
  };
  if (last_debrief()) return over(std::make_unique<DebriefScreen>(ctx, *last_debrief()));
  auto paths = storage::Paths::from_environment();
  if (!paths) {
    if (why) *why = "no home folder";
    return nullptr;
  }
  for (const storage::ReplayFile& f : storage::list_replays(*paths)) {
    auto read = storage::read_whole_file(f.path);
    if (read.status != storage::ReadResult::Status::Ok) continue;
    std::istringstream in(read.bytes);
    std::string error;
    auto rec = sim::read_recording(in, &error);
    if (!rec) continue;
    auto result = sim::replay_headless(*rec, &error);
    if (!result.session) continue;
    DebriefData d = from_session(*result.session, *rec);
    last_debrief() = d;
    return over(std::make_unique<DebriefScreen>(ctx, std::move(d)));
  }
  if (why) *why = tr("title.no_last_play");
  return nullptr;
}

}  // namespace sb::app::debrief
