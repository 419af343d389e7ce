// Comparing a student's sheet with the observer's (see comparison.hpp).
#include "trainer/comparison.hpp"
#include "mind/coding.hpp"

#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace sb::trainer {
namespace {

std::string explain(const std::string& key) { return "trainer.explain." + key; }

// The first explanation of a row: same, close, or which way it differs. Values
// are in the order the English sentences use them (the observer's score first).
Explanation direction(const std::string& what, int student, int observer) {
  if (student == observer) return {explain("same"), {std::to_string(observer)}};
  if (student < kScaleMin) return {explain("unscored"), {std::to_string(observer)}};
  const std::string way = observer > student ? "higher" : "lower";
  return {explain(what + "." + way), {std::to_string(observer), std::to_string(student)}};
}

// Why the observer chose this class: the rule it met, with the numbers it rests on.
Explanation class_rule(const ObserverCoding& o) {
  const auto& c = o.combined;
  const std::string ps = mind::one_decimal(c[0]), cm = mind::one_decimal(c[1]), rs = mind::one_decimal(c[2]), av = mind::one_decimal(c[3]);
  const auto p = pattern_of(o.sheet.subgroup);
  if (!p) return {explain("rule.none"), {}};
  switch (*p) {
    case mind::Pattern::Avoidant: return {explain("rule.A"), {av, ps, cm}};
    case mind::Pattern::Secure: return {explain("rule.B"), {ps, cm, rs, av}};
    case mind::Pattern::Anxious: return {explain("rule.C"), {ps, cm, rs}};
    case mind::Pattern::Disorganized: return {explain("rule.D"), {mind::one_decimal(o.disorganization_exact)}};
  }
  return {explain("rule.none"), {}};
}

// Where the student's number sits in the panel's spread.
Explanation panel_spread(const Spread& spread, int student) {
  const std::string n = std::to_string(spread.coders()), low = std::to_string(spread.lowest()),
                    high = std::to_string(spread.highest()), mine = std::to_string(student);
  const bool scored = student >= kScaleMin;
  if (spread.lowest() == spread.highest()) {
    if (!scored || spread.gave(student)) return {explain("panel.all"), {n, low}};
    return {explain("panel.all-outside"), {n, low, mine}};
  }
  if (!scored) return {explain("panel.range-only"), {n, low, high}};
  if (spread.gave(student)) return {explain("panel.range"), {n, low, high, std::to_string(spread.gave(student)), mine}};
  return {explain("panel.outside"), {n, low, high, mine}};
}

}  // namespace

Agreement agreement_of(int student, int observer) {
  const int d = std::abs(student - observer);
  return d == 0 ? Agreement::Exact : d == 1 ? Agreement::WithinOne : Agreement::Differs;
}

ScoreSheet blank_sheet(const ObserverCoding& observer) {
  ScoreSheet s;
  for (const ReunionScores& r : observer.sheet.reunions) s.reunions.push_back({r.episode, {0, 0, 0, 0}});
  return s;
}

