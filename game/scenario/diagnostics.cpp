#include "scenario/diagnostics.hpp"

#include <algorithm>
#include <sstream>

namespace sb::scenario {

std::string format(const Diagnostic& d) {
  std::ostringstream os;
  os << d;
  return os.str();
}

std::string escape_controls(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    const auto u = static_cast<unsigned char>(c);
    if (u >= 0x20 && u != 0x7F) {
      out += c;
      continue;
    }
    static const char hex[] = "0123456789ABCDEF";
    out += "\\x";
    out += hex[u >> 4];
    out += hex[u & 0xF];
  }
  return out;
}

std::ostream& operator<<(std::ostream& os, const Diagnostic& d) {
  // A file name or quoted text holding ESC or a newline must not drive the terminal or
  // break the one-line FILE:LINE:COL form.
  os << escape_controls(d.file) << ':' << d.line << ':' << d.column << ": "
     << (d.severity == Severity::Error ? "error" : "warning") << ": " << escape_controls(d.message);
  return os;
}

namespace {
// Optimal-string-alignment distance on bytes; words here are short identifiers.
std::size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> prev2(b.size() + 1), prev(b.size() + 1), cur(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) prev[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    cur[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t sub = prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, sub});
      // A swap of two neighbours ("mtea" for "meta") counts as one typo.
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) cur[j] = std::min(cur[j], prev2[j - 2] + 1);
    }
    prev2 = prev;
    std::swap(prev, cur);
  }
  return prev[b.size()];
}
}  // namespace

std::string closest(std::string_view word, const std::vector<std::string>& candidates) {
  if (word.size() > 64) return {};
  std::string best;
  std::size_t best_d = 0;
  for (const auto& c : candidates) {
    if (c.size() > 64) continue;
    const std::size_t d = edit_distance(word, c);
    if (best.empty() || d < best_d) {
      best = c;
      best_d = d;
    }
  }
  // Allow roughly one typo per three letters, at least one, at most three.
  const std::size_t limit = std::clamp<std::size_t>(word.size() / 3, 1, 3);
  if (!best.empty() && best_d <= limit) return best;
  // A shortened word ("explore" for "exploration") is a likely slip too.
  if (word.size() >= 4)
    for (const auto& c : candidates) {
      std::size_t common = 0;
      while (common < word.size() && common < c.size() && word[common] == c[common]) ++common;
      if (common >= std::max<std::size_t>(4, word.size() - 1)) return c;
    }
  return {};
}

std::string did_you_mean(std::string_view word, const std::vector<std::string>& candidates,
                         std::string_view open, std::string_view close) {
  const std::string c = closest(word, candidates);
  if (c.empty()) return {};
  return "; did you mean " + std::string(open) + c + std::string(close) + "?";
}

}  // namespace sb::scenario
