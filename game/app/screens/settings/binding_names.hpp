#pragma once
// Bindings as the settings file names them ("Enter", "MouseRight", "button0",
// "axis:X-") and as the settings screen shows them ("Enter", "Pad A",
// "Left stick left"), and the whole binding table to and from a Settings value.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "app/platform/input_map.hpp"
#include "storage/settings_store.hpp"

namespace sb::app {

std::string input_name(const Binding& b);
// nullopt for a name this game does not know (the file may come from a newer one).
std::optional<Binding> binding_from_name(std::string_view name, Action a);
bool is_gamepad(const Binding& b);
// What the player reads on the controls screen (English device words, short).
std::string display_name(const Binding& b);

// Defaults, with every action the settings mention replaced by the settings' list.
Bindings bindings_from(const storage::Settings& s);
// Writes into s only the actions whose bindings differ from the defaults, so a
// later game's new defaults reach players who never rebound that action.
void store_bindings(const Bindings& b, storage::Settings& s);

// The inputs of one action on one kind of device, in binding order.
std::vector<Binding> bindings_of(const Bindings& b, Action a, bool gamepad);
// Replaces the first binding of `a` on the captured input's kind of device with
// `captured` (keeping the others, so the arrow keys survive a new WASD key), or
// adds it when the action had none there. Nothing changes if it is already bound.
void rebind(Bindings& b, Action a, const Binding& captured);
// Other actions the same input also triggers, leaving out pairs that share an
// input on purpose because they never act on the same screen (Back and Pause on
// Esc, Confirm and Interact on the pad's A).
std::vector<Action> conflicts(const Bindings& b, Action a, const Binding& input);

}  // namespace sb::app
