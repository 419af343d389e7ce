// The save-file text format (TOML, and the key = value text of before TOML read
// for migration): what is written reads back identically, and broken text is
// refused with the line where it breaks.
#include <catch2/catch.hpp>

#include "storage/document.hpp"

using namespace sb::storage;

namespace {
std::string key_for(std::size_t i) { return std::string(1, 'v').append(std::to_string(i)); }
}  // namespace

TEST_CASE("storage document: awkward values survive a write and read back unchanged", "[storage]") {
  const std::vector<std::string> awkward = {
      "plain", "", " leading and trailing spaces ", "two\nlines\r\nand a tab\there", "quotes \" and \\ backslashes",
      "# not a comment", "; not a comment either", "a = b, c", "\x01\x1f\x7f control bytes", "Grüße, ¿qué tal? 你好",
      "\"starts with a quote"};
  Document doc;
  doc.header.set("kind", "test");
  Section& s = doc.add_section("values");
  for (std::size_t i = 0; i < awkward.size(); ++i) s.set(key_for(i), awkward[i]);
  s.set_list("list", {"Enter", "a, b", ""});
  s.set_list("empty", {});
  doc.add_section("values");  // a second section of the same name stays a separate record

  const std::string text = write_document(doc, "top\ncomment");
  const ParseResult back = parse_document(text);
  REQUIRE(back.document);
  const Section* read = back.document->find_section("values");
  REQUIRE(read);
  for (std::size_t i = 0; i < awkward.size(); ++i) {
    const Entry* e = read->find(key_for(i));
    REQUIRE(e);
    REQUIRE(e->values == std::vector<std::string>{awkward[i]});
  }
  CHECK(read->find("list")->values == std::vector<std::string>{"Enter", "a, b", ""});
  CHECK(read->find("empty")->values.empty());
  CHECK(back.document->sections.size() == 2);
  CHECK(write_document(*back.document, "top\ncomment") == text);  // stable: writing again changes nothing
}

TEST_CASE("storage document: files are written as TOML, with types a person would expect", "[storage]") {
  Document doc;
  doc.header.set("kind", "settings").set("format", "2");
  doc.add_section("audio").set("master", "80").set("self_voicing", "true").set("code", "007");
  doc.add_section("keys").set_list("confirm", {"Enter", "Space"});
  doc.add_section("record").set("id", "a");
  doc.add_section("record").set("id", "b");
  doc.add_section("dotted.name").set("x.y", "1");
  const std::string text = write_document(doc, "Secure Base");
  CHECK_THAT(text, Catch::StartsWith("# Secure Base\nkind = \"settings\"\nformat = 2\n"));
  CHECK_THAT(text, Catch::Contains("[audio]\nmaster = 80\nself_voicing = true\ncode = \"007\"\n"));
  CHECK_THAT(text, Catch::Contains("confirm = [ \"Enter\", \"Space\" ]"));
  CHECK_THAT(text, Catch::Contains("[[record]]\nid = \"a\"\n\n[[record]]\nid = \"b\"\n"));
  CHECK_THAT(text, Catch::Contains("[\"dotted.name\"]\n\"x.y\" = 1\n"));
  const ParseResult back = parse_document(text);
  REQUIRE(back.document);
  CHECK_FALSE(back.old_format);
  CHECK(back.document->find_section("audio")->find("code")->values[0] == "007");
  CHECK(back.document->find_section("dotted.name")->find("x.y")->values[0] == "1");
  CHECK(back.document->sections.size() == 5);
  CHECK(back.document->sections[3].find("id")->values[0] == "b");  // records keep their order
}

TEST_CASE("storage document: a hand-edited TOML file is read, and the old key = value text still is", "[storage]") {
  const ParseResult toml = parse_document("# mine\nkind = 'settings'\nformat = 2\n[audio]\nmaster = 55 # loud\n"
                                          "[keys]\nconfirm = ['Enter',\n  'Space']\n");
  REQUIRE(toml.document);
  CHECK_FALSE(toml.old_format);
  CHECK(toml.document->find_section("audio")->find("master")->values[0] == "55");
  CHECK(toml.document->find_section("keys")->find("confirm")->values == std::vector<std::string>{"Enter", "Space"});
  const ParseResult old = parse_document("kind = settings\nformat = 2\n[keys]\nconfirm = \"Enter\", \"Space\"\n");
  REQUIRE(old.document);
  CHECK(old.old_format);
  CHECK(old.document->find_section("keys")->find("confirm")->values == std::vector<std::string>{"Enter", "Space"});
}

TEST_CASE("storage document: hand-written files with CRLF, a BOM, comments and spacing are read", "[storage]") {
  const ParseResult r = parse_document("\xEF\xBB\xBF# hi\r\nkind=settings\r\n\r\n  [ audio ]  \r\n ; note\r\nmaster =  55  \r\n");
  REQUIRE(r.document);
  CHECK(r.document->header.find("kind")->values[0] == "settings");
  CHECK(r.document->find_section("audio")->find("master")->values[0] == "55");
}

TEST_CASE("storage document: broken text is refused with its line number", "[storage]") {
  struct Case {
    std::string text;
    int line;
  };
  const std::vector<Case> cases = {
      {"kind = x\n[open\n", 2},           {"kind = x\njust words\n", 2},
      {"a = \"unterminated\n", 1},        {"a = \"x\" \"y\"\n", 1},
      {"\n\na = \"bad \\q escape\"\n", 3}, {"a = 1\na = 2\n", 2},
      {"bad key! = 1\n", 1},              {"[sec]\nk = \"\\x4\"\n", 2},
      {"a = \"x\",\n", 1},                {std::string("a = 1\0b", 7), 0},
      // TOML that is TOML-shaped but not a save file, or broken part-way.
      {"kind = \"x\"\n[a]\nk = [1, [2]]\n", 3},  {"kind = \"x\"\nformat = 1\nk = \"unterminated\n", 3},
      {"kind = \"x\"\n[a]\n[a.b]\nk = 1\n", 3}};
  for (const Case& c : cases) {
    INFO(c.text);
    const ParseResult r = parse_document(c.text);
    CHECK_FALSE(r.document);
    CHECK(r.error.line == c.line);
    CHECK_FALSE(r.error.what.empty());
  }
}

TEST_CASE("storage document: writing an invalid key is refused instead of producing an unreadable file",
          "[storage]") {
  Document doc;
  doc.add_section("ok").set("not valid", "x");
  CHECK_THROWS_AS(write_document(doc), std::invalid_argument);
}
