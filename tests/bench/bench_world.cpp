// Ticks per second of the headless playroom (sb::world::World, agents driven,
// events collected) beside a bare b2World holding the same bodies.
#include <chrono>
#include <cmath>
#include <cstdio>

#include "bare_box2d.hpp"
#include "bench_report.hpp"
#include "world/world.hpp"

namespace {
using Clock = std::chrono::steady_clock;
constexpr int kTicks = 60 * 600; // ten minutes of play
constexpr float kDt = 1.f / 60.f;

double seconds_since(Clock::time_point t0) { return std::chrono::duration<double>(Clock::now() - t0).count(); }

double run_world() {
  sb::world::World w(sb::world::playroom());
  const auto t0 = Clock::now();
  for (int i = 0; i < kTicks; ++i) {
    const float a = i * 0.01f;
    for (int k = 0; k < w.agent_count(); ++k) w.drive(k, {std::cos(a + k), std::sin(a * 1.3f + k)});
    w.step(kDt);
  }
  return kTicks / seconds_since(t0);
}

double run_bare() {
  auto w = sb::bench::bare_world(sb::world::playroom());
  const auto t0 = Clock::now();
  for (int i = 0; i < kTicks; ++i) {
    const float a = i * 0.01f;
    int k = 0;
    for (b2Body* b = w->GetBodyList(); b; b = b->GetNext())
      if (b->IsFixedRotation()) b->SetLinearVelocity(b2Vec2(std::cos(a + k), std::sin(a * 1.3f + k))), ++k;
    w->Step(kDt, 8, 3);
  }
  return kTicks / seconds_since(t0);
}

double best_of(double (*f)(), int n) {
  double best = 0;
  for (int i = 0; i < n; ++i) best = std::max(best, f());
  return best;
}
}  // namespace

int main(int argc, char** argv) {
  sb::bench::Report report("world", argc, argv);
  const double world = best_of(run_world, 5);
  const double bare = best_of(run_bare, 5);
  std::printf("\n### Headless world: ticks per second (best of 5, %d ticks each)\n\n", kTicks);
  std::printf("| what | ticks/s | x real time (60 Hz) |\n|---|---:|---:|\n");
  std::printf("| sb::world::World (playroom, driven, events) | %.0f | %.0f |\n", world, world / 60);
  std::printf("| bare b2World, same bodies (floor) | %.0f | %.0f |\n", bare, bare / 60);
  std::printf("| cost over the floor | %.2fx | |\n", bare / world);
  // As times per tick, so the ratio reads like the others: the cost over the floor.
  report.floor("bare_box2d_tick", 1 / bare, "s", "one tick of a bare b2World with the same bodies (best of 5)");
  report.figure("world_tick", 1 / world, "s", "one tick of sb::world::World, playroom, driven, events (best of 5)", "bare_box2d_tick");
  return 0;
}
