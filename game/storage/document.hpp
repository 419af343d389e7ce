#pragma once
// The one text format every save file uses: "key = value" lines grouped in
// [sections], readable and editable by a person, with no library behind it.
//
//   # a comment (whole lines only)
//   kind = settings          <- header entries, before the first section
//   format = 2
//
//   [audio]                  <- a section; a name may repeat (one per record)
//   master = 80              <- a bare value: the rest of the line, trimmed
//   note = "two\nlines"      <- a quoted value: \\ \" \n \r \t \xHH escapes
//   confirm = "Enter", "Space"   <- a list: quoted values separated by commas
//   unbound =                <- an empty list
//
// Keys and section names are [A-Za-z0-9_.-]+; a key appears once per section.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sb::app::storage {

struct Entry {
  std::string key;
  std::vector<std::string> values;  // one for a scalar, any number for a list
  std::string comment;              // written as "# comment" above the entry; not read back
  int line = 0;                     // where it was read, for messages
};

struct Section {
  std::string name;
  std::vector<Entry> entries;
  int line = 0;

  const Entry* find(std::string_view key) const;
  Entry* find(std::string_view key);
  // Adds or replaces; returns *this so a section can be filled in one expression.
  Section& set(std::string key, std::string value, std::string comment = {});
  Section& set_list(std::string key, std::vector<std::string> values, std::string comment = {});
  bool erase(std::string_view key);
};

struct Document {
  Section header;                  // entries before the first [section]; name is empty
  std::vector<Section> sections;   // in file order

  Section& add_section(std::string name);
  const Section* find_section(std::string_view name) const;  // the first with that name
  Section* find_section(std::string_view name);
};

struct ParseError {
  int line = 0;
  std::string what;
};

struct ParseResult {
  std::optional<Document> document;
  ParseError error;  // when document is empty
};

bool is_valid_name(std::string_view name);
ParseResult parse_document(std::string_view text);
// Throws std::invalid_argument for an invalid key or section name (a programming error).
std::string write_document(const Document& document, std::string_view top_comment = {});

}  // namespace sb::app::storage
