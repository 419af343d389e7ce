// Saving mid-scene and coming back (issue 16, part 1), and stepping back to a choice to
// choose again (part 3): a recording cut at a tick and re-simulated reaches the state the
// uninterrupted play had at that tick, and plays on exactly as it would have.
#include <catch2/catch.hpp>

#include <sstream>

#include "shipped_scenario.hpp"
#include "sim/replay.hpp"
#include "sim/resume.hpp"
#include "sim/session.hpp"

using namespace sb;

namespace {

sim::SessionConfig park(std::uint64_t seed) {
  sim::SessionConfig c;
  c.scenario = test::shipped_scenario("park");
  c.caregiver = mind::preset("inconsistent");
  c.caregiver_style = "inconsistent";
  c.seed = seed;
  c.player_paces_lines = true; // as the play screen does
  return c;
}

// A player who wanders, calls now and then, reads each line for a second and a half and
// answers each choice with `pick` (or its last option).
sim::InputCommand player(const sim::Session& s, int pick) {
  sim::InputCommand c;
  const std::uint64_t t = s.tick();
  const sim::StoryRuntime* story = s.story();
  if (!story->choices().empty()) {
    c.choice = static_cast<std::int8_t>(std::min<int>(pick, int(story->choices().size()) - 1));
    return c;
  }
  if (story->line() && t % 90 == 0) c.advance = true;
  c.move_x = (t / 120) % 2 ? 0.6f : -0.4f;
  c.move_y = (t / 200) % 2 ? 0.5f : -0.3f;
  if (t % 400 == 17) c.action = mind::Action::Call;
  return c;
}

// Plays `ticks` ticks (or to the end), recording every input.
void play(sim::Session& s, sim::Recording& rec, std::uint64_t ticks, int pick) {
  for (std::uint64_t i = 0; i < ticks && !s.ended(); ++i) {
    const sim::InputCommand in = player(s, pick);
    s.step(in);
    rec.push(in);
  }
}

// What a save file keeps: the recording as text, read back.
sim::Recording through_text(const sim::Recording& r) {
  std::stringstream text;
  sim::write_recording(text, r);
  std::string error;
  auto back = sim::read_recording(text, &error);
  REQUIRE(back);
  return *back;
}

std::unique_ptr<sim::Session> resume(const sim::Recording& r) {
  std::string error;
  auto resumer = sim::Resumer::start(r, &error);
  REQUIRE(resumer);
  int slices = 0;
  while (!resumer->step(500)) ++slices;
  CHECK(resumer->ticks_done() == r.ticks());
  CHECK(resumer->inputs().size() == r.ticks());
  if (r.final_hash) CHECK(resumer->hash_matches()); // a cut recording (a step back) has no saved hash
  return resumer->take_session();
}

}  // namespace

TEST_CASE("sim resume: a play saved mid-scene and resumed reaches the uninterrupted play's state", "[sim][resume]") {
  sim::Session straight(park(7));
  sim::Recording rec = sim::start_recording(straight.config(), "park");
  play(straight, rec, 3000, 1);                    // fifty seconds in: the save
  REQUIRE_FALSE(straight.ended());
  rec.final_hash = straight.hash();
  const std::uint64_t saved_hash = straight.hash();

  auto resumed = resume(through_text(rec));
  CHECK(resumed->tick() == straight.tick());
  CHECK(resumed->hash() == saved_hash);

  // Both play on with the same hands: they stay the same play.
  sim::Recording more_a = rec, more_b = rec;
  play(straight, more_a, 2400, 1);
  play(*resumed, more_b, 2400, 1);
  CHECK(resumed->tick() == straight.tick());
  CHECK(resumed->hash() == straight.hash());
}

TEST_CASE("sim resume: a save of another seed does not reach the same state", "[sim][resume]") {
  sim::Session a(park(7)), b(park(8));
  sim::Recording ra = sim::start_recording(a.config(), "park"), rb = sim::start_recording(b.config(), "park");
  play(a, ra, 1200, 0);
  play(b, rb, 1200, 0);
  rb.final_hash = b.hash();
  CHECK(resume(through_text(rb))->hash() != a.hash());
}

TEST_CASE("sim resume: resuming in slices reports its progress and ends at the saved tick", "[sim][resume]") {
  sim::Session s(park(3));
  sim::Recording rec = sim::start_recording(s.config(), "park");
  play(s, rec, 1000, 0);
  std::string error;
  auto r = sim::Resumer::start(rec, &error);
  REQUIRE(r);
  CHECK(r->fraction() == 0.0);
  CHECK_FALSE(r->step(250));
  CHECK(r->fraction() == Approx(0.25));
  CHECK(r->step(10000));
  CHECK(r->session().tick() == 1000);
  CHECK(r->session().hash() == s.hash());
}

TEST_CASE("sim rollback: stepping back to a choice and choosing again equals a straight play of the new choice",
          "[sim][rollback]") {
  // The straight play with the second option at every choice.
  sim::Session straight(park(11));
  sim::Recording straight_rec = sim::start_recording(straight.config(), "park");
  // First play with the first option until the first choice has been answered and a while after.
  sim::Session first(park(11));
  sim::Recording first_rec = sim::start_recording(first.config(), "park");
  std::uint64_t offered_at = 0;
  for (int i = 0; i < 20000 && !first.ended(); ++i) {
    if (!first.story()->choices().empty()) {
      offered_at = first.tick();
      break;
    }
    const sim::InputCommand in = player(first, 0);
    first.step(in);
    first_rec.push(in);
  }
  REQUIRE(offered_at > 0); // the park offers a choice
  play(first, first_rec, 600, 0);
  const std::uint64_t first_hash = first.hash();

  // Step back to the tick the choice was offered; choose the second option; play on.
  auto back = resume(sim::truncated(first_rec, offered_at));
  REQUIRE(back->tick() == offered_at);
  REQUIRE_FALSE(back->story()->choices().empty());
  sim::Recording again = sim::truncated(first_rec, offered_at);
  play(*back, again, 600, 1);

  play(straight, straight_rec, offered_at + 600, 1);
  CHECK(back->tick() == straight.tick());
  CHECK(back->hash() == straight.hash());
  CHECK(back->hash() != first_hash); // the other choice really made another play
}
