#include "sim/typical_run.hpp"

#include <algorithm>
#include <array>
#include <vector>

namespace sb::sim {
namespace {

std::uint64_t mix(std::uint64_t z) {
  z += 0x9e3779b97f4a7c15ULL;
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
  return z ^ (z >> 31);
}

std::uint64_t text_hash(const std::string& s) { // FNV-1a: the style's part of a seed
  std::uint64_t h = 0xcbf29ce484222325ULL;
  for (unsigned char c : s) h = (h ^ c) * 0x100000001b3ULL;
  return h;
}

}  // namespace

std::uint64_t candidate_seed(std::uint64_t base_seed, const std::string& style, int k) {
  return mix(mix(base_seed) ^ text_hash(style) ^ mix(static_cast<std::uint64_t>(k) + 1)) | 1u;
}

TypicalPick typical_seed(const SessionConfig& config, std::uint64_t base_seed, int candidates) {
  struct Candidate {
    std::uint64_t seed;
    mind::Strategy strategy;
    double strength;
  };
  std::vector<Candidate> all;
  std::array<int, 4> votes{};
  for (int k = 0; k < candidates; ++k) {
    SessionConfig c = config;
    c.seed = candidate_seed(base_seed, config.caregiver_style, k);
    const Session s(c); // the pre-history runs here; no tick of the scene is played
    all.push_back({c.seed, s.mind().strategy(), s.mind().strategy_strength()});
    ++votes[static_cast<std::size_t>(all.back().strategy)];
  }
  TypicalPick pick;
  pick.candidates = candidates;
  // The most common strategy (ties: the earlier in Direct..Collapsed order, a fixed rule).
  const auto top = std::max_element(votes.begin(), votes.end());
  pick.strategy = static_cast<mind::Strategy>(top - votes.begin());
  pick.agreeing = *top;
  std::vector<Candidate> agreeing;
  for (const Candidate& c : all)
    if (c.strategy == pick.strategy) agreeing.push_back(c);
  // The median strength among them (stable: equal strengths keep candidate order).
  std::stable_sort(agreeing.begin(), agreeing.end(), [](const Candidate& a, const Candidate& b) { return a.strength < b.strength; });
  pick.seed = agreeing.empty() ? candidate_seed(base_seed, config.caregiver_style, 0) : agreeing[(agreeing.size() - 1) / 2].seed;
  return pick;
}

}  // namespace sb::sim
