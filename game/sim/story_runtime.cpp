// The story's state machine: episodes by their timing rules, triggers, the narrative
// graph, and the ending. Pure data in, data out; no world, no mind, no clock.
#include "sim/story_runtime.hpp"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <deque>
#include <tuple>

namespace sb::sim {

using scenario::Condition;
using scenario::Node;
using scenario::NodeKind;
using scenario::Scenario;

namespace {
constexpr std::size_t kMaxQueue = 16;   // pending trigger targets; more are dropped
constexpr int kMaxStepsPerEntry = 256;  // jumps followed in one go; guards against loops
constexpr double kChoiceRealSeconds = 20;

int count_words(const std::string& s) {
  int n = 0;
  bool in = false;
  for (char c : s) {
    const bool space = c == ' ' || c == '\n' || c == '\t';
    if (!space && !in) ++n;
    in = !space;
  }
  return n;
}
}  // namespace

struct StoryRuntime::Impl {
  std::shared_ptr<const Scenario> s;

  // Episodes.
  int episode = 0;
  double time = 0;
  bool started = false;
  bool started_this_tick = false;
  bool episodes_done = false;
  std::vector<double> held; // per end-early condition of the current episode

  // Child state seen last tick, for conditions evaluated between ticks.
  double felt_security = 0.7, arousal = 0.2, distress = 0.1;
  bool settled = false, bid = false;
  std::string style = "sensitive";

  std::vector<double> vars;
  std::vector<bool> fired;       // per trigger
  std::vector<bool> armed;       // per trigger: arousal triggers re-arm below their threshold

  // Graph.
  int node = -1;                 // node showing a line or choices; -1 = free play
  std::optional<StoryLine> line;
  std::string after_line;        // where advance() goes
  std::vector<StoryChoice> choices;
  std::vector<int> choice_options; // offered choice -> option index
  int node_episode = 0;          // the episode the node on screen belongs to
  double shown_for = 0;          // seconds the current line or choice has been up
  bool lines_wait = false;       // the player paces lines: no reading timeout
  bool choices_wait = false;     // the player picks: no default after choice_seconds()
  std::optional<StoryChoice> default_choice; // taken by timeout, for the session to act out
  bool end_due = false;          // the episode is over but its own line or choice is still up
  struct Pending {
    int node;
    int episode; // the episode whose trigger queued it; dropped once that episode is over
  };
  std::deque<Pending> queue;

  ChildEffect effects;
  std::vector<scenario::StageDirection> stage;
  // enter/leave by stage direction: actor -> (here, episode time), until a later <enter>/<leave>.
  std::vector<std::tuple<std::string, bool, double>> staged;
  std::vector<std::size_t> epilogue_parts; // indices into the ending's parts that held at the end
  bool wants_ending = false;
  bool finished = false;
  std::string path_ending, ending;

  // ---- conditions and effects ----------------------------------------------------
  std::optional<double> lookup(const std::string& name) const {
    if (name == "felt_security") return felt_security;
    if (name == "arousal") return arousal;
    if (name == "expressed_distress") return distress;
    if (name == "settled") return settled ? 1.0 : 0.0;
    if (name == "bid") return bid ? 1.0 : 0.0;
    if (name == "time") return time;
    for (std::size_t i = 0; i < s->variables.size(); ++i)
      if (s->variables[i].name == name) return vars[i];
    return std::nullopt;
  }
  bool holds(const std::optional<Condition>& c) const {
    return !c || c->eval([this](const std::string& n) { return lookup(n); });
  }
  bool holds(const Condition& c) const {
    return c.eval([this](const std::string& n) { return lookup(n); });
  }

  void apply(const std::vector<scenario::Effect>& list) {
    for (const auto& e : list) {
      if (e.op == scenario::EffectOp::Child) {
        effects.felt_security += e.felt_security;
        effects.arousal += e.arousal;
        effects.expressed_distress += e.expressed_distress;
        continue;
      }
      for (std::size_t i = 0; i < s->variables.size(); ++i) {
        const auto& v = s->variables[i];
        if (v.name != e.var) continue;
        double x = e.op == scenario::EffectOp::Set ? e.value : vars[i] + e.value;
        if (v.type == scenario::VarType::Int) x = std::round(x);
        vars[i] = std::clamp(x, v.min, v.max);
      }
    }
  }

