#include "app/play/story_overlay.hpp"

#include <algorithm>
#include <cmath>

#include "app/draw_kit.hpp"
#include "app/layout.hpp"
#include "app/palette.hpp"
#include "app/play/ui_kit.hpp"
#include "app/text/strings.hpp"

namespace sb::app {
namespace pal = palette;

namespace {

// play_ui::paragraph, but only the first `visible` letters of the whole text: the
// rows are wrapped for the whole line first. A space the wrap dropped at a row's
// end counts as one letter.
void paragraph_upto(Canvas& t, const sf::Font& font, const std::string& utf8, std::size_t visible, float size, float s,
                    sf::Vector2f top_left, float width, sf::Color color, float line_gap) {
  float y = top_left.y;
  std::size_t left = visible;
  for (const sf::String& row : play_ui::wrap(font, utf8, size, width)) {
    if (left == 0) break;
    const sf::String part = row.substring(0, std::min<std::size_t>(left, row.getSize()));
    left -= part.getSize();
    if (left > 0) --left; // the space (or line break) between rows
    const auto bytes = part.toUtf8();
    sf::Text txt = draw::text(font, std::string(bytes.begin(), bytes.end()), size, s, color);
    txt.setPosition(top_left.x, y);
    t.draw(txt);
    y += size * line_gap;
  }
}

}  // namespace

sf::FloatRect dialogue_rect() { return {150, 506, 980, 150}; }

void draw_dialogue(Canvas& t, const Fonts& fonts, float s, const std::string& speaker, const std::string& text,
                   std::size_t visible, const std::string& cue) {
  const sf::FloatRect box = dialogue_rect();
  const bool narration = speaker.empty();
  draw::panel(t, box, 20, narration ? sf::Color(246, 236, 216, 245) : sf::Color(255, 251, 242, 248), pal::kInk, 2.5f, 6.f);
  float top = box.top + 22;
  if (!narration) {
    const float w = play_ui::text_width(fonts.bold, speaker, 21 * s) / s;
    const sf::FloatRect tab{box.left + 26, box.top - 20, w + 36, 40};
    draw::panel(t, tab, 16, pal::kButtonHot, pal::kInk, 2.f, 3.f);
    play_ui::label(t, fonts.bold, speaker, 21, s, {tab.left + 18, tab.top + 7}, pal::kInk);
    top = box.top + 30;
  }
  paragraph_upto(t, fonts.regular, text, visible, 22, s, {box.left + 32, top}, box.width - 64, narration ? pal::kInkSoft : pal::kInk,
                 1.35f);
  if (!cue.empty()) {
    const float w = play_ui::text_width(fonts.regular, cue, 15 * s) / s;
    play_ui::label(t, fonts.regular, cue, 15, s, {box.left + box.width - w - 26, box.top + box.height - 28}, pal::kInkSoft);
  }
}

void draw_episode_card(Canvas& t, const Fonts& fonts, float s, const std::string& title, float shown) {
  if (shown <= 0.01f) return;
  const auto a = [&](int v) { return static_cast<sf::Uint8>(std::clamp(v * shown, 0.f, 255.f)); };
  const float w = std::max(420.f, play_ui::text_width(fonts.bold, title, 30 * s) / s + 110);
  const sf::FloatRect card{kCanvasWidth / 2 - w / 2, 34 - 12 * (1 - shown), w, 70};
  draw::panel(t, card, 30, sf::Color(255, 250, 240, a(240)), sf::Color(78, 60, 54, a(255)), 2.5f, 6.f * shown);
  play_ui::heart(t, {card.left + 38, card.top + 36}, 9, pal::with_alpha(pal::kBall, a(255)));
  play_ui::heart(t, {card.left + card.width - 38, card.top + 36}, 9, pal::with_alpha(pal::kBall, a(255)));
  sf::Text txt = draw::text(fonts.bold, title, 30, s, pal::with_alpha(pal::kInk, a(255)));
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
  const float h = 62, gap = 10;
  const float total = static_cast<float>(options_.size()) * (h + gap) - gap;
  const float top = dialogue_rect().top - 24 - total;
  return {696, top + static_cast<float>(i) * (h + gap), 564, h};
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
    if (option_rect(i).contains(p)) {
      selected_ = i;
      if (pressed) return i;
    }
  return std::nullopt;
}

void ChoiceMenu::draw(Canvas& t, const Fonts& fonts, float s) const {
  for (int i = 0; i < static_cast<int>(options_.size()); ++i) {
    sf::FloatRect r = option_rect(i);
    const bool hot = i == selected_;
    if (hot) r.top -= 2;
    draw::panel(t, r, 22, hot ? pal::kButtonHot : pal::kButton, pal::kInk, hot ? 3.f : 2.f, hot ? 6.f : 4.f);
    // The number to press, in a little round badge.
    t.draw(draw::ellipse({r.left + 32, r.top + r.height / 2}, {17, 17}, hot ? pal::kBall : pal::kPaperDeep, pal::kInk, 2.f));
    sf::Text n = draw::text(fonts.bold, std::to_string(i + 1), 20, s, hot ? pal::kButton : pal::kInk);
    draw::centre_origin(n);
    n.setPosition(r.left + 32, r.top + r.height / 2);
    t.draw(n);
    // Up to two lines of 18 px, centred in the button; longer text ends with an ellipsis.
    auto lines = play_ui::wrap(fonts.regular, options_[static_cast<std::size_t>(i)], 18 * s, (r.width - 84) * s);
    if (lines.size() > 2) {
      lines.resize(2);
      lines[1] += sf::String(L"\u2026");
    }
    const float line_h = 22;
    float y = r.top + r.height / 2 - line_h * static_cast<float>(lines.size()) / 2 - 3;
    for (const sf::String& l : lines) {
      const auto b = l.toUtf8();
      sf::Text txt = draw::text(fonts.regular, std::string(b.begin(), b.end()), 18, s, pal::kInk);
      txt.setPosition(r.left + 62, y);
      y += line_h;
      t.draw(txt);
    }
  }
}

std::vector<Prompt> prompts_for(const PromptContext& c) {
  std::vector<Prompt> out;
  if (c.autoplay) return out;
  auto add = [&](Action a, const char* key, const char* id) { out.push_back({a, key, tr(id)}); };
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
  const float size = 16, h = 32, gap = 8;
  std::vector<float> widths;
  float total = 0;
  for (const Prompt& p : prompts) {
    const float w = 38 + play_ui::text_width(fonts.regular, p.label, size * s) / s + 16;
    widths.push_back(w);
    total += w + gap;
  }
  float x = kCanvasWidth / 2 - (total - gap) / 2;
  const float y = kCanvasHeight - h - 10;
  for (std::size_t i = 0; i < prompts.size(); ++i) {
    const sf::FloatRect r{x, y, widths[i], h};
    t.draw(draw::rounded_rect(r, h / 2, pal::with_alpha(pal::kPaper, 225), pal::with_alpha(pal::kInk, 200), 1.5f));
    t.draw(draw::rounded_rect({r.left + 5, r.top + 4, 26, h - 8}, 8, pal::kButtonHot, pal::kInk, 1.5f));
    sf::Text k = draw::text(fonts.bold, prompts[i].key, 15, s, pal::kInk);
    draw::centre_origin(k);
    k.setPosition(r.left + 18, r.top + h / 2);
    t.draw(k);
    play_ui::label(t, fonts.regular, prompts[i].label, size, s, {r.left + 38, r.top + 6}, pal::kInk);
    rects.push_back(r);
    x += widths[i] + gap;
  }
  return rects;
}

void draw_heartbeat(Canvas& t, const Fonts& fonts, float s, sf::Vector2f at, double arousal, double phase, bool reduced,
                    const std::string& caption) {
  const float a = static_cast<float>(std::clamp(arousal, 0.0, 1.0));
  const float beat = reduced ? 0.f : static_cast<float>(std::exp(-phase * 7.0));
  const float size = 10 + 8 * a + 3 * beat * (0.5f + a);
  const sf::FloatRect bubble{at.x - 8, at.y - 30, 112, 60};
  draw::panel(t, bubble, 16, sf::Color(255, 250, 240, 230), pal::kInk, 2.f, 3.f);
  const sf::Color red = pal::mix(sf::Color(236, 150, 140), sf::Color(214, 52, 60), a);
  play_ui::heart(t, {bubble.left + 28, bubble.top + 30}, size * 0.9f, red);
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
