#include "sim/session.hpp"

#include <algorithm>
#include <cmath>
#include <stdexcept>

#include "mind/behaviour_record.hpp"
#include "sim/adult_session.hpp"
#include "sim/caregiver_stage.hpp"
#include "sim/recording.hpp"
#include "sim/rng.hpp"
#include "sim/scenario_room.hpp"
#include "sim/stage_director.hpp"
#include "sim/steering.hpp"
#include "sim/timeline.hpp"
#include "world/hash.hpp"

namespace sb::sim {
namespace {

// Adults who leave walk to the door and vanish; on return they appear there.
enum class Presence : std::uint8_t { Present, Leaving, Absent };

mind::Action action_from_movement(const InputCommand& in, const world::World& w, int child, int caregiver) {
  if (in.action != mind::Action::None) return in.action;
  const float mx = in.move_x, my = in.move_y;
  const float len = std::sqrt(mx * mx + my * my);
  if (len < 0.2f) return w.nearest_toy_distance(child) < 0.8f ? mind::Action::Play : mind::Action::None;
  if (caregiver >= 0 && w.active(caregiver)) {
    const world::Vec2 c = w.agent(caregiver).position, me = w.agent(child).position;
    const float dx = c.x - me.x, dy = c.y - me.y, d = std::sqrt(dx * dx + dy * dy);
    if (d > 0) {
      const float radial = (mx * dx + my * dy) / (len * d);
      if (radial > 0.6f) return mind::Action::MoveToward;
      if (radial < -0.6f) return mind::Action::MoveAway;
    }
  }
  return mind::Action::Play; // wandering the room is exploring it
}


mind::DyadDef dyad_def(const SessionConfig& config) {
  mind::DyadDef d;
  d.caregiver = config.scenario ? adjusted_caregiver(*config.scenario, config.caregiver, config.caregiver_style) : config.caregiver;
  d.seed = config.seed;
  if (config.caregiver_spread >= 0) d.caregiver_spread = config.caregiver_spread;
  d.caregiver_played = config.caregiver_played;
  if (config.prior_exchanges >= 0) d.prior_exchanges = config.prior_exchanges;
  return d;
}

// With the roles swapped the child is always the AI's.
SessionConfig with_roles(SessionConfig c) {
  if (c.caregiver_played) c.ai_child = true;
  return c;
}

}  // namespace

struct Session::Impl {
  SessionConfig config;
  world::RoomDef room;
  std::unique_ptr<world::World> world;
  mind::Dyad dyad;
  std::optional<StoryRuntime> story;
  Rng rng;
  double time_scale = 1.0;
  std::uint64_t tick = 0;
  double time = 0;
  int child = -1, caregiver = -1;
  std::vector<Presence> presence;
  // Someone due to leave while the story still moves them (a goodbye crouched by the
  // child): -1 until that move ends, then the time they set off (a short moment later).
  std::vector<double> linger;
  std::vector<world::Vec2> seat, wander;
  std::vector<world::Vec2> prev_agents, prev_toys;
  mind::DyadOutput last;
  Timeline timeline;
  double next_sample = 0;
  bool ended = false;
  std::optional<mind::Classification> outcome;
  std::optional<mind::AdultCoding> adult; // adult scenarios: the coding that picked the ending
  std::unique_ptr<StageDirector> stage;
  std::uint64_t moving_ticks = 0;
  // The player's chosen act being carried out: walk to `to` (if any), then the act.
  struct ChildPlan {
    scenario::ChildAct act = scenario::ChildAct::None;
    std::string to;
    double until = 0; // real seconds: gives up walking after this
  };
  std::optional<ChildPlan> plan;
  // Who the story's current stage directions are about (actors, and people walked to),
  // with the node they came with: the screen's camera frames them. Not hashed: a view.
  std::vector<std::string> subjects;
  std::string subjects_node;

