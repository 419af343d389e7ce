// The checked tree -> the model, plus the checks that look across elements: unique
// ids, references, ranges that depend on each other, conditions, asset paths.
#include <algorithm>
#include <tuple>
#include <cmath>
#include <filesystem>
#include <functional>
#include <map>
#include <set>
#include <unordered_map>

#include "scenario/adult_acts.hpp"
#include "scenario/model.hpp"
#include "scenario/xml_tree.hpp"

namespace sb::scenario::detail {

namespace {

const std::vector<std::string> kOutcomes = {"secure", "avoidant", "anxious", "disorganized"};
const std::vector<std::string> kBuiltinNames = {"felt_security", "arousal", "expressed_distress", "settled", "bid", "time"};

using IdSpace = std::unordered_map<std::string, const XNode*>;

struct Builder {
  Sink& sink;
  Scenario& sc;
  std::string assets_root;

  // Id namespaces, each with where the id was first declared.
  IdSpace things, actors, episodes, nodes, triggers, endings, vars, lines, refs;
  struct Pending {
    std::string id;
    int line, col;
    const IdSpace* space;
    std::string what;
  };
  std::vector<Pending> pending_refs;
  std::map<std::string, std::size_t> var_pos; // variable name -> index in sc.variables
  std::set<std::string> region_ids, spawned, child_ids;

  // ---- attribute access ------------------------------------------------------------
  static std::string str(const XNode& n, const char* name, std::string def = {}) {
    const XAttr* a = n.attr(name);
    return a ? a->value : def;
  }
  static double num(const XNode& n, const char* name, double def = 0) {
    const XAttr* a = n.attr(name);
    if (!a) return def;
    return parse_decimal(a->value).value_or(def);
  }
  static std::optional<double> opt_num(const XNode& n, const char* name) {
    const XAttr* a = n.attr(name);
    if (!a) return std::nullopt;
    return parse_decimal(a->value);
  }
  static bool flag(const XNode& n, const char* name, bool def) {
    const XAttr* a = n.attr(name);
    if (!a) return def;
    return parse_bool(a->value).value_or(def);
  }
  static std::pair<int, int> at(const XNode& n, const char* attr = nullptr) {
    if (attr)
      if (const XAttr* a = n.attr(attr)) return {a->line, a->col};
    return {n.line, n.col};
  }
  void err(const XNode& n, const char* attr, std::string msg) {
    auto [l, c] = at(n, attr);
    sink.error(l, c, std::move(msg));
  }
  void warn(const XNode& n, const char* attr, std::string msg) {
    auto [l, c] = at(n, attr);
    sink.warning(l, c, std::move(msg));
  }

  void declare(IdSpace& space, const XNode& n, const char* attr, const std::string& what) {
    const std::string id = str(n, attr);
    if (id.empty()) return;
    auto [it, fresh] = space.emplace(id, &n);
    if (!fresh)
      err(n, attr, "duplicate " + what + " '" + id + "' (first declared on line " + std::to_string(it->second->line) + ")");
  }
  // References are resolved after everything is declared, so order in the file is free.
  void refer(const XNode& n, const char* attr, const IdSpace& space, const std::string& what) {
    const XAttr* a = n.attr(attr);
    if (!a || a->value.empty()) return;
    pending_refs.push_back({a->value, a->line, a->col, &space, what});
  }
  void refer_id(const std::string& id, const XNode& n, const char* attr,
                const IdSpace& space, const std::string& what) {
    auto [l, c] = at(n, attr);
    pending_refs.push_back({id, l, c, &space, what});
  }
  void resolve_refs() {
    // Hints cost an edit distance per candidate, so a hostile file with thousands of
    // dangling references gets plain messages after the first few hundred.
    std::map<const void*, std::vector<std::string>> known;
    int hints = 0;
    for (const auto& p : pending_refs) {
      if (p.space->count(p.id)) continue;
      std::string hint;
      if (hints++ < 200 && p.space->size() <= 5000) {
        auto& k = known[p.space];
        if (k.empty()) {
          for (const auto& [id, node] : *p.space) k.push_back(id);
          std::sort(k.begin(), k.end()); // hash order must not decide which hint wins
        }
        hint = did_you_mean(p.id, k);
      }
      sink.error(p.line, p.col, "no " + p.what + " '" + p.id + "'" + hint);
    }
  }

  // ---- conditions ----------------------------------------------------------------
  std::optional<NameInfo> name_info(const std::string& n) const {
    if (n == "felt_security" || n == "arousal" || n == "expressed_distress") return NameInfo{0, 1, false};
    if (n == "settled" || n == "bid") return NameInfo{0, 1, true};
    if (n == "time") return NameInfo{0, 1e9, false};
    if (auto it = var_pos.find(n); it != var_pos.end()) {
      const Variable& v = sc.variables[it->second];
      return NameInfo{v.min, v.max, v.type == VarType::Bool};
    }
    return std::nullopt;
  }
  // Scenarios repeat conditions ("expressed_distress > 0.8"), and the names they may
  // use are fixed once variables are declared, so each text is parsed and checked once.
  struct CheckedCondition {
    std::optional<Condition> cond;
    std::string parse_error;
    std::vector<std::pair<std::string, bool>> problems; // message, is error
  };
  std::unordered_map<std::string, CheckedCondition> condition_cache;

