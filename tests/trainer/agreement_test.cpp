// Agreement figures on tables whose answers are known from textbooks and by hand.
#include <catch2/catch.hpp>

#include "sheets.hpp"
#include "trainer/agreement.hpp"

using namespace sb::trainer;

TEST_CASE("Cohen's kappa of the textbook two-by-two table is 0.4") {
  // 50 items: both yes 20, A yes B no 5, A no B yes 10, both no 15. Observed 0.70,
  // chance 0.5 x 0.6 + 0.5 x 0.4 = 0.50, kappa (0.70 - 0.50) / 0.50 = 0.40.
  const std::vector<std::vector<int>> t = {{20, 5}, {10, 15}};
  CHECK(*proportion_agreement(t) == Approx(0.70));
  CHECK(*cohens_kappa(t) == Approx(0.40));
}

TEST_CASE("Cohen's kappa is low when agreement is mostly chance") {
  // Observed 0.60 but chance 0.6 x 0.7 + 0.4 x 0.3 = 0.54: kappa 0.1304.
  const std::vector<std::vector<int>> t = {{45, 15}, {25, 15}};
  CHECK(*proportion_agreement(t) == Approx(0.60));
  CHECK(*cohens_kappa(t) == Approx(0.1304).epsilon(0.001));
}

TEST_CASE("Cohen's kappa on a three-category table, worked by hand") {
  // n 100, diagonal 87; rows 30/35/35, columns 30/34/36: chance 0.335, kappa 0.535 / 0.665.
  const std::vector<std::vector<int>> t = {{25, 2, 3}, {4, 30, 1}, {1, 2, 32}};
  CHECK(*proportion_agreement(t) == Approx(0.87));
  CHECK(*cohens_kappa(t) == Approx(0.535 / 0.665));
}

TEST_CASE("kappa is 1 for perfect agreement, 0 at chance, and undefined when only one category was used") {
  CHECK(*cohens_kappa({{3, 0, 0}, {0, 4, 0}, {0, 0, 2}}) == Approx(1.0));
  CHECK(*cohens_kappa({{1, 1}, {1, 1}}) == Approx(0.0));
  CHECK_FALSE(cohens_kappa({{5, 0}, {0, 0}}));
  CHECK_FALSE(cohens_kappa({{0, 0}, {0, 0}}));
  CHECK_FALSE(proportion_agreement({{0, 0}, {0, 0}}));
}

using testing::sheet;

TEST_CASE("a summary counts classes into A/B/C/D and A/B/C tables and averages the scale differences") {
  std::vector<SheetPair> pairs = {
      {sheet("B3", 1, {7, 5, 1, 1}, {7, 6, 1, 1}), sheet("B3", 1, {7, 5, 1, 1}, {7, 6, 1, 1})},  // identical
      {sheet("A1", 2, {2, 1, 1, 5}, {1, 1, 1, 6}), sheet("A2", 1, {3, 1, 1, 4}, {2, 1, 1, 6})},  // A, subgroup differs
      {sheet("D/B", 6, {5, 4, 1, 2}, {6, 4, 1, 2}), sheet("B2", 3, {5, 4, 1, 3}, {6, 4, 1, 2})}, // D vs B, same best fit
      {sheet("C1", 1, {6, 6, 5, 1}, {6, 7, 6, 1}), sheet("B4", 2, {6, 6, 3, 1}, {6, 7, 3, 1})},  // C vs B
  };
  const AgreementSummary s = summarize(pairs);
  CHECK(s.trials == 4);
  CHECK(s.abcd[1][1] == 1);  // B, B
  CHECK(s.abcd[0][0] == 1);  // A, A
  CHECK(s.abcd[3][1] == 1);  // student D, observer B
  CHECK(s.abcd[2][1] == 1);  // student C, observer B
  CHECK(*s.agree_abcd == Approx(0.5));
  CHECK(*s.agree_abc == Approx(0.75));  // D/B agrees with B on the organised pattern
  CHECK(*s.agree_subgroup == Approx(0.25));
  CHECK(s.reunions == 8);
  // Proximity seeking differs by 1 in both reunions of trial 2 and nowhere else: 2/8.
  CHECK(*s.mean_abs_diff[0] == Approx(2.0 / 8));
  CHECK(*s.within_one[0] == Approx(1.0));
  // Resistance differs by 2 and 3 in trial 4: 5/8, and 6 of 8 within one point.
  CHECK(*s.mean_abs_diff[2] == Approx(5.0 / 8));
  CHECK(*s.within_one[2] == Approx(6.0 / 8));
  // Avoidance: 1 + 0 + 1 + 0 = 2 over 8.
  CHECK(*s.mean_abs_diff[3] == Approx(2.0 / 8));
  // Rating: 0, 1, 3, 1 over 4.
  CHECK(*s.rating_mean_abs_diff == Approx(5.0 / 4));
  // Kappa from the A/B/C/D table: rows (student) A1 B1 C1 D1, columns A1 B3: chance 0.25*0.25 + 0.25*0.75 = 0.25.
  CHECK(*s.kappa_abcd == Approx((0.5 - 0.25) / 0.75));
}

TEST_CASE("unscored scales and unchosen classes are left out of the figures") {
  ScoreSheet blank;
  blank.reunions = {{4, {0, 0, 0, 0}}, {7, {0, 0, 0, 0}}};
  const AgreementSummary s = summarize({{blank, sheet("B3", 1, {7, 5, 1, 1}, {7, 6, 1, 1})}});
  CHECK(s.trials == 0);
  CHECK(s.reunions == 0);
  CHECK_FALSE(s.agree_abcd);
  CHECK_FALSE(s.mean_abs_diff[0]);
  CHECK_FALSE(s.rating_mean_abs_diff);
}
