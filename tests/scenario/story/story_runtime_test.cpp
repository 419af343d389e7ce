// StoryRuntime on a small inline scenario: timing rules, triggers, the graph, endings.
#include <catch2/catch.hpp>

#include "scenario/loader.hpp"
#include "sim/story_runtime.hpp"

using namespace sb;
using sb::sim::StoryContext;
using sb::sim::StoryRuntime;

namespace {

const char* kStory = R"(<?xml version="1.0" encoding="UTF-8"?>
<scenario id="inline">
  <meta title="Inline" life-stage="infancy" minutes="1" time-scale="1"><summary>Test.</summary></meta>
  <world width="6" height="4">
    <region id="rug" kind="rug" x="1" y="1" w="2" h="2"/>
    <hazard id="dog" kind="dog" intensity="0.6" episodes="play" from="5" until="20"/>
    <hazard id="storm" kind="thunder" intensity="0.9" episodes="apart"/>
  </world>
  <actors>
    <actor id="kid" role="child" name="Kid"/>
    <actor id="mum" role="caregiver" name="Mum"/>
    <actor id="guest" role="stranger" name="Guest"/>
  </actors>
  <caregiving default="sensitive"><style name="sensitive"/><style name="rejecting"/></caregiving>
  <episodes>
    <episode id="play" title="Play" role="exploration" present="kid mum" min="30" max="30">
      <enter actor="guest" at="10"/>
      <leave actor="mum" at="25"/>
    </episode>
    <episode id="apart" title="Apart" role="separation" present="kid" min="20" max="20">
      <end-early when="expressed_distress > 0.8" for="5"/>
    </episode>
    <episode id="back" title="Back" role="reunion" present="kid mum" min="10" max="40">
      <extend until="settled"/>
    </episode>
  </episodes>
  <story start="hello">
    <variables>
      <var name="hugs" type="int" min="0" max="2" init="0"/>
      <var name="sad" type="bool" init="false"/>
    </variables>
    <narration id="hello" line="t.hello" next="pick">Hello there, little one.</narration>
    <choice id="pick">
      <prompt line="t.prompt">What now?</prompt>
      <option id="hug" line="t.hug" next="answer">Hug<add var="hugs" value="1"/><child felt_security="0.1"/></option>
      <option id="walk" line="t.walk" default="true">Walk away</option>
      <option id="cry" line="t.cry" when="sad">Cry</option>
      <option id="leave" line="t.leave" next="bye">Leave for good</option>
    </choice>
    <answer id="answer" speaker="mum">
      <case style="sensitive" when="expressed_distress > 0.5" line="t.hold">I've got you.</case>
      <case style="sensitive" line="t.smile">A smile.</case>
      <case line="t.flat">Mm.</case>
    </answer>
    <end id="bye" ending="gone"/>
    <trigger id="t-rug" on="region" region="rug" next="rug"/>
    <narration id="rug" line="t.rug">Soft rug.<set var="sad" value="true"/></narration>
    <trigger id="t-bid" on="bid" episode="back" next="answer"/>
    <trigger id="t-alarm" on="arousal" above="0.7" once="false" next="alarm"/>
    <narration id="alarm" line="t.alarm">Heart racing.</narration>
    <trigger id="t-late" on="timer" episode="play" after="20" next="late"/>
    <narration id="late" line="t.late">Later.</narration>
  </story>
  <endings>
    <ending id="s" outcome="secure" title="S"><epilogue>Secure.</epilogue></ending>
    <ending id="a" outcome="avoidant" title="A"><epilogue>Avoidant.</epilogue></ending>
    <ending id="c" outcome="anxious" title="C"><epilogue>Anxious.</epilogue></ending>
    <ending id="d" outcome="disorganized" title="D"><epilogue>Disorganized.</epilogue></ending>
    <ending id="gone" outcome="avoidant" by="path" title="Gone"><epilogue>Gone.</epilogue></ending>
  </endings>
</scenario>)";

