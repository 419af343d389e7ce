// The student's sheet beside the observer's: rows, agreement and explanations.
#include <catch2/catch.hpp>

#include <algorithm>

#include "trainer/comparison.hpp"
#include "string_tables.hpp"

using namespace sb::trainer;

namespace {

// An observer's coding of a made-up run: an avoidant child (A1) with two reunions.
ObserverCoding avoidant_run() {
  ObserverCoding o;
  o.sheet.reunions = {{4, {2, 1, 1, 5}}, {7, {1, 1, 1, 6}}};
  o.sheet.disorganization = 2;
  o.sheet.subgroup = "A1";
  o.disorganization_exact = 1.75;
  for (const ReunionScores& r : o.sheet.reunions) {
    ReunionEvidence e;
    e.episode = r.episode;
    for (int k = 0; k < 4; ++k) {
      e.exact[k] = r.scale[k];
      e.why[k].push_back({100.0 * r.episode + k, r.episode, double(k), "moment-" + std::to_string(k), {}});
    }
    o.reunions.push_back(e);
  }
  o.combined = {1.4, 1.0, 1.0, 5.6};
  return o;
}

bool has(const std::vector<Explanation>& v, const std::string& key) {
  return std::any_of(v.begin(), v.end(), [&](const Explanation& e) { return e.key == key; });
}

}  // namespace

TEST_CASE("a sheet scored exactly as the observer scored it agrees on every row") {
  const ObserverCoding o = avoidant_run();
  const Comparison c = compare(o.sheet, o);
  CHECK(c.scales.size() == 8);
  CHECK(c.exact == 9);
  CHECK(c.within_one == 0);
  CHECK(c.differ == 0);
  CHECK(c.classification.same_pattern);
  CHECK(c.classification.same_organised);
  CHECK(c.classification.same_subgroup);
  for (const ScoreRow& r : c.scales) {
    CHECK(r.agreement == Agreement::Exact);
    CHECK(r.explain.front().key == "trainer.explain.same");
    CHECK_FALSE(r.moments.empty());  // the observer's moments are shown even when you agree
  }
  CHECK(c.classification.explain.front().key == "trainer.explain.class.same");
  CHECK(has(c.classification.explain, "trainer.explain.rule.A"));
}

TEST_CASE("a difference says which way it goes, brings the scale's anchors and the observer's moments") {
  const ObserverCoding o = avoidant_run();
  ScoreSheet mine = o.sheet;
  mine.reunions[1][Scale::Avoidance] = 2;         // observer 6: three points lower
  mine.reunions[0][Scale::ProximitySeeking] = 3;  // observer 2: one point, close
  const Comparison c = compare(mine, o);
  const ScoreRow& av = c.scales[4 + 3];
  CHECK(av.reunion == 1);
  CHECK(av.scale == Scale::Avoidance);
  CHECK(av.student == 2);
  CHECK(av.observer == 6);
  CHECK(av.agreement == Agreement::Differs);
  CHECK(av.explain.front().key == "trainer.explain.avoidance.higher");  // the observer scored it higher
  CHECK(av.explain.front().values == std::vector<std::string>{"6", "2"});  // as the sentence says them
  CHECK(has(av.explain, "trainer.explain.anchors.avoidance"));
  CHECK(av.moments.front().key == "moment-3");
  CHECK(av.moments.front().time == 703.0);

  const ScoreRow& ps = c.scales[0];
  CHECK(ps.agreement == Agreement::WithinOne);
  CHECK(ps.explain.front().key == "trainer.explain.proximity_seeking.lower");
  CHECK(has(ps.explain, "trainer.explain.close"));
  CHECK(c.exact == 7);
  CHECK(c.within_one == 1);
  CHECK(c.differ == 1);
}

