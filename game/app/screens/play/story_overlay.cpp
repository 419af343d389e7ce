#include "app/screens/play/story_overlay.hpp"

#include "app/screens/play/adult_prompts.hpp"

#include <algorithm>
#include <cmath>

#include "app/art/draw_kit.hpp"
#include "app/render/layout.hpp"
#include "app/art/palette.hpp"
#include "app/ui/ui_kit.hpp"
#include "app/render/comfort.hpp"
#include "text/strings.hpp"

namespace sb::app {
namespace pal = palette;

namespace {

// play_ui::paragraph, but only the first `visible` letters of the whole text: the
// rows are wrapped for the whole line first. A space the wrap dropped at a row's
// end counts as one letter.
// Rows before `first` are counted but not drawn (a long line at large text shows its newest rows).
void paragraph_upto(Canvas& t, const sf::Font& font, const std::vector<sf::String>& rows, std::size_t visible, std::size_t first,
                    std::size_t max_rows, float size, float s, sf::Vector2f top_left, sf::Color color, float line_gap) {
  float y = top_left.y;
  std::size_t left = visible;
  for (std::size_t i = 0; i < rows.size() && i < first + max_rows; ++i) {
    if (left == 0) break;
    const sf::String& row = rows[i];
    const sf::String part = row.substring(0, std::min<std::size_t>(left, row.getSize()));
    left -= part.getSize();
    if (left > 0) --left; // the space (or line break) between rows
    if (i < first) continue;
    const auto bytes = part.toUtf8();
    sf::Text txt = draw::text(font, std::string(bytes.begin(), bytes.end()), size, s, color);
    txt.setPosition(top_left.x, y);
    t.draw(txt);
    y += play_ui::line_step(size, line_gap);
  }
}

// The row holding the last visible letter (as paragraph_upto counts them).
std::size_t last_shown_row(const std::vector<sf::String>& rows, std::size_t visible) {
  std::size_t left = visible;
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const std::size_t n = rows[i].getSize() + 1;
    if (left <= n) return i;
    left -= n;
  }
  return rows.empty() ? 0 : rows.size() - 1;
}

// The dialogue box at the bottom (where it usually sits) and at the top (under the corner labels).
const sf::FloatRect kBoxBottom{150, 506, 980, 150};
constexpr float kBoxTopY = 74;
// The choice column: on the right (usually), or on the left.
constexpr float kColumnRight = 696, kColumnLeft = 20, kColumnWidth = 564;

// Where the dialogue box was drawn last: at 100 % text always the same; larger
// text makes it taller, growing upwards (downwards at the top), and the choices move with it.
sf::FloatRect g_dialogue = kBoxBottom;

float overlap(const sf::FloatRect& a, const std::vector<sf::FloatRect>& all) {
  float area = 0;
  sf::FloatRect i;
  for (const sf::FloatRect& b : all)
    if (a.intersects(b, i)) area += i.width * i.height;
  return area;
}

}  // namespace

sf::FloatRect dialogue_rect() { return g_dialogue; }

StoryPlace story_place(const std::vector<sf::FloatRect>& keep, float column_height) {
  StoryPlace p;
  const sf::FloatRect top{kBoxBottom.left, kBoxTopY, kBoxBottom.width, kBoxBottom.height};
  const float at_bottom = overlap(kBoxBottom, keep);
  p.box_at_top = at_bottom > 0 && overlap(top, keep) < at_bottom;
  if (column_height > 0) {
    // The column rests on the box (or hangs under it at the top), or sits at the far edge,
    // on either side: the first place that covers nobody, else the one covering least,
    // the child (first in `keep`) counting three times.
    const sf::FloatRect box = p.box_at_top ? top : kBoxBottom;
    const float lo = p.box_at_top ? box.top + box.height + 24 : 70, hi = p.box_at_top ? kCanvasHeight - 14 : box.top - 24;
    const float h = std::min(column_height, hi - lo);
    float best = -1;
    for (int k = 0; k < 4; ++k) {
      const bool left = k >= 2, far = k % 2 == 1;
      const float y0 = (far != p.box_at_top) ? lo : hi - h;
      const sf::FloatRect column{left ? kColumnLeft : kColumnRight, y0, kColumnWidth, h};
      float cost = overlap(column, keep);
      if (!keep.empty()) cost += 2 * overlap(column, {keep.front()});
      if (best < 0 || cost < best) best = cost, p.choices_left = left, p.choices_far = far;
      if (cost == 0) break;
    }
  }
  return p;
}

