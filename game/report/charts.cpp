#include "report/charts.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <string>
#include <vector>

#include "mind/coding.hpp"
#include "report/svg_drawer.hpp"
#include "text/strings.hpp"

namespace sb::report {
namespace col = chart_colours;
using Painter = ChartDrawer;

Rgba chart_colours::pattern(mind::Pattern p) {
  switch (p) {
    case mind::Pattern::Secure: return {70, 150, 110};
    case mind::Pattern::Avoidant: return {90, 120, 170};
    case mind::Pattern::Anxious: return {214, 120, 60};
    case mind::Pattern::Disorganized: return {140, 80, 130};
  }
  return col::kInk;
}

namespace {

Rgba alpha(Rgba c, std::uint8_t a) { return with_alpha(c, a); }

const std::array<Rgba, 4>& scale_colours() {
  static const std::array<Rgba, 4> c{col::kSeeking, col::kMaintaining, col::kResistance, col::kAvoidance};
  return c;
}
const std::array<const char*, 4>& scale_ids() {
  static const std::array<const char*, 4> ids{"debrief.scale.seeking", "debrief.scale.maintaining", "debrief.scale.resistance",
                                              "debrief.scale.avoidance"};
  return ids;
}

void legend(Painter& p, float x, float y, float s, const std::vector<std::pair<Rgba, std::string>>& items, float size) {
  for (const auto& [c, label] : items) {
    p.rect(x, y + 3 * s, 14 * s, 14 * s, c);
    x += 20 * s;
    x += p.text(label, x, y, size, col::kInk) + 22 * s;
  }
}

// Four bars, one per scale; `whose` names the group in each bar's description.
void bar_group(Painter& p, float x, float w, float top, float bottom, const std::array<double, 4>& v, std::uint8_t a,
               const std::string& whose) {
  const float slot = w / 4.f, bw = slot * 0.74f;
  for (int i = 0; i < 4; ++i) {
    const double val = std::clamp(v[static_cast<std::size_t>(i)], 1.0, 7.0);
    const float y = bottom - static_cast<float>((val - 1.0) / 6.0) * (bottom - top);
    const float bx = x + slot * static_cast<float>(i) + (slot - bw) / 2;
    // A stub at 1 so that "none" still shows as a visible sliver.
    const float yy = std::min(y, bottom - 3.f);
    p.begin_item(whose + ", " + tr(scale_ids()[static_cast<std::size_t>(i)]) + ": " + mind::one_decimal(v[static_cast<std::size_t>(i)]));
    p.rect(bx, yy, bw, bottom - yy, alpha(scale_colours()[static_cast<std::size_t>(i)], a));
    p.end_item();
  }
}

}  // namespace

void draw_scales_chart(ChartDrawer& p, const DebriefData& d, const ChartOptions& o) {
  const float s = o.text;
  p.rect(0, 0, static_cast<float>(o.width), static_cast<float>(o.height), col::kPaper);
  const float W = static_cast<float>(o.width), H = static_cast<float>(o.height);
  const float small = 15 * s, normal = 17 * s;

  // The compact form (the compare view's columns) has short names on two rows and no gauge:
  // the column prints the rating beside it.
  const bool compact = !o.typical;
  std::vector<std::pair<Rgba, std::string>> items;
  for (int i = 0; i < 4; ++i)
    items.push_back({scale_colours()[static_cast<std::size_t>(i)],
                     tr(std::string(scale_ids()[static_cast<std::size_t>(i)]) + (compact ? ".short" : ""))});
  if (compact) {
    legend(p, 8 * s, 4 * s, s, {items[0], items[1]}, normal);
    legend(p, 8 * s, 26 * s, s, {items[2], items[3]}, normal);
  } else {
    legend(p, 12 * s, 6 * s, s, items, normal);
  }

  const float gauge_w = compact ? 0.f : W * 0.30f;
  const float left = 44 * s, right = W - gauge_w - (compact ? 8 : 24) * s, top = (compact ? 64 : 58) * s, bottom = H - 58 * s;
  // Grid, 1..7.
  for (int v = 1; v <= 7; ++v) {
    const float y = bottom - static_cast<float>(v - 1) / 6.f * (bottom - top);
    p.rect(left, y - 0.5f, right - left, 1, col::kGrid);
    p.text(std::to_string(v), left - 10 * s, y - small * 0.62f, small, col::kInk, false, Align::Right);
  }
  const auto& reunions = d.outcome.reunions;
  const std::size_t played = reunions.size();
  const std::size_t groups = std::max<std::size_t>(played, 1) + (o.typical ? typical_profiles().size() : 0);
  const float gw = (right - left) / static_cast<float>(groups);
  float x = left;
  if (played == 0) {
    p.text(tr("debrief.chart.no_reunion"), x + gw / 2, (top + bottom) / 2 - 20 * s, small, col::kInk, false, Align::Centre);
    x += gw;
  }
  for (std::size_t i = 0; i < played; ++i, x += gw) {
    const auto& r = reunions[i];
    bar_group(p, x + gw * 0.08f, gw * 0.84f, top, bottom, {r.proximity_seeking, r.contact_maintaining, r.resistance, r.avoidance}, 255,
              tr("debrief.chart.reunion", {std::to_string(i + 1)}));
    p.text(tr("debrief.chart.reunion", {std::to_string(i + 1)}), x + gw / 2, bottom + 8 * s, normal, col::kInk, true,
           Align::Centre);
    p.text(tr("debrief.chart.episode", {std::to_string(mind::episode_number(r.episode))}), x + gw / 2, bottom + 30 * s, small,
           col::kInk, false, Align::Centre);
  }
  if (o.typical) {
    p.rect(x - 1, top - 14 * s, 2, bottom - top + 14 * s, alpha(col::kInk, 120));
    p.text(tr("debrief.chart.typical"), x + 8 * s, top - 22 * s, small, col::kInk);
    for (const TypicalProfile& t : typical_profiles()) {
      const std::string key = "debrief.pattern." + pattern_key(t.pattern) + ".short";
      bar_group(p, x + gw * 0.12f, gw * 0.76f, top, bottom, t.scales, 120, tr("debrief.chart.typical") + ", " + tr(key));
      p.text(tr(key), x + gw / 2, bottom + 8 * s, normal, col::pattern(t.pattern), true, Align::Centre);
      p.text(mind::letter(t.pattern), x + gw / 2, bottom + 30 * s, small, col::pattern(t.pattern), false, Align::Centre);
      x += gw;
    }
  }
  p.rect(left, bottom, right - left, 2, col::kInk);
  if (compact) return;

  // The disorganization rating, 1..9, with the threshold at 5.
  const float gx = W - gauge_w + 6 * s, gr = W - 16 * s;
  p.text(tr("debrief.chart.disorganization"), gx, top - 24 * s, normal, col::kInk, true);
  const float label_w = 100 * s;
  const float tx0 = gx + label_w, tx1 = gr;
  auto xv = [&](double v) { return tx0 + static_cast<float>((std::clamp(v, 1.0, 9.0) - 1.0) / 8.0) * (tx1 - tx0); };
  struct Row {
    std::string label;
    double value;
    Rgba colour;
    bool bold;
  };
  std::vector<Row> rows{{tr("debrief.chart.this_play"), d.outcome.disorganization, col::kInk, true}};
  if (o.typical)
    for (const TypicalProfile& t : typical_profiles())
      rows.push_back({tr("debrief.pattern." + pattern_key(t.pattern) + ".short"), t.disorganization, col::pattern(t.pattern), false});
  const float row_h = std::min(46 * s, (bottom - top - 10 * s) / static_cast<float>(rows.size()));
  float y = top + 6 * s;
  const float threshold = xv(5.0);
  for (const Row& r : rows) {
    p.text(r.label, gx, y + row_h * 0.5f - normal * 0.7f, r.bold ? normal : small, r.colour, r.bold);
    const float th = row_h * 0.42f;
    p.begin_item(tr("debrief.chart.disorganization") + ", " + r.label + ": " + mind::one_decimal(r.value));
    p.rect(tx0, y + row_h * 0.5f - th / 2, tx1 - tx0, th, col::kGrid);
    p.rect(tx0, y + row_h * 0.5f - th / 2, xv(r.value) - tx0, th, alpha(r.colour, r.bold ? 255 : 150));
    // A dot at the value, so a rating of 1 still shows where it sits.
    p.circle(xv(r.value), y + row_h * 0.5f, th * 0.62f, alpha(r.colour, r.bold ? 255 : 190));
    p.end_item();
    y += row_h;
  }
  p.rect(threshold - 1, top, 2.5f, y - top, alpha(col::pattern(mind::Pattern::Disorganized), 220));
  for (int v : {1, 5, 9}) p.text(std::to_string(v), xv(v), y + 4 * s, small, col::kInk, false, Align::Centre);
  p.text(tr("debrief.chart.threshold"), threshold, y + 24 * s, small, col::pattern(mind::Pattern::Disorganized), false,
         Align::Centre);
}

namespace {
struct TimelineFrame {
  float left, right, top, feel_bottom, dist_top, dist_bottom, marks_top, marks_bottom;
  double duration;
};
TimelineFrame frame_for(const DebriefData& d, const ChartOptions& o) {
  const float s = o.text, W = static_cast<float>(o.width), H = static_cast<float>(o.height);
  TimelineFrame f{};
  f.left = 70 * s;
  f.right = W - 18 * s;
  f.top = 62 * s;
  const float bottom = H - 30 * s;
  const float span = bottom - f.top;
  f.feel_bottom = f.top + span * 0.52f;
  f.dist_top = f.feel_bottom + span * 0.06f;
  f.dist_bottom = f.dist_top + span * 0.22f;
  f.marks_top = f.dist_bottom + span * 0.04f;
  f.marks_bottom = bottom;
  double end = d.duration;
  if (!d.timeline.samples.empty()) end = std::max(end, d.timeline.samples.back().time);
  if (!d.timeline.episodes.empty()) end = std::max(end, d.timeline.episodes.back().end);
  f.duration = std::max(end, 1.0);
  return f;
}
float x_of(const TimelineFrame& f, double t) {
  return f.left + static_cast<float>(std::clamp(t / f.duration, 0.0, 1.0)) * (f.right - f.left);
}
Rgba answer_colour(mind::AnswerKind k) {
  switch (k) {
    case mind::AnswerKind::Comfort: return col::kComfort;
    case mind::AnswerKind::Dismiss:
    case mind::AnswerKind::Ignore: return col::kCold;
    default: return col::kFright;
  }
}
}  // namespace

float timeline_x(const DebriefData& d, const ChartOptions& o, double t) { return x_of(frame_for(d, o), t); }

void draw_timeline_chart(ChartDrawer& p, const DebriefData& d, const ChartOptions& o) {
  const float s = o.text;
  p.rect(0, 0, static_cast<float>(o.width), static_cast<float>(o.height), col::kPaper);
  const TimelineFrame f = frame_for(d, o);
  const float small = 14 * s, normal = 16 * s;

  legend(p, 12 * s, 6 * s, s,
         {{col::kFelt, tr("debrief.chart.felt")},
          {col::kArousal, tr("debrief.chart.arousal")},
          {col::kDistress, tr("debrief.chart.distress")},
          {col::kDistance, tr("debrief.chart.distance")},
          {col::kComfort, tr("debrief.chart.answer.comfort")},
          {col::kCold, tr("debrief.chart.answer.cold")},
          {col::kFright, tr("debrief.chart.answer.fright")}},
         normal);

  // Episodes as bands: separations cool, reunions warm, numbered along the top.
  bool shade = false;
  for (const sim::EpisodeBand& e : d.timeline.episodes) {
    const float x0 = x_of(f, e.start), x1 = x_of(f, std::max(e.end, e.start));
    Rgba tint = shade ? Rgba{240, 228, 208} : Rgba{246, 236, 218};
    if (e.role == mind::EpisodeRole::Separation || e.role == mind::EpisodeRole::Alone) tint = {220, 228, 238};
    if (e.role == mind::EpisodeRole::Reunion) tint = {248, 222, 200};
    p.rect(x0, f.top - 22 * s, x1 - x0, f.marks_bottom - f.top + 22 * s, tint);
    p.rect(x0, f.top - 22 * s, 1, f.marks_bottom - f.top + 22 * s, alpha(col::kInk, 60));
    if (x1 - x0 > 14 * s)
      p.text(std::to_string(mind::episode_number(e.index)), (x0 + x1) / 2, f.top - 21 * s, small, col::kInk, true,
             Align::Centre);
    shade = !shade;
  }

  // Axis labels on the left.
  p.text(tr("debrief.chart.feelings"), 8 * s, f.top, small, col::kInk, true);
  p.text(tr("debrief.chart.high"), f.left - 8 * s, f.top + 16 * s, small, col::kInk, false, Align::Right);
  p.text(tr("debrief.chart.low"), f.left - 8 * s, f.feel_bottom - 20 * s, small, col::kInk, false, Align::Right);
  p.text(tr("debrief.chart.metres_short"), 8 * s, f.dist_top, small, col::kInk, true);
  p.text(tr("debrief.chart.bids"), 8 * s, f.marks_top, small, col::kInk, true);
  p.text(tr("debrief.chart.answers"), 8 * s, (f.marks_top + f.marks_bottom) / 2, small, col::kInk, true);
  p.rect(f.left, f.feel_bottom, f.right - f.left, 1.5f, alpha(col::kInk, 160));
  p.rect(f.left, f.dist_bottom, f.right - f.left, 1.5f, alpha(col::kInk, 160));
  p.rect(f.left, (f.top + f.feel_bottom) / 2, f.right - f.left, 1, col::kGrid);

  // Distance: 0 at the bottom of its strip, the largest distance at its top; absent = a gap.
  float dmax = 1;
  for (const auto& smp : d.timeline.samples) dmax = std::max(dmax, smp.distance);
  auto y_feel = [&](float v) { return f.feel_bottom - std::clamp(v, 0.f, 1.f) * (f.feel_bottom - f.top - 4 * s); };
  auto y_dist = [&](float v) { return f.dist_bottom - std::clamp(v / dmax, 0.f, 1.f) * (f.dist_bottom - f.dist_top - 4 * s); };
  const auto& smp = d.timeline.samples;
  for (std::size_t i = 0; i < smp.size(); ++i) {
    if (smp[i].distance < 0) p.rect(x_of(f, smp[i].time) - 1, f.dist_bottom - 6 * s, 3, 6 * s, alpha(col::kDistance, 70));
  }
  // Felt security under the other two: high while the child feels safe, falling when it does not.
  if (smp.size() > 1) p.begin_item(tr("debrief.chart.felt"));
  for (std::size_t i = 1; i < smp.size(); ++i) {
    const float x0 = x_of(f, smp[i - 1].time), x1 = x_of(f, smp[i].time);
    p.line(x0, y_feel(smp[i - 1].felt_security), x1, y_feel(smp[i].felt_security), 2.6f * s, col::kFelt);
  }
  if (smp.size() > 1) p.end_item();
  for (std::size_t i = 1; i < smp.size(); ++i) {
    const float x0 = x_of(f, smp[i - 1].time), x1 = x_of(f, smp[i].time);
    p.line(x0, y_feel(smp[i - 1].distress), x1, y_feel(smp[i].distress), 2.6f * s, col::kDistress);
  }
  for (std::size_t i = 1; i < smp.size(); ++i) {
    const float x0 = x_of(f, smp[i - 1].time), x1 = x_of(f, smp[i].time);
    p.line(x0, y_feel(smp[i - 1].arousal), x1, y_feel(smp[i].arousal), 2.6f * s, col::kArousal);
    if (smp[i - 1].distance >= 0 && smp[i].distance >= 0)
      p.line(x0, y_dist(smp[i - 1].distance), x1, y_dist(smp[i].distance), 2.4f * s, col::kDistance);
  }
  p.text(tr("debrief.chart.metres", {std::to_string(static_cast<int>(std::ceil(dmax)))}), f.left - 8 * s, f.dist_top + 18 * s,
         small, col::kInk, false, Align::Right);
  // Name the first long stretch where the caregiver was away.
  for (std::size_t i = 0; i < smp.size();) {
    if (smp[i].distance >= 0) {
      ++i;
      continue;
    }
    std::size_t j = i;
    while (j < smp.size() && smp[j].distance < 0) ++j;
    const float x0 = x_of(f, smp[i].time), x1 = x_of(f, smp[j - 1].time);
    if (x1 - x0 > 90 * s) {
      p.text(tr("debrief.chart.away"), (x0 + x1) / 2, f.dist_bottom - 26 * s, small, col::kDistance, false, Align::Centre);
      break;
    }
    i = j;
  }

  // Bids above, answers below.
  const float bid_y = f.marks_top + (f.marks_bottom - f.marks_top) * 0.25f;
  const float ans_y = f.marks_top + (f.marks_bottom - f.marks_top) * 0.72f;
  for (const sim::TimelineMark& m : d.timeline.marks) {
    const float x = x_of(f, m.time);
    if (m.kind == mind::MindEvent::Kind::Bid) {
      p.begin_item(mind::clock(m.time) + " — " + tr("report.chart.bid"));
      p.triangle(x, bid_y - 6 * s, x - 5 * s, bid_y + 5 * s, x + 5 * s, bid_y + 5 * s, alpha(col::kInk, 200));
    } else {
      const std::string id = std::string("report.answer.") + mind::to_string(m.answer);
      p.begin_item(mind::clock(m.time) + " — " + (tr(id) == id ? mind::to_string(m.answer) : tr(id)));
      p.circle(x, ans_y, 4.5f * s, answer_colour(m.answer));
    }
    p.end_item();
  }

  // Time along the bottom in minutes and seconds.
  const double minutes = f.duration / 60.0;
  const double step = minutes <= 3 ? 0.5 : minutes <= 8 ? 1 : minutes <= 16 ? 2 : minutes <= 40 ? 5 : 10;
  for (double m = 0; m <= minutes + 1e-6; m += step) {
    const float x = x_of(f, m * 60);
    p.rect(x, f.marks_bottom, 1, 5 * s, col::kInk);
    p.text(mind::clock(m * 60), x, f.marks_bottom + 6 * s, small, col::kInk, false, Align::Centre);
  }
}

std::string scales_svg(const DebriefData& d, const ChartOptions& o, bool inline_svg) {
  SvgDrawer svg(o.width, o.height, col::kPaper, tr("report.alt.scales"));
  draw_scales_chart(svg, d, o);
  return inline_svg ? svg.inline_svg() : svg.svg();
}

std::string timeline_svg(const DebriefData& d, const ChartOptions& o, bool inline_svg) {
  SvgDrawer svg(o.width, o.height, col::kPaper, tr("report.alt.timeline"));
  draw_timeline_chart(svg, d, o);
  return inline_svg ? svg.inline_svg() : svg.svg();
}

}  // namespace sb::report
