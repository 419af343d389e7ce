#include "app/screens/settings/settings_screen.hpp"

#include <algorithm>
#include <array>
#include <cstdio>

#include <spdlog/spdlog.h>

#include "app/art/draw_kit.hpp"
#include "app/art/palette.hpp"
#include "app/screens/screen_stack.hpp"
#include "app/screens/settings/care_page.hpp"
#include "app/screens/settings/controls_screen.hpp"
#include "app/screens/settings/delete_data_screen.hpp"
#include "text/strings.hpp"
#include "app/platform/voice/voice.hpp"

namespace sb::app {
namespace {

using storage::Settings;

std::string on_off(bool b) { return tr(b ? "settings.on" : "settings.off"); }

// Steps through `options` from the one nearest `now` (values from a file may sit between steps).
template <typename T, std::size_t N>
T step(const std::array<T, N>& options, T now, int dir) {
  std::size_t at = 0;
  for (std::size_t i = 0; i < N; ++i)
    if ((options[i] > now ? options[i] - now : now - options[i]) < (options[at] > now ? options[at] - now : now - options[at])) at = i;
  const int n = static_cast<int>(N);
  return options[static_cast<std::size_t>(((static_cast<int>(at) + dir) % n + n) % n)];
}

constexpr std::array<int, 11> kVolumes = {0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100};
constexpr std::array<int, 4> kSpeeds = {20, 40, 80, 0};
constexpr std::array<int, 5> kPauses = {1000, 1500, 2500, 4000, 6000};
constexpr std::array<std::pair<int, int>, 4> kWindows = {{{960, 540}, {1280, 720}, {1600, 900}, {1920, 1080}}};

std::string speed_name(int cps) {
  switch (cps) {
    case 0: return tr("settings.speed.instant");
    case 20: return tr("settings.speed.slow");
    case 40: return tr("settings.speed.normal");
    case 80: return tr("settings.speed.fast");
    default: return tr("settings.speed.cps", {std::to_string(cps)});
  }
}

std::string seconds(int ms) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", ms / 1000.0);
  return tr("settings.seconds", {buf});
}

}  // namespace

SettingsScreen::SettingsScreen(AppContext& ctx)
    : ctx_(ctx), settings_(ctx.settings ? ctx.settings : &own_), list_({110, 118, kCanvasWidth - 220, 520}) {
  build_rows();
}

