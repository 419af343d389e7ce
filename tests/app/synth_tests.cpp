// The game's own sounds: present, soft, and seamless where they loop.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>

#include "app/platform/audio.hpp"
#include "app/platform/synth.hpp"

using namespace sb::app;

namespace {
int peak(const std::vector<std::int16_t>& s) {
  int p = 0;
  for (auto v : s) p = std::max(p, std::abs(int(v)));
  return p;
}
}  // namespace

TEST_CASE("UI sounds are short, audible and never loud") {
  for (const auto& s : {synth::click(), synth::chime()}) {
    CHECK(s.size() < synth::kSampleRate); // under a second
    CHECK(peak(s) > 2000);
    CHECK(peak(s) < 16000); // well under full scale: a classroom, not an arcade
    CHECK(std::abs(int(s.back())) < 400); // fades out instead of clicking off
  }
}

TEST_CASE("the ambience loops without a seam") {
  const auto a = synth::ambience();
  CHECK(a.size() == synth::kSampleRate * 8);
  CHECK(peak(a) < 8000);
  CHECK(peak(a) > 500);
  // The sample after the last is the first: the step across the loop point is an ordinary step.
  const int seam = std::abs(int(a.front()) - int(a.back()));
  int typical = 0;
  for (std::size_t i = 1; i < 2000; ++i) typical = std::max(typical, std::abs(int(a[i]) - int(a[i - 1])));
  CHECK(seam <= typical);
}

TEST_CASE("a disabled sound system is silent and every call is safe") {
  Audio audio(false);
  CHECK(audio.silent());
  audio.click();
  audio.chime();
  audio.ambience(true);
  audio.ambience(false);
}
