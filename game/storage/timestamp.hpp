#pragma once
// Dates in saved files are UTC in one fixed ISO 8601 shape, so files read the
// same on every machine and sort as text.
#include <string>
#include <string_view>

namespace sb::app::storage {

std::string utc_now_iso();                      // "2026-11-29T09:22:05Z"
bool is_iso_utc(std::string_view text);         // exactly the shape above, with a real calendar date
std::string utc_now_compact();                  // "20261129-092205", for file names

}  // namespace sb::app::storage