void draw_dialogue(Canvas& t, const Fonts& fonts, float s, const std::string& speaker, const std::string& text,
                   std::size_t visible, const std::string& cue, bool at_top, float right_limit) {
  sf::FloatRect box = kBoxBottom;
  if (at_top) box.top = kBoxTopY;
  if (right_limit > 0 && box.left + box.width > right_limit - 12) box.width = right_limit - 12 - box.left;
  const bool narration = speaker.empty();
  const bool large = scaled_text_size(22) > 22.f;
  const auto rows = play_ui::wrap(fonts.regular, text, 22, box.width - 64, s);
  const float step = play_ui::line_step(22, 1.35f);
  const float head = narration ? 22.f : 30.f + (scaled_text_size(21) - 21) / 2;
  const float cue_h = large && !cue.empty() ? play_ui::line_step(15, 1.3f) : 0.f;
  if (large) { // as tall as the line needs, up to the corner labels
    if (at_top) { // growing down, leaving room for one row of choices below
      box.height = std::clamp(head + static_cast<float>(rows.size()) * step + cue_h + 14, 150.f, kCanvasHeight - 120 - box.top);
    } else {
      const float h = std::clamp(head + static_cast<float>(rows.size()) * step + cue_h + 14, 150.f, box.top + box.height - 120);
      box.top = box.top + box.height - h;
      box.height = h;
    }
  }
  g_dialogue = box;
  draw::panel(t, box, 20, narration ? sf::Color(246, 236, 216, 245) : sf::Color(255, 251, 242, 248), pal::kInk, 2.5f, 6.f);
  float top = box.top + 22;
  if (!narration) {
    const float w = std::min(play_ui::text_width(fonts.bold, speaker, 21, s), box.width - 100);
    const float tab_h = std::max(40.f, scaled_text_size(21) + 18);
    const sf::FloatRect tab{box.left + 26, box.top - tab_h / 2, w + 36, tab_h};
    draw::panel(t, tab, 16, pal::kButtonHot, pal::kInk, 2.f, 3.f);
    play_ui::label_fit(t, fonts.bold, speaker, 21, s, {tab.left + 18, tab.top + (large ? (tab_h - scaled_text_size(21) * 1.3f) / 2 : 7.f)}, w,
                       pal::kInk);
    top = box.top + head;
  }
  // Rows that do not fit (a long line at the largest size): the newest ones show, as the line appears.
  const std::size_t max_rows =
      large ? static_cast<std::size_t>(std::max(1.f, std::floor((box.height - (top - box.top) - cue_h - 8) / step))) : rows.size();
  const std::size_t shown_to = last_shown_row(rows, std::min(visible, static_cast<std::size_t>(1) << 30));
  const std::size_t first = shown_to + 1 > max_rows ? shown_to + 1 - max_rows : 0;
  paragraph_upto(t, fonts.regular, rows, visible, first, max_rows, 22, s, {box.left + 32, top}, narration ? pal::kInkSoft : pal::kInk, 1.35f);
  if (!cue.empty()) {
    const float w = std::min(play_ui::text_width(fonts.regular, cue, 15, s), box.width - 60);
    play_ui::label_fit(t, fonts.regular, cue, 15, s,
                       {box.left + box.width - w - 26, large ? box.top + box.height - cue_h - 6 : box.top + box.height - 28}, w, pal::kInkSoft);
  }
}

void draw_episode_card(Canvas& t, const Fonts& fonts, float s, const std::string& title, float shown) {
  if (shown <= 0.01f) return;
  const auto a = [&](int v) { return static_cast<sf::Uint8>(std::clamp(v * shown, 0.f, 255.f)); };
  const float w = std::min(kCanvasWidth - 40, std::max(420.f, play_ui::text_width(fonts.bold, title, 30, s) + 110));
  const sf::FloatRect card{kCanvasWidth / 2 - w / 2, 34 - 12 * (1 - shown), w, std::max(70.f, scaled_text_size(30) + 26)};
  draw::panel(t, card, 30, sf::Color(255, 250, 240, a(240)), sf::Color(78, 60, 54, a(255)), 2.5f, 6.f * shown);
  draw::heart(t, {card.left + 38, card.top + 36}, 9, pal::with_alpha(pal::kBall, a(255)));
  draw::heart(t, {card.left + card.width - 38, card.top + 36}, 9, pal::with_alpha(pal::kBall, a(255)));
  sf::Text txt = draw::text(fonts.bold, title, 30, s, pal::with_alpha(pal::kInk, a(255)));
  play_ui::fit_width(txt, card.width - 110);
  draw::centre_origin(txt);
  txt.setPosition(card.left + card.width / 2, card.top + card.height / 2);
  t.draw(txt);
}

