// The loader as an author meets it: good files load, bad ones say where and why.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "scenario/loader.hpp"

using namespace sb::scenario;

namespace {
std::string read(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream os;
  os << in.rdbuf();
  return os.str();
}
const std::string kMinimal = std::string(SB_TEST_DATA) + "/scenario/data/minimal.xml";
const std::string kStrange = std::string(SB_SOURCE_DIR) + "/assets/scenarios/strange-situation.xml";

std::string replace(std::string s, const std::string& from, const std::string& to) {
  const auto at = s.find(from);
  REQUIRE(at != std::string::npos);
  return s.replace(at, from.size(), to);
}
bool has(const LoadResult& r, const std::string& text, int line = -1) {
  for (const auto& d : r.diagnostics)
    if (d.message.find(text) != std::string::npos && (line < 0 || d.line == line)) return true;
  return false;
}
std::string all(const LoadResult& r) {
  std::string out;
  for (const auto& d : r.diagnostics) out += format(d) + "\n";
  return out;
}
}  // namespace

TEST_CASE("the minimal scenario loads into the model") {
  const LoadResult r = load_file(kMinimal);
  INFO(all(r));
  REQUIRE(r.ok());
  const Scenario& s = *r.scenario;
  CHECK(s.id == "minimal");
  CHECK(s.title == "Minimal");
  CHECK(s.life_stage == "infancy");
  CHECK(s.time_scale == 2);
  CHECK(s.learning_goals.size() == 1);
  REQUIRE(s.references.size() == 1);
  CHECK(s.references[0].key == "ainsworth1978");
  CHECK(s.world.width == 6);
  REQUIRE(s.world.regions.size() == 1);
  CHECK(s.world.regions[0].kind == RegionKind::Rug);
  CHECK(s.world.regions[0].w == 2);
  REQUIRE(s.world.hazards.size() == 1);
  CHECK(s.world.hazards[0].kind == HazardKind::Dog);
  CHECK(s.world.hazards[0].intensity == Approx(0.6));
  CHECK(s.world.hazards[0].until == Approx(20));
  CHECK(s.world.spawns.size() == 2);
  REQUIRE(s.actors.size() == 2);
  CHECK(s.actors[0].role == ActorRole::Child);
  CHECK(s.caregiving.styles == std::vector<std::string>{"sensitive", "rejecting"});
  REQUIRE(s.caregiving.adjust.size() == 1);
  CHECK(s.caregiving.adjust[0].set == Approx(2));
  REQUIRE(s.episodes.size() == 3);
  CHECK(s.episodes[1].role == EpisodeRole::Separation);
  REQUIRE(s.episodes[1].end_early.size() == 1);
  CHECK(s.episodes[1].end_early[0].for_seconds == 5);
  CHECK(s.episodes[2].extend_until.has_value());
  CHECK(s.node("pick")->kind == NodeKind::Choice);
  CHECK(s.node("pick")->options.size() == 2);
  CHECK(s.node("answer")->cases.size() == 2);
  CHECK(s.node("greet")->line.speaker == "mum");
  CHECK(s.ending_for(Outcome::Anxious)->id == "c");
  CHECK(s.endings[0].debrief == std::vector<std::string>{"pattern.secure"});
}

TEST_CASE("the strange situation has Ainsworth's eight episodes and four endings") {
  const LoadResult r = load_file(kStrange);
  INFO(all(r));
  REQUIRE(r.ok());
  CHECK(r.diagnostics.empty());
  const Scenario& s = *r.scenario;
  CHECK(s.id == "strange-situation");
  REQUIRE(s.episodes.size() == 8);
  const std::vector<EpisodeRole> roles = {EpisodeRole::Introduction, EpisodeRole::Exploration, EpisodeRole::Stranger,
                                          EpisodeRole::Separation, EpisodeRole::Reunion, EpisodeRole::Alone,
                                          EpisodeRole::Separation, EpisodeRole::Reunion};
  for (std::size_t i = 0; i < 8; ++i) CHECK(s.episodes[i].role == roles[i]);
  CHECK(s.episodes[0].max_seconds == 30);
  CHECK(s.episodes[5].present == std::vector<std::string>{"baby"});
  for (int sep : {3, 5, 6}) CHECK(s.episodes[static_cast<std::size_t>(sep)].end_early.size() == 1);
  // The first reunion may be extended while the child still shows distress; the
  // second lasts its three minutes (Ainsworth et al. 1978, Appendix III).
  CHECK(s.episodes[4].extend_until.has_value());
  CHECK(s.episodes[4].max_seconds > s.episodes[4].min_seconds);
  CHECK_FALSE(s.episodes[7].extend_until.has_value());
  CHECK(s.episodes[7].min_seconds == 180);
  CHECK(s.episodes[7].max_seconds == 180);
  double total = 0;
  for (const auto& e : s.episodes) total += e.min_seconds;
  // About seven minutes when played at its time scale.
  CHECK(total / s.time_scale / 60 == Approx(7).margin(0.5));
  for (Outcome o : {Outcome::Secure, Outcome::Avoidant, Outcome::Anxious, Outcome::Disorganized})
    CHECK(s.ending_for(o) != nullptr);
  CHECK(s.world.width == 12);
  CHECK(s.world.height == 8);
}

