#include "scenario/stats.hpp"

#include <cstdio>
#include <sstream>

#include <nlohmann/json.hpp>

#include "scenario/analysis.hpp"

namespace sb::scenario {

namespace {
int count_words(const std::string& s) {
  int n = 0;
  bool in = false;
  for (char c : s) {
    const bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r';
    if (!space && !in) ++n;
    in = !space;
  }
  return n;
}
}  // namespace

Stats compute_stats(const Scenario& s) {
  Stats st;
  st.nodes = static_cast<int>(s.nodes.size());
  st.triggers = static_cast<int>(s.triggers.size());
  st.episodes = static_cast<int>(s.episodes.size());
  st.endings = static_cast<int>(s.endings.size());
  st.variables = static_cast<int>(s.variables.size());
  for (const auto& e : s.episodes) st.nominal_seconds += e.min_seconds;
  auto line = [&](const Line& l) {
    if (l.id.empty()) return;
    ++st.lines;
    st.words += count_words(l.text);
  };
  for (const auto& n : s.nodes) {
    line(n.line);
    if (n.kind == NodeKind::Choice) ++st.choices;
    if (n.kind == NodeKind::Answer) ++st.answers;
    for (const auto& o : n.options) { ++st.options; line(o.line); }
    for (const auto& c : n.cases) line(c.line);
  }
  for (const auto& e : s.endings) st.words += count_words(e.epilogue) + count_words(e.title);
  const GraphReport r = analyse(s);
  for (bool b : r.reachable) st.unreachable_nodes += b ? 0 : 1;
  for (Outcome o : r.reachable_outcomes) st.reachable_outcomes.push_back(to_string(o));
  st.reachable_endings = r.reachable_endings;
  return st;
}

std::string stats_json(const Scenario& s, const Stats& st) {
  // Keys in the order a reader expects them (id and title first), not sorted.
  const nlohmann::ordered_json j = {
      {"id", s.id},                 {"title", s.title},
      {"words", st.words},          {"nodes", st.nodes},
      {"lines", st.lines},          {"choices", st.choices},
      {"options", st.options},      {"answers", st.answers},
      {"triggers", st.triggers},    {"episodes", st.episodes},
      {"endings", st.endings},      {"variables", st.variables},
      {"unreachable_nodes", st.unreachable_nodes}, {"nominal_seconds", st.nominal_seconds},
      {"reachable_outcomes", st.reachable_outcomes}, {"reachable_endings", st.reachable_endings}};
  return j.dump() + "\n";
}

std::string stats_text(const Scenario& s, const Stats& st) {
  std::ostringstream os;
  os << s.id << " — " << s.title << "\n"
     << "  words      " << st.words << "\n"
     << "  nodes      " << st.nodes << " (" << st.lines << " lines, " << st.choices << " choices with " << st.options
     << " options, " << st.answers << " answers)\n"
     << "  triggers   " << st.triggers << "\n"
     << "  episodes   " << st.episodes << " (" << st.nominal_seconds << " s of scenario time at least)\n"
     << "  endings    " << st.endings << "\n"
     << "  reachable outcomes:";
  for (const auto& o : st.reachable_outcomes) os << ' ' << o;
  os << "\n";
  return os.str();
}

}  // namespace sb::scenario
