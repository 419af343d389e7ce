// Agreement statistics (see agreement.hpp).
#include "trainer/agreement.hpp"

#include <cstdlib>

namespace sb::trainer {

int table_index(mind::Pattern p) {
  switch (p) {
    case mind::Pattern::Avoidant: return 0;
    case mind::Pattern::Secure: return 1;
    case mind::Pattern::Anxious: return 2;
    case mind::Pattern::Disorganized: return 3;
  }
  return 0;
}

std::optional<double> proportion_agreement(const std::vector<std::vector<int>>& t) {
  long n = 0, diagonal = 0;
  for (std::size_t i = 0; i < t.size(); ++i)
    for (std::size_t j = 0; j < t[i].size(); ++j) {
      n += t[i][j];
      if (i == j) diagonal += t[i][j];
    }
  if (n <= 0) return std::nullopt;
  return static_cast<double>(diagonal) / static_cast<double>(n);
}

std::optional<double> cohens_kappa(const std::vector<std::vector<int>>& t) {
  const std::size_t k = t.size();
  std::vector<double> rows(k, 0), cols(k, 0);
  double n = 0, diagonal = 0;
  for (std::size_t i = 0; i < k; ++i)
    for (std::size_t j = 0; j < k && j < t[i].size(); ++j) {
      rows[i] += t[i][j];
      cols[j] += t[i][j];
      n += t[i][j];
      if (i == j) diagonal += t[i][j];
    }
  if (n <= 0) return std::nullopt;
  double chance = 0;  // expected agreement from the two raters' own category rates
  for (std::size_t i = 0; i < k; ++i) chance += (rows[i] / n) * (cols[i] / n);
  if (chance >= 1.0 - 1e-12) return std::nullopt;
  const double observed = diagonal / n;
  return (observed - chance) / (1.0 - chance);
}

AgreementSummary summarize(const std::vector<SheetPair>& pairs) {
  AgreementSummary s;
  std::array<double, 4> diff_sum{};
  std::array<int, 4> within{}, counted{};
  double rating_sum = 0;
  int ratings = 0, subgroup_same = 0;
  for (const SheetPair& p : pairs) {
    const auto sp = pattern_of(p.student.subgroup), op = pattern_of(p.observer.subgroup);
    if (sp && op) {
      ++s.trials;
      ++s.abcd[table_index(*sp)][table_index(*op)];
      ++s.abc[table_index(*organised_of(p.student.subgroup))][table_index(*organised_of(p.observer.subgroup))];
      subgroup_same += p.student.subgroup == p.observer.subgroup;
    }
    for (std::size_t r = 0; r < p.student.reunions.size() && r < p.observer.reunions.size(); ++r)
      for (Scale sc : kScales) {
        const int a = p.student.reunions[r][sc], b = p.observer.reunions[r][sc];
        if (a < kScaleMin || b < kScaleMin) continue;
        const int k = static_cast<int>(sc);
        diff_sum[k] += std::abs(a - b);
        within[k] += std::abs(a - b) <= 1;
        ++counted[k];
      }
    if (p.student.disorganization >= kRatingMin && p.observer.disorganization >= kRatingMin) {
      rating_sum += std::abs(p.student.disorganization - p.observer.disorganization);
      ++ratings;
    }
  }
  s.agree_abcd = proportion_agreement(s.abcd);
  s.agree_abc = proportion_agreement(s.abc);
  s.kappa_abcd = cohens_kappa(s.abcd);
  s.kappa_abc = cohens_kappa(s.abc);
  if (s.trials > 0) s.agree_subgroup = static_cast<double>(subgroup_same) / s.trials;
  for (int k = 0; k < 4; ++k)
    if (counted[k] > 0) {
      s.mean_abs_diff[k] = diff_sum[k] / counted[k];
      s.within_one[k] = static_cast<double>(within[k]) / counted[k];
    }
  s.reunions = counted[0];
  if (ratings > 0) s.rating_mean_abs_diff = rating_sum / ratings;
  return s;
}

}  // namespace sb::trainer