std::shared_ptr<const scenario::Scenario> story() {
  static const auto s = [] {
    auto r = scenario::load_string(kStory, "inline.xml");
    for (const auto& d : r.diagnostics) UNSCOPED_INFO(scenario::format(d));
    REQUIRE(r.ok());
    return r.scenario;
  }();
  return s;
}

StoryContext calm(double dt = 0.5) {
  StoryContext c;
  c.dt = dt;
  c.felt_security = 0.7;
  c.arousal = 0.2;
  c.expressed_distress = 0.1;
  return c;
}

// Runs until `seconds` of scenario time pass, dismissing nothing.
void run(StoryRuntime& r, double seconds, StoryContext c = calm()) {
  for (double t = 0; t < seconds; t += c.dt) r.tick(c);
}

}  // namespace

TEST_CASE("the story opens at the start node and waits for the player") {
  StoryRuntime r(story());
  r.tick(calm());
  CHECK(r.episode_started_this_tick());
  REQUIRE(r.line());
  CHECK(r.line()->id == "t.hello");
  CHECK(r.line()->speaker.empty());
  CHECK(r.choices().empty());
  r.advance();
  REQUIRE(r.choices().size() == 3); // "Cry" needs sad
  CHECK(r.line()->text == "What now?");
  CHECK_FALSE(r.choose(3));
  REQUIRE(r.choose(0));
  CHECK(r.variable("hugs") == 1);
  // Sensitive caregiver, calm child: the smile, not the hold.
  REQUIRE(r.line());
  CHECK(r.line()->id == "t.smile");
  CHECK(r.line()->speaker == "mum");
  const auto e = r.take_effects();
  CHECK(e.felt_security == Approx(0.1));
  CHECK(r.take_effects().felt_security == 0);
}

TEST_CASE("caregiver answers differ by style and by the child's state") {
  auto answer_for = [](const std::string& style, double distress) {
    StoryRuntime r(story());
    StoryContext c = calm();
    c.caregiver_style = style;
    c.expressed_distress = distress;
    r.tick(c);
    r.advance();
    r.choose(0);
    return r.line()->id;
  };
  CHECK(answer_for("sensitive", 0.1) == "t.smile");
  CHECK(answer_for("sensitive", 0.9) == "t.hold");
  CHECK(answer_for("rejecting", 0.9) == "t.flat");
}

TEST_CASE("unattended lines and choices move on by themselves") {
  StoryRuntime r(story());
  r.tick(calm());
  REQUIRE(r.line());
  const double reading = r.line_seconds();
  CHECK(reading >= 2);
  run(r, reading + 1);
  REQUIRE(r.choices().size() == 3);
  run(r, r.choice_seconds() + 1);
  CHECK(r.choices().empty());
  CHECK(r.variable("hugs") == 0); // the default, "Walk away", was taken
}

TEST_CASE("episodes follow their timing rules and who is present") {
  StoryRuntime r(story());
  r.tick(calm());
  CHECK(r.episode().id == "play");
  CHECK(r.present("mum"));
  CHECK_FALSE(r.present("guest"));
  run(r, 12);
  CHECK(r.present("guest"));
  run(r, 14);
  CHECK_FALSE(r.present("mum"));

  SECTION("a separation is cut short after sustained distress") {
    run(r, 4.5);
    REQUIRE(r.episode().id == "apart");
    StoryContext upset = calm();
    upset.expressed_distress = 0.9;
    run(r, 3, upset);
    // Distress broken off: the count starts again.
    run(r, 1);
    run(r, 4, upset);
    CHECK(r.episode().id == "apart");
    run(r, 1.5, upset);
    CHECK(r.episode().id == "back");
    CHECK(r.episode_time() < 1);
  }
  SECTION("without distress the separation lasts its full length") {
    run(r, 4.5 + 19);
    CHECK(r.episode().id == "apart");
    run(r, 1.5);
    CHECK(r.episode().id == "back");
  }
  SECTION("a reunion lengthens until the child is settled, up to its max") {
    run(r, 4.5 + 20.5);
    REQUIRE(r.episode().id == "back");
    run(r, 15);
    CHECK(r.episode().id == "back"); // past min 10: not settled yet
    CHECK_FALSE(r.wants_ending());
    StoryContext settled = calm();
    settled.child_settled = true;
    r.tick(settled);
    CHECK(r.wants_ending());
    CHECK(r.all_episodes_done());
  }
  SECTION("an unsettled reunion still ends at its max") {
    run(r, 4.5 + 20.5);
    run(r, 41);
    CHECK(r.wants_ending());
  }
}