  explicit Impl(SessionConfig c)
      : config(with_roles(std::move(c))),
        room(config.scenario ? room_from_scenario(*config.scenario) : world::playroom()),
        world(std::make_unique<world::World>(room)),
        dyad(dyad_def(config)),
        rng(config.seed ^ 0x5EC0BA5Eull) {
    if (config.scenario) {
      story.emplace(config.scenario);
      // Autoplay still takes a choice's default after a while: the watcher may pick, need not.
      story->set_pacing(config.player_paces_lines, config.player_paces_lines && !config.ai_child);
    }
    time_scale = config.time_scale > 0 ? config.time_scale : (config.scenario ? scenario_time_scale(*config.scenario) : 1.0);
    // The attachment figure: a caregiver, or in adult life a partner or mentor.
    int rank = 99;
    for (int i = world->agent_count() - 1; i >= 0; --i) {
      const std::string& role = room.agents[i].role;
      if (role == "child") child = i;
      const int r = role == "caregiver" ? 0 : role == "partner" ? 1 : role == "mentor" ? 2 : 99;
      if (r <= rank && r < 99) caregiver = i, rank = r;
    }
    if (child < 0) throw std::invalid_argument("the scenario has no actor with the role child");
    for (int i = 0; i < world->agent_count(); ++i) {
      seat.push_back(room.agents[i].position);
      wander.push_back({0, 0});
      presence.push_back(Presence::Present);
      linger.push_back(0);
      prev_agents.push_back(world->agent(i).position);
    }
    for (int i = 0; i < world->toy_count(); ++i) prev_toys.push_back(world->toy(i).position);
    stage = std::make_unique<StageDirector>(room, child);
    update_presence(true);
  }

  static constexpr double kGoodbyeSeconds = 2.5;

  // Seconds of ticks in which the world moved: scripted walks' deadlines ignore holds.
  double now() const { return double(moving_ticks) * kTickSeconds; }

  bool wanted_present(int agent) const {
    if (agent == child || !story) return true;
    return story->present(room.agents[agent].id);
  }

  void update_presence(bool initial) {
    for (int i = 0; i < world->agent_count(); ++i) {
      const bool want = wanted_present(i);
      Presence& p = presence[i];
      if (want && p != Presence::Present) {
        if (p == Presence::Absent) {
          world->place(i, room.door);
          world->set_active(i, true);
          prev_agents[i] = room.door;
        }
        p = Presence::Present;
      } else if (!want && p == Presence::Present) {
        p = initial ? Presence::Absent : Presence::Leaving;
        if (initial) world->set_active(i, false);
        // The story's own move first ("crouches down to your height" as the episode that
        // takes them away begins), then out.
        else if (stage->walking(i)) linger[i] = -1;
        // Out through the door round the furniture; placed there if it takes too long.
        else stage->walk(i, room.door, *world, now(), room.agents[i].id + " leaving");
      } else if (p == Presence::Leaving) {
        const world::Vec2 pos = world->agent(i).position;
        if (std::hypot(pos.x - room.door.x, pos.y - room.door.y) < 0.35f) {
          stage->forget(i, *world);
          world->set_active(i, false);
          p = Presence::Absent;
          linger[i] = 0;
        } else if (!stage->walking(i)) {
          if (linger[i] < 0) linger[i] = now() + kGoodbyeSeconds; // arrived: a moment where the story put them
          if (now() >= linger[i]) stage->walk(i, room.door, *world, now(), room.agents[i].id + " leaving");
        }
      }
    }
  }

  int stranger() const {
    // Unfamiliar adults: a stranger, or a teacher met for the first time.
    for (int i = 0; i < world->agent_count(); ++i)
      if (room.agents[i].role == "stranger" || room.agents[i].role == "teacher") return i;
    return -1;
  }

  mind::Percept percept() const {
    mind::Percept p;
    p.dt = kTickSeconds * time_scale;
    p.time = time;
    if (story) {
      p.episode = story->episode_index();
      p.role = episode_role(story->episode());
      p.episode_time = story->episode_time();
      p.hazard = story->hazard();
    }
    // Someone walking out is still in the room: what is drawn is what the model sees.
    p.caregiver_present = caregiver >= 0 && presence[caregiver] != Presence::Absent;
    p.caregiver_distance = p.caregiver_present ? world->distance(child, caregiver) : 20.0;
    p.touching_caregiver = p.caregiver_present && (world->touching(child, caregiver) || stage->held_by() == caregiver);
    if (p.caregiver_present && p.caregiver_distance > 0) {
      const world::BodyState me = world->agent(child);
      const world::Vec2 c = world->agent(caregiver).position;
      const double d = p.caregiver_distance;
      p.child_speed_toward_caregiver = (me.velocity.x * (c.x - me.position.x) + me.velocity.y * (c.y - me.position.y)) / d;
    }
    const int s = stranger();
    p.stranger_present = s >= 0 && presence[s] != Presence::Absent;
    p.stranger_distance = p.stranger_present ? world->distance(child, s) : 20.0;
    p.toy_distance = world->nearest_toy_distance(child);
    return p;
  }

