// Set files: writing and strict reading (see set_file.hpp).
#include "trainer/set_file.hpp"

#include <algorithm>
#include <charconv>
#include <set>

#include "storage/atomic_file.hpp"
#include "storage/document.hpp"
#include "trainer/storage_alias.hpp"

namespace sb::trainer {
namespace {

constexpr std::string_view kTopComment =
    "A Secure Base coding-practice set: Strange Situation trials given by their seeds.\n"
    "Load it with: securebase trainer --import-set FILE";

// Well-formed UTF-8 with no control characters: what a title may hold.
bool is_clean_text(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      if (c < 0x20 || c == 0x7F) return false;
      ++i;
      continue;
    }
    const std::size_t extra = c >= 0xC2 && c <= 0xDF ? 1 : c >= 0xE0 && c <= 0xEF ? 2 : c >= 0xF0 && c <= 0xF4 ? 3 : 0;
    if (extra == 0 || i + extra >= s.size()) return false;
    const auto second = static_cast<unsigned char>(s[i + 1]);
    // No overlong forms, no surrogates, nothing above U+10FFFF.
    if ((c == 0xE0 && second < 0xA0) || (c == 0xED && second >= 0xA0) || (c == 0xF0 && second < 0x90) ||
        (c == 0xF4 && second >= 0x90))
      return false;
    for (std::size_t k = 1; k <= extra; ++k)
      if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return false;
    i += extra + 1;
  }
  return true;
}

bool parse_seed(std::string_view v, std::uint64_t* out) {
  if (v.empty() || v.size() > 20 || !std::all_of(v.begin(), v.end(), [](char c) { return c >= '0' && c <= '9'; })) return false;
  auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), *out);
  return ec == std::errc() && end == v.data() + v.size();
}

struct Checker {
  std::string file;
  std::vector<std::string> errors;
  void error(int line, const std::string& message) {
    errors.push_back(file + ":" + std::to_string(line) + ": error: " + message);
  }
  // The single value of `key`, or nullptr (with an error) when it is missing or a list.
  const std::string* value(const storage::Section& s, std::string_view key, bool required = true) {
    const storage::Entry* e = s.find(key);
    if (!e) {
      if (required) error(s.line, "[" + s.name + "] needs " + std::string(key));
      return nullptr;
    }
    if (e->values.size() != 1) {
      error(e->line, std::string(key) + " must be one value");
      return nullptr;
    }
    return &e->values[0];
  }
  void only(const storage::Section& s, std::initializer_list<std::string_view> allowed) {
    for (const storage::Entry& e : s.entries)
      if (std::find(allowed.begin(), allowed.end(), e.key) == allowed.end())
        error(e.line, "unknown key '" + e.key + "' in [" + s.name + "]");
  }
};

}  // namespace

std::string set_to_text(const TrialSet& set, const std::vector<std::string>& observer) {
  storage::Document doc;
  doc.header.set("kind", "trainer-set").set("format", std::to_string(kSetFormat));
  storage::Section& s = doc.add_section("set").set("id", set.id);
  // As a one-value list: an empty title is written "" and reads back empty.
  s.set_list("title", {set.title});
  s.set("difficulty", to_string(set.kind)).set("scenario", "strange-situation");
  for (std::size_t i = 0; i < set.seeds.size(); ++i) {
    storage::Section& t = doc.add_section("trial").set("seed", std::to_string(set.seeds[i]));
    if (i < observer.size() && !observer[i].empty()) t.set("observer", observer[i]);
  }
  return storage::write_document(doc, kTopComment);
}