TEST_CASE("every problem is reported, not only the first, each with line and column") {
  std::string text = read(kMinimal);
  text = replace(text, "<meta title", "<meta colour=\"red\" title");
  text = replace(text, "intensity=\"0.6\"", "intensity=\"1.5\"");
  text = replace(text, "next=\"answer\"", "next=\"answr\"");
  const LoadResult r = load_string(text, "edit.xml");
  INFO(all(r));
  CHECK_FALSE(r.ok());
  CHECK(r.errors() == 3);
  CHECK(has(r, "unknown attribute 'colour' on <meta>", 3));
  CHECK(has(r, "'1.5' is out of range", 12));
  CHECK(has(r, "no node 'answr'; did you mean 'answer'?", 40));
  // Columns point at the attribute, as editors expect.
  for (const auto& d : r.diagnostics) {
    CHECK(d.file == "edit.xml");
    CHECK(d.column > 1);
  }
  CHECK(format(r.diagnostics[0]).rfind("edit.xml:3:9: error: unknown attribute 'colour'", 0) == 0);
}

TEST_CASE("a misspelt element gets a did-you-mean hint") {
  std::string text = read(kMinimal);
  text = replace(text, "<goal>Test the loader.</goal>", "<gaol>Test the loader.</gaol>");
  const LoadResult r = load_string(text, "x.xml");
  CHECK(has(r, "unknown element <gaol> in <meta>; did you mean <goal>?", 5));
}

TEST_CASE("columns count characters, not bytes, after non-ASCII text") {
  std::string text = read(kMinimal);
  text = replace(text, "<narration id=\"hello\" line=\"min.hello\" next=\"pick\">Hello.</narration>",
                 "<narration id=\"hello\" line=\"min.hello\" next=\"pick\">Grüß dich — hallo.</narration> <x/>");
  const LoadResult r = load_string(text, "x.xml");
  REQUIRE(r.diagnostics.size() >= 1);
  const std::string line = "    <narration id=\"hello\" line=\"min.hello\" next=\"pick\">Grüß dich — hallo.</narration> <x/>";
  // 4 spaces + 50 ASCII + 18 characters of text + </narration> (12) + space = column of "<x/>"
  int expected = 1;
  for (std::size_t i = 0; i < line.find("<x/>"); ++i)
    if ((static_cast<unsigned char>(line[i]) & 0xC0) != 0x80) ++expected;
  bool found = false;
  for (const auto& d : r.diagnostics)
    if (d.message.find("unknown element <x>") != std::string::npos) {
      found = true;
      CHECK(d.column == expected);
    }
  CHECK(found);
}

TEST_CASE("hostile inputs are refused without crashing") {
  SECTION("a billion laughs DOCTYPE") {
    const std::string bomb =
        "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;\">]>\n"
        "<scenario id=\"x\">&lol2;</scenario>\n";
    const LoadResult r = load_string(bomb, "bomb.xml");
    CHECK_FALSE(r.ok());
    CHECK(has(r, "<!DOCTYPE> is not allowed", 2));
  }
  SECTION("deep nesting") {
    std::string deep = "<scenario id=\"x\">";
    for (int i = 0; i < 100000; ++i) deep += "<a>";
    const LoadResult r = load_string(deep, "deep.xml");
    CHECK(has(r, "nested deeper than"));
  }
  SECTION("too large") {
    const std::string big(9u << 20, ' ');
    const LoadResult r = load_string(big, "big.xml");
    CHECK(has(r, "the limit is"));
  }
  SECTION("invalid UTF-8 and an overlong encoding") {
    CHECK(has(load_string("<scenario id=\"\xff\"/>", "a.xml"), "not valid UTF-8"));
    CHECK(has(load_string("<scenario id=\"\xc0\xaf\"/>", "b.xml"), "not valid UTF-8"));
  }
  SECTION("empty and garbage") {
    CHECK_FALSE(load_string("", "e.xml").ok());
    CHECK_FALSE(load_string("<<<>>>&&&", "g.xml").ok());
    CHECK_FALSE(load_string(std::string("\0\0\0", 3), "n.xml").ok());
  }
}

