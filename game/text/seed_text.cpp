// Seeds for the eye (see seed_text.hpp).
#include "text/seed_text.hpp"

namespace sb::text {

std::string short_seed(std::uint64_t seed) {
  const std::string all = std::to_string(seed);
  if (static_cast<int>(all.size()) <= kShortSeedDigits) return all;
  return all.substr(0, 4) + "\u2026" + all.substr(all.size() - 4);
}

}  // namespace sb::text