  std::optional<Condition> condition(const XNode& n, const char* attr) {
    const XAttr* a = n.attr(attr);
    if (!a || split_ws(a->value).empty()) return std::nullopt;
    auto [it, fresh] = condition_cache.try_emplace(a->value);
    if (fresh) it->second = check_condition_text(a->value);
    const CheckedCondition& cc = it->second;
    if (!cc.parse_error.empty()) sink.error(a->line, a->col, cc.parse_error);
    for (const auto& [msg, is_error] : cc.problems) {
      if (is_error) sink.error(a->line, a->col, msg);
      else sink.warning(a->line, a->col, msg);
    }
    return cc.cond;
  }

  CheckedCondition check_condition_text(const std::string& text) {
    CheckedCondition out;
    ConditionError ce;
    auto c = parse_condition(text, &ce);
    if (!c) {
      out.parse_error = "in condition '" + text + "': " + ce.message + " (at character " + std::to_string(ce.offset + 1) + ")";
      return out;
    }
    for (const auto& p : check_condition(*c, [this](const std::string& s) { return name_info(s); })) {
      std::string msg = p.message;
      if (msg.find("is not a declared variable") != std::string::npos) {
        std::vector<std::string> names = kBuiltinNames; // built only for a hint
        if (sc.variables.size() <= 1000)
          for (const auto& v : sc.variables) names.push_back(v.name);
        for (const auto& id : c->identifiers())
          if (!name_info(id)) {
            msg += did_you_mean(id, names);
            break;
          }
      }
      out.problems.emplace_back(std::move(msg), p.error);
    }
    out.cond = std::move(c);
    return out;
  }

  // ---- attributes kept only so format-1 files load ----------------------------------
  // `image` and `sound` were parsed but never used: the game draws and sounds every
  // kind itself. They still load, with a warning, so old files keep working.
  void ignored(const XNode& n, const char* attr) {
    if (n.attr(attr))
      warn(n, attr, std::string("'") + attr + "' is not used by the game (it draws and sounds every kind itself); remove it");
  }

  // ---- sections ------------------------------------------------------------------
  static const XNode* child(const XNode& n, const char* name) {
    for (const auto& c : n.children)
      if (c.name == name) return &c;
    return nullptr;
  }
  template <class F>
  static void each(const XNode& n, const char* name, F f) {
    for (const auto& c : n.children)
      if (c.name == name) f(c);
  }

  void meta(const XNode& m) {
    sc.title = str(m, "title");
    sc.life_stage = str(m, "life-stage");
    sc.minutes = num(m, "minutes", 0);
    sc.time_scale = num(m, "time-scale", 1);
    if (sc.time_scale > 60) err(m, "time-scale", "time-scale " + str(m, "time-scale") + " is too fast; at most 60 scenario seconds per real second");
    if (sc.minutes > 600) err(m, "minutes", "minutes " + str(m, "minutes") + " is more than 10 hours");
    if (const XNode* s = child(m, "summary")) sc.summary = s->text;
    each(m, "goal", [&](const XNode& g) { sc.learning_goals.push_back(g.text); });
    each(m, "content-note", [&](const XNode& g) { sc.content_notes.push_back(g.text); });
    each(m, "reference", [&](const XNode& r) {
      declare(refs, r, "key", "reference key");
      sc.references.push_back({str(r, "key"), r.text});
    });
  }

  void inside_world(const XNode& n, double x, double y, double w, double h) {
    if (x + w > sc.world.width + 1e-9 || y + h > sc.world.height + 1e-9)
      err(n, nullptr, "<" + n.name + " id='" + str(n, "id") + "'> reaches outside the world (" +
                          fmt(sc.world.width) + " x " + fmt(sc.world.height) + " m)");
  }
  static std::string fmt(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%g", v);
    return buf;
  }