  world::Vec2 adult_velocity(int i, mind::MoveGoal goal) {
    if (auto scripted = stage->drive(i, *world)) return *scripted;
    SteeringTargets t{i, child, caregiver, stage->home(i).value_or(seat[i]), room.door, &wander[i], &stage->paths(i)};
    if (presence[i] == Presence::Leaving) return steer(*world, mind::MoveGoal::ToDoor, t, rng);
    return steer(*world, goal, t, rng);
  }

  // The player picked an option: its act starts now, as if done with the keys.
  // On screen the AI child acts out the options the story picks for it as a player
  // would (autoplay shows the same staging as a played run). Runs nobody watches
  // (simulate, compare, reports) keep the AI's own behaviour, as the model was fitted.
  // (With the roles swapped the caregiver mode keeps the AI child's own behaviour too.)
  bool child_acts_choices() const { return !config.ai_child || (config.player_paces_lines && !config.caregiver_played); }

  void start_plan(const StoryChoice& c, bool by_story) {
    timeline.choices.push_back({time, story->episode_index(), c.id, c.line_id, c.text, c.act, mind::Action::None, by_story});
    if (!child_acts_choices() || c.act == scenario::ChildAct::None) return;
    plan = ChildPlan{c.act, c.to, now() + 6.0};
  }

  static mind::Action action_of(scenario::ChildAct a) {
    using A = scenario::ChildAct;
    using M = mind::Action;
    switch (a) {
      case A::None: return M::None;
      case A::Approach: return M::MoveToward;
      case A::MoveAway: return M::MoveAway;
      case A::Play: return M::Play;
      case A::ShowToy: return M::ShowToy;
      case A::Call: return M::Call;
      case A::Cry: return M::Cry;
      case A::ReachUp: return M::ReachUp;
      case A::Cling: return M::Cling;
      case A::PushAway: return M::PushAway;
      case A::TurnAway: return M::TurnAway;
      case A::HideFeelings: return M::HideFeelings;
      case A::Freeze: return M::Freeze;
    }
    return M::None;
  }

  // The chosen act as this tick's input: a walk (the stick held toward the place,
  // the caregiver, or away), then the act itself for one tick, like a key press.
  InputCommand planned_input(InputCommand in) {
    if (!plan) return in;
    using A = scenario::ChildAct;
    const world::Vec2 me = world->agent(child).position;
    std::string to = plan->to;
    if (to.empty() && (plan->act == A::Approach || plan->act == A::MoveAway) && caregiver >= 0) to = room.agents[caregiver].id;
    std::optional<world::Vec2> target;
    if (!to.empty()) {
      const int a = world->agent_index(to);
      if (a >= 0 && world->active(a)) {
        target = world->agent(a).position;
      } else {
        for (int t = 0; t < world->toy_count(); ++t)
          if (room.toys[t].id == to) target = world->toy(t).position;
        for (const auto& r : room.regions)
          if (r.id == to) target = world::Vec2{r.rect.x + r.rect.w / 2, r.rect.y + r.rect.h / 2};
        for (const auto& o : room.obstacles)
          if (o.id == to) target = stage->paths(child).free_near({o.rect.x + o.rect.w / 2, o.rect.y + o.rect.h / 2});
      }
    }
    const float reach = a_reach(to);
    if (target && std::hypot(target->x - me.x, target->y - me.y) > reach && now() < plan->until) {
      const world::Vec2 step = stage->paths(child).next_step(me, *target);
      float dx = step.x - me.x, dy = step.y - me.y;
      if (plan->act == A::MoveAway) dx = -dx, dy = -dy;
      const float d = std::hypot(dx, dy);
      if (d > 1e-4f) {
        in.move_x = dx / d;
        in.move_y = dy / d;
        in.action = mind::Action::None; // the walk itself is the act (toward, away, to play)
        if (stage->held_by() >= 0) stage->release_child(*world);
        return quantize(in);
      }
    }
    // There (or nowhere to go): the act itself, once.
    if (plan->act != A::Approach && plan->act != A::MoveAway) in.action = action_of(plan->act);
    if (!timeline.choices.empty() && timeline.choices.back().action == mind::Action::None)
      timeline.choices.back().action = plan->act == A::Approach ? mind::Action::MoveToward
                                       : plan->act == A::MoveAway ? mind::Action::MoveAway : action_of(plan->act);
    plan.reset();
    return in;
  }

