#pragma once
// Colours of the outdoor scenes, mixed from the storybook palette so that the
// high-contrast and colour-blind schemes (which switch the palette at run time)
// carry over to the grass, paths and playground too. Read while drawing only.
#include "app/art/palette.hpp"

namespace sb::app::outdoor {

namespace pal = palette;

inline sf::Color grass() { return pal::mix(pal::kPlant, sf::Color(184, 214, 120), 0.6f); }
inline sf::Color grass_light() { return pal::mix(grass(), sf::Color(236, 240, 170), 0.3f); }
inline sf::Color grass_dark() { return pal::mix(grass(), pal::kPlant, 0.55f); }
inline sf::Color tuft() { return pal::mix(pal::kPlant, pal::kInk, 0.22f); }
inline sf::Color hedge() { return pal::mix(pal::kPlant, sf::Color(70, 110, 80), 0.45f); }
inline sf::Color hedge_light() { return pal::mix(pal::kPlant, sf::Color(200, 226, 150), 0.35f); }
inline sf::Color leaf() { return pal::mix(pal::kPlant, sf::Color(110, 160, 96), 0.4f); }
inline sf::Color leaf_light() { return pal::mix(leaf(), sf::Color(222, 236, 160), 0.35f); }
inline sf::Color leaf_dark() { return pal::mix(leaf(), pal::kInk, 0.22f); }

inline sf::Color gravel() { return pal::mix(pal::kFloor, sf::Color(238, 226, 200), 0.45f); }
inline sf::Color gravel_edge() { return pal::mix(gravel(), pal::kWoodDark, 0.35f); }
inline sf::Color sand() { return pal::mix(pal::kFloor, sf::Color(246, 220, 154), 0.6f); }
inline sf::Color sand_dark() { return pal::mix(sand(), pal::kWoodDark, 0.3f); }
inline sf::Color bark() { return pal::mix(pal::kWood, sf::Color(190, 140, 100), 0.4f); }

inline sf::Color tarmac() { return pal::mix(pal::kWall, sf::Color(164, 180, 212), 0.7f); }
inline sf::Color tarmac_fleck() { return pal::mix(tarmac(), pal::kInk, 0.14f); }
inline sf::Color soft_surface() { return pal::mix(pal::kPlant, sf::Color(150, 196, 150), 0.45f); }
inline sf::Color paving() { return pal::mix(pal::kFloor, sf::Color(226, 222, 214), 0.7f); }
inline sf::Color chalk() { return sf::Color(255, 252, 244); }

inline sf::Color iron() { return pal::mix(pal::kInk, sf::Color(52, 74, 84), 0.5f); }
inline sf::Color roof() { return pal::mix(pal::kRug, sf::Color(200, 110, 90), 0.5f); }
inline sf::Color brick() { return pal::mix(pal::kRug, pal::kWoodDark, 0.45f); }
inline sf::Color stone() { return pal::mix(pal::kFloor, sf::Color(214, 206, 194), 0.6f); }

}  // namespace sb::app::outdoor