  void world(const XNode& w) {
    sc.world.width = num(w, "width", 12);
    sc.world.height = num(w, "height", 8);
    if (sc.world.width > 1000 || sc.world.height > 1000) err(w, nullptr, "the world may be at most 1000 m on a side");
    for (const XNode& c : w.children) {
      if (c.name == "region") {
        declare(things, c, "id", "world id");
        Region r{str(c, "id"), RegionKind::Room, num(c, "x"), num(c, "y"), num(c, "w", 1), num(c, "h", 1), {c.line, c.col}};
        const std::string k = str(c, "kind");
        r.kind = k == "rug" ? RegionKind::Rug : k == "yard" ? RegionKind::Yard : k == "gate" ? RegionKind::Gate
               : k == "door" ? RegionKind::Door : RegionKind::Room;
        inside_world(c, r.x, r.y, r.w, r.h);
        region_ids.insert(r.id);
        sc.world.regions.push_back(r);
      } else if (c.name == "obstacle") {
        declare(things, c, "id", "world id");
        Obstacle o{str(c, "id"), str(c, "kind"), num(c, "x"), num(c, "y"), num(c, "w", 1), num(c, "h", 1), {c.line, c.col}};
        ignored(c, "image");
        inside_world(c, o.x, o.y, o.w, o.h);
        sc.world.obstacles.push_back(o);
      } else if (c.name == "toy") {
        declare(things, c, "id", "world id");
        Toy t{str(c, "id"), str(c, "kind"), str(c, "shape") == "box" ? ToyShape::Box : ToyShape::Circle,
              num(c, "x"), num(c, "y"), num(c, "radius", 0.18), {c.line, c.col}};
        ignored(c, "image");
        if (t.radius > 2) err(c, "radius", "a toy's radius of " + fmt(t.radius) + " m is larger than 2 m");
        inside_world(c, t.x - t.radius, t.y - t.radius, 2 * t.radius, 2 * t.radius);
        if (t.x < t.radius || t.y < t.radius) err(c, nullptr, "<toy id='" + t.id + "'> reaches outside the world");
        sc.world.toys.push_back(t);
      } else if (c.name == "hazard") {
        declare(things, c, "id", "world id");
        Hazard h;
        h.id = str(c, "id");
        const std::string k = str(c, "kind");
        h.kind = k == "dog" ? HazardKind::Dog : k == "thunder" ? HazardKind::Thunder : k == "stranger" ? HazardKind::Stranger
               : k == "nightmare" ? HazardKind::Nightmare : k == "noise" ? HazardKind::Noise : HazardKind::Other;
        h.intensity = num(c, "intensity", 0.5);
        h.episodes = split_ws(str(c, "episodes"));
        for (const auto& e : h.episodes) refer_id(e, c, "episodes", episodes, "episode");
        h.from = num(c, "from", 0);
        h.until = opt_num(c, "until");
        if (h.until && *h.until < h.from) err(c, "until", "hazard '" + h.id + "' ends (until=" + fmt(*h.until) + ") before it starts (from=" + fmt(h.from) + ")");
        h.x = opt_num(c, "x");
        h.y = opt_num(c, "y");
        if (h.x.has_value() != h.y.has_value()) err(c, nullptr, "hazard '" + h.id + "' needs both x and y, or neither");
        if ((h.x && *h.x > sc.world.width) || (h.y && *h.y > sc.world.height)) err(c, nullptr, "hazard '" + h.id + "' lies outside the world");
        ignored(c, "sound");
        h.pos = {c.line, c.col};
        sc.world.hazards.push_back(h);
      } else if (c.name == "spawn") {
        Spawn s{str(c, "actor"), num(c, "x"), num(c, "y"), {c.line, c.col}};
        refer(c, "actor", actors, "actor");
        if (s.x > sc.world.width || s.y > sc.world.height) err(c, nullptr, "spawn point for '" + s.actor + "' lies outside the world");
        if (!spawned.insert(s.actor).second) err(c, "actor", "a second spawn point for '" + s.actor + "'");
        sc.world.spawns.push_back(s);
      }
    }
  }

  void actors_section(const XNode& a) {
    int children = 0;
    each(a, "actor", [&](const XNode& c) {
      declare(actors, c, "id", "actor");
      Actor act{str(c, "id"), ActorRole::Other, str(c, "name"), {c.line, c.col}};
      const std::string r = str(c, "role");
      act.role = r == "child" ? ActorRole::Child : r == "caregiver" ? ActorRole::Caregiver : r == "stranger" ? ActorRole::Stranger
               : r == "teacher" ? ActorRole::Teacher : r == "partner" ? ActorRole::Partner : r == "mentor" ? ActorRole::Mentor
               : ActorRole::Other;
      if (act.role == ActorRole::Child) child_ids.insert(act.id);
      if (act.role == ActorRole::Child && ++children == 2) err(c, "role", "a scenario has one child; '" + act.id + "' is a second");
      sc.actors.push_back(act);
    });
    if (children == 0) err(a, nullptr, "no actor has role=\"child\"; the player needs someone to be");
  }

  void caregiving(const XNode& cg) {
    std::set<std::string> offered;
    each(cg, "style", [&](const XNode& s) {
      const std::string name = str(s, "name");
      if (!offered.insert(name).second) err(s, "name", "style '" + name + "' is offered twice");
      else sc.caregiving.styles.push_back(name);
    });
    sc.caregiving.default_style = str(cg, "default");
    if (!sc.caregiving.default_style.empty() && !offered.count(sc.caregiving.default_style))
      err(cg, "default", "default style '" + sc.caregiving.default_style + "' is not among the offered <style>s");
    each(cg, "adjust", [&](const XNode& a) {
      ParamAdjust p;
      p.param = str(a, "param");
      p.style = str(a, "style");
      p.set = opt_num(a, "set");
      p.add = num(a, "add", 0);
      const bool has_set = a.attr("set"), has_add = a.attr("add");
      if (has_set == has_add) err(a, nullptr, "<adjust> needs exactly one of 'set' or 'add'");
      const bool unit = p.param == "frightening";
      const double lo = unit ? 0 : 1, hi = unit ? 1 : 9;
      if (p.set && (*p.set < lo || *p.set > hi))
        err(a, "set", p.param + " must be set within " + fmt(lo) + ".." + fmt(hi) + ", not " + fmt(*p.set));
      if (has_add && std::abs(p.add) > hi - lo)
        err(a, "add", "adding " + fmt(p.add) + " to " + p.param + " leaves its range " + fmt(lo) + ".." + fmt(hi) + " whatever the style");
      if (!p.style.empty() && !offered.count(p.style))
        err(a, "style", "adjusts style '" + p.style + "', which this scenario does not offer");
      sc.caregiving.adjust.push_back(p);
    });
  }