SetFileResult parse_set(std::string_view text, const std::string& file_name) {
  SetFileResult out;
  Checker c{file_name, {}};
  if (text.size() > kMaxSetFileBytes) {
    c.error(0, "the file is larger than a set can be (" + std::to_string(kMaxSetFileBytes / 1024) + " KiB)");
    out.errors = std::move(c.errors);
    return out;
  }
  storage::ParseResult parsed = storage::parse_document(text);
  if (!parsed.document) {
    c.error(parsed.error.line, "not a set file: " + parsed.error.what);
    out.errors = std::move(c.errors);
    return out;
  }
  const storage::Document& doc = *parsed.document;
  c.only(doc.header, {"kind", "format"});
  const storage::Entry* kind_entry = doc.header.find("kind");
  const std::string* kind = kind_entry && kind_entry->values.size() == 1 ? &kind_entry->values[0] : nullptr;
  if (!kind) c.error(kind_entry ? kind_entry->line : 1, "no 'kind = trainer-set' at the top: this is not a trainer-set file");
  else if (*kind != "trainer-set") c.error(kind_entry->line, "kind is '" + *kind + "', not trainer-set: this is not a set file");
  const std::string* format = c.value(doc.header, "format");
  if (format && *format != std::to_string(kSetFormat))
    c.error(doc.header.find("format")->line, "format " + *format + " is not one this game reads (it reads format " +
                                                 std::to_string(kSetFormat) + ")");
  if (!kind || *kind != "trainer-set") {  // nothing else is worth saying about another kind of file
    out.errors = std::move(c.errors);
    return out;
  }

  SetFile result;
  int set_sections = 0;
  std::set<std::uint64_t> seen;
  for (const storage::Section& s : doc.sections) {
    if (s.name == "set") {
      if (++set_sections > 1) {
        c.error(s.line, "a second [set] section: a file holds one set");
        continue;
      }
      c.only(s, {"id", "title", "difficulty", "scenario"});
      if (const std::string* id = c.value(s, "id")) {
        if (!is_set_id(*id)) c.error(s.find("id")->line, "id must be 1 to 64 of a-z, 0-9 and '-'");
        else if (set_kind_from_string(*id) && *id != "custom") c.error(s.find("id")->line, "id '" + *id + "' is the name of a curated set; choose another");
        else result.set.id = *id;
      }
      if (const std::string* title = c.value(s, "title", false)) {
        if (title->size() > kMaxTitleBytes) c.error(s.find("title")->line, "title is longer than " + std::to_string(kMaxTitleBytes) + " bytes");
        else if (!is_clean_text(*title)) c.error(s.find("title")->line, "title must be UTF-8 text without control characters");
        else result.set.title = *title;
      }
      if (const std::string* d = c.value(s, "difficulty")) {
        if (auto k = set_kind_from_string(*d)) result.set.kind = *k;
        else c.error(s.find("difficulty")->line, "difficulty must be prototypes, borderline, d-cases or custom");
      }
      if (const std::string* sc = c.value(s, "scenario"); sc && *sc != "strange-situation")
        c.error(s.find("scenario")->line, "scenario must be strange-situation (the only procedure the trainer codes)");
    } else if (s.name == "trial") {
      c.only(s, {"seed", "observer"});
      if (result.set.seeds.size() >= kMaxSetTrials) {
        c.error(s.line, "more than " + std::to_string(kMaxSetTrials) + " trials");
        break;
      }
      std::uint64_t seed = 0;
      const std::string* v = c.value(s, "seed");
      if (v && !parse_seed(*v, &seed)) {
        c.error(s.find("seed")->line, "seed must be a whole number from 0 to 18446744073709551615");
        v = nullptr;
      }
      if (v && !seen.insert(seed).second) c.error(s.find("seed")->line, "seed " + *v + " is listed twice");
      std::string observer;
      if (const std::string* o = c.value(s, "observer", false)) {
        if (is_subgroup(*o)) observer = *o;
        else c.error(s.find("observer")->line, "observer must be a subgroup such as B3 or D/A");
      }
      if (v) {
        result.set.seeds.push_back(seed);
        result.observer.push_back(observer);
      }
    } else {
      c.error(s.line, "unknown section [" + s.name + "]");
    }
  }
  if (set_sections == 0) c.error(1, "no [set] section");
  if (result.set.seeds.empty() && c.errors.empty()) c.error(1, "no [trial] sections: a set needs at least one trial");
  if (c.errors.empty()) out.file = std::move(result);
  out.errors = std::move(c.errors);
  return out;
}

SetFileResult read_set_file(const std::filesystem::path& file) {
  // One byte more than allowed, so an oversized file is recognised without reading all of it.
  const storage::ReadResult read = storage::read_whole_file(file, kMaxSetFileBytes + 1);
  if (read.status != storage::ReadResult::Status::Ok) {
    SetFileResult out;
    out.errors.push_back(file.string() + ": error: " +
                         (read.status == storage::ReadResult::Status::Missing ? std::string("no such file") : read.error));
    return out;
  }
  return parse_set(read.bytes, file.string());
}

std::optional<std::string> write_set_file(const std::filesystem::path& file, const TrialSet& set,
                                          const std::vector<std::string>& observer) {
  if (auto problem = storage::atomic_write_file(file, set_to_text(set, observer))) return problem->describe();
  return std::nullopt;
}

}  // namespace sb::trainer