  float a_reach(const std::string& to) const {
    const int a = to.empty() ? -1 : world->agent_index(to);
    if (a >= 0) return room.agents[a].radius + room.agents[child].radius + 0.1f;
    return 0.35f;
  }

  // The stranger follows Ainsworth's script loosely: sits, then approaches the
  // child gently when the parent is away, keeping a polite distance.
  mind::MoveGoal stranger_goal() const {
    const bool parent_here = caregiver >= 0 && presence[caregiver] == Presence::Present;
    if (!parent_here) return mind::MoveGoal::TowardChild;
    if (story && story->episode_time() > 120.0) return mind::MoveGoal::TowardChild;
    return mind::MoveGoal::ToSeat;
  }

  void step(const InputCommand& raw) {
    if (ended) return;
    const InputCommand in = quantize(raw); // live play steps exactly what a replay will
    for (int i = 0; i < world->agent_count(); ++i) prev_agents[i] = world->agent(i).position;
    for (int i = 0; i < world->toy_count(); ++i) prev_toys[i] = world->toy(i).position;

    if (story) {
      if (in.choice >= 0 && in.choice < static_cast<int>(story->choices().size())) {
        const StoryChoice picked = story->choices()[static_cast<std::size_t>(in.choice)];
        if (story->choose(in.choice)) start_plan(picked, false);
      }
      if (in.advance) story->advance();
      if (story->holding()) return idle();
    }

    // An option's act in progress plays the child as the keys would, AI or not.
    const bool planned = plan.has_value();
    const InputCommand acted = config.ai_child && !planned ? in : planned_input(in);
    const mind::Percept p = percept();
    std::optional<mind::Action> player;
    if (!config.ai_child || planned) player = action_from_movement(acted, *world, child, caregiver);
    last = dyad.tick(p, player, acted.caregiver_act);

    // Move everyone. A held child is carried; walking off, pushing or turning away puts it down.
    if (stage->held_by() >= 0) {
      const bool wants_down = config.ai_child && !planned ? (last.child_goal == mind::MoveGoal::TowardToy || last.child_goal == mind::MoveGoal::Wander ||
                                                 last.child_goal == mind::MoveGoal::AwayFromCaregiver)
                                              : (std::hypot(acted.move_x, acted.move_y) > 0.5f || last.child_action == mind::Action::PushAway);
      if (wants_down) stage->release_child(*world);
    }
    if (stage->held_by() >= 0) {
      // carried: the director keeps the child in the arms after the step
    } else if (config.ai_child && !planned) {
      SteeringTargets t{child, child, caregiver, seat[child], room.door, &wander[child], &stage->paths(child)};
      world->drive(child, steer(*world, last.child_goal, t, rng));
    } else {
      const float speed = room.agents[child].max_speed;
      world->drive(child, {acted.move_x * speed, acted.move_y * speed});
    }
    for (int i = 0; i < world->agent_count(); ++i) {
      if (i == child || !world->active(i)) continue;
      const mind::MoveGoal goal = i == caregiver ? last.caregiver_goal : stranger_goal();
      world->drive(i, adult_velocity(i, goal));
    }
    world->step(float(kTickSeconds));
    ++tick;
    ++moving_ticks;
    time += p.dt;

    if (story) tick_story(p);
    if (story)
      if (auto picked = story->take_default_choice()) start_plan(*picked, true);
    if (story) {
      const std::vector<scenario::StageDirection> directions = story->take_stage();
      for (const auto& d : directions) stage->direct(d, *world, now());
      note_subjects(directions);
    }
    // Playing the caregiver, the player's answer is acted out too (after the story's
    // own directions, so the player's latest act is the one the picture shows).
    if (config.caregiver_played && caregiver >= 0 && presence[caregiver] == Presence::Present)
      if (auto d = stage_for_act(acted.caregiver_act, room.agents[caregiver].id, room.agents[child].id,
                                 stage->held_by() == caregiver))
        stage->direct(*d, *world, now());
    update_presence(false);
    stage->after_step(*world, now());
    record_timeline(p);
  }

