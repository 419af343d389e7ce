#include "scenario/dot_export.hpp"

#include <string>

#include "scenario/analysis.hpp"

namespace sb::scenario {

namespace {

// DOT double-quoted string: escape quotes and backslashes; keep labels short.
std::string quote(const std::string& s, std::size_t max = 48) {
  std::string out = "\"";
  std::size_t chars = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if ((c & 0xC0) != 0x80 && ++chars > max) {
      out += "…";
      break;
    }
    if (c == '"' || c == '\\') out += '\\';
    if (c == '\n' || c == '\r') { out += ' '; continue; }
    out += static_cast<char>(c);
  }
  return out + "\"";
}

const char* shape(NodeKind k) {
  switch (k) {
    case NodeKind::Narration: return "note";
    case NodeKind::Say: return "box";
    case NodeKind::Choice: return "diamond";
    case NodeKind::Answer: return "hexagon";
    case NodeKind::Jump: return "circle";
    case NodeKind::End: return "doubleoctagon";
  }
  return "box";
}

const char* colour(Outcome o) {
  switch (o) {
    case Outcome::Secure: return "#7cc47f";
    case Outcome::Avoidant: return "#7fa6d9";
    case Outcome::Anxious: return "#f0b35b";
    case Outcome::Disorganized: return "#c78fd1";
  }
  return "white";
}

}  // namespace

void write_dot(const Scenario& s, std::ostream& out) {
  const GraphReport r = analyse(s);
  out << "digraph " << quote(s.id) << " {\n"
      << "  label=" << quote(s.title + " (" + s.id + ")", 80) << "; labelloc=t; rankdir=TB;\n"
      << "  node [fontname=\"sans-serif\", fontsize=10]; edge [fontname=\"sans-serif\", fontsize=9];\n"
      << "  \"play\" [label=\"free play\", shape=oval, style=dashed];\n";
  if (!s.start.empty()) out << "  \"start\" [label=\"start\", shape=plaintext];\n  \"start\" -> " << quote("n:" + s.start, 200) << ";\n";
  for (const auto& t : s.triggers) {
    std::string label = std::string(to_string(t.kind));
    if (!t.episode.empty()) label += " " + t.episode;
    if (t.kind == TriggerKind::Region) label += " " + t.region;
    if (t.kind == TriggerKind::Timer) label += " +" + std::to_string(static_cast<int>(t.after)) + "s";
    out << "  " << quote("t:" + t.id, 200) << " [label=" << quote(label) << ", shape=cds, style=filled, fillcolor=\"#eeeeee\"];\n"
        << "  " << quote("t:" + t.id, 200) << " -> " << quote("n:" + t.go, 200) << ";\n";
  }
  for (std::size_t i = 0; i < s.nodes.size(); ++i) {
    const Node& n = s.nodes[i];
    std::string label = n.id;
    if (!n.line.text.empty()) label += ": " + (n.line.speaker.empty() ? "" : n.line.speaker + ": ") + n.line.text;
    out << "  " << quote("n:" + n.id, 200) << " [label=" << quote(label) << ", shape=" << shape(n.kind);
    if (!r.reachable[i]) out << ", style=dashed, color=red";
    out << "];\n";
    for (const Edge& e : edges(s, n)) {
      const std::string to = e.to < 0 ? std::string("play") : "n:" + s.nodes[static_cast<std::size_t>(e.to)].id;
      out << "  " << quote("n:" + n.id, 200) << " -> " << quote(to, 200);
      if (!e.label.empty()) out << " [label=" << quote(e.label, 32) << "]";
      out << ";\n";
    }
    if (n.kind == NodeKind::End) out << "  " << quote("n:" + n.id, 200) << " -> " << quote("e:" + n.ending, 200) << ";\n";
  }
  out << "  \"classify\" [label=\"last episode ends:\\nclassification\", shape=trapezium];\n";
  for (const auto& e : s.endings) {
    out << "  " << quote("e:" + e.id, 200) << " [label=" << quote(e.title + " (" + to_string(e.outcome) + ")")
        << ", shape=box, style=\"rounded,filled\", fillcolor=\"" << colour(e.outcome) << "\"];\n";
    if (e.chosen_by == EndingChoice::Classification && s.ending_for(e.outcome) == &e)
      out << "  \"classify\" -> " << quote("e:" + e.id, 200) << " [label=" << quote(to_string(e.outcome)) << "];\n";
  }
  out << "}\n";
}

}  // namespace sb::scenario
