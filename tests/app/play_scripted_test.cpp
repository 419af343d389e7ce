// Each scenario played to its ending through the real input path: key events ->
// input map -> actions -> the scenario screen -> InputCommand -> Session. The
// script walks, calls, reaches up, reads lines with Enter and answers every
// choice with number keys, and the scene must reach an ending and the epilogue.
#include <catch2/catch.hpp>

#include "app/screens/play/epilogue_screen.hpp"
#include "app/screens/play/scenario_screen.hpp"
#include "sim/replay.hpp"
#include "play_helpers.hpp"

using namespace sb::app;
using play_test::press;
using play_test::top_name;
using K = sf::Keyboard;

namespace {

struct Script {
  const char* id;
  std::vector<K::Key> choices; // the key for each choice in turn (then the list repeats)
};

// Two different paths per scenario (alternating) so more than the default option is taken.
const Script kScripts[] = {
    {"strange-situation", {K::Num1, K::Num2}}, {"park", {K::Num2, K::Num1}},     {"bedtime", {K::Num1, K::Num3}},
    {"rupture-repair", {K::Num2, K::Num1}},    {"first-day", {K::Num1, K::Num2}}, {"grown-up", {K::Num3, K::Num1}},
    {"earning-security", {K::Num1, K::Num2}},
};

}  // namespace

TEST_CASE("every scenario plays through its choices by keyboard to an ending and its epilogue") {
  for (const Script& script : kScripts) {
    DYNAMIC_SECTION(script.id) {
      Audio audio(false);
      AppContext ctx;
      ctx.audio = &audio;
      ctx.session.time_scale = 8; // eight scenario seconds per real second: the same story, sooner
      REQUIRE(load_fonts(ctx.fonts));
      PlayChoice c;
      c.entry = play_test::entry(script.id);
      c.style = "sensitive";
      c.params = sb::mind::preset("sensitive");
      c.seed = 11;
      ScreenStack stack;
      stack.push(std::make_unique<ScenarioScreen>(ctx, c));
      stack.apply();
      InputMapper in;
      int offered = 0, picked_by_key = 0, lines_read = 0;
      std::size_t next_choice = 0;
      for (int t = 0; t < 60 * 60 * 3 && top_name(stack) == "scenario"; ++t) {
        auto* play = dynamic_cast<ScenarioScreen*>(stack.top());
        const sb::sim::StoryRuntime* story = play->session().story();
        REQUIRE(story);
        if (!play->choices().empty()) {
          ++offered;
          const K::Key k = script.choices[next_choice++ % script.choices.size()];
          const int wanted = k - K::Num1;
          press(in, stack, wanted < static_cast<int>(play->choices().size()) ? k : K::Num1);
          const std::string node_before = story->current_node();
          play_test::tick(in, stack);
          if (top_name(stack) != "scenario") break;
          if (play->choices().empty() || story->current_node() != node_before) ++picked_by_key;
          continue;
        }
        if (story->line() && t % 20 == 0) {
          press(in, stack, K::Enter);
          ++lines_read;
        }
        // Wander: right for a while, then left, with a call and a reach now and then.
        const int phase = (t / 90) % 4;
        in.on_event(play_test::key_event(K::D, phase == 0));
        in.on_event(play_test::key_event(K::A, phase == 2));
        if (t % 400 == 100) press(in, stack, K::Q);
        if (t % 400 == 300) press(in, stack, K::R);
        play_test::tick(in, stack);
      }
      INFO("choices offered " << offered << ", lines read " << lines_read);
      REQUIRE(top_name(stack) == "epilogue");
      auto* epilogue = dynamic_cast<EpilogueScreen*>(stack.top());
      const sb::sim::Session& s = *epilogue->result().session;
      CHECK(s.ended());
      REQUIRE(s.story());
      REQUIRE(s.story()->ending());
      CHECK(s.outcome().has_value());
      CHECK(picked_by_key > 0);
      CHECK(lines_read > 0);
      // The recording holds what was played: replaying it gives the same session.
      std::string error;
      auto replay = sb::sim::replay_headless(epilogue->result().recording, &error);
      INFO(error);
      REQUIRE(replay.session);
      CHECK(replay.hash_matches);
    }
  }
}

TEST_CASE("the child's whole repertoire reaches the session from the keyboard") {
  Audio audio(false);
  AppContext ctx;
  ctx.audio = &audio;
  REQUIRE(load_fonts(ctx.fonts));
  PlayChoice c;
  c.entry = play_test::entry("strange-situation");
  ScreenStack stack;
  stack.push(std::make_unique<ScenarioScreen>(ctx, c));
  stack.apply();
  InputMapper in;
  auto* play = dynamic_cast<ScenarioScreen*>(stack.top());
  // Let the opening lines pass so nothing is on screen that Enter would answer.
  const struct { K::Key key; sb::mind::Action action; } keys[] = {
      {K::Q, sb::mind::Action::Call},       {K::C, sb::mind::Action::Cry},
      {K::R, sb::mind::Action::ReachUp},    {K::F, sb::mind::Action::Cling},
      {K::X, sb::mind::Action::PushAway},   {K::T, sb::mind::Action::TurnAway},
      {K::H, sb::mind::Action::HideFeelings}, {K::Z, sb::mind::Action::Freeze},
      {K::G, sb::mind::Action::ShowToy},    {K::E, sb::mind::Action::Play},
  };
  for (const auto& k : keys) {
    INFO("key for " << sb::mind::to_string(k.action));
    if (!play->choices().empty()) press(in, stack, K::Num1), play_test::tick(in, stack);
    press(in, stack, k.key);
    play_test::tick(in, stack);
    const auto& inputs = play->recording().inputs;
    REQUIRE(!inputs.empty());
    CHECK(inputs.back().input.action == k.action);
  }
}