  void note_subjects(const std::vector<scenario::StageDirection>& directions) {
    const std::string node = story->current_node();
    if (directions.empty()) {
      if (node != subjects_node) subjects.clear(), subjects_node = node; // a new node that moves nobody
      return;
    }
    subjects.clear();
    subjects_node = node;
    auto add = [&](const std::string& id) {
      if (!id.empty() && world->agent_index(id) >= 0 && std::find(subjects.begin(), subjects.end(), id) == subjects.end()) subjects.push_back(id);
    };
    for (const auto& d : directions) {
      add(d.actor);
      add(d.to);
    }
  }

  // The story waits for its reader: the episode clock, the mind and the record stand
  // still, and nobody starts anything new. A move the line on screen describes ("your
  // parent sits down in the chair") finishes, so the words and the picture agree while
  // the reader reads; everyone else only settles where they are (the screen adds breathing).
  // Deadlines count moving ticks only, so a held walk is never placed.
  void idle() {
    last.events.clear();
    for (int i = 0; i < world->agent_count(); ++i) {
      if (!world->active(i)) continue;
      const auto scripted = i == child ? std::nullopt : stage->drive(i, *world);
      world->drive(i, scripted.value_or(world::Vec2{0, 0}));
    }
    world->step(float(kTickSeconds));
    stage->after_step(*world, now());
    ++tick;
  }

  void record_timeline(const mind::Percept& p) {
    for (const mind::MindEvent& e : last.events)
      if (e.kind == mind::MindEvent::Kind::Bid || e.kind == mind::MindEvent::Kind::Answer)
        timeline.marks.push_back({e.time, p.episode, e.kind, e.action, e.answer});
    if (story) {
      const int index = story->episode_index();
      if (timeline.episodes.empty() || timeline.episodes.back().index != index) {
        if (!timeline.episodes.empty()) timeline.episodes.back().end = time;
        timeline.episodes.push_back({index, story->episode().title, episode_role(story->episode()), time, time});
      } else {
        timeline.episodes.back().end = time;
      }
    }
    if (time + 1e-9 < next_sample) return;
    next_sample += Timeline::kSampleEvery;
    const mind::ChildState& c = dyad.child();
    const bool present = caregiver >= 0 && presence[caregiver] == Presence::Present;
    timeline.samples.push_back({time, p.episode, float(c.arousal), float(c.expressed_distress), float(c.felt_security),
                                present ? world->distance(child, caregiver) : -1.f});
  }