  void episodes_section(const XNode& eps) {
    each(eps, "episode", [&](const XNode& e) { declare(episodes, e, "id", "episode"); });
    each(eps, "episode", [&](const XNode& e) {
      Episode ep;
      ep.id = str(e, "id");
      ep.title = str(e, "title");
      const std::string r = str(e, "role");
      ep.role = r == "introduction" ? EpisodeRole::Introduction : r == "exploration" ? EpisodeRole::Exploration
              : r == "stranger" ? EpisodeRole::Stranger : r == "separation" ? EpisodeRole::Separation
              : r == "alone" ? EpisodeRole::Alone : r == "reunion" ? EpisodeRole::Reunion : EpisodeRole::Free;
      ep.min_seconds = num(e, "min");
      ep.max_seconds = num(e, "max");
      ep.pos = {e.line, e.col};
      if (ep.max_seconds < ep.min_seconds)
        err(e, "max", "episode '" + ep.id + "' has max " + fmt(ep.max_seconds) + " s, less than its min " + fmt(ep.min_seconds) + " s");
      if (ep.max_seconds <= 0) err(e, "max", "episode '" + ep.id + "' would last no time at all");
      if (ep.max_seconds > 24 * 3600) err(e, "max", "episode '" + ep.id + "' lasts more than a day");
      const std::string light = str(e, "light", "day");
      ep.light = light == "night" ? Light::Night : light == "evening" ? Light::Evening : Light::Day;
      ep.present = split_ws(str(e, "present"));
      std::set<std::string> seen;
      for (const auto& p : ep.present) {
        refer_id(p, e, "present", actors, "actor");
        if (!seen.insert(p).second) err(e, "present", "actor '" + p + "' is listed twice");
      }
      if (const XNode* n = child(e, "note")) ep.note = n->text;
      for (const XNode& c : e.children) {
        if (c.name == "enter" || c.name == "leave") {
          Movement m{str(c, "actor"), num(c, "at"), c.name == "enter"};
          refer(c, "actor", actors, "actor");
          if (m.at > ep.max_seconds) err(c, "at", "at " + fmt(m.at) + " s is after the episode's end (max " + fmt(ep.max_seconds) + " s)");
          ep.movements.push_back(m);
        } else if (c.name == "end-early") {
          if (auto cond = condition(c, "when")) ep.end_early.push_back({*cond, num(c, "for", 0)});
          if (num(c, "for", 0) > ep.max_seconds) warn(c, "for", "the condition must hold longer than the episode can last, so it never ends it early");
        } else if (c.name == "presence") {
          refer(c, "actor", actors, "actor");
          if (auto cond = condition(c, "when")) ep.presence.push_back({str(c, "actor"), *cond, {c.line, c.col}});
        } else if (c.name == "extend") {
          ep.extend_until = condition(c, "until");
          if (ep.max_seconds <= ep.min_seconds) warn(c, nullptr, "<extend> has no room: episode '" + ep.id + "' cannot last longer than its min");
        }
      }
      std::stable_sort(ep.movements.begin(), ep.movements.end(), [](const Movement& a, const Movement& b) { return a.at < b.at; });
      sc.episodes.push_back(std::move(ep));
    });
  }

  void variables(const XNode& vs) {
    each(vs, "var", [&](const XNode& v) {
      declare(vars, v, "name", "variable");
      Variable var;
      var.name = str(v, "name");
      const std::string t = str(v, "type");
      var.type = t == "bool" ? VarType::Bool : t == "float" ? VarType::Float : VarType::Int;
      var.pos = {v.line, v.col};
      if (var.type == VarType::Bool) {
        if (v.attr("min") || v.attr("max")) err(v, v.attr("min") ? "min" : "max", "a bool variable has no range");
        var.min = 0;
        var.max = 1;
        if (const XAttr* i = v.attr("init")) {
          auto b = parse_bool(i->value);
          if (!b) err(v, "init", "'" + i->value + "' is not true or false");
          var.initial = b.value_or(false) ? 1 : 0;
        }
      } else {
        var.min = num(v, "min", 0);
        var.max = num(v, "max", var.type == VarType::Int ? 100 : 1);
        if (var.max < var.min) err(v, "max", "variable '" + var.name + "' has max " + fmt(var.max) + " below min " + fmt(var.min));
        var.initial = var.min;
        if (const XAttr* i = v.attr("init")) {
          auto d = parse_decimal(i->value);
          if (!d) err(v, "init", "'" + i->value + "' is not a number");
          else if (*d < var.min || *d > var.max) err(v, "init", "initial value " + i->value + " is outside " + fmt(var.min) + ".." + fmt(var.max));
          else var.initial = *d;
        }
        if (var.type == VarType::Int) {
          for (const char* k : {"min", "max", "init"})
            if (const XAttr* a = v.attr(k))
              if (auto d = parse_decimal(a->value); d && std::floor(*d) != *d)
                err(v, k, "int variable '" + var.name + "' needs a whole number, not " + a->value);
        }
      }
      var_pos.emplace(var.name, sc.variables.size());
      sc.variables.push_back(var);
    });
  }

  Line line_of(const XNode& n, std::string speaker) {
    declare(lines, n, "line", "line id");
    return {str(n, "line"), std::move(speaker), n.text};
  }

