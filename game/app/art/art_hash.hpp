#pragma once
// Deterministic "randomness" for painted detail (tufts of grass, pebbles, flowers):
// a hash of a position, so the same scene always looks the same on every machine
// and nothing shimmers when a cached layer is repainted at another scale.
#include <cstdint>

namespace sb::app::art {

inline std::uint32_t hash(std::int32_t x, std::int32_t y, std::uint32_t salt = 0) {
  std::uint32_t h = static_cast<std::uint32_t>(x) * 0x8da6b343u ^ static_cast<std::uint32_t>(y) * 0xd8163841u ^ salt * 0xcb1ab31fu;
  h ^= h >> 16;
  h *= 0x7feb352du;
  h ^= h >> 15;
  h *= 0x846ca68bu;
  h ^= h >> 16;
  return h;
}

// A number in [0, 1) for a grid cell and a purpose (`salt`).
inline float unit(std::int32_t x, std::int32_t y, std::uint32_t salt = 0) {
  return static_cast<float>(hash(x, y, salt) >> 8) / 16777216.f;
}

// The same for a point in pixels, on a grid fine enough to tell neighbours apart.
inline float unit_at(float x, float y, std::uint32_t salt = 0) {
  return unit(static_cast<std::int32_t>(x * 4.f), static_cast<std::int32_t>(y * 4.f), salt);
}

}  // namespace sb::app::art
