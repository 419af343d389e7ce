#include "app/platform/synth.hpp"

#include <algorithm>
#include <cmath>

namespace sb::app::synth {
namespace {
constexpr double kTau = 6.283185307179586;

// Fades the last few milliseconds to silence, so a sound never ends with a click.
void fade_tail(std::vector<std::int16_t>& s) {
  const std::size_t n = std::min<std::size_t>(s.size(), kSampleRate / 100);
  for (std::size_t i = 0; i < n; ++i) {
    auto& v = s[s.size() - 1 - i];
    v = static_cast<std::int16_t>(v * static_cast<double>(i) / static_cast<double>(n));
  }
}

std::int16_t to_sample(double v) {
  return static_cast<std::int16_t>(std::lround(std::clamp(v, -1.0, 1.0) * 32767.0));
}

// A bell-like partial: a sine with a fast attack and an exponential decay.
double bell(double t, double freq, double decay) {
  const double attack = std::min(1.0, t / 0.004);
  return attack * std::exp(-t / decay) * std::sin(kTau * freq * t);
}
}  // namespace

std::vector<std::int16_t> click() {
  const std::size_t n = kSampleRate * 60 / 1000;
  std::vector<std::int16_t> out(n);
  for (std::size_t i = 0; i < n; ++i) {
    const double t = static_cast<double>(i) / kSampleRate;
    const double v = 0.7 * bell(t, 1180, 0.012) + 0.3 * bell(t, 590, 0.02);
    out[i] = to_sample(0.22 * v);
  }
  fade_tail(out);
  return out;
}

std::vector<std::int16_t> chime() {
  const std::size_t n = kSampleRate * 700 / 1000;
  std::vector<std::int16_t> out(n);
  for (std::size_t i = 0; i < n; ++i) {
    const double t = static_cast<double>(i) / kSampleRate;
    double v = bell(t, 659.25, 0.18) + 0.35 * bell(t, 1318.5, 0.09);
    if (t > 0.11) v += bell(t - 0.11, 987.77, 0.25) + 0.3 * bell(t - 0.11, 1975.5, 0.1);
    out[i] = to_sample(0.16 * v);
  }
  fade_tail(out);
  return out;
}

std::vector<std::int16_t> ambience() {
  // Every frequency is a whole number of cycles in 8 s, so the loop has no seam.
  constexpr double kSeconds = 8.0;
  const std::size_t n = static_cast<std::size_t>(kSampleRate * kSeconds);
  struct Voice { double freq, level, lfo; };
  constexpr Voice kVoices[] = {{130.875, 0.35, 0.125}, {164.75, 0.25, 0.25}, {196.0, 0.22, 0.375},
                               {261.75, 0.12, 0.125}, {329.625, 0.06, 0.25}};
  std::vector<std::int16_t> out(n);
  for (std::size_t i = 0; i < n; ++i) {
    const double t = static_cast<double>(i) / kSampleRate;
    double v = 0;
    for (const Voice& voice : kVoices) {
      const double swell = 0.6 + 0.4 * std::sin(kTau * voice.lfo * t);
      v += voice.level * swell * std::sin(kTau * voice.freq * t);
    }
    out[i] = to_sample(0.12 * v);
  }
  return out;
}

}  // namespace sb::app::synth