  std::vector<Effect> effects(const XNode& n) {
    std::vector<Effect> out;
    for (const XNode& c : n.children) {
      if (c.name == "set" || c.name == "add") {
        Effect e;
        e.op = c.name == "set" ? EffectOp::Set : EffectOp::Add;
        e.var = str(c, "var");
        refer(c, "var", vars, "variable");
        const Variable* v = var_pos.count(e.var) ? &sc.variables[var_pos[e.var]] : nullptr;
        const std::string raw = str(c, "value");
        if (v && v->type == VarType::Bool) {
          if (e.op == EffectOp::Add) err(c, nullptr, "cannot <add> to bool variable '" + e.var + "'; use <set>");
          auto b = parse_bool(raw);
          if (!b && e.op == EffectOp::Set) err(c, "value", "'" + raw + "' is not true or false (variable '" + e.var + "' is a bool)");
          e.value = b.value_or(false) ? 1 : 0;
        } else {
          auto d = parse_decimal(raw);
          if (!d && e.op == EffectOp::Set) err(c, "value", "'" + raw + "' is not a number (variable '" + e.var + "' is a number)");
          e.value = d.value_or(0);
          if (v && e.op == EffectOp::Set && d && (*d < v->min || *d > v->max))
            err(c, "value", "sets '" + e.var + "' to " + raw + ", outside its range " + fmt(v->min) + ".." + fmt(v->max));
          if (v && v->type == VarType::Int && d && std::floor(*d) != *d)
            err(c, "value", "int variable '" + e.var + "' needs a whole number, not " + raw);
          if (v && e.op == EffectOp::Add && d && std::abs(*d) > v->max - v->min && v->max > v->min)
            warn(c, "value", "adds more than the whole range of '" + e.var + "'; it will simply clamp");
        }
        out.push_back(e);
      } else if (c.name == "child") {
        Effect e;
        e.op = EffectOp::Child;
        e.felt_security = num(c, "felt_security");
        e.arousal = num(c, "arousal");
        e.expressed_distress = num(c, "expressed_distress");
        if (c.attrs.empty()) warn(c, nullptr, "<child> changes nothing; give felt_security, arousal or expressed_distress");
        out.push_back(e);
      }
    }
    return out;
  }

  // ---- stage directions and the child's acts (format 2) ---------------------------
  struct Target {
    std::string id;
    int line, col;
    enum Want { Anything, Toy, Actor, Seat } want;
    std::string what; // for messages
  };
  std::vector<Target> targets; // checked once every id is declared

  void target(const XNode& n, const char* attr, Target::Want want, const std::string& what) {
    const XAttr* a = n.attr(attr);
    if (!a || a->value.empty()) return;
    targets.push_back({a->value, a->line, a->col, want, what});
  }

  std::vector<StageDirection> stage(const XNode& n) {
    std::vector<StageDirection> out;
    each(n, "stage", [&](const XNode& c) {
      StageDirection d;
      d.actor = str(c, "actor");
      refer(c, "actor", actors, "actor");
      const std::string act = str(c, "do");
      const auto& names = stage_act_names();
      const auto it = std::find(names.begin(), names.end(), act);
      d.act = static_cast<StageAct>(it == names.end() ? 2 : it - names.begin());
      d.to = str(c, "to");
      d.toy = str(c, "toy");
      const std::string ex = str(c, "expression");
      const auto& ex_names = expression_names();
      const auto eit = std::find(ex_names.begin(), ex_names.end(), ex);
      d.expression = eit == ex_names.end() ? Expression::None : static_cast<Expression>(eit - ex_names.begin() + 1);
      d.pos = {c.line, c.col};
      const std::string who = "<stage do=\"" + act + "\">";
      switch (d.act) {
        case StageAct::Walk:
        case StageAct::TurnToward:
        case StageAct::TurnAway:
          if (d.to.empty()) err(c, nullptr, who + " needs 'to': the place, thing or person");
          target(c, "to", Target::Anything, who + " to");
          break;
        case StageAct::Sit:
          target(c, "to", Target::Seat, who + " on");
          break;
        case StageAct::PickUp:
        case StageAct::Hold:
        case StageAct::PutDown:
          if (d.act == StageAct::Hold && d.to.empty() && d.toy.empty())
            err(c, nullptr, who + " needs 'to' (the person held) or 'toy'");
          target(c, "to", d.act == StageAct::PutDown ? Target::Anything : Target::Actor, who);
          break;
        case StageAct::Give:
        case StageAct::Take:
          if (d.toy.empty()) err(c, nullptr, who + " needs 'toy'");
          target(c, "to", Target::Actor, who);
          break;
        case StageAct::Expression:
          if (d.expression == Expression::None) err(c, nullptr, who + " needs 'expression'");
          break;
        default:
          target(c, "to", Target::Anything, who);
          break;
      }
      target(c, "toy", Target::Toy, who + " toy");
      if (!d.toy.empty() && d.act != StageAct::Give && d.act != StageAct::Take && d.act != StageAct::Hold &&
          d.act != StageAct::PutDown)
        warn(c, "toy", "'toy' means nothing for " + who);
      out.push_back(std::move(d));
    });
    return out;
  }

