// The run-time colour schemes behind palette.hpp. The storybook colours are
// remembered the first time a scheme is chosen, so switching back is exact.
// High contrast: pure paper and ink, a dark frame around a light floor, strong
// shirt colours. Colour-blind safe: the Okabe-Ito set, whose hues stay apart
// for protanopia, deuteranopia and tritanopia (and differ in lightness too).
#include <array>
#include <utility>

#include "app/art/palette.hpp"

namespace sb::app::palette {
namespace {

using Entry = std::pair<sf::Color*, sf::Color>;

std::array<sf::Color*, 38>& all() {
  static std::array<sf::Color*, 38> a = {
      &kPaper, &kPaperDeep, &kInk, &kInkSoft, &kShadow, &kFloor, &kFloorPlank, &kWall, &kWallTop, &kOutside,
      &kRug, &kRugBorder, &kRugPattern, &kWood, &kWoodDark, &kCushion, &kPlant, &kChildShirt, &kChildSkin,
      &kChildHair, &kCaregiverShirt, &kCaregiverSkin, &kCaregiverHair, &kStrangerShirt, &kStrangerSkin,
      &kStrangerHair, &kTrousers, &kCheek, &kBall, &kBallStripe, &kBlockA, &kBlockB, &kBlockC, &kBear,
      &kBearMuzzle, &kButton, &kButtonHot, &kLampGlow};
  return a;
}

std::array<sf::Color, 38>& storybook() {
  static std::array<sf::Color, 38> saved = [] {
    std::array<sf::Color, 38> s{};
    for (std::size_t i = 0; i < all().size(); ++i) s[i] = *all()[i];
    return s;
  }();
  return saved;
}

unsigned g_generation = 0;

void high_contrast() {
  const Entry e[] = {
      {&kPaper, {255, 255, 255}},       {&kPaperDeep, {255, 255, 255}},  {&kInk, {0, 0, 0}},
      {&kInkSoft, {25, 25, 25}},        {&kShadow, {0, 0, 0, 70}},       {&kFloor, {252, 244, 226}},
      {&kFloorPlank, {214, 196, 160}},  {&kWall, {38, 70, 60}},          {&kWallTop, {70, 112, 96}},
      {&kOutside, {24, 40, 36}},        {&kRug, {200, 70, 60}},          {&kRugBorder, {255, 226, 190}},
      {&kRugPattern, {120, 30, 30}},    {&kWood, {150, 96, 50}},         {&kWoodDark, {90, 56, 28}},
      {&kCushion, {40, 100, 200}},      {&kPlant, {30, 120, 40}},        {&kChildShirt, {255, 200, 0}},
      {&kCaregiverShirt, {0, 84, 200}}, {&kStrangerShirt, {150, 30, 170}}, {&kTrousers, {30, 30, 60}},
      {&kBall, {225, 30, 30}},          {&kButton, {255, 255, 255}},     {&kButtonHot, {255, 221, 0}},
  };
  for (const auto& [c, v] : e) *c = v;
}

void colour_blind_safe(bool strong) {
  // Okabe & Ito (2008); the strong variants are a little darker for high contrast.
  const Entry e[] = {
      {&kChildShirt, strong ? sf::Color(240, 160, 0) : sf::Color(230, 159, 0)},      // orange
      {&kCaregiverShirt, strong ? sf::Color(0, 90, 160) : sf::Color(0, 114, 178)},   // blue
      {&kStrangerShirt, strong ? sf::Color(0, 140, 100) : sf::Color(0, 158, 115)},   // bluish green
      {&kBall, {213, 94, 0}},                                                        // vermillion
      {&kPlant, {0, 158, 115}},                                                      // bluish green
      {&kBlockA, {86, 180, 233}},                                                    // sky blue
      {&kBlockB, {240, 228, 66}},                                                    // yellow
      {&kBlockC, {204, 121, 167}},
      {&kCushion, {86, 180, 233}},
  };
  for (const auto& [c, v] : e) *c = v;
}

}  // namespace

void use_scheme(bool hc, bool cb) {
  const auto& base = storybook();
  for (std::size_t i = 0; i < all().size(); ++i) *all()[i] = base[i];
  if (hc) high_contrast();
  if (cb) colour_blind_safe(hc);
  ++g_generation;
}

unsigned generation() { return g_generation; }

}  // namespace sb::app::palette