  const scenario::Episode& ep() const { return s->episodes[static_cast<std::size_t>(episode)]; }

  void act(const std::vector<scenario::StageDirection>& list) {
    for (const auto& d : list) {
      stage.push_back(d);
      if (d.act != scenario::StageAct::Enter && d.act != scenario::StageAct::Leave) continue;
      std::erase_if(staged, [&](const auto& t) { return std::get<0>(t) == d.actor; });
      staged.emplace_back(d.actor, d.act == scenario::StageAct::Enter, time);
    }
  }

  bool present(const std::string& actor_id) const {
    const auto& e = ep();
    for (const auto& rule : e.presence)
      if (rule.actor == actor_id) return holds(rule.when);
    bool here = std::find(e.present.begin(), e.present.end(), actor_id) != e.present.end();
    double since = -1;
    for (const auto& mv : e.movements)
      if (mv.actor == actor_id && mv.at <= time) here = mv.enters, since = mv.at;
    for (const auto& [who, in, at] : staged)
      if (who == actor_id && at >= since) here = in;
    return here;
  }

  // ---- the graph -----------------------------------------------------------------
  void show_line(const scenario::Line& l, const std::string& next) {
    line = StoryLine{l.id, l.speaker, l.text, node_episode};
    after_line = next;
    shown_for = 0;
  }
  void to_free_play() {
    node = -1;
    line.reset();
    choices.clear();
    choice_options.clear();
    after_line.clear();
  }

  // Runs from node `i` until something waits for the player or the story returns to play.
  // Everything on the way belongs to `from_episode`.
  void enter(int i, int from_episode) {
    node_episode = from_episode;
    for (int steps = 0; steps < kMaxStepsPerEntry && i >= 0; ++steps) {
      to_free_play();
      const Node& n = s->nodes[static_cast<std::size_t>(i)];
      node = i;
      switch (n.kind) {
        case NodeKind::Narration:
        case NodeKind::Say:
          apply(n.effects);
          act(n.stage);
          show_line(n.line, n.next);
          return;
        case NodeKind::Choice: {
          for (std::size_t k = 0; k < n.options.size(); ++k)
            if (holds(n.options[k].when)) {
              choices.push_back({n.options[k].id, n.options[k].line.text, n.options[k].line.id, n.options[k].act, n.options[k].to});
              choice_options.push_back(static_cast<int>(k));
            }
          if (choices.empty()) { to_free_play(); return; }
          if (!n.line.text.empty()) line = StoryLine{n.line.id, n.line.speaker, n.line.text, node_episode};
          shown_for = 0;
          return;
        }
        case NodeKind::Answer:
          for (const auto& c : n.cases) {
            const bool style_fits = c.styles.empty() || std::find(c.styles.begin(), c.styles.end(), style) != c.styles.end();
            if (style_fits && holds(c.when)) {
              apply(c.effects);
              act(c.stage);
              show_line(c.line, c.next);
              return;
            }
          }
          to_free_play();
          return;
        case NodeKind::Jump: {
          int next = -1;
          for (const auto& b : n.branches)
            if (holds(b.when)) { next = s->node_index(b.next); break; }
          i = next;
          continue;
        }
        case NodeKind::End:
          path_ending = n.ending;
          wants_ending = true;
          to_free_play();
          return;
      }
    }
    to_free_play();
  }

  // A scene's `next` chain stays in the scene's episode.
  void go(const std::string& next) {
    const int i = next.empty() ? -1 : s->node_index(next);
    if (i >= 0) enter(i, node_episode);
    else {
      to_free_play();
      run_queue();
    }
  }

  // Queued nodes of an episode that is over have missed their moment: dropped.
  void run_queue() {
    while (node < 0 && !end_due && !queue.empty()) {
      const Pending p = queue.front();
      queue.pop_front();
      if (p.episode == episode) enter(p.node, p.episode);
    }
  }

  void fire(std::size_t t) {
    fired[t] = true;
    const int i = s->node_index(s->triggers[t].go);
    if (i < 0 || i == node) return;
    if (std::any_of(queue.begin(), queue.end(), [i](const Pending& p) { return p.node == i; })) return;
    if (queue.size() < kMaxQueue) queue.push_back({i, episode});
  }

  bool scene_of_this_episode_on_screen() const { return node >= 0 && node_episode == episode; }

