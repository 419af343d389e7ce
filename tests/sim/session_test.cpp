#include <catch2/catch.hpp>

#include "sim/session.hpp"

using namespace sb;
using sim::InputCommand;
using sim::Session;
using sim::SessionConfig;

namespace {
const sim::AgentView& find(const std::vector<sim::AgentView>& v, const std::string& role) {
  for (const auto& a : v)
    if (a.role == role) return a;
  FAIL("no agent with role " << role);
  return v.front();
}

std::uint64_t play(std::uint64_t seed, float wobble, int ticks) {
  SessionConfig c;
  c.seed = seed;
  Session s(c);
  for (int i = 0; i < ticks; ++i) {
    InputCommand in;
    in.move_x = std::sin(i * 0.02f) + wobble;
    in.move_y = std::cos(i * 0.03f);
    if (i % 240 == 100) in.action = mind::Action::Call;
    s.step(in);
  }
  return s.hash();
}
}  // namespace

TEST_CASE("in the free playroom the player walks the child") {
  Session s(SessionConfig{});
  const auto start = find(s.agents(), "child").position;
  InputCommand right;
  right.move_x = 1;
  for (int i = 0; i < 60; ++i) s.step(right);
  const auto child = find(s.agents(), "child");
  CHECK(child.position.x - start.x > 0.8f);
  CHECK(child.previous.x < child.position.x); // the renderer has last tick's place to interpolate from
  CHECK(s.tick() == 60);
  CHECK(s.scenario_time() == Approx(1.0));
}

TEST_CASE("the same seed and inputs give the same state hash") {
  CHECK(play(3, 0.f, 900) == play(3, 0.f, 900));
}

TEST_CASE("different inputs or seeds give a different state hash") {
  const auto base = play(3, 0.f, 900);
  CHECK(play(3, 0.05f, 900) != base);
  CHECK(play(4, 0.f, 900) != base);
}

TEST_CASE("the caregiver is an adult, larger than the child, and present in the playroom") {
  Session s(SessionConfig{});
  const auto agents = s.agents();
  const auto& child = find(agents, "child");
  const auto& adult = find(agents, "caregiver");
  CHECK(adult.radius > child.radius * 1.4f);
  CHECK(adult.present);
  CHECK(s.story() == nullptr);
  CHECK_FALSE(s.ended());
}
