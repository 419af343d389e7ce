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
