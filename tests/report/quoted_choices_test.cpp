// The debrief quotes the player's own choices (issue 11, part 3): each one a moment
// with its time, the option's words, the act as an observer codes it and what the
// caregiver did next, in English and German; defaults the story took for an AI
// child are never called "you chose".
#include <catch2/catch.hpp>

#include <algorithm>

#include "mind/coding.hpp"
#include "report/debrief_data.hpp"
#include "report/report.hpp"
#include "scenario/loader.hpp"
#include "text/reason_text.hpp"
#include "text/strings.hpp"

using namespace sb;

namespace {

sim::SessionConfig strange_situation(bool ai) {
  sim::SessionConfig c;
  auto path = scenario::find_scenario("strange-situation");
  REQUIRE(path);
  c.scenario = scenario::load_file(*path).scenario;
  REQUIRE(c.scenario);
  c.caregiver = mind::preset("sensitive");
  c.caregiver_style = "sensitive";
  c.seed = 5;
  c.ai_child = ai;
  c.player_paces_lines = true;
  return c;
}

// A player reading each line at once and answering each choice by `pick(node)`, to the end.
template <class Pick>
void play_through(sim::Session& s, Pick pick) {
  sim::InputCommand enter;
  enter.advance = true;
  for (int i = 0; i < 60 * 60 * 30 && !s.ended(); ++i) {
    if (!s.config().ai_child && !s.story()->choices().empty()) {
      sim::InputCommand c;
      c.choice = static_cast<std::int8_t>(pick(s.story()->current_node()));
      s.step(c);
    } else {
      s.step(s.story()->line() && s.story()->holding() ? enter : sim::InputCommand{});
    }
  }
}

const mind::Reason* said(const std::vector<mind::Reason>& all, const std::string& words) {
  for (const mind::Reason& r : all)
    if (reason_text(r).find(words) != std::string::npos) return &r;
  return nullptr;
}

struct LanguageAfter {
  ~LanguageAfter() { text::set_language("en"); }
};

}  // namespace

TEST_CASE("the debrief names each choice the player made, with its time, how an observer codes it, and what followed") {
  sim::Session s(strange_situation(false));
  // Look back and babble at the stranger's bear (a call); push the parent's hands away at
  // the first reunion; turn the head away at the second.
  play_through(s, [](const std::string& node) { return node == "stranger-offer" ? 1 : node == "reunion-1" ? 2 : node == "reunion-2" ? 1 : 0; });
  REQUIRE(s.ended());
  const auto& choices = s.timeline().choices;
  REQUIRE(choices.size() >= 4);
  for (const auto& c : choices) CHECK_FALSE(c.by_story);

  const report::DebriefData d = report::from_session(s);
  INFO([&] { std::string all; for (const auto& r : d.outcome.reasons) all += reason_text(r) + "\n"; return all; }());
  // Every choice is there once, at the time it was made, in the option's own words.
  int quoted = 0;
  for (const auto& r : d.outcome.reasons) quoted += r.key == "choice";
  CHECK(quoted == static_cast<int>(choices.size()));
  const mind::Reason* call = said(d.outcome.reasons, "you chose “Look back at your parent and babble”: a call for the parent");
  REQUIRE(call);
  const auto look = std::find_if(choices.begin(), choices.end(), [](const auto& c) { return c.option_id == "look-back"; });
  REQUIRE(look != choices.end());
  CHECK(call->time == Approx(look->time));
  CHECK(reason_text(*call).rfind("episode 3, ", 0) == 0);
  // The act the record saw, in the observer's terms.
  CHECK(said(d.outcome.reasons, "you chose “Go close, then push their hands away”: pushing away in contact, which an observer codes as resistance"));
  CHECK(said(d.outcome.reasons, "you chose “Turn your head away”: turning away, which an observer codes as avoidance"));
  // What the caregiver did next comes from the record's answers: the call was made with the
  // parent in the chair, so either an answer followed or the debrief says none came.
  const std::string call_text = reason_text(*call);
  const bool answered = call_text.find("Then ") != std::string::npos || call_text.find("No answer came.") != std::string::npos;
  CHECK(answered);
  bool sensitive_comforted = false;
  for (const auto& r : d.outcome.reasons) sensitive_comforted |= r.key == "choice" && reason_text(r).find("Then the parent comforted you.") != std::string::npos;
  CHECK(sensitive_comforted); // the sensitive parent answers the babbled call from her chair with comfort
  // Each choice sits among the moments where it happened: after what came before it, before what came after.
  for (std::size_t i = 0; i < d.outcome.reasons.size(); ++i) {
    if (d.outcome.reasons[i].key != "choice") continue;
    if (i > 0) CHECK(d.outcome.reasons[i - 1].time <= d.outcome.reasons[i].time);
    if (i + 1 < d.outcome.reasons.size()) CHECK(d.outcome.reasons[i + 1].time > d.outcome.reasons[i].time - 1e-9);
  }
  // The exported report lists them too.
  const std::string md = report::markdown(d);
  CHECK(md.find("you chose “Turn your head away”") != std::string::npos);

  // In German, in the German option's words.
  LanguageAfter restore;
  REQUIRE(text::set_language("de"));
  const report::DebriefData de = report::from_session(s);
  CHECK(said(de.outcome.reasons, "du hast „Zu deinem Elternteil zurückschauen und brabbeln“ gewählt: nach dem Elternteil rufen"));
  CHECK(said(de.outcome.reasons, "du hast „Den Kopf wegdrehen“ gewählt: sich abwenden, was eine Beobachterin als Vermeidung kodiert"));
}

TEST_CASE("watching autoplay, the debrief never says 'you chose': the story's defaults are nobody's choice") {
  sim::Session s(strange_situation(true));
  play_through(s, [](const std::string&) { return 0; });
  REQUIRE(s.ended());
  REQUIRE_FALSE(s.timeline().choices.empty());
  const report::DebriefData d = report::from_session(s);
  for (const auto& r : d.outcome.reasons) {
    CHECK(r.key != "choice");
    CHECK(reason_text(r).find("you chose") == std::string::npos);
  }
}
