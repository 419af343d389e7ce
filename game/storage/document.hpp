#pragma once
// The one text format every save file uses: TOML (read and written through
// toml++), readable and editable by a person. The model is plain strings:
//
//   # a comment (whole lines only)
//   kind = "settings"        <- header entries, before the first table
//   format = 2
//
//   [audio]                  <- a section
//   master = 80              <- a whole number, true/false, or a "string"
//   confirm = ["Enter", "Space"]   <- a list
//   [[record]]               <- a section whose name repeats (one per record)
//
// Files from before TOML (`key = value` lines, bare or quoted values with
// \\ \" \n \r \t \xHH escapes, lists as quoted values separated by commas, a
// section name repeated per record) are still read, so they can be migrated.
//
// Keys and section names are [A-Za-z0-9_.-]+; a key appears once per section.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sb::storage {

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
  ParseError error;         // when document is empty
  bool old_format = false;  // read from the key = value format of before TOML
};

bool is_valid_name(std::string_view name);
// TOML, else the old key = value format (old_format set); errors name the line.
ParseResult parse_document(std::string_view text);
// Only the old key = value format.
ParseResult parse_key_value(std::string_view text);
// TOML. Throws std::invalid_argument for an invalid key or section name (a programming error).
std::string write_document(const Document& document, std::string_view top_comment = {});

}  // namespace sb::storage
