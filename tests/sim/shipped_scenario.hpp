#pragma once
// A shipped scenario by id, loaded and checked, for the sim tests.
#include <catch2/catch.hpp>

#include "scenario/loader.hpp"

namespace sb::test {

inline std::shared_ptr<const scenario::Scenario> shipped_scenario(const std::string& id) {
  const auto path = scenario::find_scenario(id);
  REQUIRE(path);
  auto r = scenario::load_file(*path);
  REQUIRE(r.ok());
  return r.scenario;
}

}  // namespace sb::test