void SettingsScreen::build_rows() {
  PlayerSettings* ps = settings_;
  auto get = [ps]() -> const Settings& { return ps->get(); };
  auto set = [ps](auto edit) { ps->change(edit); };
  auto toggle = [&](const char* label_id, bool Settings::*field, bool gap = false) {
    OptionRow r;
    r.label = [label_id] { return tr(label_id); };
    r.value = [get, field] { return on_off(get().*field); };
    r.change = [set, field](int) { set([field](Settings& s) { s.*field = !(s.*field); }); };
    r.gap_before = gap;
    return r;
  };
  auto volume = [&](const char* label_id, int Settings::*field, bool gap = false) {
    OptionRow r;
    r.label = [label_id] { return tr(label_id); };
    r.value = [get, field] { return tr("settings.percent", {std::to_string(get().*field)}); };
    r.change = [set, field](int d) { set([field, d](Settings& s) { s.*field = step(kVolumes, s.*field, d); }); };
    r.gap_before = gap;
    return r;
  };

  std::vector<OptionRow> rows;
  {
    OptionRow r;
    r.label = [] { return tr("settings.text_size"); };
    r.value = [get] {
      return tr("settings.percent", {std::to_string(storage::kTextSizePercent[static_cast<std::size_t>(
                                        std::clamp(get().text_size_step, 0, storage::kTextSizeSteps - 1))])});
    };
    r.change = [set](int d) {
      set([d](Settings& s) { s.text_size_step = ((s.text_size_step + d) % storage::kTextSizeSteps + storage::kTextSizeSteps) % storage::kTextSizeSteps; });
    };
    rows.push_back(r);
  }
  {
    OptionRow r;
    r.label = [] { return tr("settings.font"); };
    r.value = [get] { return tr(get().font == storage::Font::OpenDyslexic ? "settings.font.opendyslexic" : "settings.font.andika"); };
    r.change = [set](int) {
      set([](Settings& s) { s.font = s.font == storage::Font::Andika ? storage::Font::OpenDyslexic : storage::Font::Andika; });
    };
    rows.push_back(r);
  }
  {
    OptionRow r;
    r.label = [] { return tr("settings.text_speed"); };
    r.value = [get] { return speed_name(get().text_speed_cps); };
    r.change = [set](int d) { set([d](Settings& s) { s.text_speed_cps = step(kSpeeds, s.text_speed_cps, d); }); };
    rows.push_back(r);
  }
  rows.push_back(toggle("settings.auto_advance", &Settings::auto_advance));
  {
    OptionRow r;
    r.label = [] { return tr("settings.auto_advance_pause"); };
    r.value = [get] { return seconds(get().auto_advance_pause_ms); };
    r.change = [set](int d) { set([d](Settings& s) { s.auto_advance_pause_ms = step(kPauses, s.auto_advance_pause_ms, d); }); };
    rows.push_back(r);
  }
  rows.push_back(toggle("settings.content_notes", &Settings::content_notes));
  {
    OptionRow r;
    r.label = [] { return tr("settings.language"); };
    r.value = [get] { return language_name(get().language); };
    r.change = [set](int d) {
      const auto langs = available_languages();
      if (langs.empty()) return;
      set([d, langs](Settings& s) {
        auto it = std::find(langs.begin(), langs.end(), s.language);
        const int n = static_cast<int>(langs.size());
        const int at = it == langs.end() ? 0 : static_cast<int>(it - langs.begin());
        s.language = langs[static_cast<std::size_t>(((at + d) % n + n) % n)];
      });
    };
    rows.push_back(r);
  }
  rows.push_back(toggle("settings.high_contrast", &Settings::high_contrast, true));
  rows.push_back(toggle("settings.colour_blind", &Settings::colour_blind_palette));
  rows.push_back(toggle("settings.reduced_motion", &Settings::reduced_motion));
  rows.push_back(volume("settings.volume.master", &Settings::master_volume, true));
  rows.push_back(volume("settings.volume.music", &Settings::music_volume));
  rows.push_back(volume("settings.volume.effects", &Settings::effects_volume));
  rows.push_back(volume("settings.volume.voice", &Settings::voice_volume));
  rows.push_back(toggle("settings.self_voicing", &Settings::self_voicing));
  {
    OptionRow r;
    r.label = [] { return tr("settings.window_size"); };
    r.value = [get] { return std::to_string(get().window_width) + " \xC3\x97 " + std::to_string(get().window_height); };
    r.change = [set](int d) {
      set([d](Settings& s) {
        std::size_t at = 1;
        for (std::size_t i = 0; i < kWindows.size(); ++i)
          if (kWindows[i].first == s.window_width && kWindows[i].second == s.window_height) at = i;
        const int n = static_cast<int>(kWindows.size());
        const auto& w = kWindows[static_cast<std::size_t>(((static_cast<int>(at) + d) % n + n) % n)];
        s.window_width = w.first;
        s.window_height = w.second;
      });
    };
    r.gap_before = true;
    rows.push_back(r);
  }
  rows.push_back(toggle("settings.fullscreen", &Settings::fullscreen));
  {
    OptionRow r;
    r.label = [] { return tr("settings.controls"); };
    r.activate = [this] {
      if (stack_) stack_->push(std::make_unique<ControlsScreen>(ctx_, *settings_));
    };
    r.gap_before = true;
    rows.push_back(r);
  }
  {
    OptionRow r;
    r.label = [] { return tr("settings.delete_data"); };
    r.activate = [this] {
      if (stack_) stack_->push(std::make_unique<DeleteDataScreen>(ctx_, *settings_));
    };
    rows.push_back(r);
  }
  {
    OptionRow r;
    r.label = [] { return tr("settings.back"); };
    r.activate = [this] {
      if (stack_) stack_->pop();
    };
    rows.push_back(r);
  }
  list_.set_rows(std::move(rows));
}

void SettingsScreen::on_action(Action a, ScreenStack& stack) {
  stack_ = &stack;
  if (a == Action::Back || a == Action::Pause) {
    ctx_.audio->click();
    stack.pop();
    return;
  }
  list_.on_action(a, ctx_);
}

void SettingsScreen::on_pointer(sf::Vector2f p, bool pressed, ScreenStack& stack) {
  stack_ = &stack;
  list_.on_pointer(p, pressed, ctx_);
}

bool SettingsScreen::on_raw_event(const sf::Event& e, ScreenStack&) {
  if (e.type != sf::Event::MouseWheelScrolled) return false;
  list_.on_wheel(e.mouseWheelScroll.delta);
  return true;
}

void SettingsScreen::draw(sf::RenderTarget& target, const Layout& layout, double) {
  if (first_frame_) {
    first_frame_ = false;
    if (ctx_.voice) ctx_.voice->say(tr("settings.title") + ". " + list_.spoken(list_.selected()));
  }
  Canvas t(target);
  draw_care_page(t, ctx_, layout, tr("settings.title"), tr("settings.hint"));
  draw_settings_notice(t, ctx_, layout.ui_scale, 560, 44);
  list_.draw(t, ctx_, layout.ui_scale);
}

}  // namespace sb::app