  void check_targets() {
    std::unordered_map<std::string, const Obstacle*> obstacles;
    for (const auto& o : sc.world.obstacles) obstacles.emplace(o.id, &o);
    std::set<std::string> toys, places;
    for (const auto& t : sc.world.toys) toys.insert(t.id);
    for (const auto& r : sc.world.regions) places.insert(r.id);
    for (const auto& t : targets) {
      const bool actor = actors.count(t.id) > 0, toy = toys.count(t.id) > 0, place = places.count(t.id) > 0;
      const auto ob = obstacles.find(t.id);
      const bool obstacle = ob != obstacles.end();
      std::string problem;
      switch (t.want) {
        case Target::Anything:
          if (!actor && !toy && !place && !obstacle) problem = "no region, obstacle, toy or actor '" + t.id + "'";
          break;
        case Target::Toy:
          if (!toy) problem = "no toy '" + t.id + "'";
          break;
        case Target::Actor:
          if (!actor) problem = "no actor '" + t.id + "'";
          break;
        case Target::Seat:
          if (obstacle) {
            const std::string& k = ob->second->kind;
            if (k != "chair" && k != "sofa" && k != "bench" && k != "bed")
              problem = "'" + t.id + "' is a " + k + "; one sits on a chair, sofa, bench, bed or a region";
          } else if (!place) {
            problem = "no seat (chair, sofa, bench, bed) or region '" + t.id + "'";
          }
          break;
      }
      if (!problem.empty()) sink.error(t.line, t.col, t.what + ": " + problem);
    }
  }

  // People cannot stand inside furniture: a spawn, toy or walking target there
  // would leave someone stuck (the session places them after a few seconds).
  void inside_obstacles() {
    auto under = [this](double x, double y, double margin) -> const Obstacle* {
      for (const auto& o : sc.world.obstacles)
        if (x > o.x - margin && x < o.x + o.w + margin && y > o.y - margin && y < o.y + o.h + margin) return &o;
      return nullptr;
    };
    for (const auto& sp : sc.world.spawns)
      if (const Obstacle* o = under(sp.x, sp.y, 0.2))
        sink.warning(sp.pos.line, sp.pos.column, "spawn point for '" + sp.actor + "' lies inside obstacle '" + o->id + "'");
    for (const auto& t : sc.world.toys)
      if (const Obstacle* o = under(t.x, t.y, 0))
        sink.warning(t.pos.line, t.pos.column, "toy '" + t.id + "' lies inside obstacle '" + o->id + "'; nobody can reach it");
  }

  void option_act(const XNode& o, Option& op) {
    const std::string act = str(o, "act");
    const auto& names = child_act_names();
    const auto it = std::find(names.begin(), names.end(), act);
    op.act = it == names.end() ? ChildAct::None : static_cast<ChildAct>(it - names.begin() + 1);
    const auto& adult = adult_act_names();
    if (std::find(adult.begin(), adult.end(), act) != adult.end()) {
      op.adult_act = act;
      op.act = model_act_of_adult(act);
    }
    op.to = str(o, "to");
    target(o, "to", Target::Anything, "option '" + op.id + "' to");
    if (!op.to.empty() && !o.attr("act")) err(o, "to", "option '" + op.id + "' goes 'to' somewhere but names no 'act'");
    if (sc.format >= 2 && !o.attr("act"))
      warn(o, nullptr, "option '" + op.id + "' names no act; the behaviour record and the debrief will not see it");
  }

  void next_ref(const XNode& n, std::string& out) {
    out = str(n, "next");
    refer(n, "next", nodes, "node");
  }

