// Hidden report (test_sim "[.simreport]"): outcome rates per preset, the sweep
// and the population through the real session, for the notes.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <iostream>

#include "sim/simulate.hpp"

TEST_CASE("report: simulate tables", "[.simreport]") {
  const int runs = std::getenv("SB_RUNS") ? std::atoi(std::getenv("SB_RUNS")) : 100;
  sb::sim::SimulateOptions o;
  o.runs = runs;
  for (const char* style : {"sensitive", "rejecting", "inconsistent", "frightening"}) {
    o.caregiver = style;
    o.json = true;
    sb::sim::simulate_command(o, std::cout, std::cerr);
  }
  o.json = false;
  o.caregiver = "sensitive";
  o.sweep = "sensitivity=1..9";
  o.runs = runs / 2;
  sb::sim::simulate_command(o, std::cout, std::cerr);
  o.sweep.clear();
  o.population = true;
  o.runs = runs * 2;
  sb::sim::simulate_command(o, std::cout, std::cerr);
}

#include "mind/behaviour_record.hpp"
#include "mind/coding.hpp"
#include "scenario/loader.hpp"
#include "sim/rng.hpp"

TEST_CASE("report: one session's record", "[.simreport1]") {
  using namespace sb;
  const char* style = std::getenv("SB_STYLE") ? std::getenv("SB_STYLE") : "sensitive";
  sim::SessionConfig c;
  c.scenario = scenario::load_file(*scenario::find_scenario("strange-situation")).scenario;
  c.caregiver = mind::preset(style);
  c.caregiver_style = style;
  c.seed = std::getenv("SB_SEED") ? std::strtoull(std::getenv("SB_SEED"), nullptr, 10) : 1;
  c.ai_child = true;
  sim::Session s(c);
  double next = 0;
  while (!s.ended()) {
    s.step({});
    if (std::getenv("SB_TRACE") && s.scenario_time() >= next) {
      next += 3;
      const auto& ch = s.child();
      std::printf("ep%d %6.1f A %.2f E %.2f F %.2f %-12s d %.2f cg %s\n", s.story()->episode_index() + 1,
                  s.story()->episode_time(), ch.arousal, ch.expressed_distress, ch.felt_security, mind::to_string(ch.action),
                  s.world().distance(0, 1), mind::to_string(s.mind().caregiver().showing));
    }
  }
  for (const auto& e : s.mind().record().episodes())
    std::printf("ep%d role %d dur %.0f contacts %d longest %.1f contact_s %.1f cling %.1f pushes %d bids %d first_app %.1f calm %.1f btp %.1f\n",
                e.episode + 1, int(e.role), e.duration, e.contacts, e.longest_contact, e.contact_seconds, e.cling_seconds,
                e.pushes, e.bids, e.first_approach, e.calm_after, e.back_to_play);
  const auto cl = *s.outcome();
  std::printf("=> %s %s D %.1f\n", mind::to_string(cl.pattern), cl.subgroup.c_str(), cl.disorganization);
  for (const auto& r : cl.reasons) std::printf("  - %s\n", r.text.c_str());
}

TEST_CASE("report: why D and why B among hyperactivating", "[.simreport2]") {
  using namespace sb;
  const char* spec = std::getenv("SB_SPEC") ? std::getenv("SB_SPEC") : "sensitivity=6";
  std::string error;
  sim::SessionConfig c;
  c.scenario = scenario::load_file(*scenario::find_scenario("strange-situation")).scenario;
  c.caregiver = *mind::parse_caregiver(spec, &error);
  c.ai_child = true;
  const int runs = std::getenv("SB_RUNS") ? std::atoi(std::getenv("SB_RUNS")) : 30;
  int idx[7] = {};
  for (int i = 0; i < runs; ++i) {
    c.seed = sim::derive_seed(1, i);
    sim::Session s(c);
    const auto before = s.mind().strategy();
    while (!s.ended()) s.step({});
    const auto cl = *s.outcome();
    const auto d = mind::code_disorganization(s.mind().record());
    if (cl.pattern == mind::Pattern::Disorganized)
      for (int k = 0; k < 7; ++k) idx[k] += d.strength[k] >= 2;
    std::printf("%2d %-15s -> %-12s %-4s D %.1f [", i, mind::to_string(before), mind::to_string(cl.pattern), cl.subgroup.c_str(), d.rating);
    for (double v : d.strength) std::printf("%.0f", v);
    std::printf("]");
    for (const auto& r : cl.reunions) std::printf("  PS%.0f CM%.0f RS%.0f AV%.1f", r.proximity_seeking, r.contact_maintaining, r.resistance, r.avoidance);
    const auto& last = s.mind().record().episodes().back();
    std::printf("  btp %.0f calm %.0f shown %.2f\n", last.back_to_play, last.calm_after, last.mean_shown());
  }
  std::printf("D index counts (>=2):");
  for (int k : idx) std::printf(" %d", k);
  std::printf("\n");
}

TEST_CASE("report: population only", "[.simpop]") {
  sb::sim::SimulateOptions o;
  o.runs = std::getenv("SB_RUNS") ? std::atoi(std::getenv("SB_RUNS")) : 120;
  o.population = true;
  o.seed = std::getenv("SB_SEED") ? std::strtoull(std::getenv("SB_SEED"), nullptr, 10) : 1;
  sb::sim::simulate_command(o, std::cout, std::cerr);
}
