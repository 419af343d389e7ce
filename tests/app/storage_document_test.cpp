// The save-file text format: what is written reads back identically, and
// broken text is refused with the line where it breaks.
#include <catch2/catch.hpp>

#include "storage/document.hpp"

using namespace sb::app::storage;

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
      {"a = \"x\",\n", 1},                {std::string("a = 1\0b", 7), 0}};
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