TEST_CASE("a rating across the D threshold is called out, and a different class is explained by the observer's rule") {
  const ObserverCoding o = avoidant_run();
  ScoreSheet mine = o.sheet;
  mine.disorganization = 5;
  mine.subgroup = "D/A";
  const Comparison c = compare(mine, o);
  CHECK(c.rating.explain.front().key == "trainer.explain.disorganization.lower");
  CHECK(has(c.rating.explain, "trainer.explain.disorganization.threshold"));
  CHECK(c.rating.agreement == Agreement::Differs);
  CHECK_FALSE(c.classification.same_pattern);
  CHECK(c.classification.same_organised);  // D/A and A1 agree on A/B/C
  CHECK(c.classification.explain.front().key == "trainer.explain.class.differs");
  CHECK(c.classification.explain.front().values == std::vector<std::string>{"D", "A"});
  CHECK(has(c.classification.explain, "trainer.explain.class.same-organised"));
  CHECK(has(c.classification.explain, "trainer.explain.rule.A"));
  CHECK(has(c.classification.explain, "trainer.subgroup.A1"));
}

TEST_CASE("the same pattern in another subgroup is a subgroup difference") {
  const ObserverCoding o = avoidant_run();
  ScoreSheet mine = o.sheet;
  mine.subgroup = "A2";
  const Comparison c = compare(mine, o);
  CHECK(c.classification.same_pattern);
  CHECK_FALSE(c.classification.same_subgroup);
  CHECK(c.classification.explain.front().key == "trainer.explain.subgroup.differs");
}

TEST_CASE("an unscored sheet differs everywhere and says so") {
  const ObserverCoding o = avoidant_run();
  const Comparison c = compare(blank_sheet(o), o);
  CHECK(c.differ == 9);
  CHECK(c.scales.front().explain.front().key == "trainer.explain.unscored");
  CHECK(c.classification.explain.front().key == "trainer.explain.class.unchosen");
}

TEST_CASE("a coder's whole numbers round to the nearest, but never up onto the D threshold") {
  CHECK(whole_scale(3.4) == 3);
  CHECK(whole_scale(3.5) == 4);
  CHECK(whole_scale(0.2) == 1);
  CHECK(whole_rating(4.75) == 4);
  CHECK(whole_rating(5.0) == 5);
  CHECK(whole_rating(2.5) == 3);
  CHECK(whole_rating(9.4) == 9);
}

TEST_CASE("every explanation a comparison gives is said in English and German") {
  const ObserverCoding o = avoidant_run();
  std::vector<ScoreSheet> sheets;
  for (int v = 0; v <= 7; ++v) {  // every score below, at and above the observer's, and unscored
    ScoreSheet s = o.sheet;
    for (auto& r : s.reunions) r.scale.fill(v);
    s.disorganization = v == 0 ? 0 : v + 1;
    s.subgroup = v == 0 ? "" : subgroups()[static_cast<std::size_t>(v)];
    sheets.push_back(s);
  }
  for (const std::string& code : subgroups()) {
    ObserverCoding other = o;
    other.sheet.subgroup = code;
    for (const ScoreSheet& s : sheets) {
      const Comparison c = compare(s, other);
      for (const ScoreRow& r : c.scales)
        for (const Explanation& e : r.explain) CHECK(testing::said_in_both(e.key));
      for (const Explanation& e : c.rating.explain) CHECK(testing::said_in_both(e.key));
      for (const Explanation& e : c.classification.explain) CHECK(testing::said_in_both(e.key));
    }
    CHECK(testing::said_in_both("trainer.subgroup." + subgroup_key(code)));
  }
  for (Scale s : kScales)
    for (const char* anchor : {".1", ".4", ".7"}) CHECK(testing::said_in_both(std::string("trainer.anchor.") + to_string(s) + anchor));
}

