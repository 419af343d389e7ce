#include "sim/simulate_adult.hpp"

#include <cmath>
#include <cstdio>
#include <ostream>

#include <nlohmann/json.hpp>

namespace sb::sim {
namespace {

double share(int n, int runs) { return runs ? 100.0 * n / runs : 0.0; }
double round_to(double v, int places) {
  const double f = std::pow(10.0, places);
  return std::round(v * f) / f;
}
std::string fmt(const char* f, double v) {
  char b[64];
  std::snprintf(b, sizeof b, f, v);
  return b;
}

}  // namespace

double AdultTally::secure_share() const { return share(prototypes[0], runs); }
double AdultTally::avoidant_share() const { return share(prototypes[2] + prototypes[3], runs); }
double AdultTally::anxious_share() const { return share(prototypes[1], runs); }

AdultTally tally_adult(const std::vector<RunSummary>& runs) {
  AdultTally t;
  for (const RunSummary& r : runs) {
    if (!r.adult) continue;
    ++t.runs;
    t.anxiety += r.adult->anxiety;
    t.avoidance += r.adult->avoidance;
    ++t.prototypes[static_cast<int>(r.adult->prototype)];
    t.unresolved += r.adult->unresolved;
  }
  if (t.runs) t.anxiety /= t.runs, t.avoidance /= t.runs;
  return t;
}

std::string adult_json(const AdultTally& t) {
  nlohmann::ordered_json j;
  j["runs"] = t.runs;
  j["mean_anxiety"] = round_to(t.anxiety, 3);
  j["mean_avoidance"] = round_to(t.avoidance, 3);
  j["prototypes"] = {{"secure", t.prototypes[0]}, {"preoccupied", t.prototypes[1]},
                     {"dismissing", t.prototypes[2]}, {"fearful", t.prototypes[3]}};
  j["three_way"] = {{"secure", round_to(t.secure_share() / 100, 4)}, {"avoidant", round_to(t.avoidant_share() / 100, 4)},
                    {"anxious", round_to(t.anxious_share() / 100, 4)}};
  j["hazan_shaver_1987"] = {{"secure", kHazanShaver1987.secure / 100}, {"avoidant", kHazanShaver1987.avoidant / 100},
                            {"anxious", kHazanShaver1987.anxious / 100}};
  j["unresolved"] = t.unresolved;
  return j.dump();
}

void print_adult_table(const AdultTally& t, std::ostream& out) {
  out << "\ngrown-up coding (" << t.runs << " runs): mean anxiety " << fmt("%.2f", t.anxiety) << ", mean avoidance "
      << fmt("%.2f", t.avoidance) << " (1-7)\n";
  const char* names[4] = {"secure", "preoccupied", "dismissing", "fearful-avoidant"};
  for (int i = 0; i < 4; ++i)
    out << "  " << names[i] << std::string(18 - std::string(names[i]).size(), ' ') << fmt("%5.0f", t.prototypes[i])
        << fmt("  %5.1f%%\n", share(t.prototypes[i], t.runs));
  out << "three-way   simulated   Hazan & Shaver 1987\n"
      << "  secure      " << fmt("%5.1f%%", t.secure_share()) << fmt("     %2.0f%%\n", kHazanShaver1987.secure)
      << "  avoidant    " << fmt("%5.1f%%", t.avoidant_share()) << fmt("     %2.0f%%  (dismissing + fearful)\n", kHazanShaver1987.avoidant)
      << "  anxious     " << fmt("%5.1f%%", t.anxious_share()) << fmt("     %2.0f%%  (preoccupied)\n", kHazanShaver1987.anxious)
      << "unresolved moments (kept apart from the prototypes) in " << t.unresolved << " runs\n";
}

}  // namespace sb::sim