void ChoiceMenu::set(std::vector<std::string> options) {
  if (options != options_) selected_ = 0;
  options_ = std::move(options);
}

sf::FloatRect ChoiceMenu::option_rect(int i) const {
  // A column on the right, above the dialogue box: the child (centred by the camera) stays in view.
  // Larger text: a wider column, each option as tall as its words; when they cannot all fit
  // above the dialogue, the column scrolls to keep the highlighted one in view.
  // With the box at the top (it would have covered the child), the column hangs under it instead.
  const bool large = scaled_text_size(18) > 18.f;
  const float gap = 10, left = large ? (left_ ? kColumnLeft : 300.f) : (left_ ? kColumnLeft : kColumnRight), width = large ? 960.f : kColumnWidth;
  auto h = [&](int k) { return k < static_cast<int>(heights_.size()) ? heights_[static_cast<std::size_t>(k)] : 62.f; };
  float total = -gap;
  for (int k = 0; k < static_cast<int>(options_.size()); ++k) total += h(k) + gap;
  const bool under = box_.top < kCanvasHeight / 2;
  const float bottom = under ? kCanvasHeight - 14 : box_.top - 24, room_top = under ? box_.top + box_.height + 24 : 70;
  // Resting on the box, or (far_) at the opposite edge.
  float top = (under != far_) ? room_top : bottom - total;
  if (total > bottom - room_top) { // too tall: the highlighted option decides which part shows
    float sel_top = 0;
    for (int k = 0; k < selected_; ++k) sel_top += h(k) + gap;
    top = std::clamp(room_top - sel_top + (bottom - room_top - h(selected_)) / 2, bottom - total, room_top);
  }
  float y = top;
  for (int k = 0; k < i; ++k) y += h(k) + gap;
  return {left, y, width, h(i)};
}

float ChoiceMenu::column_height() const {
  float total = 0;
  for (int k = 0; k < static_cast<int>(options_.size()); ++k)
    total += (k < static_cast<int>(heights_.size()) ? heights_[static_cast<std::size_t>(k)] : 62.f) + (k ? 10.f : 0.f);
  return total;
}

bool ChoiceMenu::shown(int i) const {
  const sf::FloatRect r = option_rect(i);
  const bool under = box_.top < kCanvasHeight / 2;
  return under ? r.top >= box_.top + box_.height + 23 && r.top + r.height <= kCanvasHeight - 13
               : r.top >= 69 && r.top + r.height <= box_.top - 23;
}

std::optional<int> ChoiceMenu::on_action(Action a) {
  const int n = static_cast<int>(options_.size());
  if (n == 0) return std::nullopt;
  switch (a) {
    case Action::MoveUp: selected_ = (selected_ + n - 1) % n; return std::nullopt;
    case Action::MoveDown: selected_ = (selected_ + 1) % n; return std::nullopt;
    case Action::Confirm: return selected_;
    case Action::Choice1: case Action::Choice2: case Action::Choice3: case Action::Choice4: {
      const int i = static_cast<int>(a) - static_cast<int>(Action::Choice1);
      if (i < n) return i;
      return std::nullopt;
    }
    default: return std::nullopt;
  }
}

std::optional<int> ChoiceMenu::on_pointer(sf::Vector2f p, bool pressed) {
  for (int i = 0; i < static_cast<int>(options_.size()); ++i)
    if (shown(i) && option_rect(i).contains(p)) {
      selected_ = i;
      if (pressed) return i;
    }
  return std::nullopt;
}

