#include "storage/record_fields.hpp"

#include <algorithm>
#include <charconv>

#include "storage/timestamp.hpp"

namespace sb::app::storage {

const std::string& required_text(const Section& s, std::string_view key) {
  const Entry* e = s.find(key);
  if (!e) throw RecordError("[" + s.name + "] has no " + std::string(key), s.line);
  if (e->values.size() != 1) throw RecordError(std::string(key) + " must have one value", e->line);
  return e->values[0];
}

std::string required_id(const Section& s, std::string_view key) {
  const std::string& v = required_text(s, key);
  if (!is_valid_name(v)) throw RecordError(std::string(key) + " is not a valid id", s.find(key)->line);
  return v;
}

std::string required_time(const Section& s, std::string_view key) {
  const std::string& v = required_text(s, key);
  if (!is_iso_utc(v)) throw RecordError(std::string(key) + " is not a UTC time like 2026-01-31T12:00:00Z", s.find(key)->line);
  return v;
}

int required_count(const Section& s, std::string_view key) {
  const std::string& v = required_text(s, key);
  int n = -1;
  auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), n);
  if (ec != std::errc() || end != v.data() + v.size() || n < 0 || n > 1'000'000'000)
    throw RecordError(std::string(key) + " is not a count", s.find(key)->line);
  return n;
}

void only_keys(const Section& s, std::initializer_list<std::string_view> allowed) {
  for (const Entry& e : s.entries)
    if (std::find(allowed.begin(), allowed.end(), e.key) == allowed.end())
      throw RecordError("[" + s.name + "] has an unexpected key " + e.key, e.line);
}

}  // namespace sb::app::storage