TEST_CASE("the session classifies and finish picks that outcome's ending") {
  StoryRuntime r(story());
  StoryContext settled = calm(1);
  settled.child_settled = true;
  run(r, 100, settled);
  REQUIRE(r.wants_ending());
  CHECK(r.ending() == nullptr);
  r.finish("anxious");
  CHECK_FALSE(r.wants_ending());
  REQUIRE(r.ending());
  CHECK(r.ending()->id == "c");
  CHECK(r.ending()->epilogue == "Anxious.");
}

TEST_CASE("a graph path can reach an ending directly") {
  StoryRuntime r(story());
  r.tick(calm());
  r.advance();
  REQUIRE(r.choose(2)); // "Leave for good"
  CHECK(r.wants_ending());
  CHECK(r.ending_path() == std::optional<std::string>("gone"));
  r.finish("secure");
  REQUIRE(r.ending());
  CHECK(r.ending()->id == "gone");
}

TEST_CASE("triggers: region, timer, arousal threshold and bids") {
  StoryRuntime r(story());
  r.tick(calm());
  r.advance();
  r.choose(1); // walk away: back to free play
  CHECK(r.current_node().empty());

  StoryContext c = calm();
  c.regions_entered = {"rug"};
  r.tick(c);
  REQUIRE(r.line());
  CHECK(r.line()->id == "t.rug");
  CHECK(r.variable("sad") == 1);
  r.advance();

  run(r, 20 - r.episode_time() + 0.5);
  REQUIRE(r.line());
  CHECK(r.line()->id == "t.late");
  r.advance();

  StoryContext high = calm();
  high.arousal = 0.9;
  r.tick(high);
  REQUIRE(r.line());
  CHECK(r.line()->id == "t.alarm");
  r.advance();
  r.tick(high); // still high: no second alarm until arousal falls and rises again
  CHECK_FALSE(r.line());
  r.tick(calm());
  r.tick(high);
  REQUIRE(r.line());
  CHECK(r.line()->id == "t.alarm");
  r.advance();

  StoryContext bid = calm();
  bid.child_bid = true;
  r.tick(bid); // the bid trigger is for episode "back" only
  CHECK_FALSE(r.line());
}

TEST_CASE("hazards are active in their episodes and time windows") {
  StoryRuntime r(story());
  r.tick(calm());
  CHECK(r.hazard() == 0);
  run(r, 6);
  CHECK(r.hazard() == Approx(0.6));
  run(r, 15);
  CHECK(r.hazard() == 0);
  run(r, 10);
  REQUIRE(r.episode().id == "apart");
  CHECK(r.hazard() == Approx(0.9));
}

TEST_CASE("the runtime is a value: copies are independent and equal inputs hash equal") {
  StoryRuntime a(story());
  a.tick(calm());
  StoryRuntime b = a;
  CHECK(a.hash() == b.hash());
  a.advance();
  a.choose(0);
  CHECK(a.hash() != b.hash());
  CHECK(b.line()->id == "t.hello"); // the copy did not move
  b.advance();
  b.choose(0);
  CHECK(a.hash() == b.hash());
  StoryRuntime c(story());
  c = a;
  run(c, 5);
  CHECK(c.hash() != a.hash());
}

