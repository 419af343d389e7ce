#pragma once
// The storybook palette: warm, soft colours that read well on a projector.
// Tests sample the figures' shirt colours, so they live here, named once.
#include <SFML/Graphics/Color.hpp>

namespace sb::app::palette {

inline sf::Color kPaper{250, 241, 224};     // title background
inline sf::Color kPaperDeep{241, 223, 196};
inline sf::Color kInk{78, 60, 54};          // outlines and text
inline sf::Color kInkSoft{122, 100, 90};    // hints
inline sf::Color kShadow{70, 45, 35, 55};   // soft ground shadows

inline sf::Color kFloor{234, 212, 178};
inline sf::Color kFloorPlank{222, 197, 160};
inline sf::Color kWall{170, 196, 180};
inline sf::Color kWallTop{196, 218, 202};
inline sf::Color kOutside{120, 140, 132};

inline sf::Color kRug{229, 160, 148};
inline sf::Color kRugBorder{246, 208, 182};
inline sf::Color kRugPattern{214, 132, 124};

inline sf::Color kWood{200, 150, 108};
inline sf::Color kWoodDark{168, 120, 84};
inline sf::Color kCushion{150, 176, 214};
inline sf::Color kPlant{126, 170, 120};

inline sf::Color kChildShirt{247, 190, 72};   // sunflower
inline sf::Color kChildSkin{248, 212, 182};
inline sf::Color kChildHair{150, 96, 62};
inline sf::Color kCaregiverShirt{102, 146, 196}; // soft blue
inline sf::Color kCaregiverSkin{230, 186, 154};
inline sf::Color kCaregiverHair{96, 66, 54};
inline sf::Color kStrangerShirt{156, 132, 186}; // lilac
inline sf::Color kStrangerSkin{214, 170, 140};
inline sf::Color kStrangerHair{64, 58, 60};
inline sf::Color kTrousers{110, 104, 128};
inline sf::Color kCheek{240, 150, 140, 150};

inline sf::Color kBall{234, 108, 96};
inline sf::Color kBallStripe{255, 246, 232};
inline sf::Color kBlockA{104, 182, 170};
inline sf::Color kBlockB{240, 196, 92};
inline sf::Color kBlockC{176, 150, 210};
inline sf::Color kBear{190, 138, 94};
inline sf::Color kBearMuzzle{236, 204, 168};

inline sf::Color kButton{255, 250, 240};
inline sf::Color kButtonHot{255, 226, 170};
inline sf::Color kLampGlow{255, 214, 140};

// The colours above are the storybook scheme. Settings switch them at run time
// (high contrast, colour-blind safe; app/settings/palette_schemes.cpp), so read
// them while drawing and never copy them into something kept; CachedLayer
// repaints when generation() changes.
void use_scheme(bool high_contrast, bool colour_blind_safe);
unsigned generation();

inline sf::Color with_alpha(sf::Color c, sf::Uint8 a) { c.a = a; return c; }
inline sf::Color mix(sf::Color a, sf::Color b, float t) {
  auto m = [t](sf::Uint8 x, sf::Uint8 y) { return static_cast<sf::Uint8>(x + (y - x) * t + 0.5f); };
  return {m(a.r, b.r), m(a.g, b.g), m(a.b, b.b), m(a.a, b.a)};
}

}  // namespace sb::app::palette
