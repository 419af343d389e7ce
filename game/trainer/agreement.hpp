#pragma once
// How well a student's codes agree with the observer's across trials, in the
// figures coder-reliability checks report: percent agreement and Cohen's kappa
// (1960) on the classification, for the four patterns (A/B/C/D) and for the
// three organised ones (A/B/C, D cases by their best-fitting pattern), and the
// mean absolute difference on each scale.
#include <array>
#include <optional>
#include <vector>

#include "trainer/scores.hpp"

namespace sb::trainer {

// Cohen's kappa for a square table of counts: rows one rater, columns the other.
// nullopt when it is undefined (no counts, or both raters used one category only,
// so chance agreement is already 1).
std::optional<double> cohens_kappa(const std::vector<std::vector<int>>& table);
// The share of counts on the diagonal, 0..1; nullopt with no counts.
std::optional<double> proportion_agreement(const std::vector<std::vector<int>>& table);

struct SheetPair {
  ScoreSheet student, observer;
};

struct AgreementSummary {
  int trials = 0;                      // pairs with a chosen class on both sheets
  // Rows the student, columns the observer; A, B, C, D in that order.
  std::vector<std::vector<int>> abcd = std::vector<std::vector<int>>(4, std::vector<int>(4, 0));
  std::vector<std::vector<int>> abc = std::vector<std::vector<int>>(3, std::vector<int>(3, 0));
  std::optional<double> agree_abcd, agree_abc, kappa_abcd, kappa_abc;  // 0..1 and -1..1
  std::optional<double> agree_subgroup;                                // 0..1
  // By Scale, over every reunion both sheets scored: mean |student − observer|
  // and the share within one point.
  std::array<std::optional<double>, 4> mean_abs_diff{}, within_one{};
  int reunions = 0;
  std::optional<double> rating_mean_abs_diff;  // disorganization, 1..9
};

AgreementSummary summarize(const std::vector<SheetPair>& pairs);

// "A" -> 0 … "D" -> 3: a pattern's row and column in the tables.
int table_index(mind::Pattern p);

}  // namespace sb::trainer