TEST_CASE("rebasing on an edited scenario keeps state where ids still exist") {
  StoryRuntime r(story());
  r.tick(calm());
  r.advance();
  r.choose(0);
  run(r, 35);
  REQUIRE(r.episode().id == "apart");
  std::string edited = kStory;
  edited.replace(edited.find("Heart racing."), 13, "Heart pounding.");
  auto newer = scenario::load_string(edited, "inline.xml");
  REQUIRE(newer.ok());
  StoryRuntime n = r.rebased(newer.scenario);
  CHECK(n.episode().id == "apart");
  CHECK(n.episode_time() == Approx(r.episode_time()));
  CHECK(n.variable("hugs") == 1);
  StoryContext high = calm();
  high.arousal = 0.9;
  n.tick(high);
  REQUIRE(n.line());
  CHECK(n.line()->text == "Heart pounding.");
}

TEST_CASE("the strange situation plays through in about seven minutes") {
  auto loaded = scenario::load_file(std::string(SB_SOURCE_DIR) + "/assets/scenarios/strange-situation.xml");
  REQUIRE(loaded.ok());
  StoryRuntime r(loaded.scenario);
  StoryContext c = calm(1.0 / 60 * loaded.scenario->time_scale);
  c.child_settled = true;
  int ticks = 0;
  std::vector<std::string> seen;
  while (!r.wants_ending() && ticks < 60 * 60 * 20) {
    r.tick(c);
    if (r.episode_started_this_tick()) seen.push_back(r.episode().id);
    ++ticks;
  }
  CHECK(seen == std::vector<std::string>{"ep1", "ep2", "ep3", "ep4", "ep5", "ep6", "ep7", "ep8"});
  CHECK(ticks / 60.0 / 60.0 == Approx(7.2).margin(0.2)); // real minutes at 60 Hz
  r.finish("secure");
  REQUIRE(r.ending());
  CHECK(r.ending()->id == "secure");
}

TEST_CASE("one clock: a paced line past its reading time holds the episode clock and its timers") {
  StoryRuntime r(story());
  r.set_pacing(true, true);
  r.tick(calm());
  REQUIRE(r.line());
  CHECK(r.line()->episode == 0);
  run(r, 100);
  CHECK(r.holding());
  CHECK(r.line()->id == "t.hello");
  CHECK(r.episode_time() == Approx(r.line_seconds()).margin(0.5));
  CHECK(r.episode().id == "play");
  CHECK_FALSE(r.present("guest")); // enters at 10 s: scripted moves wait too
  r.advance();
  CHECK_FALSE(r.holding());
  REQUIRE_FALSE(r.choices().empty());
  CHECK(r.choose(1));
  run(r, 10);
  CHECK(r.present("guest"));
}

TEST_CASE("one clock: an episode waits for its own line, and nodes queued in it are dropped, not shown late") {
  StoryRuntime r(story());
  r.tick(calm());
  // Unattended: hello, the choice's default, and the 20 s timer's line all pass by 29.5 s.
  while (r.episode_time() < 29.0) r.tick(calm());
  REQUIRE_FALSE(r.line());
  // Now, a second before the end, the rug (a line) and the child's alarm (queued behind it).
  StoryContext upset = calm();
  upset.arousal = 0.9;
  upset.regions_entered = {"rug"};
  r.tick(upset);
  REQUIRE(r.line());
  CHECK(r.line()->id == "t.rug");
  std::vector<std::string> shown;
  int in_play_after_30 = 0;
  for (int i = 0; i < 12; ++i) {
    if (r.line()) {
      shown.push_back(r.line()->id);
      CHECK(r.line()->episode == r.episode_index());
    }
    if (r.episode().id == "play" && r.episode_time() > 30) ++in_play_after_30;
    r.tick(calm());
  }
  CHECK(in_play_after_30 > 0);             // the episode waited for the line
  CHECK(r.episode().id == "apart");        // and then ended
  CHECK(std::find(shown.begin(), shown.end(), "t.alarm") == shown.end()); // its moment had passed
}