TEST_CASE("an element with 200,000 attributes is refused at once, not parsed for hours") {
  // 2.3 MB, under the size cap: TinyXML2's duplicate check and a per-attribute column
  // search from the element's start made this quadratic.
  std::string many = "<scenario id=\"x\"";
  for (int i = 0; i < 200000; ++i) many += " a" + std::to_string(i) + "=\"\"";
  many += "/>";
  REQUIRE(many.size() > 2'000'000);
  const LoadResult r = load_string(many, "many.xml");
  CHECK_FALSE(r.ok());
  CHECK(has(r, "<scenario> has 200001 attributes; the limit is 64", 1));
}

TEST_CASE("attribute columns stay right when many attributes share a line") {
  std::string line = "<scenario id=\"x\"";
  for (int i = 0; i < 60; ++i) line += " b" + std::to_string(i) + "=\"1\"";
  const LoadResult r = load_string(line + "/>", "wide.xml");
  // Every unknown attribute is reported at its own column.
  int found = 0;
  for (const auto& d : r.diagnostics)
    if (d.message.find("'b59'") != std::string::npos) {
      CHECK(d.column == static_cast<int>(line.rfind(" b59=")) + 2);
      ++found;
    }
  CHECK(found == 1);
}

TEST_CASE("C0 control characters are refused, and escaped when a message shows them") {
  const LoadResult raw = load_string("<scenario id=\"x\">\n<meta>\x1b[31m</meta></scenario>", "esc.xml");
  CHECK_FALSE(raw.ok());
  CHECK(has(raw, "control character (U+001B)", 2));
  const LoadResult ref = load_string("<scenario id=\"x&#7;\"/>", "ref.xml");
  CHECK(has(ref, "'&#7;' is a control character", 1));
  // Tab, newline and carriage return are ordinary XML whitespace.
  CHECK_FALSE(has(load_string("<scenario\tid=\"x\"\r\n/>", "ws.xml"), "control character"));
  // Whatever reaches a message -- a file name here -- cannot drive the terminal.
  const std::string shown = format(Diagnostic{"bad\x1b]0;title\x07\n.xml", 1, 2, Severity::Error, "line\nbreak"});
  CHECK(shown == "bad\\x1B]0;title\\x07\\x0A.xml:1:2: error: line\\x0Abreak");
}

TEST_CASE("numbers are plain decimals: no plus sign, no spaces around them") {
  const std::string good = read(kMinimal);
  const auto at = good.find("width=\"");
  REQUIRE(at != std::string::npos);
  const auto end = good.find('"', at + 7);
  for (const std::string bad : {"+5", " 5 ", "5 ", "1e3"}) {
    std::string text = good;
    text.replace(at + 7, end - at - 7, bad);
    const LoadResult r = load_string(text, "n.xml");
    INFO(bad);
    CHECK(has(r, "'" + bad + "' is not a number"));
  }
}

TEST_CASE("a file that cannot be read is flagged as unreadable") {
  const LoadResult r = load_file("/nonexistent/scenario.xml");
  CHECK(r.unreadable);
  CHECK_FALSE(r.ok());
  CHECK(has(r, "no such file"));
}

TEST_CASE("graph checks: unreachable nodes, loops and endings") {
  std::string text = read(kMinimal);
  SECTION("a node nothing leads to") {
    text = replace(text, "<say id=\"greet\"", "<narration id=\"lost\" line=\"min.lost\">Lost.</narration>\n    <say id=\"greet\"");
    CHECK(has(load_string(text, "x.xml"), "node 'lost' is never reached"));
  }
  SECTION("a path ending reached by an end node is fine") {
    text = replace(text, "<option id=\"walk\" line=\"min.walk\" default=\"true\">Walk away</option>",
                   "<option id=\"walk\" line=\"min.walk\" default=\"true\" next=\"out\">Walk away</option>");
    text = replace(text, "<say id=\"greet\"", "<end id=\"out\" ending=\"gone\"/>\n    <say id=\"greet\"");
    text = replace(text, "<ending id=\"d\"", "<ending id=\"gone\" outcome=\"avoidant\" by=\"path\" title=\"Gone\"><epilogue>Off.</epilogue></ending>\n    <ending id=\"d\"");
    const LoadResult r = load_string(text, "x.xml");
    INFO(all(r));
    CHECK(r.ok());
  }
}

TEST_CASE("find_scenario finds shipped scenarios by id and refuses paths in ids") {
  auto f = find_scenario("strange-situation");
  REQUIRE(f.has_value());
  CHECK(f->find("scenarios/strange-situation.xml") != std::string::npos);
  CHECK_FALSE(find_scenario("no-such-scenario").has_value());
  CHECK_FALSE(find_scenario("..").has_value());
  CHECK(find_scenario(kStrange) == kStrange);
}
