#include "scenario/dot_export.hpp"

#include <cstdio>
#include <string>
#include <vector>

#include "scenario/analysis.hpp"

namespace sb::scenario {

namespace {

// DOT double-quoted string: escape quotes and backslashes; keep labels short.
// With `lines`, a newline becomes a DOT line break instead of a space.
std::string quote(const std::string& s, std::size_t max = 48, bool lines = false) {
  std::string out = "\"";
  std::size_t chars = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if ((c & 0xC0) != 0x80 && ++chars > max) {
      out += "…";
      break;
    }
    if (c == '"' || c == '\\') out += '\\';
    if (c == '\n' && lines) { out += "\\n"; continue; }
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
    case Outcome::Dismissing: return "#7fa6d9";
    case Outcome::Preoccupied: return "#f0b35b";
    case Outcome::Fearful: return "#c78fd1";
  }
  return "white";
}

std::string number(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%g", v);
  return buf;
}

// A trigger's label: kind, episode, region or time, and the conditions that gate it.
std::string trigger_label(const Trigger& t) {
  std::string label = std::string(to_string(t.kind));
  if (t.kind == TriggerKind::Region) label += " " + t.region;
  if (t.kind == TriggerKind::Timer) label += " +" + number(t.after) + "s";
  if (t.kind == TriggerKind::Arousal) label += " above " + number(t.threshold);
  if (t.when) label += "\nwhen " + t.when->text;
  label += t.once ? "\nonce" : "\nevery time";
  return label;
}

// Each node belongs to the episode whose trigger reaches it first (episodes in story
// order), so the graph can be drawn as one cluster per episode, top to bottom.
std::vector<int> node_episodes(const Scenario& s, std::vector<std::string>& order) {
  order.clear();
  for (const Episode& e : s.episodes) order.push_back(e.id);
  order.push_back("");  // triggers in every episode, and the start
  std::vector<int> of(s.nodes.size(), -1);
  auto index_of = [&](const std::string& id) {
    for (std::size_t i = 0; i < s.nodes.size(); ++i)
      if (s.nodes[i].id == id) return static_cast<int>(i);
    return -1;
  };
  for (std::size_t k = 0; k < order.size(); ++k) {
    std::vector<int> todo;
    for (const Trigger& t : s.triggers)
      if (t.episode == order[k]) todo.push_back(index_of(t.go));
    if (order[k].empty() && !s.start.empty()) todo.push_back(index_of(s.start));
    while (!todo.empty()) {
      const int n = todo.back();
      todo.pop_back();
      if (n < 0 || of[static_cast<std::size_t>(n)] >= 0) continue;
      of[static_cast<std::size_t>(n)] = static_cast<int>(k);
      for (const Edge& e : edges(s, s.nodes[static_cast<std::size_t>(n)])) todo.push_back(e.to);
    }
  }
  return of;
}

}  // namespace

void write_dot(const Scenario& s, std::ostream& out) {
  const GraphReport r = analyse(s);
  out << "digraph " << quote(s.id) << " {\n"
      << "  label=" << quote(s.title + " (" + s.id + ")", 80) << "; labelloc=t; rankdir=TB; newrank=true;\n"
      << "  node [fontname=\"sans-serif\", fontsize=10]; edge [fontname=\"sans-serif\", fontsize=9];\n"
      << "  \"play\" [label=\"free play\", shape=oval, style=dashed];\n";
  if (!s.start.empty()) out << "  \"start\" [label=\"start\", shape=plaintext];\n  \"start\" -> " << quote("n:" + s.start, 200) << ";\n";
  // Declarations inside one cluster per episode; edges after, so they may cross clusters.
  std::vector<std::string> episodes;
  const std::vector<int> episode_of = node_episodes(s, episodes);
  std::vector<std::string> first_of(episodes.size());               // for the top-to-bottom order
  std::vector<std::vector<std::string>> members(episodes.size());
  for (std::size_t k = 0; k < episodes.size(); ++k) {
    const Episode* ep = episodes[k].empty() ? nullptr : s.episode(episodes[k]);
    std::string body;
    for (const auto& t : s.triggers) {
      if (t.episode != episodes[k]) continue;
      body += "    " + quote("t:" + t.id, 200) + " [label=" + quote(trigger_label(t), 120, true) +
              ", shape=cds, style=filled, fillcolor=\"#eeeeee\"];\n";
      if (first_of[k].empty()) first_of[k] = "t:" + t.id;
      members[k].push_back("t:" + t.id);
    }
    for (std::size_t i = 0; i < s.nodes.size(); ++i) {
      const bool here = episode_of[i] == static_cast<int>(k) || (episode_of[i] < 0 && episodes[k].empty());
      if (!here) continue;
      const Node& n = s.nodes[i];
      std::string label = n.id;
      if (!n.line.text.empty()) label += ": " + (n.line.speaker.empty() ? "" : n.line.speaker + ": ") + n.line.text;
      body += "    " + quote("n:" + n.id, 200) + " [label=" + quote(label) + ", shape=" + shape(n.kind) +
              (r.reachable[i] ? "" : ", style=dashed, color=red") + "];\n";
      if (first_of[k].empty()) first_of[k] = "n:" + n.id;
      members[k].push_back("n:" + n.id);
    }
    if (body.empty()) continue;
    if (ep) out << "  subgraph " << quote("cluster_" + ep->id, 200) << " {\n    label=" << quote(ep->title.empty() ? ep->id : ep->title, 80)
                << "; style=rounded; color=\"#999999\";\n" << body << "  }\n";
    else out << body;
  }
  // Episodes one below the other, in story order, instead of side by side: every part of
  // an episode sits above the next episode's first trigger (invisible edges).
  std::size_t above = episodes.size();
  for (std::size_t k = 0; k + 1 < episodes.size(); ++k) {
    if (!members[k].empty()) above = k;
    if (above == episodes.size() || first_of[k + 1].empty() || episodes[k + 1].empty()) continue;
    for (const std::string& m : members[above])
      out << "  " << quote(m, 200) << " -> " << quote(first_of[k + 1], 200) << " [style=invis];\n";
  }
  for (const auto& t : s.triggers) out << "  " << quote("t:" + t.id, 200) << " -> " << quote("n:" + t.go, 200) << ";\n";
  for (std::size_t i = 0; i < s.nodes.size(); ++i) {
    const Node& n = s.nodes[i];
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