  void tick_story(const mind::Percept& p) {
    StoryContext ctx;
    ctx.dt = p.dt;
    const mind::ChildState& c = dyad.child();
    ctx.felt_security = c.felt_security;
    ctx.arousal = c.arousal;
    ctx.expressed_distress = c.expressed_distress;
    for (const mind::MindEvent& e : last.events) ctx.child_bid |= e.kind == mind::MindEvent::Kind::Bid;
    // Settled as an experimenter sees it: shown distress only, never hidden arousal.
    ctx.child_settled = c.expressed_distress < 0.25 && c.action != mind::Action::Cry;
    for (const world::WorldEvent& e : world->events())
      if (e.kind == world::WorldEvent::Kind::RegionEnter && e.a == child) ctx.regions_entered.push_back(room.regions[e.b].id);
    ctx.caregiver_style = config.caregiver_style;
    story->tick(ctx);
    const ChildEffect fx = story->take_effects();
    if (fx.felt_security != 0 || fx.arousal != 0 || fx.expressed_distress != 0)
      dyad.nudge(fx.felt_security, fx.arousal, fx.expressed_distress);
    if (story->wants_ending() && !outcome) {
      outcome = dyad.classify();
      if (config.scenario && config.scenario->adult()) {
        // Grown-ups end by where their acts put them on the anxiety-avoidance plane.
        adult = code_adult_session(*config.scenario, dyad.record(), timeline, config.ai_child);
        story->finish(mind::to_string(adult->prototype));
      } else {
        story->finish(outcome_name(outcome->pattern));
      }
    }
    if (story->ending()) ended = true;
  }
};

std::string outcome_name(mind::Pattern p) {
  switch (p) {
    case mind::Pattern::Secure: return "secure";
    case mind::Pattern::Avoidant: return "avoidant";
    case mind::Pattern::Anxious: return "anxious";
    case mind::Pattern::Disorganized: return "disorganized";
  }
  return "secure";
}

Session::Session(SessionConfig config) : impl_(std::make_unique<Impl>(std::move(config))) {}
Session::~Session() = default;

void Session::step(const InputCommand& input) { impl_->step(input); }
std::uint64_t Session::tick() const { return impl_->tick; }
double Session::scenario_time() const { return impl_->time; }
double Session::time_scale() const { return impl_->time_scale; }
const world::World& Session::world() const { return *impl_->world; }
world::World& Session::world_mut() { return *impl_->world; }
const mind::Dyad& Session::mind() const { return impl_->dyad; }
mind::Dyad& Session::mind_mut() { return impl_->dyad; }
const StoryRuntime* Session::story() const { return impl_->story ? &*impl_->story : nullptr; }
StoryRuntime* Session::story_mut() { return impl_->story ? &*impl_->story : nullptr; }
const mind::ChildState& Session::child() const { return impl_->dyad.child(); }
bool Session::ended() const { return impl_->ended; }
std::optional<mind::Classification> Session::outcome() const { return impl_->outcome; }
const std::optional<mind::AdultCoding>& Session::adult_coding() const { return impl_->adult; }
const SessionConfig& Session::config() const { return impl_->config; }
const mind::DyadOutput& Session::last_output() const { return impl_->last; }
const Timeline& Session::timeline() const { return impl_->timeline; }

std::vector<AgentView> Session::agents() const {
  const Impl& m = *impl_;
  std::vector<AgentView> out;
  for (int i = 0; i < m.world->agent_count(); ++i) {
    const world::AgentDef& def = m.room.agents[i];
    const world::BodyState s = m.world->agent(i);
    AgentView v;
    v.id = def.id;
    v.role = def.role;
    v.position = s.position;
    v.previous = m.prev_agents[i];
    v.velocity = s.velocity;
    v.radius = def.radius;
    v.present = m.world->active(i) || (i == m.child && m.stage->held_by() >= 0);
    m.stage->view(i, v);
    if (i == m.child) {
      v.distress = m.dyad.child().expressed_distress;
      v.action = m.last.child_action;
    } else if (i == m.caregiver) {
      const mind::CaregiverState cs = m.dyad.caregiver();
      v.warmth = cs.warmth;
      v.answer = cs.showing;
    }
    out.push_back(std::move(v));
  }
  return out;
}

std::vector<ToyView> Session::toys() const {
  const Impl& m = *impl_;
  std::vector<ToyView> out;
  for (int i = 0; i < m.world->toy_count(); ++i) {
    const world::ToyDef& def = m.room.toys[i];
    const world::BodyState s = m.world->toy(i);
    out.push_back({def.id, def.kind, s.position, m.prev_toys[i], s.angle, def.radius});
  }
  return out;
}

std::uint64_t Session::hash() const {
  Fnv1a h;
  h.add(impl_->tick);
  h.add(impl_->world->hash());
  h.add(impl_->dyad.hash());
  if (impl_->story) h.add(impl_->story->hash());
  h.add(impl_->rng.state_hash());
  h.add(impl_->stage->hash());
  return h.value();
}

int Session::stuck_events() const { return impl_->stage->stuck(); }

const std::vector<std::string>& Session::stage_subjects() const { return impl_->subjects; }

}  // namespace sb::sim
