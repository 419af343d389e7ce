// A panel of realistic coders (see panel.hpp).
#include "trainer/panel.hpp"

#include "mind/coding.hpp"
#include "mind/observer.hpp"
#include "mind/rng.hpp"
#include "sim/rng.hpp"
#include "trainer/observer_coding.hpp"

namespace sb::trainer {
namespace {
// Keeps the panel's draws apart from every other use of the trial's seed.
constexpr std::uint64_t kPanelSalt = 0x9A2E1C0DE5ull;

void add(Spread& s, int value) {
  if (value >= 1 && value <= kRatingMax) ++s.count[static_cast<std::size_t>(value - 1)];
}
}  // namespace

int Spread::coders() const {
  int n = 0;
  for (int c : count) n += c;
  return n;
}

int Spread::lowest() const {
  for (int v = 1; v <= kRatingMax; ++v)
    if (gave(v)) return v;
  return 0;
}

int Spread::highest() const {
  for (int v = kRatingMax; v >= 1; --v)
    if (gave(v)) return v;
  return 0;
}

int Spread::gave(int value) const {
  return value >= 1 && value <= kRatingMax ? count[static_cast<std::size_t>(value - 1)] : 0;
}

PanelCoding code_panel(const mind::BehaviourRecord& record, std::uint64_t seed, int coders) {
  PanelCoding p;
  for (int i = 0; i < coders; ++i) {
    mind::Rng rng(sim::derive_seed(seed ^ kPanelSalt, static_cast<std::uint64_t>(i)));
    const mind::CoderError error = mind::draw_coder_error(rng);
    const mind::Classification c = mind::classify_record(record, &error);
    if (p.reunions.size() < c.reunions.size()) p.reunions.resize(c.reunions.size());
    for (std::size_t r = 0; r < c.reunions.size(); ++r) {
      const mind::ReunionScales& s = c.reunions[r];
      // Written as the ideal observer writes its sheet (observer_coding.hpp): whole numbers.
      add(p.reunions[r][0], whole_scale(s.proximity_seeking));
      add(p.reunions[r][1], whole_scale(s.contact_maintaining));
      add(p.reunions[r][2], whole_scale(s.resistance));
      add(p.reunions[r][3], whole_scale(s.avoidance));
    }
    add(p.rating, whole_rating(c.disorganization));
    ++p.patterns[static_cast<std::size_t>(c.pattern)];
    p.subgroups.push_back(c.subgroup);
    ++p.coders;
  }
  return p;
}

}  // namespace sb::trainer