void ChoiceMenu::draw(Canvas& t, const Fonts& fonts, float s) const {
  // Each option's rows first: larger text allows three (then an ellipsis), and the option grows to hold them.
  const bool large = scaled_text_size(18) > 18.f;
  const float text_left = large ? 24 + 2 * std::max(17.f, scaled_text_size(20) * 0.8f) + 14 : 62.f;
  const float line_h = large ? play_ui::line_step(18, 1.22f) : 22.f;
  std::vector<std::vector<sf::String>> all_lines;
  heights_.clear();
  for (int i = 0; i < static_cast<int>(options_.size()); ++i) {
    auto lines = play_ui::wrap(fonts.regular, options_[static_cast<std::size_t>(i)], 18, (large ? 960.f : 564.f) - text_left - 22, s);
    const std::size_t most = large ? 3 : 2;
    if (lines.size() > most) {
      lines.resize(most);
      lines[most - 1] += sf::String(L"\u2026");
    }
    heights_.push_back(large ? std::max(62.f, line_h * static_cast<float>(lines.size()) + 18) : 62.f);
    all_lines.push_back(std::move(lines));
  }
  const bool cut_above = !options_.empty() && !shown(0), cut_below = !options_.empty() && !shown(static_cast<int>(options_.size()) - 1);
  for (int i = 0; i < static_cast<int>(options_.size()); ++i) {
    if (!shown(i)) continue;
    sf::FloatRect r = option_rect(i);
    const bool hot = i == selected_;
    if (hot) r.top -= 2;
    draw::panel(t, r, 22, hot ? pal::kButtonHot : pal::kButton, pal::kInk, hot ? 3.f : 2.f, hot ? 6.f : 4.f);
    // The number to press, in a little round badge.
    const float badge = large ? std::max(17.f, scaled_text_size(20) * 0.8f) : 17.f;
    t.draw(draw::ellipse({r.left + 15 + badge, r.top + r.height / 2}, {badge, badge}, hot ? pal::kBall : pal::kPaperDeep, pal::kInk, 2.f));
    sf::Text n = draw::text(fonts.bold, std::to_string(i + 1), 20, s, hot ? pal::kButton : pal::kInk);
    draw::centre_origin(n);
    n.setPosition(r.left + 15 + badge, r.top + r.height / 2);
    t.draw(n);
    // Up to two lines of 18 px (three at larger sizes), centred in the button; longer text ends with an ellipsis.
    const auto& lines = all_lines[static_cast<std::size_t>(i)];
    float y = r.top + r.height / 2 - line_h * static_cast<float>(lines.size()) / 2 - 3;
    for (const sf::String& l : lines) {
      const auto b = l.toUtf8();
      sf::Text txt = draw::text(fonts.regular, std::string(b.begin(), b.end()), 18, s, pal::kInk);
      txt.setPosition(r.left + text_left, y);
      y += line_h;
      t.draw(txt);
    }
  }
  // More options above or below the ones in view (large text): small triangles at the column's edge.
  auto triangle = [&](float y, bool up) {
    sf::ConvexShape tri(3);
    const float x = option_rect(0).left + option_rect(0).width - 24;
    tri.setPoint(0, {x - 10, up ? y + 8 : y - 8});
    tri.setPoint(1, {x + 10, up ? y + 8 : y - 8});
    tri.setPoint(2, {x, up ? y - 8 : y + 8});
    tri.setFillColor(pal::kInk);
    t.draw(tri);
  };
  const bool under = box_.top < kCanvasHeight / 2;
  if (cut_above) triangle(under ? box_.top + box_.height + 12 : 56, true);
  if (cut_below) triangle(under ? kCanvasHeight - 6 : box_.top - 12, false);
}

std::vector<Prompt> prompts_for(const PromptContext& c) {
  std::vector<Prompt> out;
  if (c.autoplay) return out;
  auto add = [&](Action a, const char* key, const char* id) { out.push_back({a, key, tr(c.adult ? adult_prompt_id(id) : id)}); };
  if (c.near_toy) {
    add(Action::Interact, "E", "play.act.play");
    if (c.caregiver_present) add(Action::ShowToy, "G", "play.act.show");
  }
  if (c.near_caregiver && c.caregiver_present) {
    add(Action::ReachUp, "R", "play.act.reach");
    add(Action::Cling, "F", "play.act.cling");
    add(Action::PushAway, "X", "play.act.push");
  }
  add(Action::Signal, "Q", "play.act.call");
  add(Action::Cry, "C", "play.act.cry");
  add(Action::TurnAway, "T", "play.act.turn");
  add(Action::HideFeelings, "H", "play.act.hide");
  add(Action::Freeze, "Z", "play.act.freeze");
  return out;
}