  void story(const XNode& st) {
    // Declare nodes first so <next> may point forward.
    for (const XNode& c : st.children)
      if (c.name != "trigger" && c.name != "variables") declare(nodes, c, "id", "node");
    sc.nodes.reserve(st.children.size());
    sc.node_ids.reserve(st.children.size());
    lines.reserve(2 * st.children.size());
    nodes.reserve(st.children.size());
    sc.start = str(st, "start");
    refer(st, "start", nodes, "node");
    for (const XNode& c : st.children) {
      if (c.name == "trigger") { trigger(c); continue; }
      if (c.name == "variables") continue;
      Node n;
      n.id = str(c, "id");
      n.pos = {c.line, c.col};
      if (c.name == "narration" || c.name == "say") {
        n.kind = c.name == "say" ? NodeKind::Say : NodeKind::Narration;
        if (n.kind == NodeKind::Say) refer(c, "speaker", actors, "actor");
        n.line = line_of(c, str(c, "speaker"));
        n.effects = effects(c);
        n.stage = stage(c);
        next_ref(c, n.next);
      } else if (c.name == "choice") {
        n.kind = NodeKind::Choice;
        if (const XNode* p = child(c, "prompt")) {
          refer(*p, "speaker", actors, "actor");
          n.line = line_of(*p, str(*p, "speaker"));
        }
        std::set<std::string> option_ids;
        int defaults = 0;
        each(c, "option", [&](const XNode& o) {
          Option op;
          op.id = str(o, "id");
          if (!option_ids.insert(op.id).second) err(o, "id", "duplicate option id '" + op.id + "' in choice '" + n.id + "'");
          op.line = line_of(o, "");
          op.when = condition(o, "when");
          op.effects = effects(o);
          op.stage = stage(o);
          option_act(o, op);
          next_ref(o, op.next);
          op.is_default = flag(o, "default", false);
          if (op.is_default && ++defaults == 2) err(o, "default", "choice '" + n.id + "' has more than one default option");
          if (op.is_default && op.when) warn(o, "default", "a default option with a condition may not be available when time runs out");
          op.pos = {o.line, o.col};
          n.options.push_back(std::move(op));
        });
        const bool any_free = std::any_of(n.options.begin(), n.options.end(), [](const Option& o) { return !o.when; });
        if (!n.options.empty() && !any_free)
          warn(c, nullptr, "every option of choice '" + n.id + "' has a condition; when none holds the choice is skipped");
      } else if (c.name == "answer") {
        n.kind = NodeKind::Answer;
        refer(c, "speaker", actors, "actor");
        const std::string speaker = str(c, "speaker");
        each(c, "case", [&](const XNode& k) {
          AnswerCase ac;
          ac.styles = split_ws(str(k, "style"));
          ac.when = condition(k, "when");
          ac.line = line_of(k, speaker);
          ac.effects = effects(k);
          ac.stage = stage(k);
          // A style name may choose the caregiver's words, never the child's state:
          // that comes only from the caregiver's acts through the model.
          if (!ac.styles.empty() && std::any_of(ac.effects.begin(), ac.effects.end(), [](const Effect& e) { return e.op == EffectOp::Child; }))
            err(k, "style", "a <case style> may only choose the caregiver's words: it cannot change the child "
                            "(<child>); that comes from the caregiver's acts through the model, not a style name");
          next_ref(k, ac.next);
          ac.pos = {k.line, k.col};
          n.cases.push_back(std::move(ac));
        });
        styled_routing(c, n);
        answer_coverage(c, n);
      } else if (c.name == "jump") {
        n.kind = NodeKind::Jump;
        each(c, "if", [&](const XNode& b) {
          Branch br;
          br.when = condition(b, "when");
          next_ref(b, br.next);
          br.pos = {b.line, b.col};
          n.branches.push_back(br);
        });
        if (c.attr("next")) {
          Branch br;
          next_ref(c, br.next);
          br.pos = {c.line, c.col};
          n.branches.push_back(br);
        } else if (n.branches.empty()) {
          err(c, nullptr, "<jump id='" + n.id + "'> goes nowhere; give it next=\"…\" or <if> branches");
        }
      } else if (c.name == "end") {
        n.kind = NodeKind::End;
        n.ending = str(c, "ending");
        refer(c, "ending", endings, "ending");
      } else {
        continue;
      }
      sc.node_ids.emplace(n.id, sc.nodes.size());
      sc.nodes.push_back(std::move(n));
    }
  }

  // Where the story goes (and so which ending it reaches) must not depend on a
  // style name: in an answer with styled cases, every case goes on to one place.
  void styled_routing(const XNode& c, const Node& n) {
    const bool styled = std::any_of(n.cases.begin(), n.cases.end(), [](const AnswerCase& k) { return !k.styles.empty(); });
    if (!styled) return;
    // Counting the child's bids in every case is fine; a variable that only some
    // styles change would let a style name steer the story.
    auto var_effects = [](const AnswerCase& k) {
      std::vector<std::tuple<int, std::string, double>> v;
      for (const Effect& e : k.effects)
        if (e.op != EffectOp::Child) v.emplace_back(static_cast<int>(e.op), e.var, e.value);
      return v;
    };
    for (const auto& k : n.cases)
      if (var_effects(k) != var_effects(n.cases.front())) {
        err(c, nullptr, "answer '" + n.id + "' changes story variables in some style's case but not in all: a style "
                            "may choose the words, not the story's state");
        return;
      }
    for (const auto& k : n.cases)
      if (k.next != n.cases.front().next) {
        err(c, nullptr, "answer '" + n.id + "' has cases for styles that go on to different places ('" + n.cases.front().next +
                            "', '" + k.next + "'): a style may choose the words, not the story's path or ending");
        return;
      }
  }

  // Some case must fit every offered style when no condition holds, or the caregiver
  // would be left without an answer.
  void answer_coverage(const XNode& c, const Node& n) {
    std::vector<std::string> styles = sc.caregiving.styles;
    if (styles.empty()) styles = {"sensitive", "rejecting", "inconsistent", "frightening", "custom"};
    for (const auto& k : n.cases)
      for (const auto& s : k.styles)
        if (std::find(styles.begin(), styles.end(), s) == styles.end())
          warn(c, nullptr, "a case of answer '" + n.id + "' is for style '" + s + "', which this scenario does not offer");
    for (const auto& s : styles) {
      bool covered = false;
      for (const auto& k : n.cases)
        if (!k.when && (k.styles.empty() || std::find(k.styles.begin(), k.styles.end(), s) != k.styles.end())) covered = true;
      if (!covered) {
        err(c, nullptr, "dead end: answer '" + n.id + "' has no case for style '" + s +
                            "' when no condition holds; end with a <case> that has no 'when'");
        return;
      }
    }
  }

