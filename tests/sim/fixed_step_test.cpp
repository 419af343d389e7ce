#include <catch2/catch.hpp>

#include "sim/fixed_step.hpp"
#include "sim/rng.hpp"

using sb::sim::FixedStep;

TEST_CASE("uneven frames still give one step per 1/60 s overall") {
  FixedStep loop(1.0 / 60.0);
  sb::sim::Rng rng(7);
  int steps = 0;
  double elapsed = 0;
  for (int frame = 0; frame < 5000; ++frame) {
    // Frames between 2 ms and 40 ms, as a busy desktop gives them.
    const double dt = rng.uniform(0.002, 0.040);
    elapsed += dt;
    steps += loop.advance(dt);
    CHECK(loop.alpha() >= 0.0);
    CHECK(loop.alpha() < 1.0);
  }
  CHECK(std::abs(steps - elapsed * 60.0) < 1.0);
}

TEST_CASE("a fast frame takes no step and carries its time over") {
  FixedStep loop(1.0 / 60.0);
  CHECK(loop.advance(0.005) == 0);
  CHECK(loop.alpha() == Approx(0.3));
  CHECK(loop.advance(0.005) == 0);
  CHECK(loop.advance(0.007) == 1);
}

TEST_CASE("a long stall is capped instead of replayed") {
  FixedStep loop(1.0 / 60.0, 8);
  CHECK(loop.advance(3.0) == 8);
  CHECK(loop.alpha() < 1.0);
  CHECK(loop.advance(1.0 / 60.0) == 1);
}

TEST_CASE("seeded random numbers repeat exactly and stay in range") {
  sb::sim::Rng a(42), b(42), c(43);
  for (int i = 0; i < 1000; ++i) {
    const double x = a.uniform();
    CHECK(x == b.uniform());
    CHECK(x >= 0.0);
    CHECK(x < 1.0);
  }
  CHECK(a.next() != c.next());
  CHECK(sb::sim::derive_seed(1, 0) != sb::sim::derive_seed(1, 1));
}
