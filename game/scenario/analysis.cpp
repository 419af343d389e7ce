#include "scenario/analysis.hpp"

#include <algorithm>
#include <deque>

#include "scenario/xml_tree.hpp"

namespace sb::scenario {

std::vector<Edge> edges(const Scenario& s, const Node& n) {
  std::vector<Edge> out;
  auto to = [&](const std::string& id) { return id.empty() ? -1 : s.node_index(id); };
  switch (n.kind) {
    case NodeKind::Narration:
    case NodeKind::Say: out.push_back({to(n.next), ""}); break;
    case NodeKind::Choice: {
      bool unconditional = false;
      for (const auto& o : n.options) {
        out.push_back({to(o.next), o.line.text});
        unconditional = unconditional || !o.when;
      }
      if (!unconditional) out.push_back({-1, "no option available"});
      break;
    }
    case NodeKind::Answer:
      for (const auto& c : n.cases) {
        std::string label;
        for (const auto& st : c.styles) label += (label.empty() ? "" : " ") + st;
        if (c.when) label += (label.empty() ? "" : ": ") + c.when->text;
        out.push_back({to(c.next), label.empty() ? "otherwise" : label});
      }
      break;
    case NodeKind::Jump: {
      bool unconditional = false;
      for (const auto& b : n.branches) {
        out.push_back({to(b.next), b.when ? b.when->text : ""});
        unconditional = unconditional || !b.when;
      }
      if (!unconditional) out.push_back({-1, "no branch holds"});
      break;
    }
    case NodeKind::End: break;
  }
  return out;
}

GraphReport analyse(const Scenario& s) {
  const std::size_t n = s.nodes.size();
  GraphReport r;
  r.reachable.assign(n, false);
  r.can_finish.assign(n, false);
  std::vector<std::vector<int>> succ(n), pred(n);
  std::deque<int> queue;
  for (std::size_t i = 0; i < n; ++i) {
    const Node& node = s.nodes[i];
    bool terminal = node.kind == NodeKind::End;
    auto link = [&](const std::string& next) {
      const int to = next.empty() ? -1 : s.node_index(next);
      if (to < 0) { terminal = true; return; }
      succ[i].push_back(to);
      pred[static_cast<std::size_t>(to)].push_back(static_cast<int>(i));
    };
    // The same edges as edges(), without building labels.
    switch (node.kind) {
      case NodeKind::Narration: case NodeKind::Say: link(node.next); break;
      case NodeKind::Choice: {
        bool unconditional = false;
        for (const auto& o : node.options) { link(o.next); unconditional = unconditional || !o.when; }
        if (!unconditional) terminal = true;
        break;
      }
      case NodeKind::Answer: for (const auto& c : node.cases) link(c.next); break;
      case NodeKind::Jump: {
        bool unconditional = false;
        for (const auto& b : node.branches) { link(b.next); unconditional = unconditional || !b.when; }
        if (!unconditional) terminal = true;
        break;
      }
      case NodeKind::End: break;
    }
    if (terminal) {
      r.can_finish[i] = true;
      queue.push_back(static_cast<int>(i));
    }
  }
  while (!queue.empty()) {
    const int i = queue.front();
    queue.pop_front();
    for (int p : pred[static_cast<std::size_t>(i)])
      if (!r.can_finish[static_cast<std::size_t>(p)]) {
        r.can_finish[static_cast<std::size_t>(p)] = true;
        queue.push_back(p);
      }
  }
  auto root = [&](const std::string& id) {
    const int i = s.node_index(id);
    if (i >= 0 && !r.reachable[static_cast<std::size_t>(i)]) {
      r.reachable[static_cast<std::size_t>(i)] = true;
      queue.push_back(i);
    }
  };
  if (!s.start.empty()) root(s.start);
  for (const auto& t : s.triggers) root(t.go);
  while (!queue.empty()) {
    const int i = queue.front();
    queue.pop_front();
    for (int q : succ[static_cast<std::size_t>(i)])
      if (!r.reachable[static_cast<std::size_t>(q)]) {
        r.reachable[static_cast<std::size_t>(q)] = true;
        queue.push_back(q);
      }
  }
  std::vector<bool> outcome(kOutcomeCount, false);
  for (const auto& e : s.endings)
    if (e.chosen_by == EndingChoice::Classification && s.ending_for(e.outcome) == &e) {
      outcome[static_cast<std::size_t>(e.outcome)] = true;
      r.reachable_endings.push_back(e.id);
    }
  for (std::size_t i = 0; i < n; ++i) {
    const Node& node = s.nodes[i];
    if (node.kind != NodeKind::End || !r.reachable[i]) continue;
    if (const Ending* e = s.ending(node.ending)) {
      outcome[static_cast<std::size_t>(e->outcome)] = true;
      if (std::find(r.reachable_endings.begin(), r.reachable_endings.end(), e->id) == r.reachable_endings.end())
        r.reachable_endings.push_back(e->id);
    }
  }
  for (int o = 0; o < kOutcomeCount; ++o)
    if (outcome[static_cast<std::size_t>(o)]) r.reachable_outcomes.push_back(static_cast<Outcome>(o));
  return r;
}

namespace detail {

void analyse_graph(const Scenario& s, Sink& sink) {
  const GraphReport r = analyse(s);
  for (std::size_t i = 0; i < s.nodes.size(); ++i) {
    const Node& n = s.nodes[i];
    if (!r.reachable[i])
      sink.error(n.pos.line, n.pos.column, "node '" + n.id + "' is never reached: neither the start, a trigger nor another node leads to it");
    else if (!r.can_finish[i])
      sink.error(n.pos.line, n.pos.column, "dead end: from node '" + n.id + "' the story loops forever; no path returns to play or reaches an ending");
  }
  for (const auto& e : s.endings) {
    if (std::find(r.reachable_endings.begin(), r.reachable_endings.end(), e.id) != r.reachable_endings.end()) continue;
    if (e.chosen_by == EndingChoice::Path)
      sink.error(e.pos.line, e.pos.column, "ending '" + e.id + "' (by=\"path\") is reached by no path: no reachable <end> names it");
    else if (const Ending* first = s.ending_for(e.outcome))
      sink.warning(e.pos.line, e.pos.column, "ending '" + e.id + "' is never chosen: the classification takes the first " +
                                                 to_string(e.outcome) + " ending, '" + first->id + "'");
  }
  const int line = s.endings.empty() ? 0 : s.endings.front().pos.line;
  const int col = s.endings.empty() ? 0 : s.endings.front().pos.column;
  // Adult scenarios end by prototype (mind/adult_coding.hpp), the others by infant pattern.
  const std::vector<Outcome> needed = s.adult()
      ? std::vector<Outcome>{Outcome::Secure, Outcome::Dismissing, Outcome::Preoccupied, Outcome::Fearful}
      : std::vector<Outcome>{Outcome::Secure, Outcome::Avoidant, Outcome::Anxious, Outcome::Disorganized};
  for (const auto& e : s.endings)
    if (e.chosen_by == EndingChoice::Classification && std::find(needed.begin(), needed.end(), e.outcome) == needed.end())
      sink.error(e.pos.line, e.pos.column, std::string("ending '") + e.id + "': outcome '" + to_string(e.outcome) + "' never comes out of a " +
                                               (s.adult() ? "grown-up scene (coded as secure, dismissing, preoccupied or fearful)"
                                                          : "child's scene (coded as secure, avoidant, anxious or disorganized)"));
  for (Outcome o : needed)
    if (!s.ending_for(o))
      sink.error(line, col, std::string("no ending for outcome '") + to_string(o) + "': add <ending outcome=\"" + to_string(o) +
                                "\"> (chosen by the classification)");
}

}  // namespace detail
}  // namespace sb::scenario
