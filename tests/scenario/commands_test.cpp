// The validate, graph and stats commands as a user runs them.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <sstream>

#include "scenario/commands.hpp"

using namespace sb::scenario;

namespace {
const std::string kAssets = std::string(SB_SOURCE_DIR) + "/assets/scenarios";
const std::string kStrange = kAssets + "/strange-situation.xml";
const std::string kBroken = std::string(SB_TEST_DATA) + "/scenario/broken";
}  // namespace

TEST_CASE("validate accepts the shipped scenarios and prints a summary") {
  std::ostringstream out, err;
  CHECK(validate_command({kAssets}, out, err) == 0);
  CHECK(out.str().find("valid, 0 invalid (0 errors, 0 warnings)") != std::string::npos);
  CHECK(err.str().empty());
}

TEST_CASE("validate reports every broken file and exits 1") {
  std::ostringstream out, err;
  CHECK(validate_command({kBroken}, out, err) == 1);
  CHECK(out.str().find(" 0 valid, ") != std::string::npos);
  // Every line of the output is FILE:LINE:COL: severity: message.
  std::istringstream lines(err.str());
  std::string l;
  int count = 0;
  while (std::getline(lines, l)) {
    ++count;
    INFO(l);
    CHECK((l.find(": error: ") != std::string::npos || l.find(": warning: ") != std::string::npos));
    CHECK(l.rfind(kBroken, 0) == 0);
  }
  CHECK(count >= 40);
}

TEST_CASE("validate exits 3 for a file that cannot be read") {
  std::ostringstream out, err;
  CHECK(validate_command({"/nonexistent.xml"}, out, err) == 3);
  CHECK(err.str().find("/nonexistent.xml:0:0: error: no such file") != std::string::npos);
}

TEST_CASE("graph writes DOT with shapes, labelled choices and coloured endings") {
  std::ostringstream out, err;
  REQUIRE(graph_command(kStrange, out, err) == 0);
  const std::string dot = out.str();
  CHECK(dot.rfind("digraph \"strange-situation\" {", 0) == 0);
  CHECK(dot.find("shape=diamond") != std::string::npos);  // choices
  CHECK(dot.find("shape=hexagon") != std::string::npos);  // caregiver answers
  CHECK(dot.find("[label=\"Go to them and reach up\"]") != std::string::npos);
  CHECK(dot.find("fillcolor=\"#c78fd1\"") != std::string::npos); // the disorganized ending
  CHECK(dot.find("\"classify\" -> \"e:anxious\"") != std::string::npos);
}

TEST_CASE("graph draws one cluster per episode, top to bottom, and labels what gates each trigger") {
  std::ostringstream out, err;
  REQUIRE(graph_command(kStrange, out, err) == 0);
  const std::string dot = out.str();
  // Episodes are clusters in story order, each kept below the one before.
  const auto ep2 = dot.find("subgraph \"cluster_ep2\""), ep3 = dot.find("subgraph \"cluster_ep3\"");
  REQUIRE(ep2 != std::string::npos);
  REQUIRE(ep3 != std::string::npos);
  CHECK(ep2 < ep3);
  CHECK(dot.find("-> \"t:t-ep3\" [style=invis]") != std::string::npos);
  // A trigger's label says when it fires, above what, and whether once.
  CHECK(dot.find("timer +120s\\nwhen not explored\\nonce") != std::string::npos);
  CHECK(dot.find("arousal above ") != std::string::npos);
}

TEST_CASE("graph and stats refuse a broken file with exit 1") {
  std::ostringstream out, err;
  CHECK(graph_command(kBroken + "/dangling-next.xml", out, err) == 1);
  CHECK(stats_command(kBroken + "/dangling-next.xml", true, out, err) == 1);
  CHECK(out.str().empty());
}

TEST_CASE("stats --json counts and lists reachable outcomes") {
  std::ostringstream out, err;
  REQUIRE(stats_command(kStrange, true, out, err) == 0);
  const auto j = nlohmann::json::parse(out.str());  // throws, failing the test, if it is not JSON
  CHECK(j["id"] == "strange-situation");
  CHECK(j["episodes"] == 8);
  CHECK(j["endings"] == 4);
  CHECK(j["reachable_outcomes"] == std::vector<std::string>{"secure", "avoidant", "anxious", "disorganized"});
  CHECK(j["unreachable_nodes"] == 0);
  CHECK(out.str().find('\n') == out.str().size() - 1);  // one line, one object
}
