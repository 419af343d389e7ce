// An exported report holds the right outcome, the reasons and the charts: the
// Markdown and HTML are parsed back, the SVG charts are read as XML and their bars
// measured against the played scales, and the charts of a secure and an avoidant
// run differ where the data differ.
#include <catch2/catch.hpp>

#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <sstream>

#include <tinyxml2.h>

#include "mind/coding.hpp"
#include "report/charts.hpp"
#include "report/debrief_data.hpp"
#include "report/report.hpp"
#include "report/report_command.hpp"
#include "scenario/loader.hpp"
#include "sim/replay.hpp"
#include "text/strings.hpp"

using namespace sb;
namespace fs = std::filesystem;

namespace {
std::string slurp(const fs::path& p) {
  std::ifstream in(p);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

report::DebriefData run(const char* style, std::uint64_t seed) {
  sim::SessionConfig c;
  auto path = scenario::find_scenario("strange-situation");
  REQUIRE(path);
  c.scenario = scenario::load_file(*path).scenario;
  c.caregiver = mind::preset(style);
  c.caregiver_style = style;
  c.seed = seed;
  c.ai_child = true;
  sim::Recording rec = sim::start_recording(c, "strange-situation");
  auto s = report::autoplay(c, &rec);
  REQUIRE(s->ended());
  return report::from_session(*s, rec);
}

struct TempDir {
  fs::path path;
  TempDir() {
    std::string pattern = (fs::temp_directory_path() / "sb-report-XXXXXX").string();
    REQUIRE(::mkdtemp(pattern.data()));
    path = pattern;
  }
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(path, ec);
  }
};

int count(const std::string& text, const std::string& what) {
  int n = 0;
  for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + what.size())) ++n;
  return n;
}

std::string one_decimal(double v) {
  char b[32];
  std::snprintf(b, sizeof b, "%.1f", v);
  return b;
}

// The shapes of an SVG chart that show one value each: <g><title>WHAT</title>shapes</g>.
struct Item {
  std::string shape;       // rect, circle, polygon
  double height = 0;       // a rect's height in pixels
};
std::multimap<std::string, Item> items(const tinyxml2::XMLDocument& doc) {
  std::multimap<std::string, Item> out;
  const tinyxml2::XMLElement* svg = doc.FirstChildElement("svg");
  REQUIRE(svg);
  for (const tinyxml2::XMLElement* g = svg->FirstChildElement("g"); g; g = g->NextSiblingElement("g")) {
    const tinyxml2::XMLElement* title = g->FirstChildElement("title");
    REQUIRE(title);
    REQUIRE(title->GetText());
    const tinyxml2::XMLElement* shape = title->NextSiblingElement();
    REQUIRE(shape);
    out.insert({title->GetText(), {shape->Name(), shape->DoubleAttribute("height")}});
  }
  return out;
}

void load_svg(tinyxml2::XMLDocument& doc, const fs::path& p) {
  INFO(p.string());
  REQUIRE(doc.LoadFile(p.string().c_str()) == tinyxml2::XML_SUCCESS);
  const tinyxml2::XMLElement* svg = doc.FirstChildElement("svg");
  REQUIRE(svg);
  CHECK(std::string(svg->Attribute("xmlns")) == "http://www.w3.org/2000/svg");
  CHECK(svg->UnsignedAttribute("width") == 1180);
  CHECK(svg->UnsignedAttribute("height") == 460);
}

// The bar of reunion `n` (1-based) on `scale` (a string id), found by its title.
Item bar(const std::multimap<std::string, Item>& all, int n, const char* scale, double value) {
  const std::string what = tr("debrief.chart.reunion", {std::to_string(n)}) + ", " + tr(scale) + ": " + one_decimal(value);
  INFO(what);
  auto it = all.find(what);
  REQUIRE(it != all.end());
  CHECK(it->second.shape == "rect");
  return it->second;
}
}  // namespace

