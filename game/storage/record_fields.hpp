#pragma once
// Strict field readers for record files (progress, reflections): a field that
// is missing or malformed throws, and the loader sets the whole file aside.
#include <stdexcept>
#include <string>
#include <string_view>

#include "storage/document.hpp"

namespace sb::app::storage {

struct RecordError : std::runtime_error {
  RecordError(const std::string& what, int line) : std::runtime_error(what), line(line) {}
  int line;
};

const std::string& required_text(const Section& s, std::string_view key);
std::string required_id(const Section& s, std::string_view key);        // [A-Za-z0-9_.-]+
std::string required_time(const Section& s, std::string_view key);      // UTC ISO shape
int required_count(const Section& s, std::string_view key);             // 0 .. 1e9
// Every key in the section must be one of `allowed`.
void only_keys(const Section& s, std::initializer_list<std::string_view> allowed);

}  // namespace sb::app::storage