  void trigger(const XNode& c) {
    declare(triggers, c, "id", "trigger");
    Trigger t;
    t.id = str(c, "id");
    t.pos = {c.line, c.col};
    const std::string on = str(c, "on");
    t.kind = on == "region" ? TriggerKind::Region : on == "arousal" ? TriggerKind::Arousal : on == "bid" ? TriggerKind::Bid
           : on == "timer" ? TriggerKind::Timer : TriggerKind::EpisodeStart;
    t.episode = str(c, "episode");
    refer(c, "episode", episodes, "episode");
    t.region = str(c, "region");
    if (c.attr("region")) {
      if (!region_ids.count(t.region)) {
        std::vector<std::string> ids;
        for (const auto& r : sc.world.regions) ids.push_back(r.id);
        err(c, "region", "no region '" + t.region + "'" + did_you_mean(t.region, ids));
      }
    }
    t.threshold = num(c, "above", 0);
    t.after = num(c, "after", 0);
    t.when = condition(c, "when");
    t.once = flag(c, "once", true);
    t.go = str(c, "next");
    refer(c, "next", nodes, "node");
    auto need = [&](const char* attr, bool needed) {
      if (needed && !c.attr(attr)) err(c, nullptr, "a trigger on=\"" + on + "\" needs '" + attr + "'");
      if (!needed && c.attr(attr)) {
        std::string message = "'";  // built in steps: GCC 12 warns falsely (-Wrestrict) on one long '+' chain
        message += attr;
        message += "' means nothing for a trigger on=\"" + on + "\"";
        warn(c, attr, message);
      }
    };
    // 'episode' restricts any trigger to one episode; only episode-start needs it.
    if (t.kind == TriggerKind::EpisodeStart && !c.attr("episode")) err(c, nullptr, "a trigger on=\"episode-start\" needs 'episode'");
    need("region", t.kind == TriggerKind::Region);
    need("above", t.kind == TriggerKind::Arousal);
    need("after", t.kind == TriggerKind::Timer);
    if (t.kind == TriggerKind::Timer && !t.episode.empty())
      if (const XNode* ep = episodes.count(t.episode) ? episodes[t.episode] : nullptr)
        if (auto mx = opt_num(*ep, "max"); mx && t.after > *mx)
          err(c, "after", "timer fires after " + fmt(t.after) + " s, but episode '" + t.episode + "' lasts at most " + fmt(*mx) + " s");
    sc.triggers.push_back(t);
  }

  void endings_section(const XNode& es) {
    each(es, "ending", [&](const XNode& e) {
      declare(endings, e, "id", "ending");
      Ending en;
      en.id = str(e, "id");
      en.outcome = outcome_from_string(str(e, "outcome")).value_or(Outcome::Secure);
      en.chosen_by = str(e, "by") == "path" ? EndingChoice::Path : EndingChoice::Classification;
      en.title = str(e, "title");
      bool plain = false;
      each(e, "epilogue", [&](const XNode& ep) {
        Ending::Part part;
        part.when = condition(ep, "when");
        part.line = str(ep, "line");
        part.text = ep.text;
        if (!part.line.empty()) declare(lines, ep, "line", "line id");
        if (part.when && part.line.empty())
          err(ep, "when", "an <epilogue when> needs its own 'line' id, so it can be translated");
        if (!part.when) {
          plain = true;
          if (!en.epilogue.empty()) en.epilogue += "\n\n";
          en.epilogue += part.text;
        }
        en.epilogue_parts.push_back(std::move(part));
      });
      if (!plain && !en.epilogue_parts.empty())
        warn(e, nullptr, "every epilogue of ending '" + en.id + "' has a condition; when none holds the ending has no text");
      each(e, "debrief", [&](const XNode& d) {
        const std::string key = str(d, "key");
        const auto& known = known_debrief_keys();
        if (!key.empty() && std::find(known.begin(), known.end(), key) == known.end())
          err(d, "key", "no debrief section '" + key + "'" + did_you_mean(key, known));
        en.debrief.push_back(key);
      });
      en.pos = {e.line, e.col};
      sc.endings.push_back(en);
    });
  }

  void run(const XNode& root) {
    sc.id = str(root, "id");
    sc.format = str(root, "format", "1") == "2" ? 2 : 1;
    // Actors, episodes, endings and variables are declared before anything refers to them.
    if (const XNode* m = child(root, "meta")) meta(*m);
    if (const XNode* a = child(root, "actors")) actors_section(*a);
    if (const XNode* w = child(root, "world")) world(*w);
    if (const XNode* c = child(root, "caregiving")) caregiving(*c);
    if (const XNode* s = child(root, "story"))
      if (const XNode* vs = child(*s, "variables")) variables(*vs);
    if (const XNode* e = child(root, "endings")) endings_section(*e); // epilogue conditions may name variables
    if (const XNode* e = child(root, "episodes")) episodes_section(*e);
    if (const XNode* s = child(root, "story")) story(*s);
    resolve_refs();
    check_targets();
    inside_obstacles();
    for (const auto& a : sc.actors) {
      if (!spawned.count(a.id)) sink.warning(a.pos.line, a.pos.column, "actor '" + a.id + "' has no <spawn> point; they will start at the door");
    }
    for (const auto& ep : sc.episodes) {
      bool child_present = false;
      for (const auto& p : ep.present) child_present = child_present || child_ids.count(p) > 0;
      if (!child_present) sink.warning(ep.pos.line, ep.pos.column, "episode '" + ep.id + "' does not list the child as present");
    }
  }
};

}  // namespace

void build_scenario(const XNode& root, Sink& sink, Scenario& out, const std::string& assets_root) {
  Builder b{sink, out, assets_root, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}};
  b.run(root);
}

}  // namespace sb::scenario::detail