namespace {
// A panel of ten coders of the avoidant run: reunion 2's avoidance read 4 to 7, everything else as the observer.
PanelCoding panel_of(const ObserverCoding& o) {
  PanelCoding p;
  p.coders = 10;
  p.reunions.resize(o.sheet.reunions.size());
  for (std::size_t r = 0; r < o.sheet.reunions.size(); ++r)
    for (int k = 0; k < 4; ++k) p.reunions[r][static_cast<std::size_t>(k)].count[static_cast<std::size_t>(o.sheet.reunions[r].scale[k] - 1)] = 10;
  Spread& av = p.reunions[1][3];
  av.count = {};
  av.count[3] = 1, av.count[4] = 3, av.count[5] = 4, av.count[6] = 2;  // 4: 1, 5: 3, 6: 4, 7: 2
  p.rating.count[1] = 10;
  p.patterns = {0, 8, 0, 2};  // B 0, A 8, C 0, D 2 (mind::Pattern order: Secure, Avoidant, Anxious, Disorganized)
  return p;
}
}  // namespace

TEST_CASE("with a panel, each row says the range its coders wrote and how many wrote the student's number") {
  const ObserverCoding o = avoidant_run();
  const PanelCoding p = panel_of(o);
  ScoreSheet mine = o.sheet;
  mine.reunions[1][Scale::Avoidance] = 5;  // inside the panel's 4-7, not the observer's 6
  mine.reunions[0][Scale::Avoidance] = 2;  // the panel all wrote 5
  const Comparison c = compare(mine, o, &p);
  const ScoreRow& av2 = c.scales[4 + 3];
  CHECK(av2.panel.coders() == 10);
  CHECK(av2.panel.lowest() == 4);
  CHECK(av2.panel.highest() == 7);
  CHECK(av2.agreement == Agreement::WithinOne);  // agreement is still with the observer
  CHECK(has(av2.explain, "trainer.explain.panel.range"));
  for (const Explanation& e : av2.explain)
    if (e.key == "trainer.explain.panel.range") CHECK(e.values == std::vector<std::string>{"10", "4", "7", "3", "5"});
  const ScoreRow& av1 = c.scales[3];
  CHECK(has(av1.explain, "trainer.explain.panel.all-outside"));
  CHECK(has(c.scales[0].explain, "trainer.explain.panel.all"));
  CHECK(has(c.rating.explain, "trainer.explain.panel.all"));
  // The class: how the panel split, and how many chose the student's pattern.
  CHECK(c.classification.panel_coders == 10);
  CHECK(has(c.classification.explain, "trainer.explain.panel.class"));
  for (const Explanation& e : c.classification.explain) {
    if (e.key == "trainer.explain.panel.class") CHECK(e.values == std::vector<std::string>{"10", "8", "0", "0", "2"});
    if (e.key == "trainer.explain.panel.class.you") CHECK(e.values == std::vector<std::string>{"8", "A"});
  }
  mine.subgroup = "C1";
  CHECK(has(compare(mine, o, &p).classification.explain, "trainer.explain.panel.class.not-you"));
  // Outside the range, and unscored.
  mine.reunions[1][Scale::Avoidance] = 2;
  CHECK(has(compare(mine, o, &p).scales[7].explain, "trainer.explain.panel.outside"));
  CHECK(has(compare(blank_sheet(o), o, &p).scales[7].explain, "trainer.explain.panel.range-only"));
  // Without a panel, no panel rows.
  CHECK_FALSE(has(compare(mine, o).scales[7].explain, "trainer.explain.panel.outside"));
  CHECK(compare(mine, o).scales[7].panel.coders() == 0);
}

TEST_CASE("every panel explanation is said in English and German") {
  const ObserverCoding o = avoidant_run();
  const PanelCoding p = panel_of(o);
  for (int v = 0; v <= 7; ++v) {
    ScoreSheet s = o.sheet;
    for (auto& r : s.reunions) r.scale.fill(v);
    s.subgroup = v == 0 ? "" : subgroups()[static_cast<std::size_t>(v)];
    const Comparison c = compare(s, o, &p);
    for (const ScoreRow& r : c.scales)
      for (const Explanation& e : r.explain) CHECK(testing::said_in_both(e.key));
    for (const Explanation& e : c.classification.explain) CHECK(testing::said_in_both(e.key));
  }
  CHECK(testing::said_in_both("trainer.compare.panel"));
  CHECK(testing::said_in_both("trainer.compare.panel.about"));
}
