#include "app/screens/settings/controls_screen.hpp"

#include <cmath>

#include <spdlog/spdlog.h>

#include "app/art/draw_kit.hpp"
#include "app/art/palette.hpp"
#include "app/screens/screen_stack.hpp"
#include "app/screens/settings/binding_names.hpp"
#include "app/screens/settings/care_page.hpp"
#include "text/strings.hpp"
#include "app/platform/voice/voice.hpp"

namespace sb::app {
namespace pal = palette;

std::string action_label(Action a) {
  const std::string id = "action." + std::string(name(a));
  return has_string(id) ? tr(id) : std::string(name(a));
}

namespace {

std::string join(const std::vector<Binding>& bs) {
  std::string out;
  for (const Binding& b : bs) out += (out.empty() ? "" : ", ") + display_name(b);
  return out;
}

}  // namespace

ControlsScreen::ControlsScreen(AppContext& ctx, PlayerSettings& settings)
    : ctx_(ctx), settings_(settings), list_({110, 150, kCanvasWidth - 220, 488}) {
  build_rows();
}

Bindings ControlsScreen::current() const { return bindings_from(settings_.get()); }

void ControlsScreen::build_rows() {
  std::vector<OptionRow> rows;
  for (std::size_t i = 0; i < kActionCount; ++i) {
    const Action a = static_cast<Action>(i);
    OptionRow r;
    r.label = [a] { return action_label(a); };
    r.value = [this, a] {
      const Bindings b = current();
      const std::string keys = join(bindings_of(b, a, false));
      const std::string pad = join(bindings_of(b, a, true));
      std::string v = keys.empty() ? tr("controls.none") : keys;
      if (!pad.empty()) v += "  \xC2\xB7  " + pad;
      for (const Binding& x : b.all())
        if (x.action == a)
          for (Action other : conflicts(b, a, x)) v += "  " + tr("controls.also", {display_name(x), action_label(other)});
      return v;
    };
    r.warn = [this, a] {
      const Bindings b = current();
      for (const Binding& x : b.all())
        if (x.action == a && !conflicts(b, a, x).empty()) return true;
      return false;
    };
    r.activate = [this, a] {
      capturing_ = a;
      message_.clear();
      if (ctx_.voice) ctx_.voice->say(tr("controls.press", {action_label(a)}));
    };
    rows.push_back(r);
  }
  OptionRow reset;
  reset.label = [] { return tr("controls.reset"); };
  reset.activate = [this] {
    settings_.change([](storage::Settings& s) {
      s.key_bindings.clear();
      s.gamepad_bindings.clear();
    });
    message_ = tr("controls.reset_done");
    if (ctx_.voice) ctx_.voice->say(message_);
  };
  reset.gap_before = true;
  rows.push_back(reset);
  OptionRow back;
  back.label = [] { return tr("settings.back"); };
  back.activate = [this] {
    if (stack_) stack_->pop();
  };
  rows.push_back(back);
  list_.set_rows(std::move(rows));
}

void ControlsScreen::capture(const Binding& input) {
  if (!capturing_) return;
  const Action a = *capturing_;
  capturing_.reset();
  Bindings b = current();
  rebind(b, a, input);
  settings_.change([&b](storage::Settings& s) { store_bindings(b, s); });
  const auto clash = conflicts(b, a, input);
  message_ = tr("controls.bound", {display_name(input), action_label(a)});
  for (Action other : clash) {
    message_ += ' ';  // appended in steps: GCC 12 warns falsely (-Wstringop-overflow) on " " + string
    message_ += tr("controls.also", {display_name(input), action_label(other)});
  }
  spdlog::info("controls: {} -> {}", input_name(input), sb::app::name(a));
  if (ctx_.voice) ctx_.voice->say(message_);
}

bool ControlsScreen::on_raw_event(const sf::Event& e, ScreenStack&) {
  if (!capturing_) {
    if (e.type == sf::Event::MouseWheelScrolled) {
      list_.on_wheel(e.mouseWheelScroll.delta);
      return true;
    }
    return false;
  }
  Binding b;
  switch (e.type) {
    case sf::Event::KeyPressed:
      if (e.key.code == sf::Keyboard::Escape) {
        capturing_.reset();
        message_ = tr("controls.cancelled");
        return true;
      }
      if (e.key.code == sf::Keyboard::Unknown) return true;
      b.device = Binding::Device::Key;
      b.code = e.key.code;
      break;
    case sf::Event::MouseButtonPressed:
      // The left button stays the pointer's: clicking must always work.
      if (e.mouseButton.button == sf::Mouse::Left) {
        capturing_.reset();
        message_ = tr("controls.cancelled");
        return true;
      }
      b.device = Binding::Device::MouseButton;
      b.code = e.mouseButton.button;
      break;
    case sf::Event::JoystickButtonPressed:
      b.device = Binding::Device::JoyButton;
      b.code = static_cast<int>(e.joystickButton.button);
      break;
    case sf::Event::JoystickMoved:
      if (std::abs(e.joystickMove.position) < InputMapper::kStickPress * 100.f) return true;
      b.device = Binding::Device::JoyAxis;
      b.code = e.joystickMove.axis;
      b.direction = e.joystickMove.position < 0 ? -1.f : 1.f;
      break;
    default: return false; // releases go on to the input map, so nothing stays held
  }
  capture(b);
  return true;
}

void ControlsScreen::on_action(Action a, ScreenStack& stack) {
  stack_ = &stack;
  if (a == Action::Back || a == Action::Pause) {
    ctx_.audio->click();
    stack.pop();
    return;
  }
  list_.on_action(a, ctx_);
}

void ControlsScreen::on_pointer(sf::Vector2f p, bool pressed, ScreenStack& stack) {
  stack_ = &stack;
  if (!capturing_) list_.on_pointer(p, pressed, ctx_);
}

void ControlsScreen::draw(sf::RenderTarget& target, const Layout& layout, double) {
  Canvas t(target);
  const float s = layout.ui_scale;
  draw_care_page(t, ctx_, layout, tr("controls.title"), tr("controls.hint"));
  sf::Text intro = draw::text(ctx_.fonts.regular, message_.empty() ? tr("controls.intro") : message_, 18, s, pal::kInk);
  const float w = intro.getGlobalBounds().width;
  if (w > kCanvasWidth - 220) intro.scale((kCanvasWidth - 220) / w, (kCanvasWidth - 220) / w);
  intro.setPosition(110, 108);
  t.draw(intro);
  list_.draw(t, ctx_, s);
  if (capturing_) {
    sf::RectangleShape dim({kCanvasWidth, kCanvasHeight});
    dim.setFillColor(sf::Color(48, 36, 44, 120));
    t.draw(dim);
    const sf::FloatRect card{kCanvasWidth / 2 - 360, 250, 720, 200};
    draw::panel(t, card, 24, pal::kPaper, pal::kInk, 3, 10);
    sf::Text ask = draw::text(ctx_.fonts.bold, tr("controls.press", {action_label(*capturing_)}), 26, s, pal::kInk);
    if (ask.getGlobalBounds().width > card.width - 60) ask.scale((card.width - 60) / ask.getGlobalBounds().width, (card.width - 60) / ask.getGlobalBounds().width);
    draw::centre_origin(ask);
    ask.setPosition(card.left + card.width / 2, card.top + 80);
    t.draw(ask);
    sf::Text esc = draw::text(ctx_.fonts.regular, tr("controls.press_hint"), 18, s, pal::kInkSoft);
    draw::centre_origin(esc);
    esc.setPosition(card.left + card.width / 2, card.top + 140);
    t.draw(esc);
  }
}

}  // namespace sb::app
