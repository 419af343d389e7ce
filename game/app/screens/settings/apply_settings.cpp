#include "app/screens/settings/apply_settings.hpp"

#include <spdlog/spdlog.h>

#include "app/platform/app_context.hpp"
#include "app/platform/input_map.hpp"
#include "app/art/palette.hpp"
#include "app/screens/settings/binding_names.hpp"
#include "app/render/comfort.hpp"
#include "text/strings.hpp"
#include "app/platform/voice/voice.hpp"

namespace sb::app {

void apply_look(const storage::Settings& s) {
  Comfort c;
  const int step = std::clamp(s.text_size_step, 0, storage::kTextSizeSteps - 1);
  c.text_scale = static_cast<float>(storage::kTextSizePercent[static_cast<std::size_t>(step)]) / 100.f;
  c.reduced_motion = s.reduced_motion;
  c.high_contrast = s.high_contrast;
  c.colour_blind_safe = s.colour_blind_palette;
  c.text_speed_cps = s.text_speed_cps;
  c.auto_advance = s.auto_advance;
  c.auto_advance_pause_ms = s.auto_advance_pause_ms;
  c.content_notes = s.content_notes;
  const Comfort old = comfort();
  set_comfort(c);
  if (old.high_contrast != c.high_contrast || old.colour_blind_safe != c.colour_blind_safe || palette::generation() == 0)
    palette::use_scheme(c.high_contrast, c.colour_blind_safe);
}

void apply_settings(const storage::Settings& now, const storage::Settings* before, AppContext* ctx) {
  apply_look(now);
  if (!before || before->language != now.language) {
    if (!set_language(now.language)) spdlog::warn("no string tables for language '{}'; using English", now.language);
  }
  if (!ctx) return;
  if ((!before && now.font != storage::Font::Andika) || (before && before->font != now.font))
    load_fonts(ctx->fonts, now.font == storage::Font::OpenDyslexic ? FontFace::OpenDyslexic : FontFace::Andika);
  if (ctx->audio)
    ctx->audio->set_mix(static_cast<float>(now.master_volume), static_cast<float>(now.music_volume),
                        static_cast<float>(now.effects_volume));
  if (ctx->voice) {
    ctx->voice->set_language(language());
    ctx->voice->set_volume(static_cast<float>(now.master_volume * now.voice_volume) / 100.f);
    ctx->voice->set_enabled(now.self_voicing);
  }
  if (ctx->input && (!before || before->key_bindings != now.key_bindings || before->gamepad_bindings != now.gamepad_bindings)) {
    ctx->input->bindings() = bindings_from(now);
    ctx->input->release_all(); // a key held while its meaning changed must not stay stuck
  }
  if (before && ctx->apply_window &&
      (before->window_width != now.window_width || before->window_height != now.window_height ||
       before->fullscreen != now.fullscreen))
    ctx->apply_window(static_cast<unsigned>(now.window_width), static_cast<unsigned>(now.window_height), now.fullscreen);
}

}  // namespace sb::app
