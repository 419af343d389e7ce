#include "app/screens/settings/settings_host.hpp"

#include <spdlog/spdlog.h>

#include "app/platform/app_context.hpp"
#include "app/platform/input_map.hpp"
#include "text/strings.hpp"

namespace sb::app {

SettingsHost::SettingsHost() = default;
SettingsHost::~SettingsHost() = default;

void SettingsHost::start(AppContext& ctx, InputMapper& input, bool audio_available) {
  settings_ = PlayerSettings::from_environment();
  settings_.load();
  voice_ = std::make_unique<Voice>(audio_available);
  ctx.voice = voice_.get();
  ctx.input = &input;
  ctx.settings = &settings_;
  settings_.attach(&ctx);
  spdlog::info("settings: text {}%, {}, language {}{}{}{}", storage::kTextSizePercent[static_cast<std::size_t>(
                                                                std::clamp(settings_.get().text_size_step, 0, storage::kTextSizeSteps - 1))],
               storage::font_name(settings_.get().font), language(), settings_.get().high_contrast ? ", high contrast" : "",
               settings_.get().reduced_motion ? ", reduced motion" : "", settings_.get().self_voicing ? ", self-voicing" : "");
}

unsigned SettingsHost::window_width() const { return static_cast<unsigned>(settings_.get().window_width); }
unsigned SettingsHost::window_height() const { return static_cast<unsigned>(settings_.get().window_height); }
bool SettingsHost::fullscreen() const { return settings_.get().fullscreen; }

void SettingsHost::toggle_self_voicing() {
  const bool on = !settings_.get().self_voicing;
  settings_.change([on](storage::Settings& s) { s.self_voicing = on; });
  spdlog::info("self-voicing {}", on ? "on" : "off");
  if (voice_) voice_->say_always(tr(on ? "voice.on" : "voice.off"));
}

void SettingsHost::frame() {
  if (voice_) voice_->update();
}

}  // namespace sb::app