TEST_CASE("a report holds the outcome and every reason and its charts differ between secure and avoidant runs") {
  // The model varies children by seed, so take the first seed where each preset gives its typical pattern.
  std::optional<report::DebriefData> secure, avoidant;
  for (std::uint64_t seed = 1; seed <= 4 && !(secure && avoidant); ++seed) {
    if (!secure) {
      auto d = run("sensitive", seed);
      if (d.outcome.pattern == mind::Pattern::Secure) secure = std::move(d);
    }
    if (!avoidant) {
      auto d = run("rejecting", seed);
      if (d.outcome.pattern == mind::Pattern::Avoidant) avoidant = std::move(d);
    }
  }
  REQUIRE(secure);
  REQUIRE(avoidant);

  TempDir dir;
  std::string error;
  auto files = report::write_report(*secure, dir.path / "secure", &error);
  INFO(error);
  REQUIRE(files);
  auto files_a = report::write_report(*avoidant, dir.path / "avoidant", &error);
  REQUIRE(files_a);

  // Markdown: the outcome line, one table row per reason, both charts linked.
  const std::string md = slurp(files->markdown);
  CHECK(md.find("**" + tr("debrief.pattern.secure.name")) != std::string::npos);
  CHECK(md.find(secure->outcome.subgroup) != std::string::npos);
  for (const auto& r : secure->outcome.reasons) CHECK(md.find(mind::clock(r.time)) != std::string::npos);
  const std::regex row(R"(^\| \d+:\d\d \| \d+ \| .+ \|$)");
  int rows = 0;
  std::istringstream lines(md);
  for (std::string line; std::getline(lines, line);) rows += std::regex_match(line, row);
  CHECK(rows == static_cast<int>(secure->outcome.reasons.size()));
  CHECK(md.find("](chart-scales.svg)") != std::string::npos);
  CHECK(md.find("](chart-timeline.svg)") != std::string::npos);
  CHECK(md.find("Ainsworth") != std::string::npos);

  // HTML: self-contained (both charts inline as SVG), the outcome marked up, the same reasons.
  const std::string html = slurp(files->html);
  CHECK(html.rfind("<!DOCTYPE html>", 0) == 0);
  CHECK(count(html, "<svg ") == 2);
  CHECK(count(html, "</svg>") == 2);
  CHECK(html.find("<img") == std::string::npos);
  CHECK(html.find("data-pattern=\"secure\"") != std::string::npos);
  CHECK(html.find("<script") == std::string::npos);
  CHECK(html.find("http") == std::string::npos); // nothing to fetch: readable offline
  const auto reasons_at = html.find("<table id=\"reasons\">");
  REQUIRE(reasons_at != std::string::npos);
  const std::string table = html.substr(reasons_at, html.find("</table>", reasons_at) - reasons_at);
  CHECK(count(table, "<tr><td>") == static_cast<int>(secure->outcome.reasons.size()));
  CHECK(slurp(files_a->html).find("data-pattern=\"avoidant\"") != std::string::npos);

  // The charts: two SVG files, well-formed, of the promised size.
  REQUIRE(files->charts.size() == 2);
  CHECK(files->charts[0].filename() == "chart-scales.svg");
  CHECK(files->charts[1].filename() == "chart-timeline.svg");
  tinyxml2::XMLDocument scales_s, scales_a, timeline_s;
  load_svg(scales_s, files->charts[0]);
  load_svg(scales_a, files_a->charts[0]);
  load_svg(timeline_s, files->charts[1]);

  // Every played reunion's four scales are bars titled with their values, and the bars'
  // heights follow the values: a scale of v stands (v - 1) / 6 of the way up the axis.
  for (const auto* played : {&*secure, &*avoidant}) {
    const auto all = items(played == &*secure ? scales_s : scales_a);
    REQUIRE_FALSE(played->outcome.reunions.empty());
    double per_point = 0; // pixels per scale point, the same for every bar
    for (std::size_t i = 0; i < played->outcome.reunions.size(); ++i) {
      const auto& r = played->outcome.reunions[i];
      const std::pair<const char*, double> scales[] = {{"debrief.scale.seeking", r.proximity_seeking},
                                                       {"debrief.scale.maintaining", r.contact_maintaining},
                                                       {"debrief.scale.resistance", r.resistance},
                                                       {"debrief.scale.avoidance", r.avoidance}};
      for (const auto& [id, v] : scales) {
        const Item b = bar(all, static_cast<int>(i) + 1, id, v);
        if (v >= 1.5) {
          const double k = b.height / (v - 1);
          if (per_point == 0) per_point = k;
          CHECK(k == Approx(per_point).epsilon(0.02));
        } else {
          CHECK(b.height < 0.6 * 6); // a sliver at the bottom: "none"
        }
      }
    }
    CHECK(per_point > 20); // the axis is tall enough to read
    // The disorganization rating of this play is there too.
    CHECK(all.count(tr("debrief.chart.disorganization") + ", " + tr("debrief.chart.this_play") + ": " +
                    one_decimal(played->outcome.disorganization)) == 1);
  }
  // The avoidant child's first reunion shows more avoidance than the secure child's.
  {
    const auto& rs = secure->outcome.reunions.front();
    const auto& ra = avoidant->outcome.reunions.front();
    REQUIRE(ra.avoidance > rs.avoidance);
    CHECK(bar(items(scales_a), 1, "debrief.scale.avoidance", ra.avoidance).height >
          bar(items(scales_s), 1, "debrief.scale.avoidance", rs.avoidance).height);
  }

  // The timeline marks every bid (a triangle) and every answer (a dot), each titled with its time.
  {
    const auto all = items(timeline_s);
    int bids = 0, answers = 0;
    for (const auto& m : secure->timeline.marks) (m.kind == mind::MindEvent::Kind::Bid ? bids : answers) += 1;
    REQUIRE(bids > 0);
    int triangles = 0, dots = 0;
    for (const auto& [what, item] : all) {
      triangles += item.shape == "polygon";
      dots += item.shape == "circle";
    }
    CHECK(triangles == bids);
    CHECK(dots == answers);
    const auto& first = secure->timeline.marks.front();
    bool found = false;
    for (const auto& [what, item] : all) found |= what.rfind(mind::clock(first.time) + " ", 0) == 0;
    CHECK(found);
  }
  // The hidden-arousal line is drawn in its own colour.
  CHECK(count(slurp(files->charts[1]), "stroke=\"#ce4248\"") > 10);

  // The replay written beside the report plays back to the same hash.
  REQUIRE(files->replay);
  std::ostringstream out, err;
  CHECK(report::replay_headless_command(files->replay->string(), out, err) == 0);
  CHECK(out.str().find("matches") != std::string::npos);
}
