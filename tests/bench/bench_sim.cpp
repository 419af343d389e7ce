// Simulated seconds per wall second for the Strange Situation played headless by
// the AI child (scenario + world + mind, the same code as the game), on one core,
// beside stepping the same Box2D world alone for the same number of ticks.
#include <chrono>
#include <cmath>
#include <cstdio>

#include "bare_box2d.hpp"
#include "bench_report.hpp"
#include "scenario/loader.hpp"
#include "sim/scenario_room.hpp"
#include "sim/session.hpp"

namespace {
using Clock = std::chrono::steady_clock;
double since(Clock::time_point t0) { return std::chrono::duration<double>(Clock::now() - t0).count(); }
}  // namespace

int main(int argc, char** argv) {
  sb::bench::Report report("sim", argc, argv);
  const auto path = sb::scenario::find_scenario("strange-situation");
  if (!path) {
    std::fprintf(stderr, "bench_sim: strange-situation scenario not found\n");
    return 3;
  }
  const auto loaded = sb::scenario::load_file(*path);
  if (!loaded.ok()) {
    std::fprintf(stderr, "bench_sim: strange-situation does not load\n");
    return 1;
  }
  const char* styles[] = {"sensitive", "rejecting", "inconsistent", "frightening"};
  std::printf("\n### Strange Situation headless, one core (AI child, 5 runs per caregiver)\n\n");
  std::printf("| caregiver | ticks per run | scenario s per run | wall ms per run | x real time | bare Box2D ms, same ticks | cost over bare Box2D |\n");
  std::printf("|---|---:|---:|---:|---:|---:|---:|\n");
  for (const char* style : styles) {
    std::uint64_t ticks = 0;
    double scenario_seconds = 0, wall = 0;
    const int runs = 5;
    for (int r = 0; r < runs; ++r) {
      sb::sim::SessionConfig c;
      c.scenario = loaded.scenario;
      c.caregiver = sb::mind::preset(style);
      c.caregiver_style = style;
      c.seed = 100 + r;
      c.ai_child = true;
      sb::sim::Session s(c);
      const auto t0 = Clock::now();
      while (!s.ended() && s.tick() < 60ull * 60 * 30) s.step({});
      wall += since(t0);
      ticks += s.tick();
      scenario_seconds += s.scenario_time();
    }
    // The floor: the same bodies in a plain b2World, stepped as often.
    auto bare = sb::bench::bare_world(sb::sim::room_from_scenario(*loaded.scenario));
    const auto t0 = Clock::now();
    for (std::uint64_t i = 0; i < ticks / runs; ++i) {
      int k = 0;
      for (b2Body* b = bare->GetBodyList(); b; b = b->GetNext())
        if (b->IsFixedRotation()) b->SetLinearVelocity(b2Vec2(std::cos(i * 0.01f + k), std::sin(i * 0.013f + k))), ++k;
      bare->Step(1.f / 60.f, 8, 3);
    }
    const double bare_ms = since(t0) * 1000;
    const double run_ms = wall / runs * 1000;
    report.floor(std::string("bare_box2d.") + style, bare_ms / 1000, "s", std::string("bare Box2D, the ticks of one ") + style + " run");
    report.figure(std::string("strange_situation_run.") + style, run_ms / 1000, "s",
                  std::string("one Strange Situation run headless, ") + style + " caregiver (mean of 5)", std::string("bare_box2d.") + style,
                  sb::bench::Goal::at_most(1.5));
    report.figure(std::string("real_time_factor.") + style, scenario_seconds / wall, "x", "scenario seconds per wall second, one core", {},
                  sb::bench::Goal::at_least(10000));
    std::printf("| %s | %llu | %.0f | %.1f | %.0f | %.1f | %.2fx |\n", style, (unsigned long long)(ticks / runs),
                scenario_seconds / runs, run_ms, scenario_seconds / wall, bare_ms, run_ms / bare_ms);
  }
  std::printf("\nGoals: at least 10,000x real time per core (issue 12; issue 4 asked 2000x), and under 1.5x the bare Box2D cost.\n");
  return 0;
}