std::vector<sf::FloatRect> draw_prompts(Canvas& t, const Fonts& fonts, float s, const std::vector<Prompt>& prompts) {
  std::vector<sf::FloatRect> rects;
  const float size = 16, gap = 8;
  const bool large = scaled_text_size(size) > size;
  const float h = large ? scaled_text_size(size) + 14 : 32.f, key_w = large ? scaled_text_size(15) + 12 : 26.f;
  std::vector<float> widths;
  for (const Prompt& p : prompts) widths.push_back(key_w + 12 + play_ui::text_width(fonts.regular, p.label, size, s) + 16);
  // Rows of pills that fit the width, the last row at the bottom (one row at 100 %).
  std::vector<std::pair<std::size_t, std::size_t>> rows; // [first, end)
  for (std::size_t i = 0; i < prompts.size();) {
    std::size_t j = i;
    float w = 0;
    while (j < prompts.size() && (j == i || w + gap + widths[j] <= kCanvasWidth - 40)) {
      w += (j == i ? 0 : gap) + widths[j];
      ++j;
    }
    rows.push_back({i, j});
    i = j;
  }
  for (std::size_t row = 0; row < rows.size(); ++row) {
    float total = -gap;
    for (std::size_t i = rows[row].first; i < rows[row].second; ++i) total += widths[i] + gap;
    float x = kCanvasWidth / 2 - total / 2;
    const float y = kCanvasHeight - h - 10 - static_cast<float>(rows.size() - 1 - row) * (h + 6);
    for (std::size_t i = rows[row].first; i < rows[row].second; ++i) {
      const sf::FloatRect r{x, y, widths[i], h};
      t.draw(draw::rounded_rect(r, h / 2, pal::with_alpha(pal::kPaper, 225), pal::with_alpha(pal::kInk, 200), 1.5f));
      t.draw(draw::rounded_rect({r.left + 5, r.top + 4, key_w, h - 8}, 8, pal::kButtonHot, pal::kInk, 1.5f));
      sf::Text k = draw::text(fonts.bold, prompts[i].key, 15, s, pal::kInk);
      draw::centre_origin(k);
      k.setPosition(r.left + 5 + key_w / 2, r.top + h / 2);
      t.draw(k);
      play_ui::label(t, fonts.regular, prompts[i].label, size, s, {r.left + key_w + 12, r.top + (large ? 5.f : 6.f)}, pal::kInk);
      rects.push_back(r);
      x += widths[i] + gap;
    }
  }
  return rects;
}

void draw_heartbeat(Canvas& t, const Fonts& fonts, float s, sf::Vector2f at, double arousal, double phase, bool reduced,
                    const std::string& caption) {
  const float a = static_cast<float>(std::clamp(arousal, 0.0, 1.0));
  const float beat = reduced ? 0.f : static_cast<float>(std::exp(-phase * 7.0));
  const float size = 10 + 8 * a + 3 * beat * (0.5f + a);
  const bool large = scaled_text_size(12) > 12.f;
  const sf::FloatRect bubble{at.x - 8, at.y - 30,
                             large ? std::max(112.f, 52 + play_ui::text_width(fonts.regular, caption, 12, s) + 12) : 112.f,
                             large ? std::max(60.f, 40 + scaled_text_size(12) * 1.3f + 4) : 60.f};
  draw::panel(t, bubble, 16, sf::Color(255, 250, 240, 230), pal::kInk, 2.f, 3.f);
  const sf::Color red = pal::mix(sf::Color(236, 150, 140), sf::Color(214, 52, 60), a);
  draw::heart(t, {bubble.left + 28, bubble.top + 30}, size * 0.9f, red);
  // A small trace: taller and closer spikes as the heart races.
  sf::VertexArray trace(sf::LineStrip);
  const int spikes = 1 + static_cast<int>(a * 3);
  for (int i = 0; i <= 40; ++i) {
    const float x = bubble.left + 52 + i * 1.2f;
    const float u = std::fmod(i / 40.f * spikes, 1.f);
    const float y = bubble.top + 32 - (u > 0.4f && u < 0.5f ? (8 + 14 * a) * std::sin((u - 0.4f) * 31.4f) : 0);
    trace.append(sf::Vertex({x, y}, pal::kInk));
  }
  t.draw(trace);
  sf::Text c = draw::text(fonts.regular, caption, 12, s, pal::kInkSoft);
  c.setPosition(bubble.left + 52, bubble.top + 40);
  t.draw(c);
}

}  // namespace sb::app
