#include "app/screens/play/caregiver_screen.hpp"

#include <algorithm>
#include <cmath>
#include <vector>

#include <spdlog/spdlog.h>

#include "app/art/draw_kit.hpp"
#include "app/art/palette.hpp"
#include "mind/coding.hpp"
#include "app/render/canvas.hpp"
#include "app/screens/play/play_screenshot.hpp"
#include "app/screens/screen_stack.hpp"
#include "mind/care_log.hpp"
#include "sim/caregiver_player.hpp"
#include "text/strings.hpp"

namespace sb::app {
namespace pal = palette;
using mind::CaregiverAct;

namespace {

constexpr float kBarX = 1280 - 232, kBarY = 96, kButtonW = 220, kButtonH = 30, kGap = 4, kDivider = 14;
static_assert(kBarX - 8 == kAnswerBarLeft, "the story's box stops where the bar's panel begins");
constexpr int kWarmActs = 9;

const sf::Color kWarm{255, 246, 226, 235};
const sf::Color kCool{236, 228, 230, 235};
const sf::Color kFocus{255, 214, 150, 255};
const sf::Color kCueGold{247, 190, 72};

std::string act_label(CaregiverAct a) { return tr(std::string("care.act.") + mind::to_string(a)); }

std::string readable_label(double r) {
  return tr(r >= 0.5 ? "care.readable.plain" : r >= 0.3 ? "care.readable.subtle" : "care.readable.hidden");
}

}  // namespace

const std::array<CaregiverAct, 14>& CaregiverScreen::bar() {
  using A = CaregiverAct;
  static const std::array<A, 14> acts = {A::GoTo, A::PickUp, A::Soothe, A::NameFeeling, A::WaitWatch,
                                         A::EncourageExplore, A::FollowLead, A::SetLimit, A::Repair,
                                         A::Busy, A::Leave, A::Snap, A::LaughAtFear, A::Loom};
  return acts;
}

sf::FloatRect CaregiverScreen::button_rect(int i) {
  const float y = kBarY + i * (kButtonH + kGap) + (i >= kWarmActs ? kDivider : 0);
  return {kBarX, y, kButtonW, kButtonH};
}

CaregiverScreen::CaregiverScreen(AppContext& ctx, PlayChoice choice) : ctx_(ctx) {
  choice.caregiver_role = true; // (autoplay here only lets the story's lines go on by themselves)
  scene_ = std::make_unique<ScenarioScreen>(ctx, std::move(choice));
  spdlog::info("play: you are the caregiver; the AI child plays");
}

void CaregiverScreen::act(CaregiverAct a) {
  scene_->queue_caregiver_act(a);
  spdlog::info("play: caregiver act: {}", mind::to_string(a));
}

void CaregiverScreen::set_class_mode(bool on) {
  class_mode_ = on;
  scene_->set_inside_view(on);
  spdlog::info("play: class mode {}", on ? "on" : "off");
}

void CaregiverScreen::on_action(Action a, ScreenStack& stack) {
  const int n = static_cast<int>(bar().size());
  if (waiting_for_class()) {
    const int pick = a == Action::Choice1 ? 0 : a == Action::Choice2 ? 1 : a == Action::Choice3 ? 2 : a == Action::Choice4 ? 3 : -1;
    if (pick >= 0) {
      spdlog::info("play: the class chose {}", pick + 1);
      act(suggestions_[static_cast<std::size_t>(pick)]);
      class_done_ = class_cue_;
      class_cue_ = -1;
      return;
    }
  }
  switch (a) {
    case Action::MoveUp: case Action::MoveLeft: selected_ = (selected_ + n - 1) % n; return;
    case Action::MoveDown: case Action::MoveRight: selected_ = (selected_ + 1) % n; return;
    case Action::Interact: case Action::ReachUp:
      if (ctx_.audio) ctx_.audio->click();
      act(bar()[static_cast<std::size_t>(selected_)]);
      return;
    // The child's repertoire is the AI's in this role.
    case Action::Signal: case Action::ShowToy: case Action::Cry: case Action::Cling: case Action::PushAway:
    case Action::TurnAway: case Action::HideFeelings: case Action::Freeze:
    case Action::Choice1: case Action::Choice2: case Action::Choice3: case Action::Choice4:
      return;
    case Action::Confirm:
      if (!scene_->choices().empty()) return; // the child's choices are the AI child's to make
      scene_->on_action(a, stack);
      return;
    default: scene_->on_action(a, stack); return;
  }
}

void CaregiverScreen::on_pointer(sf::Vector2f p, bool pressed, ScreenStack& stack) {
  hovered_ = -1;
  for (int i = 0; i < static_cast<int>(bar().size()); ++i) {
    if (!button_rect(i).contains(p)) continue;
    hovered_ = i;
    if (pressed) {
      selected_ = i;
      act(bar()[static_cast<std::size_t>(i)]);
    }
    return;
  }
  if (scene_->choices().empty()) scene_->on_pointer(p, pressed, stack);
}

void CaregiverScreen::tick(const InputMapper& input, ScreenStack& stack) {
  if (class_mode_ && !waiting_for_class()) {
    const mind::CareLog* log = scene_->session().mind().care_log();
    if (const auto p = log ? log->pending() : std::nullopt; p && *p != class_done_) {
      // Four answers to talk about, in an order that does not give the best away.
      using A = CaregiverAct;
      const mind::Cue& cue = log->cues()[static_cast<std::size_t>(*p)].cue;
      const std::array<A, 4> options = cue.need == mind::Need::Comfort
                                           ? std::array<A, 4>{cue.contact ? A::PickUp : A::Soothe, A::NameFeeling, A::EncourageExplore, A::Busy}
                                           : std::array<A, 4>{A::FollowLead, A::WaitWatch, A::PickUp, A::Busy};
      const int turn = *p % 4;
      for (int i = 0; i < 4; ++i) suggestions_[static_cast<std::size_t>(i)] = options[static_cast<std::size_t>((i + turn) % 4)];
      class_cue_ = *p;
      spdlog::info("play: the scene waits for the class (cue {})", mind::to_string(cue.kind));
    }
  }
  if (waiting_for_class()) return; // the scene stands still while the class talks
  scene_->tick(input, stack);
}

void CaregiverScreen::draw(sf::RenderTarget& target, const Layout& layout, double alpha) {
  scene_->draw(target, layout, alpha);
  Canvas t(target);
  t.set_view(layout.canvas_view());
  draw_doing(t, layout);
  draw_cue(t, layout);
  draw_bar(t, layout);
  if (waiting_for_class()) draw_class(t, layout);
}

void CaregiverScreen::draw_class(Canvas& t, const Layout& layout) {
  const float s = layout.ui_scale;
  const sf::FloatRect box{24, 470, 620, 226};
  draw::panel(t, box, 16, kWarm, pal::kInk, 3, 4);
  sf::Text head = draw::text(ctx_.fonts.bold, tr("care.class.title"), 22, s, pal::kInk);
  head.setPosition(box.left + 18, box.top + 12);
  t.draw(head);
  for (int i = 0; i < 4; ++i) {
    sf::Text option = draw::text(ctx_.fonts.regular,
                                 std::to_string(i + 1) + "   " + act_label(suggestions_[static_cast<std::size_t>(i)]), 22, s, pal::kInk);
    option.setPosition(box.left + 28, box.top + 52 + i * 34);
    t.draw(option);
  }
  sf::Text hint = draw::text(ctx_.fonts.regular, tr("care.class.pick"), 15, s, pal::kInkSoft);
  hint.setPosition(box.left + 18, box.top + 196);
  t.draw(hint);
}

void CaregiverScreen::draw_cue(Canvas& t, const Layout& layout) {
  const mind::CareLog* log = scene_->session().mind().care_log();
  if (!log) return;
  const auto pending = log->pending();
  if (!pending) return;
  const mind::Cue& cue = log->cues()[static_cast<std::size_t>(*pending)].cue;
  const double waited = scene_->session().scenario_time() - cue.time;
  // Over the child: a bubble as plain as the cue is readable.
  std::string child_id;
  for (const sim::AgentView& a : scene_->session().agents())
    if (a.role == "child") child_id = a.id;
  if (const auto shirt = scene_->shirt_on_canvas(child_id)) {
    const sf::Uint8 alpha = static_cast<sf::Uint8>(70 + 185 * std::clamp(cue.readability, 0.0, 1.0));
    const sf::Vector2f c{shirt->x, shirt->y - 96};
    draw::panel(t, {c.x - 26, c.y - 22, 52, 40}, 14, sf::Color(255, 250, 236, alpha), pal::with_alpha(pal::kInk, alpha), 2, 2);
    draw::line(t, {c.x - 6, c.y + 18}, {c.x - 12, c.y + 30}, 3, pal::with_alpha(pal::kInk, alpha));
    const bool comfort = cue.need == mind::Need::Comfort;
    if (comfort) draw::heart(t, c, 13, sf::Color(214, 96, 96, alpha));
    else {
      sf::CircleShape star(9, 5);
      star.setOrigin(9, 9);
      star.setPosition(c);
      star.setFillColor(pal::with_alpha(kCueGold, alpha));
      t.draw(star);
    }
  }
  // A card: what she shows, how plainly, what she needs, how long it has waited. At the
  // top left unless a person stands there (the caregiver often sits by the wall: that
  // is the player), then at the top beside the bar, then low on the left.
  const float s = layout.ui_scale;
  std::vector<sf::FloatRect> people;
  for (const sim::AgentView& a : scene_->session().agents())
    if (a.present)
      if (const auto shirt = scene_->shirt_on_canvas(a.id)) people.push_back({shirt->x - 50, shirt->y - 110, 100, 170});
  const sf::FloatRect places[] = {{24, 84, 420, 112}, {kBarX - 24 - 420, 84, 420, 112}, {24, 370, 420, 112}};
  sf::FloatRect card = places[0];
  for (const sf::FloatRect& place : places) {
    const bool covers = std::any_of(people.begin(), people.end(), [&](const sf::FloatRect& p) { return p.intersects(place); });
    if (!covers) {
      card = place;
      break;
    }
  }
  cue_card_ = card;
  draw::panel(t, card, 14, kWarm, pal::kInk, 2, 3);
  sf::Text what = draw::text(ctx_.fonts.bold, tr(std::string("care.cue.") + mind::to_string(cue.kind)), 19, s, pal::kInk);
  if (const float w = what.getGlobalBounds().width; w > card.width - 28) what.scale((card.width - 28) / w, (card.width - 28) / w);
  what.setPosition(card.left + 14, card.top + 10);
  t.draw(what);
  sf::Text how = draw::text(ctx_.fonts.regular, readable_label(cue.readability) + "  ·  " +
                                                    tr("care.cue.waiting", {mind::one_decimal(std::max(0.0, waited))}),
                            16, s, pal::kInkSoft);
  how.setPosition(card.left + 14, card.top + 42);
  t.draw(how);
  sf::Text need = draw::text(ctx_.fonts.regular, tr(cue.need == mind::Need::Comfort ? "care.need.comfort" : "care.need.explore"),
                             16, s, pal::kInk);
  if (const float w = need.getGlobalBounds().width; w > card.width - 28) need.scale((card.width - 28) / w, (card.width - 28) / w);
  need.setPosition(card.left + 14, card.top + 72);
  t.draw(need);
}

void CaregiverScreen::draw_doing(Canvas& t, const Layout& layout) {
  const mind::CaregiverAct doing = scene_->session().mind().caregiver_doing();
  if (doing == CaregiverAct::None) return;
  std::string her_id;
  for (const sim::AgentView& a : scene_->session().agents())
    if (a.role == "caregiver" && a.present) her_id = a.id;
  const auto shirt = her_id.empty() ? std::nullopt : scene_->shirt_on_canvas(her_id);
  if (!shirt) return;
  const float s = layout.ui_scale;
  // What she is doing, over her head; a phone in her hands when busy, a shadow when looming.
  if (doing == CaregiverAct::Busy) {
    draw::panel(t, {shirt->x + 6, shirt->y - 12, 14, 22}, 3, sf::Color(60, 64, 78), pal::kInk, 1.5f, 0);
    sf::RectangleShape glow({10, 14});
    glow.setPosition(shirt->x + 8, shirt->y - 9);
    glow.setFillColor(sf::Color(170, 210, 240));
    t.draw(glow);
  }
  if (doing == CaregiverAct::Loom) draw::radial_glow(t, *shirt + sf::Vector2f{0, 40}, 150, sf::Color(20, 10, 30, 120), sf::Color(20, 10, 30, 0));
  sf::Text label = draw::text(ctx_.fonts.bold, tr("care.you", {act_label(doing)}), 17, s, pal::kInk);
  draw::centre_origin(label);
  const sf::FloatRect b = label.getLocalBounds();
  const sf::Vector2f at{shirt->x, shirt->y - 118};
  const bool harsh = mind::is_harsh(doing) || mind::is_frightening(doing);
  draw::panel(t, {at.x - b.width / 2 - 12, at.y - 16, b.width + 24, 32}, 12,
              harsh ? sf::Color(236, 214, 214, 240) : sf::Color(232, 242, 252, 240), pal::kInk, 2, 2);
  label.setPosition(at);
  t.draw(label);
}

void CaregiverScreen::draw_bar(Canvas& t, const Layout& layout) {
  const float s = layout.ui_scale;
  sf::Text title = draw::text(ctx_.fonts.bold, tr("care.title"), 18, s, pal::kInk);
  const auto& acts = bar();
  const sf::FloatRect last = button_rect(static_cast<int>(acts.size()) - 1);
  draw::panel(t, {kBarX - 8, kBarY - 38, kButtonW + 16, last.top + last.height - kBarY + 46}, 12,
              pal::with_alpha(pal::kPaper, 215), pal::kInkSoft, 1.5f, 2);
  title.setPosition(kBarX + 4, kBarY - 32);
  t.draw(title);
  for (int i = 0; i < static_cast<int>(acts.size()); ++i) {
    const sf::FloatRect r = button_rect(i);
    const bool focus = i == selected_, hover = i == hovered_;
    draw::panel(t, r, 8, focus ? kFocus : i < kWarmActs ? kWarm : kCool, focus || hover ? pal::kInk : pal::kInkSoft,
                focus ? 3.f : 1.5f, 0);
    sf::Text label = draw::text(focus ? ctx_.fonts.bold : ctx_.fonts.regular, act_label(acts[static_cast<std::size_t>(i)]), 16, s, pal::kInk);
    if (const float w = label.getGlobalBounds().width; w > r.width - 20) label.scale((r.width - 20) / w, (r.width - 20) / w);
    label.setPosition(r.left + 10, r.top + 5);
    t.draw(label);
  }
  if (scene_->episode_card_showing()) return; // the keys' strip would cut across the episode's title
  sf::Text keys = draw::text(ctx_.fonts.regular, tr("care.keys"), 15, s, pal::kInk);
  if (const float w = keys.getGlobalBounds().width; w > 700) keys.scale(700 / w, 700 / w);
  keys.setPosition(24, 52);
  draw::panel(t, {16, 46, keys.getGlobalBounds().width + 16, 28}, 8, pal::with_alpha(pal::kPaper, 215), pal::kInkSoft, 1, 0);
  t.draw(keys);
}

std::unique_ptr<Screen> caregiver_screenshot_screen(AppContext& ctx, double at) {
  if (!ctx.session.scenario) return nullptr;
  PlayChoice c = choice_from_session(ctx);
  c.autoplay = true; // the story's lines go on by themselves in the picture
  auto screen = std::make_unique<CaregiverScreen>(ctx, c);
  // A warm scripted caregiver answers for the seconds before the picture; lines go on by themselves.
  sim::ScriptedCaregiver who(*sim::care_policy("warm-prompt"), c.seed);
  sim::Session& s = screen->scene().session();
  const int ticks = static_cast<int>(at * sim::kTicksPerSecond + 0.5);
  for (int i = 0; i < ticks && !s.ended(); ++i) {
    const CaregiverAct a = who.tick(*s.mind().care_log(), s.child(), s.scenario_time(), true);
    if (a != CaregiverAct::None) screen->scene().queue_caregiver_act(a);
    screen->scene().advance(1);
  }
  return screen;
}

}  // namespace sb::app
