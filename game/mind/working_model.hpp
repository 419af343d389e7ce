#pragma once
// The child's working model of one caregiver (Bowlby's "internal working model"),
// kept as four Beta counts learned from each bid and its answer, and the
// conditional strategy that follows from them (Main 1990; Petters; Cittern et al.
// 2018). Nothing here knows the caregiver's parameters: only what happened.
#include <array>
#include <cstdint>

#include "mind/dyad.hpp"

namespace sb::mind {

struct BetaCount {
  double yes = 2.0, no = 2.0;  // a neutral prior: "might go either way"
  double mean() const { return yes / (yes + no); }
};

// What the child noticed about one exchange: the bid and how it was answered.
struct Exchange {
  bool contact_bid = false;          // reach up / cling: asks to be held
  AnswerKind answer = AnswerKind::None; // Ignore when no answer came in time
  double latency = 0.0;              // seconds until the answer
  double fit = 0.0;                  // 0..1, how well the answer met the need, as this child felt it
  bool unsolicited = false;          // the caregiver's own act, not an answer to a bid
};

struct StrategyWeights {
  // Soft weights, summing to 1: direct, deactivating, hyperactivating, collapsed.
  std::array<double, 4> w{1, 0, 0, 0};
  Strategy dominant() const;
  double strength() const;  // weight of the dominant strategy rescaled to 0..1
  double direct() const { return w[0]; }
  double deactivating() const { return w[1]; }
  double hyperactivating() const { return w[2]; }
  double collapsed() const { return w[3]; }
};

class WorkingModel {
 public:
  // Forgetting keeps the model able to change: each exchange discounts the old
  // counts toward the neutral prior by this factor (an effective memory of
  // roughly 1 / (1 - factor) exchanges).
  static constexpr double kRetention = 0.985;
  // Strategy logits per unit of learned difference (tuned, see MODEL.md).
  static constexpr double kGain = 9.0;
  // Infants come expecting safety (Bowlby's preadapted attachment): the safe
  // count starts at 3:1, the others at a neutral 2:2.
  static constexpr BetaCount kSafeStart{3.0, 1.0};
  static constexpr double kSafePrior = 0.75;
  // One frightening moment weighs as much as this many calm answers' worth of
  // "safe: yes" (0.25 each) times four: fear is learned in a trial or two and
  // fades slowly (LeDoux 1996; Main & Hesse 1990 on fright without solution).
  static constexpr double kFrightWeight = 1.5;

  // temperament_bias > 0 tilts an insecure child toward hyperactivating, < 0
  // toward deactivating (reactive infants protest more; see MODEL.md).
  explicit WorkingModel(double temperament_bias = 0.0);

  void learn(const Exchange& e);

  double available() const { return available_.mean(); }
  double accepting() const { return accepting_.mean(); }
  double predictable() const { return predictable_.mean(); }
  double safe() const { return safe_.mean(); }
  // How much the child has learned (pseudo-count of the available estimate).
  double evidence() const { return available_.yes + available_.no; }
  int exchanges() const { return exchanges_; }

  StrategyWeights strategy() const { return weights_; }
  std::uint64_t hash() const;

 private:
  void recompute();
  BetaCount available_, accepting_, predictable_, safe_;
  StrategyWeights weights_;
  double temperament_bias_ = 0.0;
  int exchanges_ = 0;
};

}  // namespace sb::mind
