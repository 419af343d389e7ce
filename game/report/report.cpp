#include "report/report.hpp"

#include <chrono>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <map>
#include <sstream>

#include "text/reason_text.hpp"
#include "report/charts.hpp"
#include "report/xml_escape.hpp"
#include "storage/atomic_file.hpp"
#include "storage/paths.hpp"
#include "text/strings.hpp"
#include "mind/coding.hpp"

namespace sb::report {
namespace fs = std::filesystem;

namespace {

// The charts' size in a report: the debrief screen's, so both read the same.
constexpr ChartOptions kReportChart{1180, 460, true, 1.f};

std::string cell(const std::string& s) {
  std::string o;
  for (char c : s) {
    if (c == '|') o += "\\|";
    else if (c == '\n') o += ' ';
    else o += c;
  }
  return o;
}

std::string style_name(const std::string& style) {
  const std::string id = "debrief.caregiver." + style;
  const std::string& t = tr(id);
  return t == id ? style : t;
}

std::string pattern_line(const DebriefData& d) {
  std::string s = tr("debrief.pattern." + pattern_key(d.outcome.pattern) + ".name");
  if (!d.outcome.subgroup.empty()) s += ", " + tr("debrief.subgroup", {d.outcome.subgroup});
  return s;
}

std::string subgroup_text(const DebriefData& d) {
  const std::string id = d.outcome.subgroup.empty() ? "debrief.subgroup.none" : "debrief.subgroup." + d.outcome.subgroup;
  const std::string& t = tr(id);
  return t == id ? "" : t;
}

std::string title_of(const DebriefData& d) {
  return d.scenario_id.empty() ? tr("debrief.title.playroom") : tr("debrief.title", {d.scenario_title});
}

// The ending's sections, without the pattern ones (the meaning paragraph covers those).
std::vector<std::string> sections(const DebriefData& d) {
  std::vector<std::string> out;
  for (const std::string& k : d.debrief_keys)
    if (k.rfind("pattern.", 0) != 0) out.push_back(k);
  return out;
}

std::vector<ReferenceEntry> all_references(const DebriefData& d) {
  std::vector<ReferenceEntry> out = d.references;
  for (const auto& r : core_references()) {
    bool have = false;
    for (const auto& o : out) have |= o.key == r.key;
    if (!have) out.push_back(r);
  }
  return out;
}

std::map<std::string, int> answer_counts(const DebriefData& d, int* bids) {
  std::map<std::string, int> out;
  *bids = 0;
  for (const auto& m : d.timeline.marks) {
    if (m.kind == mind::MindEvent::Kind::Bid) ++*bids;
    else {
      const std::string id = std::string("report.answer.") + mind::to_string(m.answer);
      ++out[tr(id) == id ? mind::to_string(m.answer) : tr(id)];
    }
  }
  return out;
}

}  // namespace

std::vector<ReferenceEntry> core_references() {
  std::vector<ReferenceEntry> out;
  for (int i = 1;; ++i) {
    const std::string id = "report.ref." + std::to_string(i);
    const std::string& t = tr(id);
    if (t == id) break;
    out.push_back({"core" + std::to_string(i), t});
  }
  return out;
}

std::string markdown(const DebriefData& d) {
  std::ostringstream m;
  m << "# " << title_of(d) << "\n\n";
  m << "- " << tr("report.caregiver") << ": " << style_name(d.caregiver_style) << "\n";
  m << "- " << tr("report.player") << ": " << (d.ai_child ? tr("report.player.ai") : tr("report.player.person")) << "\n";
  m << "- " << tr("report.seed") << ": " << d.seed << "\n";
  m << "- " << tr("report.duration") << ": " << mind::clock(d.duration) << "\n";
  char hash[32];
  std::snprintf(hash, sizeof hash, "%016llx", static_cast<unsigned long long>(d.final_hash));
  m << "- " << tr("report.hash") << ": `" << hash << "`\n\n";
  m << "> " << tr("debrief.section.not-an-assessment.text") << "\n\n";

  m << "## " << tr("report.heading.outcome") << "\n\n";
  m << "**" << pattern_line(d) << "**";
  if (const std::string sg = subgroup_text(d); !sg.empty()) m << " — " << sg;
  m << "\n\n";
  m << tr("debrief.disorganization", {mind::one_decimal(d.outcome.disorganization)});
  if (d.outcome.best_fit) m << "; " << tr("debrief.best_fit", {tr("debrief.pattern." + pattern_key(*d.outcome.best_fit) + ".name")});
  m << ".\n\n";
  m << tr("debrief.pattern." + pattern_key(d.outcome.pattern) + ".meaning") << "\n\n";
  if (!d.ending_title.empty()) m << "*" << d.ending_title << ".* " << d.epilogue << "\n\n";
  m << "*" << tr("debrief.illustration") << "*\n\n";

  m << "## " << tr("report.heading.reasons") << "\n\n";
  if (d.outcome.reasons.empty()) m << tr("debrief.reasons.none") << "\n\n";
  else {
    m << "| " << tr("report.col.time") << " | " << tr("report.col.episode") << " | " << tr("report.col.moment") << " |\n|---|---|---|\n";
    for (const auto& r : d.outcome.reasons)
      m << "| " << mind::clock(r.time) << " | " << mind::episode_number(r.episode) << " | " << cell(reason_text(r)) << " |\n";
    m << "\n";
  }

  m << "## " << tr("report.heading.scales") << "\n\n";
  if (!d.outcome.reunions.empty()) {
    m << "| " << tr("report.col.reunion") << " | " << tr("debrief.scale.seeking") << " | " << tr("debrief.scale.maintaining") << " | "
      << tr("debrief.scale.resistance") << " | " << tr("debrief.scale.avoidance") << " |\n|---|---|---|---|---|\n";
    for (std::size_t i = 0; i < d.outcome.reunions.size(); ++i) {
      const auto& r = d.outcome.reunions[i];
      m << "| " << (i + 1) << " (" << tr("debrief.chart.episode", {std::to_string(mind::episode_number(r.episode))}) << ") | "
        << mind::one_decimal(r.proximity_seeking) << " | " << mind::one_decimal(r.contact_maintaining) << " | " << mind::one_decimal(r.resistance) << " | "
        << mind::one_decimal(r.avoidance) << " |\n";
    }
    m << "\n";
  } else {
    m << tr("debrief.chart.no_reunion") << ".\n\n";
  }
  m << "![" << tr("report.alt.scales") << "](chart-scales.svg)\n\n" << tr("debrief.scales.caption") << "\n\n";

  m << "## " << tr("report.heading.timeline") << "\n\n";
  m << "![" << tr("report.alt.timeline") << "](chart-timeline.svg)\n\n" << tr("debrief.timeline.caption") << "\n\n";
  int bids = 0;
  const auto answers = answer_counts(d, &bids);
  m << "- " << tr("report.bids", {std::to_string(bids)}) << "\n";
  for (const auto& [kind, n] : answers) m << "- " << tr("report.answers", {kind, std::to_string(n)}) << "\n";
  m << "\n| " << tr("report.col.episode") << " | " << tr("report.col.title") << " | " << tr("report.col.from") << " | "
    << tr("report.col.to") << " |\n|---|---|---|---|\n";
  for (const auto& e : d.timeline.episodes)
    m << "| " << mind::episode_number(e.index) << " | " << cell(e.title) << " | " << mind::clock(e.start) << " | " << mind::clock(e.end) << " |\n";
  m << "\n";

  m << "## " << tr("debrief.later.heading") << "\n\n" << tr("debrief.pattern." + pattern_key(d.outcome.pattern) + ".later") << "\n\n";
  for (const std::string& k : sections(d))
    m << "### " << tr("debrief.section." + k + ".title") << "\n\n" << tr("debrief.section." + k + ".text") << "\n\n";
  m << "## " << tr("debrief.helps.heading") << "\n\n" << tr("debrief.helps.text") << "\n\n";
  m << "## " << tr("debrief.questions.heading") << "\n\n";
  for (int i = 1; i <= 5; ++i) m << i << ". " << tr("debrief.questions." + std::to_string(i)) << "\n";
  m << "\n" << tr("debrief.figures") << "\n\n";
  m << "## " << tr("debrief.references.heading") << "\n\n";
  for (const auto& r : all_references(d)) m << "- " << r.text << "\n";
  m << "\n---\n\n" << tr("debrief.reflect.not_assessment") << "\n";
  return m.str();
}

std::string html(const DebriefData& d) {
  std::ostringstream h;
  h << "<!DOCTYPE html>\n<html lang=\"" << xml_escape(text::language()) << "\">\n<head>\n<meta charset=\"utf-8\">\n"
    << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" << xml_escape(title_of(d)) << "</title>\n"
    << "<style>\n"
       "body{font-family:Andika,'DejaVu Sans',sans-serif;background:#faf1e0;color:#4e3c36;max-width:62rem;margin:2rem auto;padding:0 1.2rem;line-height:1.55}\n"
       "h1{font-size:2rem;margin-bottom:.3rem}h2{margin-top:2.2rem;border-bottom:2px solid #e0cdb5;padding-bottom:.2rem}\n"
       ".meta{color:#7a645a}.outcome{font-size:1.4rem;font-weight:bold}.note{background:#fff8ec;border-left:5px solid #e5a094;padding:.6rem 1rem}\n"
       "table{border-collapse:collapse;width:100%;margin:.6rem 0}td,th{border:1px solid #e0cdb5;padding:.3rem .5rem;text-align:left;vertical-align:top}\n"
       "th{background:#f1dfc4}svg{max-width:100%;height:auto;border:1px solid #e0cdb5;border-radius:8px}figcaption{color:#7a645a;font-size:.95rem}\n"
       "@media print{body{background:#fff}}\n"
       "</style>\n</head>\n<body>\n";
  h << "<h1>" << xml_escape(title_of(d)) << "</h1>\n<p class=\"meta\">" << xml_escape(tr("report.caregiver")) << ": " << xml_escape(style_name(d.caregiver_style))
    << " · " << xml_escape(tr("report.player")) << ": " << xml_escape(d.ai_child ? tr("report.player.ai") : tr("report.player.person")) << " · "
    << xml_escape(tr("report.seed")) << ": " << d.seed << " · " << xml_escape(tr("report.duration")) << ": " << mind::clock(d.duration) << "</p>\n";
  h << "<p class=\"note\">" << xml_escape(tr("debrief.section.not-an-assessment.text")) << "</p>\n";
  h << "<h2>" << xml_escape(tr("report.heading.outcome")) << "</h2>\n<p class=\"outcome\" id=\"outcome\" data-pattern=\""
    << pattern_key(d.outcome.pattern) << "\" data-subgroup=\"" << xml_escape(d.outcome.subgroup) << "\">" << xml_escape(pattern_line(d)) << "</p>\n";
  if (const std::string sg = subgroup_text(d); !sg.empty()) h << "<p>" << xml_escape(sg) << "</p>\n";
  h << "<p>" << xml_escape(tr("debrief.disorganization", {mind::one_decimal(d.outcome.disorganization)}));
  if (d.outcome.best_fit) h << "; " << xml_escape(tr("debrief.best_fit", {tr("debrief.pattern." + pattern_key(*d.outcome.best_fit) + ".name")}));
  h << ".</p>\n<p>" << xml_escape(tr("debrief.pattern." + pattern_key(d.outcome.pattern) + ".meaning")) << "</p>\n";
  if (!d.ending_title.empty()) h << "<p><em>" << xml_escape(d.ending_title) << ".</em> " << xml_escape(d.epilogue) << "</p>\n";
  h << "<p><em>" << xml_escape(tr("debrief.illustration")) << "</em></p>\n";

  h << "<h2>" << xml_escape(tr("report.heading.reasons")) << "</h2>\n";
  if (d.outcome.reasons.empty()) h << "<p>" << xml_escape(tr("debrief.reasons.none")) << "</p>\n";
  else {
    h << "<table id=\"reasons\"><tr><th>" << xml_escape(tr("report.col.time")) << "</th><th>" << xml_escape(tr("report.col.episode")) << "</th><th>"
      << xml_escape(tr("report.col.moment")) << "</th></tr>\n";
    for (const auto& r : d.outcome.reasons)
      h << "<tr><td>" << mind::clock(r.time) << "</td><td>" << mind::episode_number(r.episode) << "</td><td>" << xml_escape(reason_text(r)) << "</td></tr>\n";
    h << "</table>\n";
  }
  h << "<h2>" << xml_escape(tr("report.heading.scales")) << "</h2>\n";
  if (!d.outcome.reunions.empty()) {
    h << "<table id=\"scales\"><tr><th>" << xml_escape(tr("report.col.reunion")) << "</th><th>" << xml_escape(tr("debrief.scale.seeking")) << "</th><th>"
      << xml_escape(tr("debrief.scale.maintaining")) << "</th><th>" << xml_escape(tr("debrief.scale.resistance")) << "</th><th>"
      << xml_escape(tr("debrief.scale.avoidance")) << "</th></tr>\n";
    for (std::size_t i = 0; i < d.outcome.reunions.size(); ++i) {
      const auto& r = d.outcome.reunions[i];
      h << "<tr><td>" << (i + 1) << "</td><td>" << mind::one_decimal(r.proximity_seeking) << "</td><td>" << mind::one_decimal(r.contact_maintaining) << "</td><td>"
        << mind::one_decimal(r.resistance) << "</td><td>" << mind::one_decimal(r.avoidance) << "</td></tr>\n";
    }
    h << "</table>\n";
  }
  h << "<figure>\n";
  h << scales_svg(d, kReportChart, true);
  h << "<figcaption>" << xml_escape(tr("debrief.scales.caption")) << "</figcaption></figure>\n";
  h << "<h2>" << xml_escape(tr("report.heading.timeline")) << "</h2>\n<figure>\n";
  h << timeline_svg(d, kReportChart, true);
  h << "<figcaption>" << xml_escape(tr("debrief.timeline.caption")) << "</figcaption></figure>\n<ul>\n";
  int bids = 0;
  const auto answers = answer_counts(d, &bids);
  h << "<li>" << xml_escape(tr("report.bids", {std::to_string(bids)})) << "</li>\n";
  for (const auto& [kind, n] : answers) h << "<li>" << xml_escape(tr("report.answers", {kind, std::to_string(n)})) << "</li>\n";
  h << "</ul>\n<table><tr><th>" << xml_escape(tr("report.col.episode")) << "</th><th>" << xml_escape(tr("report.col.title")) << "</th><th>"
    << xml_escape(tr("report.col.from")) << "</th><th>" << xml_escape(tr("report.col.to")) << "</th></tr>\n";
  for (const auto& e : d.timeline.episodes)
    h << "<tr><td>" << mind::episode_number(e.index) << "</td><td>" << xml_escape(e.title) << "</td><td>" << mind::clock(e.start) << "</td><td>"
      << mind::clock(e.end) << "</td></tr>\n";
  h << "</table>\n";
  h << "<h2>" << xml_escape(tr("debrief.later.heading")) << "</h2>\n<p>"
    << xml_escape(tr("debrief.pattern." + pattern_key(d.outcome.pattern) + ".later")) << "</p>\n";
  for (const std::string& k : sections(d))
    h << "<h3>" << xml_escape(tr("debrief.section." + k + ".title")) << "</h3>\n<p>" << xml_escape(tr("debrief.section." + k + ".text")) << "</p>\n";
  h << "<h2>" << xml_escape(tr("debrief.helps.heading")) << "</h2>\n<p>" << xml_escape(tr("debrief.helps.text")) << "</p>\n";
  h << "<h2>" << xml_escape(tr("debrief.questions.heading")) << "</h2>\n<ol>\n";
  for (int i = 1; i <= 5; ++i) h << "<li>" << xml_escape(tr("debrief.questions." + std::to_string(i))) << "</li>\n";
  h << "</ol>\n<p>" << xml_escape(tr("debrief.figures")) << "</p>\n";
  h << "<h2>" << xml_escape(tr("debrief.references.heading")) << "</h2>\n<ul id=\"references\">\n";
  for (const auto& r : all_references(d)) h << "<li>" << xml_escape(r.text) << "</li>\n";
  h << "</ul>\n<p class=\"note\">" << xml_escape(tr("debrief.reflect.not_assessment")) << "</p>\n</body>\n</html>\n";
  return h.str();
}

std::optional<ReportFiles> write_report(const DebriefData& d, const fs::path& dir, std::string* error) {
  auto fail = [&](const std::string& why) -> std::optional<ReportFiles> {
    if (error) *error = why;
    return std::nullopt;
  };
  // Folders the report creates are private; one the player already had is left as it was.
  if (auto problem = storage::create_private_dirs(dir)) return fail("cannot create the folder " + dir.string() + ": " + problem->detail);
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return fail("cannot create the folder " + dir.string());
  ReportFiles files;
  files.markdown = dir / "report.md";
  files.html = dir / "report.html";
  const std::pair<const char*, std::string> charts[] = {{"chart-scales.svg", scales_svg(d, kReportChart)},
                                                         {"chart-timeline.svg", timeline_svg(d, kReportChart)}};
  for (const auto& [name, svg] : charts) {
    const fs::path p = dir / name;
    if (storage::atomic_write_file(p, svg)) return fail("cannot write " + p.string());
    files.charts.push_back(p);
  }
  if (d.recording) {
    // The play itself, so whoever reads the report can watch it: securebase replay DIR/play.sbreplay
    std::ostringstream rec;
    sim::write_recording(rec, *d.recording);
    files.replay = dir / "play.sbreplay";
    if (storage::atomic_write_file(*files.replay, rec.str())) return fail("cannot write " + files.replay->string());
  }
  if (auto problem = storage::atomic_write_file(files.markdown, markdown(d))) return fail("cannot write " + files.markdown.string());
  if (auto problem = storage::atomic_write_file(files.html, html(d))) return fail("cannot write " + files.html.string());
  return files;
}

}  // namespace sb::report
