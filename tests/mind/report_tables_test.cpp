// Hidden report (run with: test_mind "[.report]"): outcome rates per preset and
// the sensitivity sweep from the 1-D procedure driver, for tuning and the notes.
#include <catch2/catch.hpp>
#include <ctime>
#include <cstdio>
#include <cstdlib>

#include "mind/population.hpp"
#include "mind/working_model.hpp"
#include "procedure_driver.hpp"

using namespace sb::mind;
using namespace sb::mind::testing;

TEST_CASE("report: outcome rates per preset and sensitivity sweep", "[.report]") {
  const int runs = 200;
  for (const char* style : {"sensitive", "rejecting", "inconsistent", "frightening"}) {
    const Rates r = rates_for(preset(style), runs, 2026);
    std::printf("%-13s B %5.1f%%  A %5.1f%%  C %5.1f%%  D %5.1f%%\n", style, 100 * r.secure(), 100 * r.avoidant(),
                100 * r.anxious(), 100 * r.disorganized());
  }
  std::printf("sensitivity sweep (other scales at the sensitive preset):\n");
  for (int s = 1; s <= 9; ++s) {
    CaregiverParams c = preset("sensitive");
    c.sensitivity = s;
    const Rates r = rates_for(c, runs / 2, 99);
    std::printf("  sensitivity=%d  B %5.1f%%  A %5.1f%%  C %5.1f%%  D %5.1f%%\n", s, 100 * r.secure(), 100 * r.avoidant(),
                100 * r.anxious(), 100 * r.disorganized());
  }
}

TEST_CASE("report: one run in detail", "[.report1]") {
  const char* style = std::getenv("SB_STYLE") ? std::getenv("SB_STYLE") : "sensitive";
  const std::uint64_t seed = std::getenv("SB_SEED") ? std::strtoull(std::getenv("SB_SEED"), nullptr, 10) : 1;
  DyadDef def;
  def.caregiver = preset(style);
  def.seed = seed;
  Dyad dyad(def);
  const WorkingModel& wm = dyad.working_model();
  const auto& rc = dyad.realised_caregiver();
  std::printf("caregiver: %s\n", describe(rc).c_str());
  std::printf("wm: avail %.2f accept %.2f predict %.2f safe %.2f -> %s %.2f\n", wm.available(), wm.accepting(),
              wm.predictable(), wm.safe(), to_string(dyad.strategy()), dyad.strategy_strength());
  double next = 0;
  RunResult r = run_procedure(dyad, [&](const Dyad& d, const Percept& p) {
    if (p.time >= next) {
      next += 5;
      const auto& c = d.child();
      std::printf("ep%d %5.0f  F %.2f A %.2f E %.2f C %.2f  %-12s d %.1f %s cg %s\n", p.episode + 1, p.episode_time,
                  c.felt_security, c.arousal, c.expressed_distress, c.curiosity, to_string(c.action),
                  p.caregiver_distance, p.touching_caregiver ? "T" : " ", to_string(d.caregiver().showing));
    }
  });
  const auto& cl = r.classification;
  std::printf("=> %s %s D=%.1f\n", to_string(cl.pattern), cl.subgroup.c_str(), cl.disorganization);
  for (const auto& s : cl.reunions)
    std::printf("  reunion ep%d PS %.0f CM %.0f RS %.0f AV %.1f\n", s.episode + 1, s.proximity_seeking,
                s.contact_maintaining, s.resistance, s.avoidance);
  const auto d = code_disorganization(dyad.record());
  std::printf("  D indices:");
  for (double v : d.strength) std::printf(" %.0f", v);
  std::printf("\n");
  for (const auto& x : cl.reasons) std::printf("  - %s\n", x.text.c_str());
}

TEST_CASE("report: population", "[.report]") {
  Rates r;
  Rng draw(4242);
  for (int i = 0; i < 400; ++i) r.add(run_seeded(draw_population_caregiver(draw), derive_seed(4242, i)).classification.pattern);
  std::printf("population    B %5.1f%%  A %5.1f%%  C %5.1f%%  D %5.1f%%   (published, exclusive four-way: B 62, A 15, C 9, D 15)\n",
              100 * r.secure(), 100 * r.avoidant(), 100 * r.anxious(), 100 * r.disorganized());
}

TEST_CASE("report: cost of one Dyad::tick", "[.report]") {
  long ticks = 0;
  // Process CPU time, so a busy shared machine does not inflate the figure.
  const std::clock_t start = std::clock();
  for (int i = 0; i < 40; ++i) {
    DyadDef def;
    def.caregiver = preset(i % 4 == 0 ? "sensitive" : i % 4 == 1 ? "rejecting" : i % 4 == 2 ? "inconsistent" : "frightening");
    def.seed = derive_seed(5, i);
    Dyad dyad(def);
    ticks += run_procedure(dyad).ticks;
  }
  const double ns = 1e9 * double(std::clock() - start) / CLOCKS_PER_SEC;
  // Includes the months before (300 exchanges per dyad) and the 1-D driver.
  std::printf("Dyad::tick: %.0f ns per tick over %ld ticks (60 Hz, time scale 1)\n", ns / double(ticks), ticks);
}