  bool holding() const {
    if (node < 0) return false;
    if (!choices.empty()) return choices_wait && shown_for >= choice_seconds();
    return line && lines_wait && shown_for >= reading_seconds();
  }
  double choice_seconds() const { return kChoiceRealSeconds * std::max(s->time_scale, 0.01); }

  bool trigger_applies(std::size_t t) const {
    const auto& tr = s->triggers[t];
    if (tr.once && fired[t]) return false;
    if (!tr.episode.empty() && tr.episode != ep().id) return false;
    return true;
  }

  void start_episode() {
    time = 0;
    staged.clear(); // each episode starts from its own `present`
    started_this_tick = true;
    held.assign(ep().end_early.size(), 0.0);
    for (std::size_t t = 0; t < s->triggers.size(); ++t) {
      const auto& tr = s->triggers[t];
      if (tr.kind == scenario::TriggerKind::EpisodeStart && trigger_applies(t) && holds(tr.when)) fire(t);
      if (tr.kind == scenario::TriggerKind::Timer && tr.after <= 0 && trigger_applies(t) && holds(tr.when)) fire(t);
    }
  }

  void end_episode() {
    end_due = false;
    queue.clear(); // everything queued belonged to the episode that just ended
    if (episode + 1 >= static_cast<int>(s->episodes.size())) {
      episodes_done = true;
      wants_ending = true;
      return;
    }
    ++episode;
    start_episode();
  }

  // Episode timing rules, in the order FORMAT.md gives them. An episode whose time is
  // up waits (end_due) while its own line or choice is on screen; meanwhile nothing
  // new is started in it.
  void step_episode(double dt) {
    const double before = time;
    time += dt;
    if (end_due) {
      if (!scene_of_this_episode_on_screen()) end_episode();
      return;
    }
    const auto& e = ep();
    bool end = false;
    for (std::size_t k = 0; k < e.end_early.size(); ++k) {
      held[k] = holds(e.end_early[k].when) ? held[k] + dt : 0.0;
      if (held[k] >= e.end_early[k].for_seconds && held[k] > 0) end = true;
    }
    if (time >= e.max_seconds) end = true;
    else if (time >= e.min_seconds) end = end || !e.extend_until || holds(*e.extend_until);
    // Timers whose moment passed this tick.
    for (std::size_t t = 0; t < s->triggers.size(); ++t) {
      const auto& tr = s->triggers[t];
      if (tr.kind == scenario::TriggerKind::Timer && tr.after > 0 && before < tr.after && time >= tr.after &&
          trigger_applies(t) && holds(tr.when))
        fire(t);
    }
    if (!end) return;
    if (scene_of_this_episode_on_screen()) end_due = true;
    else end_episode();
  }

  void step_triggers(const StoryContext& ctx) {
    for (std::size_t t = 0; t < s->triggers.size(); ++t) {
      const auto& tr = s->triggers[t];
      bool now = false;
      switch (tr.kind) {
        case scenario::TriggerKind::Region:
          now = std::find(ctx.regions_entered.begin(), ctx.regions_entered.end(), tr.region) != ctx.regions_entered.end();
          break;
        case scenario::TriggerKind::Bid: now = ctx.child_bid; break;
        case scenario::TriggerKind::Arousal:
          if (ctx.arousal <= tr.threshold) armed[t] = true;
          else if (armed[t]) { now = true; armed[t] = false; }
          break;
        default: break;
      }
      if (now && trigger_applies(t) && holds(tr.when)) fire(t);
    }
  }

