#include "app/report/report.hpp"

#include <chrono>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <map>
#include <sstream>

#include "text/reason_text.hpp"
#include "app/report/charts.hpp"
#include "storage/atomic_file.hpp"
#include "storage/paths.hpp"
#include "text/strings.hpp"
#include "mind/coding.hpp"

namespace sb::app::report {
namespace fs = std::filesystem;
using debrief::DebriefData;

namespace {

std::string base64(const std::string& in) {
  static const char* k = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  out.reserve((in.size() + 2) / 3 * 4);
  std::size_t i = 0;
  for (; i + 2 < in.size(); i += 3) {
    const unsigned v = (static_cast<unsigned char>(in[i]) << 16) | (static_cast<unsigned char>(in[i + 1]) << 8) |
                       static_cast<unsigned char>(in[i + 2]);
    out += k[(v >> 18) & 63];
    out += k[(v >> 12) & 63];
    out += k[(v >> 6) & 63];
    out += k[v & 63];
  }
  if (i < in.size()) {
    unsigned v = static_cast<unsigned char>(in[i]) << 16;
    if (i + 1 < in.size()) v |= static_cast<unsigned char>(in[i + 1]) << 8;
    out += k[(v >> 18) & 63];
    out += k[(v >> 12) & 63];
    out += i + 1 < in.size() ? k[(v >> 6) & 63] : '=';
    out += '=';
  }
  return out;
}

std::string esc(const std::string& s) {
  std::string o;
  for (char c : s) {
    switch (c) {
      case '&': o += "&amp;"; break;
      case '<': o += "&lt;"; break;
      case '>': o += "&gt;"; break;
      case '"': o += "&quot;"; break;
      default: o += c;
    }
  }
  return o;
}

std::string cell(const std::string& s) {
  std::string o;
  for (char c : s) {
    if (c == '|') o += "\\|";
    else if (c == '\n') o += ' ';
    else o += c;
  }
  return o;
}

std::string fmt1(double v) {
  char b[32];
  std::snprintf(b, sizeof b, "%.1f", v);
  return b;
}

std::string style_name(const std::string& style) {
  const std::string id = "debrief.caregiver." + style;
  const std::string& t = tr(id);
  return t == id ? style : t;
}

std::string pattern_line(const DebriefData& d) {
  std::string s = tr("debrief.pattern." + debrief::pattern_key(d.outcome.pattern) + ".name");
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

std::vector<debrief::ReferenceEntry> all_references(const DebriefData& d) {
  std::vector<debrief::ReferenceEntry> out = d.references;
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

std::vector<debrief::ReferenceEntry> core_references() {
  std::vector<debrief::ReferenceEntry> out;
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
  m << tr("debrief.disorganization", {fmt1(d.outcome.disorganization)});
  if (d.outcome.best_fit) m << "; " << tr("debrief.best_fit", {tr("debrief.pattern." + debrief::pattern_key(*d.outcome.best_fit) + ".name")});
  m << ".\n\n";
  m << tr("debrief.pattern." + debrief::pattern_key(d.outcome.pattern) + ".meaning") << "\n\n";
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
        << fmt1(r.proximity_seeking) << " | " << fmt1(r.contact_maintaining) << " | " << fmt1(r.resistance) << " | "
        << fmt1(r.avoidance) << " |\n";
    }
    m << "\n";
  } else {
    m << tr("debrief.chart.no_reunion") << ".\n\n";
  }
  m << "![" << tr("report.alt.scales") << "](chart-scales.png)\n\n" << tr("debrief.scales.caption") << "\n\n";

  m << "## " << tr("report.heading.timeline") << "\n\n";
  m << "![" << tr("report.alt.timeline") << "](chart-timeline.png)\n\n" << tr("debrief.timeline.caption") << "\n\n";
  int bids = 0;
  const auto answers = answer_counts(d, &bids);
  m << "- " << tr("report.bids", {std::to_string(bids)}) << "\n";
  for (const auto& [kind, n] : answers) m << "- " << tr("report.answers", {kind, std::to_string(n)}) << "\n";
  m << "\n| " << tr("report.col.episode") << " | " << tr("report.col.title") << " | " << tr("report.col.from") << " | "
    << tr("report.col.to") << " |\n|---|---|---|---|\n";
  for (const auto& e : d.timeline.episodes)
    m << "| " << mind::episode_number(e.index) << " | " << cell(e.title) << " | " << mind::clock(e.start) << " | " << mind::clock(e.end) << " |\n";
  m << "\n";

  m << "## " << tr("debrief.later.heading") << "\n\n" << tr("debrief.pattern." + debrief::pattern_key(d.outcome.pattern) + ".later") << "\n\n";
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

std::string html(const DebriefData& d, const std::vector<std::string>& png) {
  std::ostringstream h;
  auto img = [&](std::size_t i, const std::string& file, const std::string& alt) {
    if (i < png.size() && !png[i].empty())
      h << "<img src=\"data:image/png;base64," << base64(png[i]) << "\" alt=\"" << esc(alt) << "\" data-file=\"" << file << "\">\n";
    else
      h << "<img src=\"" << file << "\" alt=\"" << esc(alt) << "\">\n";
  };
  h << "<!DOCTYPE html>\n<html lang=\"" << esc(text::language()) << "\">\n<head>\n<meta charset=\"utf-8\">\n"
    << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" << esc(title_of(d)) << "</title>\n"
    << "<style>\n"
       "body{font-family:Andika,'DejaVu Sans',sans-serif;background:#faf1e0;color:#4e3c36;max-width:62rem;margin:2rem auto;padding:0 1.2rem;line-height:1.55}\n"
       "h1{font-size:2rem;margin-bottom:.3rem}h2{margin-top:2.2rem;border-bottom:2px solid #e0cdb5;padding-bottom:.2rem}\n"
       ".meta{color:#7a645a}.outcome{font-size:1.4rem;font-weight:bold}.note{background:#fff8ec;border-left:5px solid #e5a094;padding:.6rem 1rem}\n"
       "table{border-collapse:collapse;width:100%;margin:.6rem 0}td,th{border:1px solid #e0cdb5;padding:.3rem .5rem;text-align:left;vertical-align:top}\n"
       "th{background:#f1dfc4}img{max-width:100%;border:1px solid #e0cdb5;border-radius:8px}figcaption{color:#7a645a;font-size:.95rem}\n"
       "@media print{body{background:#fff}}\n"
       "</style>\n</head>\n<body>\n";
  h << "<h1>" << esc(title_of(d)) << "</h1>\n<p class=\"meta\">" << esc(tr("report.caregiver")) << ": " << esc(style_name(d.caregiver_style))
    << " · " << esc(tr("report.player")) << ": " << esc(d.ai_child ? tr("report.player.ai") : tr("report.player.person")) << " · "
    << esc(tr("report.seed")) << ": " << d.seed << " · " << esc(tr("report.duration")) << ": " << mind::clock(d.duration) << "</p>\n";
  h << "<p class=\"note\">" << esc(tr("debrief.section.not-an-assessment.text")) << "</p>\n";
  h << "<h2>" << esc(tr("report.heading.outcome")) << "</h2>\n<p class=\"outcome\" id=\"outcome\" data-pattern=\""
    << debrief::pattern_key(d.outcome.pattern) << "\" data-subgroup=\"" << esc(d.outcome.subgroup) << "\">" << esc(pattern_line(d)) << "</p>\n";
  if (const std::string sg = subgroup_text(d); !sg.empty()) h << "<p>" << esc(sg) << "</p>\n";
  h << "<p>" << esc(tr("debrief.disorganization", {fmt1(d.outcome.disorganization)}));
  if (d.outcome.best_fit) h << "; " << esc(tr("debrief.best_fit", {tr("debrief.pattern." + debrief::pattern_key(*d.outcome.best_fit) + ".name")}));
  h << ".</p>\n<p>" << esc(tr("debrief.pattern." + debrief::pattern_key(d.outcome.pattern) + ".meaning")) << "</p>\n";
  if (!d.ending_title.empty()) h << "<p><em>" << esc(d.ending_title) << ".</em> " << esc(d.epilogue) << "</p>\n";
  h << "<p><em>" << esc(tr("debrief.illustration")) << "</em></p>\n";

  h << "<h2>" << esc(tr("report.heading.reasons")) << "</h2>\n";
  if (d.outcome.reasons.empty()) h << "<p>" << esc(tr("debrief.reasons.none")) << "</p>\n";
  else {
    h << "<table id=\"reasons\"><tr><th>" << esc(tr("report.col.time")) << "</th><th>" << esc(tr("report.col.episode")) << "</th><th>"
      << esc(tr("report.col.moment")) << "</th></tr>\n";
    for (const auto& r : d.outcome.reasons)
      h << "<tr><td>" << mind::clock(r.time) << "</td><td>" << mind::episode_number(r.episode) << "</td><td>" << esc(reason_text(r)) << "</td></tr>\n";
    h << "</table>\n";
  }
  h << "<h2>" << esc(tr("report.heading.scales")) << "</h2>\n";
  if (!d.outcome.reunions.empty()) {
    h << "<table id=\"scales\"><tr><th>" << esc(tr("report.col.reunion")) << "</th><th>" << esc(tr("debrief.scale.seeking")) << "</th><th>"
      << esc(tr("debrief.scale.maintaining")) << "</th><th>" << esc(tr("debrief.scale.resistance")) << "</th><th>"
      << esc(tr("debrief.scale.avoidance")) << "</th></tr>\n";
    for (std::size_t i = 0; i < d.outcome.reunions.size(); ++i) {
      const auto& r = d.outcome.reunions[i];
      h << "<tr><td>" << (i + 1) << "</td><td>" << fmt1(r.proximity_seeking) << "</td><td>" << fmt1(r.contact_maintaining) << "</td><td>"
        << fmt1(r.resistance) << "</td><td>" << fmt1(r.avoidance) << "</td></tr>\n";
    }
    h << "</table>\n";
  }
  h << "<figure>\n";
  img(0, "chart-scales.png", tr("report.alt.scales"));
  h << "<figcaption>" << esc(tr("debrief.scales.caption")) << "</figcaption></figure>\n";
  h << "<h2>" << esc(tr("report.heading.timeline")) << "</h2>\n<figure>\n";
  img(1, "chart-timeline.png", tr("report.alt.timeline"));
  h << "<figcaption>" << esc(tr("debrief.timeline.caption")) << "</figcaption></figure>\n<ul>\n";
  int bids = 0;
  const auto answers = answer_counts(d, &bids);
  h << "<li>" << esc(tr("report.bids", {std::to_string(bids)})) << "</li>\n";
  for (const auto& [kind, n] : answers) h << "<li>" << esc(tr("report.answers", {kind, std::to_string(n)})) << "</li>\n";
  h << "</ul>\n<table><tr><th>" << esc(tr("report.col.episode")) << "</th><th>" << esc(tr("report.col.title")) << "</th><th>"
    << esc(tr("report.col.from")) << "</th><th>" << esc(tr("report.col.to")) << "</th></tr>\n";
  for (const auto& e : d.timeline.episodes)
    h << "<tr><td>" << mind::episode_number(e.index) << "</td><td>" << esc(e.title) << "</td><td>" << mind::clock(e.start) << "</td><td>"
      << mind::clock(e.end) << "</td></tr>\n";
  h << "</table>\n";
  h << "<h2>" << esc(tr("debrief.later.heading")) << "</h2>\n<p>"
    << esc(tr("debrief.pattern." + debrief::pattern_key(d.outcome.pattern) + ".later")) << "</p>\n";
  for (const std::string& k : sections(d))
    h << "<h3>" << esc(tr("debrief.section." + k + ".title")) << "</h3>\n<p>" << esc(tr("debrief.section." + k + ".text")) << "</p>\n";
  h << "<h2>" << esc(tr("debrief.helps.heading")) << "</h2>\n<p>" << esc(tr("debrief.helps.text")) << "</p>\n";
  h << "<h2>" << esc(tr("debrief.questions.heading")) << "</h2>\n<ol>\n";
  for (int i = 1; i <= 5; ++i) h << "<li>" << esc(tr("debrief.questions." + std::to_string(i))) << "</li>\n";
  h << "</ol>\n<p>" << esc(tr("debrief.figures")) << "</p>\n";
  h << "<h2>" << esc(tr("debrief.references.heading")) << "</h2>\n<ul id=\"references\">\n";
  for (const auto& r : all_references(d)) h << "<li>" << esc(r.text) << "</li>\n";
  h << "</ul>\n<p class=\"note\">" << esc(tr("debrief.reflect.not_assessment")) << "</p>\n</body>\n</html>\n";
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
  const std::vector<std::pair<std::string, sf::Image>> charts{
      {"chart-scales.png", debrief::scales_chart(d, {1180, 460, true, 1.f})},
      {"chart-timeline.png", debrief::timeline_chart(d, {1180, 460, true, 1.f})}};
  std::vector<std::string> bytes;
  for (const auto& [name, image] : charts) {
    const fs::path p = dir / name;
    if (!image.saveToFile(p.string())) return fail("cannot write " + p.string());
    files.charts.push_back(p);
    auto read = storage::read_whole_file(p);
    bytes.push_back(read.status == storage::ReadResult::Status::Ok ? read.bytes : std::string());
  }
  if (d.recording) {
    // The play itself, so whoever reads the report can watch it: securebase replay DIR/play.sbreplay
    std::ostringstream rec;
    sim::write_recording(rec, *d.recording);
    files.replay = dir / "play.sbreplay";
    if (storage::atomic_write_file(*files.replay, rec.str())) return fail("cannot write " + files.replay->string());
  }
  if (auto problem = storage::atomic_write_file(files.markdown, markdown(d))) return fail("cannot write " + files.markdown.string());
  if (auto problem = storage::atomic_write_file(files.html, html(d, bytes))) return fail("cannot write " + files.html.string());
  return files;
}

}  // namespace sb::app::report
