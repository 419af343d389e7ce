// The debrief, library, quiz and facilitator texts exist for everything the game
// can produce: every pattern and subgroup, every section a scenario's ending asks
// for, every scenario's quiz and facilitator notes, every glossary term.
#include <catch2/catch.hpp>

#include <filesystem>
#include <set>

#include "app/screens/compare/compare_screen.hpp"
#include "report/debrief_data.hpp"
#include "app/screens/debrief/debrief_screen.hpp"
#include "app/screens/library/library_screen.hpp"
#include "app/screens/debrief/quiz_screen.hpp"
#include "report/report.hpp"
#include "text/strings.hpp"
#include "scenario/loader.hpp"

using namespace sb::app;
using namespace sb::text;
using sb::mind::Pattern;

namespace {
bool present(const std::string& id, std::size_t min_length = 3) {
  const std::string& t = tr(id);
  INFO(id);
  return t != id && t.size() >= min_length;
}
const Pattern kPatterns[] = {Pattern::Secure, Pattern::Avoidant, Pattern::Anxious, Pattern::Disorganized};
}  // namespace

TEST_CASE("every outcome has its name and meaning and adult echo and typical profile") {
  for (Pattern p : kPatterns) {
    const std::string k = "debrief.pattern." + sb::report::pattern_key(p);
    CHECK(present(k + ".name"));
    CHECK(present(k + ".short"));
    CHECK(present(k + ".meaning", 200)); // a real paragraph, not a label
    CHECK(present(k + ".later", 100));
    // Never blaming: no pattern is called a disorder or a failure.
    const std::string& meaning = tr(k + ".meaning");
    CHECK(meaning.find("fault") == std::string::npos);
    CHECK(meaning.find("failure") == std::string::npos);
  }
  for (const char* sg : {"A1", "A2", "B1", "B2", "B3", "B4", "C1", "C2", "D/A", "D/B", "D/C", "none"})
    CHECK(present(std::string("debrief.subgroup.") + sg));
  // Each typical profile is closest to itself.
  for (const auto& t : sb::report::typical_profiles()) {
    sb::mind::Classification c;
    c.reunions.push_back({4, t.scales[0], t.scales[1], t.scales[2], t.scales[3]});
    c.disorganization = t.disorganization;
    CHECK(sb::report::nearest_profile(c) == t.pattern);
  }
}

TEST_CASE("every debrief section a scenario ending asks for is written") {
  int endings = 0;
  for (const auto& e : std::filesystem::directory_iterator(std::string(SB_SOURCE_DIR) + "/assets/scenarios")) {
    if (e.path().extension() != ".xml") continue;
    auto loaded = sb::scenario::load_file(e.path().string());
    REQUIRE(loaded.ok());
    for (const auto& ending : loaded.scenario->endings) {
      ++endings;
      for (const std::string& key : ending.debrief) {
        if (key.rfind("pattern.", 0) == 0) {
          CHECK(present("debrief." + key + ".meaning", 200));
          continue;
        }
        CHECK(present("debrief.section." + key + ".title"));
        CHECK(present("debrief.section." + key + ".text", 80));
      }
    }
  }
  CHECK(endings >= 28); // seven scenarios, four outcomes each
}

TEST_CASE("each scenario has a quiz of 3 to 5 explained questions and facilitator notes") {
  for (const std::string& id : debrief::quiz_scenarios()) {
    INFO(id);
    const auto qs = debrief::quiz_for(id);
    CHECK(qs.size() >= 3);
    CHECK(qs.size() <= 5);
    for (const auto& q : qs) {
      CHECK(q.answers.size() >= 3);
      CHECK(q.correct >= 0);
      CHECK(q.correct < static_cast<int>(q.answers.size()));
      CHECK(q.why.size() > 60);
    }
    for (const char* section : {"aim", "timing", "points", "questions"}) CHECK(present("facilitator." + id + "." + section, 40));
  }
  // The answer is not always the same position, so guessing "the first" does not work.
  std::set<int> positions;
  for (const std::string& id : debrief::quiz_scenarios())
    for (const auto& q : debrief::quiz_for(id)) positions.insert(q.correct);
  CHECK(positions.size() >= 3);
}

TEST_CASE("the glossary covers the terms the issue names and the guide its eight episodes") {
  const auto& terms = debrief::glossary_terms();
  for (const char* must : {"secure-base", "safe-haven", "working-model", "sensitivity", "strange-situation", "secure", "avoidant",
                           "anxious", "disorganized", "indices", "earned-security", "rupture-repair"})
    CHECK(std::find(terms.begin(), terms.end(), must) != terms.end());
  for (const std::string& t : terms) {
    CHECK(present("library.term." + t + ".name"));
    CHECK(present("library.term." + t + ".text", 120));
  }
  for (int i = 1; i <= 8; ++i) {
    CHECK(present("library.guide." + std::to_string(i) + ".title"));
    CHECK(present("library.guide." + std::to_string(i) + ".text", 30));
  }
}

TEST_CASE("reflection prompts come with the not-an-assessment line and where to find help") {
  CHECK(debrief::reflection_prompts().size() >= 3);
  for (const auto& p : debrief::reflection_prompts()) CHECK(present(p, 20));
  const std::string& line = tr("debrief.reflect.not_assessment");
  CHECK(line.find("not a test") != std::string::npos);
  CHECK(line.find("professional") != std::string::npos);
  CHECK(line.find("emergency") != std::string::npos);
  // The references cite the brief's sources.
  const auto refs = sb::report::core_references();
  CHECK(refs.size() >= 12);
  bool ainsworth = false, main_solomon = false;
  for (const auto& r : refs) {
    ainsworth |= r.text.find("Ainsworth") != std::string::npos;
    main_solomon |= r.text.find("Main, M., & Solomon") != std::string::npos;
  }
  CHECK(ainsworth);
  CHECK(main_solomon);
}
