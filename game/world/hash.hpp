#pragma once
// FNV-1a over the bytes of plain values: a cheap, stable fingerprint for
// determinism checks (same inputs -> same bits -> same hash).
#include <cstdint>
#include <cstring>
#include <string_view>
#include <type_traits>

namespace sb {

class Fnv1a {
 public:
  template <class T>
  void add(const T& v) {
    static_assert(std::is_trivially_copyable_v<T>);
    unsigned char bytes[sizeof(T)];
    std::memcpy(bytes, &v, sizeof(T));
    for (unsigned char b : bytes) h_ = (h_ ^ b) * 1099511628211ull;
  }
  void add(std::string_view s) {
    for (unsigned char b : s) h_ = (h_ ^ b) * 1099511628211ull;
    add(std::uint64_t(s.size()));
  }
  std::uint64_t value() const { return h_; }

 private:
  std::uint64_t h_ = 1469598103934665603ull;
};

}  // namespace sb
