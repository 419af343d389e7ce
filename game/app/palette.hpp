#pragma once
// The storybook palette: warm, soft colours that read well on a projector.
// Tests sample the figures' shirt colours, so they live here, named once.
#include <SFML/Graphics/Color.hpp>

namespace sb::app::palette {

inline const sf::Color kPaper{250, 241, 224};     // title background
inline const sf::Color kPaperDeep{241, 223, 196};
inline const sf::Color kInk{78, 60, 54};          // outlines and text
inline const sf::Color kInkSoft{122, 100, 90};    // hints
inline const sf::Color kShadow{70, 45, 35, 55};   // soft ground shadows

inline const sf::Color kFloor{234, 212, 178};
inline const sf::Color kFloorPlank{222, 197, 160};
inline const sf::Color kWall{170, 196, 180};
inline const sf::Color kWallTop{196, 218, 202};
inline const sf::Color kOutside{120, 140, 132};

inline const sf::Color kRug{229, 160, 148};
inline const sf::Color kRugBorder{246, 208, 182};
inline const sf::Color kRugPattern{214, 132, 124};

inline const sf::Color kWood{200, 150, 108};
inline const sf::Color kWoodDark{168, 120, 84};
inline const sf::Color kCushion{150, 176, 214};
inline const sf::Color kPlant{126, 170, 120};

inline const sf::Color kChildShirt{247, 190, 72};   // sunflower
inline const sf::Color kChildSkin{248, 212, 182};
inline const sf::Color kChildHair{150, 96, 62};
inline const sf::Color kCaregiverShirt{102, 146, 196}; // soft blue
inline const sf::Color kCaregiverSkin{230, 186, 154};
inline const sf::Color kCaregiverHair{96, 66, 54};
inline const sf::Color kStrangerShirt{156, 132, 186}; // lilac
inline const sf::Color kStrangerSkin{214, 170, 140};
inline const sf::Color kStrangerHair{64, 58, 60};
inline const sf::Color kTrousers{110, 104, 128};
inline const sf::Color kCheek{240, 150, 140, 150};

inline const sf::Color kBall{234, 108, 96};
inline const sf::Color kBallStripe{255, 246, 232};
inline const sf::Color kBlockA{104, 182, 170};
inline const sf::Color kBlockB{240, 196, 92};
inline const sf::Color kBlockC{176, 150, 210};
inline const sf::Color kBear{190, 138, 94};
inline const sf::Color kBearMuzzle{236, 204, 168};

inline const sf::Color kButton{255, 250, 240};
inline const sf::Color kButtonHot{255, 226, 170};
inline const sf::Color kLampGlow{255, 214, 140};

inline sf::Color with_alpha(sf::Color c, sf::Uint8 a) { c.a = a; return c; }
inline sf::Color mix(sf::Color a, sf::Color b, float t) {
  auto m = [t](sf::Uint8 x, sf::Uint8 y) { return static_cast<sf::Uint8>(x + (y - x) * t + 0.5f); };
  return {m(a.r, b.r), m(a.g, b.g), m(a.b, b.b), m(a.a, b.a)};
}

}  // namespace sb::app::palette
