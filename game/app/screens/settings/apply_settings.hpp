#pragma once
// Makes settings true in the running game: text size, reduced motion, text pace
// and content notes (comfort.hpp), high contrast and colour-blind colours
// (palette.hpp), the font (fonts.hpp), the language (text/strings.hpp), volumes
// (audio.hpp), self-voicing (voice.hpp), bindings (the live InputMapper) and the
// window (AppContext::apply_window). Only what changed since `before` is redone.
#include "storage/settings_store.hpp"

namespace sb::app {

struct AppContext;

// `before` null: apply everything (at start).
void apply_settings(const storage::Settings& now, const storage::Settings* before, AppContext* ctx);

// Comfort and colours only: no context needed (screenshots and tests).
void apply_look(const storage::Settings& now);

}  // namespace sb::app
