#include "app/screens/play/scenario_sounds.hpp"

#include <algorithm>
#include <cmath>

#include "app/platform/synth.hpp"

namespace sb::app::scenario_sounds {
namespace {
constexpr double kTau = 6.283185307179586;
constexpr double kRate = synth::kSampleRate;

std::int16_t sample(double v) { return static_cast<std::int16_t>(std::lround(std::clamp(v, -1.0, 1.0) * 32767.0)); }

// An envelope with a soft attack and release, so nothing clicks.
double envelope(double t, double length, double attack = 0.02, double release = 0.08) {
  if (t < 0 || t > length) return 0;
  return std::min({1.0, t / attack, (length - t) / release});
}

// A sung vowel-ish tone: a fundamental sliding from f0 to f1 with two soft overtones.
void voice(Samples& out, double start, double length, double f0, double f1, double level, double vibrato = 0) {
  const std::size_t a = static_cast<std::size_t>(start * kRate), n = static_cast<std::size_t>(length * kRate);
  if (out.size() < a + n) out.resize(a + n, 0);
  double phase = 0;
  for (std::size_t i = 0; i < n; ++i) {
    const double t = static_cast<double>(i) / kRate;
    const double f = f0 + (f1 - f0) * (t / length) + vibrato * std::sin(kTau * 5.5 * t);
    phase += kTau * f / kRate;
    const double v = std::sin(phase) + 0.3 * std::sin(2 * phase) + 0.12 * std::sin(3 * phase);
    out[a + i] = sample(out[a + i] / 32767.0 + level * envelope(t, length) * v / 1.42);
  }
}

struct Chord { double f[4]; };
// Frequencies are multiples of 1/8 Hz: whole cycles in the 8-second loop.
Chord chord_for(const std::string& id) {
  if (id == "park") return {{196.0, 246.875, 293.625, 392.0}};
  if (id == "bedtime") return {{110.0, 164.75, 220.0, 277.125}};
  if (id == "rupture-repair") return {{146.875, 185.0, 220.0, 293.625}};
  if (id == "first-day") return {{174.625, 220.0, 261.625, 349.25}};
  if (id == "grown-up") return {{123.5, 155.5, 185.0, 246.875}};
  if (id == "earning-security") return {{130.75, 164.75, 196.0, 246.875}};
  return {{130.875, 164.75, 196.0, 261.75}}; // the playroom, the Strange Situation
}
}  // namespace

Samples ambience(const std::string& id, bool sharp) {
  constexpr double kSeconds = 8.0;
  const std::size_t n = static_cast<std::size_t>(kRate * kSeconds);
  const Chord c = chord_for(id);
  Samples out(n);
  for (std::size_t i = 0; i < n; ++i) {
    const double t = static_cast<double>(i) / kRate;
    double v = 0;
    for (int k = 0; k < 4; ++k) {
      const double swell = 0.6 + 0.4 * std::sin(kTau * 0.125 * (k + 1) * t);
      if (!sharp) {
        v += (0.34 - 0.06 * k) * swell * std::sin(kTau * c.f[k] * t);
      } else {
        // The same chord, but thin and tense: a semitone rub, a high whine and a tremble.
        const double f = c.f[k] * 2;
        v += 0.16 * swell * (std::sin(kTau * f * t) + 0.8 * std::sin(kTau * (f * 1.059375) * t));
        v += 0.05 * std::sin(kTau * (c.f[k] * 8) * t) * (0.5 + 0.5 * std::sin(kTau * 6.0 * t));
      }
    }
    out[i] = sample(0.11 * v);
  }
  return out;
}

Samples heartbeat() {
  const std::size_t n = static_cast<std::size_t>(kRate * 0.42);
  Samples out(n);
  for (std::size_t i = 0; i < n; ++i) {
    const double t = static_cast<double>(i) / kRate;
    auto thump = [&](double start, double level) {
      const double u = t - start;
      if (u < 0) return 0.0;
      return level * std::min(1.0, u / 0.006) * std::exp(-u / 0.045) * std::sin(kTau * (58 - 40 * u) * u);
    };
    out[i] = sample(0.55 * (thump(0, 1.0) + thump(0.16, 0.7)));
  }
  return out;
}

Samples answer_cue(mind::AnswerKind kind) {
  using K = mind::AnswerKind;
  Samples out;
  switch (kind) {
    case K::Comfort: voice(out, 0, 0.45, 220, 247, 0.16); voice(out, 0.38, 0.6, 247, 196, 0.14); break;
    case K::Dismiss: voice(out, 0, 0.28, 175, 165, 0.13); break;
    case K::Intrude:
      for (int i = 0; i < 4; ++i) voice(out, i * 0.13, 0.11, 330, 349, 0.13);
      break;
    case K::Frighten: voice(out, 0, 0.35, 440, 466, 0.17, 18); voice(out, 0, 0.35, 311, 330, 0.12); break;
    case K::Dissociate: voice(out, 0, 1.0, 196, 196, 0.07); break;
    default: break;
  }
  return out;
}

Samples child_cue(mind::Action action) {
  using A = mind::Action;
  Samples out;
  switch (action) {
    case A::Call: voice(out, 0, 0.32, 392, 523, 0.13); break;
    case A::Cry: voice(out, 0, 0.7, 587, 494, 0.12, 25); break;
    case A::ReachUp: voice(out, 0, 0.2, 440, 587, 0.11); break;
    case A::ShowToy: voice(out, 0, 0.14, 523, 523, 0.11); voice(out, 0.15, 0.2, 659, 659, 0.11); break;
    case A::Cling: voice(out, 0, 0.35, 349, 330, 0.09); break;
    case A::PushAway: voice(out, 0, 0.18, 330, 262, 0.12); break;
    default: break;
  }
  return out;
}

Samples page_turn() {
  const std::size_t n = static_cast<std::size_t>(kRate * 0.18);
  Samples out(n);
  std::uint64_t x = 0x2545F4914F6CDD1DULL; // a fixed noise pattern: the same rustle every time
  double lp = 0;
  for (std::size_t i = 0; i < n; ++i) {
    x ^= x << 13, x ^= x >> 7, x ^= x << 17;
    const double noise = static_cast<double>(x & 0xffff) / 32768.0 - 1.0;
    lp += 0.15 * (noise - lp);
    const double t = static_cast<double>(i) / kRate;
    out[i] = sample(0.25 * lp * envelope(t, 0.18, 0.03, 0.12));
  }
  return out;
}

double rms(const Samples& s) {
  if (s.empty()) return 0;
  double sum = 0;
  for (std::int16_t v : s) sum += (v / 32768.0) * (v / 32768.0);
  return std::sqrt(sum / static_cast<double>(s.size()));
}

}  // namespace sb::app::scenario_sounds
