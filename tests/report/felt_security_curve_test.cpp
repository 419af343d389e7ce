// The debrief's timeline draws felt security beside hidden arousal and shown
// distress: one line segment per pair of samples, high on the chart where the child
// felt safe and low where it did not (read back from the SVG the report writes).
#include <catch2/catch.hpp>

#include <algorithm>
#include <tinyxml2.h>

#include "report/charts.hpp"
#include "report/debrief_data.hpp"
#include "report/report_command.hpp"
#include "scenario/loader.hpp"
#include "text/strings.hpp"

using namespace sb;

TEST_CASE("the timeline chart draws the felt-security curve: high where the child felt safe, low where it did not") {
  sim::SessionConfig c;
  auto path = scenario::find_scenario("strange-situation");
  REQUIRE(path);
  c.scenario = scenario::load_file(*path).scenario;
  c.caregiver = mind::preset("inconsistent");
  c.caregiver_style = "inconsistent";
  c.seed = 2;
  c.ai_child = true;
  auto s = report::autoplay(c, nullptr);
  REQUIRE(s->ended());
  const report::DebriefData d = report::from_session(*s);
  const auto& smp = d.timeline.samples;
  REQUIRE(smp.size() > 100);

  tinyxml2::XMLDocument doc;
  REQUIRE(doc.Parse(report::timeline_svg(d, {}, false).c_str()) == tinyxml2::XML_SUCCESS);
  const tinyxml2::XMLElement* curve = nullptr;
  for (const tinyxml2::XMLElement* g = doc.FirstChildElement("svg")->FirstChildElement("g"); g; g = g->NextSiblingElement("g"))
    if (const auto* t = g->FirstChildElement("title"); t && t->GetText() && std::string(t->GetText()) == tr("debrief.chart.felt")) curve = g;
  REQUIRE(curve);
  std::vector<double> y; // each segment's start, in sample order
  for (const tinyxml2::XMLElement* l = curve->FirstChildElement("line"); l; l = l->NextSiblingElement("line")) y.push_back(l->DoubleAttribute("y1"));
  REQUIRE(y.size() == smp.size() - 1);
  // The safest moment is drawn highest (smallest y), the least safe lowest; and they differ.
  auto by_felt = [](const sim::TimelineSample& a, const sim::TimelineSample& b) { return a.felt_security < b.felt_security; };
  const std::size_t hi = static_cast<std::size_t>(std::max_element(smp.begin(), smp.end() - 1, by_felt) - smp.begin());
  const std::size_t lo = static_cast<std::size_t>(std::min_element(smp.begin(), smp.end() - 1, by_felt) - smp.begin());
  CHECK(smp[hi].felt_security - smp[lo].felt_security > 0.2f);
  CHECK(y[hi] == Approx(*std::min_element(y.begin(), y.end())).margin(0.6));
  CHECK(y[lo] == Approx(*std::max_element(y.begin(), y.end())).margin(0.6));
  CHECK(y[lo] - y[hi] > 30);
  // The legend names it too (besides the curve's own title).
  const std::string svg = report::timeline_svg(d, {}, false), name = ">" + tr("debrief.chart.felt") + "<";
  int named = 0;
  for (std::size_t at = svg.find(name); at != std::string::npos; at = svg.find(name, at + 1)) ++named;
  CHECK(named == 2);
}