  double reading_seconds() const {
    const int words = line ? count_words(line->text) : 0;
    return std::clamp(1.5 + 0.3 * words, 2.0, 12.0) * std::max(s->time_scale, 0.01);
  }
};

StoryRuntime::StoryRuntime(std::shared_ptr<const scenario::Scenario> s) : impl_(std::make_unique<Impl>()) {
  if (!s) {
    auto empty = std::make_shared<Scenario>();
    scenario::Episode e;
    e.id = "free";
    e.title = "Free play";
    e.max_seconds = e.min_seconds = 1e9;
    empty->episodes.push_back(e);
    s = empty;
  }
  if (s->episodes.empty()) {
    auto copy = std::make_shared<Scenario>(*s);
    scenario::Episode e;
    e.id = "free";
    e.title = "Free play";
    e.max_seconds = e.min_seconds = 1e9;
    copy->episodes.push_back(e);
    s = copy;
  }
  impl_->s = std::move(s);
  impl_->vars.reserve(impl_->s->variables.size());
  for (const auto& v : impl_->s->variables) impl_->vars.push_back(v.initial);
  impl_->fired.assign(impl_->s->triggers.size(), false);
  impl_->armed.assign(impl_->s->triggers.size(), true);
}

StoryRuntime::StoryRuntime(const StoryRuntime& other) : impl_(std::make_unique<Impl>(*other.impl_)) {}
StoryRuntime& StoryRuntime::operator=(const StoryRuntime& other) {
  if (this != &other) impl_ = std::make_unique<Impl>(*other.impl_);
  return *this;
}
StoryRuntime::StoryRuntime(StoryRuntime&&) noexcept = default;
StoryRuntime& StoryRuntime::operator=(StoryRuntime&&) noexcept = default;
StoryRuntime::~StoryRuntime() = default;

void StoryRuntime::tick(const StoryContext& ctx) {
  Impl& m = *impl_;
  m.started_this_tick = false;
  m.felt_security = ctx.felt_security;
  m.arousal = ctx.arousal;
  m.distress = ctx.expressed_distress;
  m.settled = ctx.child_settled;
  m.bid = ctx.child_bid;
  if (!ctx.caregiver_style.empty()) m.style = ctx.caregiver_style;
  const double dt = std::isfinite(ctx.dt) ? std::clamp(ctx.dt, 0.0, 10.0) : 0.0;
  if (m.started && m.holding()) return; // the story waits for its reader

  if (!m.started) {
    m.started = true;
    if (!m.s->start.empty())
      if (int i = m.s->node_index(m.s->start); i >= 0) m.queue.push_back({i, 0});
    m.start_episode();
    m.started_this_tick = true;
  } else if (!m.episodes_done && !m.finished) {
    m.step_episode(dt);
  }
  if (!m.episodes_done && !m.finished && !m.end_due) m.step_triggers(ctx);

  // The line or choice on screen times out so unattended runs keep going,
  // unless the player paces it (set_pacing).
  if (m.node >= 0) {
    m.shown_for += dt;
    if (!m.choices.empty()) {
      if (!m.choices_wait && m.shown_for >= m.choice_seconds()) {
        const Node& n = m.s->nodes[static_cast<std::size_t>(m.node)];
        int pick = 0;
        for (std::size_t k = 0; k < m.choice_options.size(); ++k)
          if (n.options[static_cast<std::size_t>(m.choice_options[k])].is_default) pick = static_cast<int>(k);
        if (static_cast<std::size_t>(pick) < m.choices.size()) m.default_choice = m.choices[static_cast<std::size_t>(pick)];
        choose(pick);
      }
    } else if (m.line && !m.lines_wait && m.shown_for >= m.reading_seconds()) {
      advance();
    }
  }
  m.run_queue();
}

void StoryRuntime::set_pacing(bool lines_wait, bool choices_wait) {
  impl_->lines_wait = lines_wait;
  impl_->choices_wait = choices_wait;
}
bool StoryRuntime::lines_wait() const { return impl_->lines_wait; }
bool StoryRuntime::choices_wait() const { return impl_->choices_wait; }
bool StoryRuntime::holding() const { return impl_->holding(); }

int StoryRuntime::episode_index() const { return impl_->episode; }
const scenario::Episode& StoryRuntime::episode() const { return impl_->ep(); }
double StoryRuntime::episode_time() const { return impl_->time; }
bool StoryRuntime::episode_started_this_tick() const { return impl_->started_this_tick; }

bool StoryRuntime::present(const std::string& actor_id) const { return impl_->present(actor_id); }

std::optional<StoryLine> StoryRuntime::line() const { return impl_->line; }
const std::vector<StoryChoice>& StoryRuntime::choices() const { return impl_->choices; }

void StoryRuntime::advance() {
  Impl& m = *impl_;
  if (m.node < 0 || !m.choices.empty() || !m.line) return;
  const std::string next = m.after_line;
  m.go(next);
}

bool StoryRuntime::choose(int option) {
  Impl& m = *impl_;
  if (m.node < 0 || option < 0 || option >= static_cast<int>(m.choices.size())) return false;
  const Node& n = m.s->nodes[static_cast<std::size_t>(m.node)];
  const auto& o = n.options[static_cast<std::size_t>(m.choice_options[static_cast<std::size_t>(option)])];
  m.apply(o.effects);
  m.act(o.stage);
  m.go(o.next);
  return true;
}

std::optional<StoryChoice> StoryRuntime::take_default_choice() {
  std::optional<StoryChoice> out;
  out.swap(impl_->default_choice);
  return out;
}

std::vector<scenario::StageDirection> StoryRuntime::take_stage() {
  std::vector<scenario::StageDirection> out;
  out.swap(impl_->stage);
  return out;
}

scenario::Light StoryRuntime::light() const { return impl_->ep().light; }

std::vector<const scenario::Ending::Part*> StoryRuntime::epilogue() const {
  std::vector<const scenario::Ending::Part*> out;
  if (const scenario::Ending* e = ending())
    for (std::size_t i : impl_->epilogue_parts)
      if (i < e->epilogue_parts.size()) out.push_back(&e->epilogue_parts[i]);
  return out;
}

ChildEffect StoryRuntime::take_effects() {
  ChildEffect e = impl_->effects;
  impl_->effects = {};
  return e;
}

bool StoryRuntime::wants_ending() const { return impl_->wants_ending && !impl_->finished; }

namespace {
std::string pick_ending(const Scenario& s, const std::string& path_ending, const std::string& outcome) {
  if (!path_ending.empty() && s.ending(path_ending)) return path_ending;
  if (auto o = scenario::outcome_from_string(outcome)) {
    if (const auto* e = s.ending_for(*o)) return e->id;
    for (const auto& e : s.endings)
      if (e.outcome == *o) return e.id;
  }
  return s.endings.empty() ? std::string() : s.endings.front().id;
}
}  // namespace

void StoryRuntime::finish(const std::string& outcome) {
  Impl& m = *impl_;
  m.finished = true;
  m.ending = pick_ending(*m.s, m.path_ending, outcome);
  // The epilogue says only what happened: its conditional parts are judged now.
  m.epilogue_parts.clear();
  if (const scenario::Ending* e = m.s->ending(m.ending))
    for (std::size_t i = 0; i < e->epilogue_parts.size(); ++i)
      if (m.holds(e->epilogue_parts[i].when)) m.epilogue_parts.push_back(i);
}

const scenario::Ending* StoryRuntime::ending() const {
  return impl_->ending.empty() ? nullptr : impl_->s->ending(impl_->ending);
}

double StoryRuntime::hazard() const {
  const Impl& m = *impl_;
  if (m.finished) return 0;
  double h = 0;
  for (const auto& hz : m.s->world.hazards) {
    if (!hz.episodes.empty() && std::find(hz.episodes.begin(), hz.episodes.end(), m.ep().id) == hz.episodes.end()) continue;
    if (m.time < hz.from || (hz.until && m.time >= *hz.until)) continue;
    h = std::max(h, hz.intensity);
  }
  return h;
}

std::uint64_t StoryRuntime::hash() const {
  const Impl& m = *impl_;
  std::uint64_t h = 1469598103934665603ull;
  auto mix = [&h](const void* p, std::size_t n) {
    const auto* b = static_cast<const unsigned char*>(p);
    for (std::size_t i = 0; i < n; ++i) h = (h ^ b[i]) * 1099511628211ull;
  };
  auto mix_d = [&](double d) { mix(&d, sizeof d); };
  auto mix_s = [&](const std::string& s) { mix(s.data(), s.size()); mix("\0", 1); };
  mix(&m.episode, sizeof m.episode);
  mix_d(m.time);
  for (double v : m.vars) mix_d(v);
  for (bool f : m.fired) mix(&f, 1);
  for (bool a : m.armed) mix(&a, 1);
  for (double d : m.held) mix_d(d);
  mix(&m.node, sizeof m.node);
  mix_s(m.line ? m.line->id : std::string());
  mix_d(m.shown_for);
  for (const auto& q : m.queue) mix(&q.node, sizeof q.node);
  mix_d(m.effects.felt_security);
  mix_d(m.effects.arousal);
  mix_d(m.effects.expressed_distress);
  const unsigned char flags = static_cast<unsigned char>(m.started | m.episodes_done << 1 | m.wants_ending << 2 | m.finished << 3);
  mix(&flags, 1);
  // Mixed in only when set, so timed runs (simulate, the AI, old recordings) keep
  // the hashes they always had.
  if (m.lines_wait || m.choices_wait) {
    const unsigned char pacing = static_cast<unsigned char>(0x50 | m.lines_wait | m.choices_wait << 1);
    mix(&pacing, 1);
  }
  if (m.end_due) mix("E", 1); // only when set, like pacing: unchanged runs keep their hashes
  for (const auto& [who, in, at] : m.staged) {
    mix_s(who);
    mix(&in, 1);
    mix_d(at);
  }
  mix_s(m.path_ending);
  mix_s(m.ending);
  return h;
}

const scenario::Scenario& StoryRuntime::scenario() const { return *impl_->s; }
bool StoryRuntime::finished() const { return impl_->finished; }
bool StoryRuntime::all_episodes_done() const { return impl_->episodes_done; }
std::string StoryRuntime::current_node() const {
  return impl_->node < 0 ? std::string() : impl_->s->nodes[static_cast<std::size_t>(impl_->node)].id;
}
std::optional<double> StoryRuntime::variable(const std::string& name) const {
  for (std::size_t i = 0; i < impl_->s->variables.size(); ++i)
    if (impl_->s->variables[i].name == name) return impl_->vars[i];
  return std::nullopt;
}
std::optional<std::string> StoryRuntime::ending_path() const {
  if (impl_->path_ending.empty()) return std::nullopt;
  return impl_->path_ending;
}
double StoryRuntime::line_seconds() const { return impl_->reading_seconds(); }
double StoryRuntime::choice_seconds() const { return impl_->choice_seconds(); }

StoryRuntime StoryRuntime::rebased(std::shared_ptr<const scenario::Scenario> newer) const {
  StoryRuntime r(std::move(newer));
  const Impl& o = *impl_;
  Impl& m = *r.impl_;
  m.started = o.started;
  m.lines_wait = o.lines_wait;
  m.choices_wait = o.choices_wait;
  m.felt_security = o.felt_security;
  m.arousal = o.arousal;
  m.distress = o.distress;
  m.settled = o.settled;
  m.style = o.style;
  m.effects = o.effects;
  m.wants_ending = o.wants_ending;
  m.finished = o.finished;
  m.path_ending = m.s->ending(o.path_ending) ? o.path_ending : "";
  m.ending = m.s->ending(o.ending) ? o.ending : "";
  // Episode by id; if it is gone, keep the position in the list as far as it goes.
  const std::string ep_id = o.ep().id;
  m.episode = std::min(o.episode, static_cast<int>(m.s->episodes.size()) - 1);
  for (std::size_t i = 0; i < m.s->episodes.size(); ++i)
    if (m.s->episodes[i].id == ep_id) m.episode = static_cast<int>(i);
  m.time = o.time;
  m.episodes_done = o.episodes_done;
  m.end_due = o.end_due;
  m.staged = o.staged;
  m.held.assign(m.ep().end_early.size(), 0.0);
  for (std::size_t i = 0; i < m.s->variables.size(); ++i)
    if (auto v = r.impl_->s->variables[i].name; auto old = variable(v)) {
      const auto& var = m.s->variables[i];
      m.vars[i] = std::clamp(*old, var.min, var.max);
    }
  for (std::size_t t = 0; t < m.s->triggers.size(); ++t)
    for (std::size_t k = 0; k < o.s->triggers.size(); ++k)
      if (o.s->triggers[k].id == m.s->triggers[t].id) {
        m.fired[t] = o.fired[k];
        m.armed[t] = o.armed[k];
      }
  for (const auto& q : o.queue)
    if (int i = m.s->node_index(o.s->nodes[static_cast<std::size_t>(q.node)].id); i >= 0)
      m.queue.push_back({i, q.episode == o.episode ? m.episode : -1});
  if (o.node >= 0)
    if (int i = m.s->node_index(o.s->nodes[static_cast<std::size_t>(o.node)].id); i >= 0) {
      // Show the node again without applying its effects a second time.
      const auto vars = m.vars;
      const auto effects = m.effects;
      m.enter(i, o.node_episode == o.episode ? m.episode : o.node_episode);
      m.vars = vars;
      m.effects = effects;
      m.shown_for = o.shown_for;
    }
  return r;
}

}  // namespace sb::sim
