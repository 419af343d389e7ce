// Seeds on screen: short seeds as typed, long ones by their first and last digits.
#include <catch2/catch.hpp>

#include "text/seed_text.hpp"

using sb::text::short_seed;

TEST_CASE("a seed a player typed is shown whole, a 19-digit seed short") {
  CHECK(short_seed(7) == "7");
  CHECK(short_seed(12345678) == "12345678");
  CHECK(short_seed(1844674407370955161ull) == "1844\u20265161");  // 19 digits: 9 characters on screen
  CHECK(short_seed(123456789) == "1234\u20266789");
  CHECK(short_seed(18446744073709551615ull) == "1844\u20261615");
}