Comparison compare(const ScoreSheet& student, const ObserverCoding& observer, const PanelCoding* panel) {
  Comparison out;
  auto tally = [&](Agreement a) {
    (a == Agreement::Exact ? out.exact : a == Agreement::WithinOne ? out.within_one : out.differ) += 1;
  };
  for (std::size_t r = 0; r < observer.sheet.reunions.size(); ++r) {
    const ReunionScores& theirs = observer.sheet.reunions[r];
    const ReunionScores mine = r < student.reunions.size() ? student.reunions[r] : ReunionScores{theirs.episode, {0, 0, 0, 0}};
    for (Scale s : kScales) {
      ScoreRow row;
      row.reunion = static_cast<int>(r);
      row.scale = s;
      row.student = mine[s];
      row.observer = theirs[s];
      row.observer_exact = observer.reunions[r].exact[static_cast<int>(s)];
      row.agreement = row.student < kScaleMin ? Agreement::Differs : agreement_of(row.student, row.observer);
      row.explain.push_back(direction(to_string(s), row.student, row.observer));
      if (row.agreement == Agreement::WithinOne) row.explain.push_back({explain("close"), {}});
      if (panel && r < panel->reunions.size()) {
        row.panel = panel->reunions[r][static_cast<std::size_t>(s)];
        if (row.panel.coders()) row.explain.push_back(panel_spread(row.panel, row.student));
      }
      if (row.agreement != Agreement::Exact) row.explain.push_back({explain(std::string("anchors.") + to_string(s)), {}});
      row.moments = observer.reunions[r].why[static_cast<int>(s)];
      tally(row.agreement);
      out.scales.push_back(std::move(row));
    }
  }

  ScoreRow& d = out.rating;
  d.reunion = -1;
  d.student = student.disorganization;
  d.observer = observer.sheet.disorganization;
  d.observer_exact = observer.disorganization_exact;
  d.agreement = d.student < kRatingMin ? Agreement::Differs : agreement_of(d.student, d.observer);
  d.explain.push_back(direction("disorganization", d.student, d.observer));
  if (d.agreement == Agreement::WithinOne) d.explain.push_back({explain("close"), {}});
  // One point across the threshold changes the class: say so.
  if (d.student >= kRatingMin && (d.student >= kDisorganizedFrom) != (d.observer >= kDisorganizedFrom))
    d.explain.push_back({explain("disorganization.threshold"), {}});
  if (panel && panel->rating.coders()) {
    d.panel = panel->rating;
    d.explain.push_back(panel_spread(d.panel, d.student));
  }
  if (d.agreement != Agreement::Exact) d.explain.push_back({explain("anchors.disorganization"), {}});
  d.moments = observer.disorganization_why;
  tally(d.agreement);

  ClassRow& k = out.classification;
  k.student = student.subgroup;
  k.observer = observer.sheet.subgroup;
  const auto sp = pattern_of(k.student), op = pattern_of(k.observer);
  const auto so = organised_of(k.student), oo = organised_of(k.observer);
  k.same_pattern = sp && op && *sp == *op;
  k.same_organised = so && oo && *so == *oo;
  k.same_subgroup = !k.student.empty() && k.student == k.observer;
  if (!sp) k.explain.push_back({explain("class.unchosen"), {k.observer}});
  else if (!k.same_pattern) k.explain.push_back({explain("class.differs"), {mind::letter(*sp), op ? mind::letter(*op) : "?"}});
  else if (!k.same_subgroup) k.explain.push_back({explain("subgroup.differs"), {k.student, k.observer}});
  else k.explain.push_back({explain("class.same"), {k.observer}});
  if (sp && op && !k.same_pattern && k.same_organised) k.explain.push_back({explain("class.same-organised"), {mind::letter(*oo)}});
  k.explain.push_back(class_rule(observer));
  if (panel && panel->coders > 0) {
    k.panel_coders = panel->coders;
    k.panel_patterns = panel->patterns;
    const auto& n = panel->patterns;
    using P = mind::Pattern;
    auto at = [&](P p) { return std::to_string(n[static_cast<std::size_t>(p)]); };
    k.explain.push_back({explain("panel.class"), {std::to_string(panel->coders), at(P::Avoidant), at(P::Secure), at(P::Anxious), at(P::Disorganized)}});
    if (sp) {
      const int same = n[static_cast<std::size_t>(*sp)];
      if (same) k.explain.push_back({explain("panel.class.you"), {std::to_string(same), mind::letter(*sp)}});
      else k.explain.push_back({explain("panel.class.not-you"), {mind::letter(*sp)}});
    }
  }
  if (!k.same_subgroup && is_subgroup(k.observer)) k.explain.push_back({"trainer.subgroup." + subgroup_key(k.observer), {}});
  k.reasons = observer.classification.reasons;
  return out;
}

}  // namespace sb::trainer
