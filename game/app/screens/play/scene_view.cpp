#include "app/screens/play/scene_view.hpp"

#include <algorithm>
#include <cmath>

#include "app/art/draw_kit.hpp"
#include "app/art/palette.hpp"
#include "app/art/hazard_art.hpp"
#include "app/art/room_art.hpp"

namespace sb::app {
namespace pal = palette;
namespace {

constexpr int kHoldTicks = 150; // an answer stays visible for 2.5 s: long enough to read

bool is_adult_stranger(const std::string& role) { return role == "stranger" || role == "teacher"; }

// A seat near a sitting person: they are drawn on it, not beside it.
const world::ObstacleDef* seat_near(const world::RoomDef& room, world::Vec2 p) {
  const world::ObstacleDef* best = nullptr;
  float best_d = 1.1f;
  for (const auto& o : room.obstacles) {
    if (o.kind != "chair" && o.kind != "sofa" && o.kind != "bench" && o.kind != "armchair") continue;
    const float d = std::hypot(o.rect.x + o.rect.w / 2 - p.x, o.rect.y + o.rect.h / 2 - p.y);
    if (d < best_d) best_d = d, best = &o;
  }
  return best;
}

}  // namespace

AnswerPosture posture_for(mind::AnswerKind answer, float distance_m) {
  using K = mind::AnswerKind;
  AnswerPosture p;
  switch (answer) {
    case K::Comfort: p.kneel = distance_m < 1.6f; p.warmth = 1.f; break;
    case K::Dismiss: p.warmth = 0.1f; p.look_away = true; break;
    case K::Ignore: p.warmth = 0.3f; p.look_away = true; break;
    case K::Intrude: p.warmth = 0.6f; p.scale = 1.08f; p.lean = 14; break;
    case K::Frighten: p.warmth = 0.2f; p.scale = 1.3f; p.lean = 8; break;
    case K::Dissociate: p.warmth = 0.34f; p.blank = true; break;
    default: break;
  }
  return p;
}

SceneView::SceneView(const world::RoomDef& room, bool grown_up) : room_(room), grown_up_(grown_up) {
  floor_ = std::make_unique<CachedLayer>(room_art_area(room_), [room = room_](Canvas& c) { draw_room_floor(c, room); }, true);
  for (const world::ObstacleDef& o : room_.obstacles)
    furniture_.push_back(std::make_unique<CachedLayer>(obstacle_art_area(o), [o](Canvas& c) { draw_obstacle(c, o); }));
}

sf::Vector2f SceneView::to_canvas(sf::Vector2f w, sf::Vector2f cam) {
  return {(w.x - cam.x) * kZoom + kCanvasWidth / 2, (w.y - cam.y) * kZoom + kCanvasHeight / 2};
}

void SceneView::tick(const sim::Session& s) {
  for (const sim::AgentView& a : s.agents()) {
    walk_phase_[a.id] += std::hypot(a.velocity.x, a.velocity.y) * static_cast<float>(sim::kTickSeconds) * 7.f;
    Held& h = answers_[a.id];
    if (a.answer != mind::AnswerKind::None) h = {a.answer, kHoldTicks};
    else if (h.ticks > 0 && --h.ticks == 0) h.kind = mind::AnswerKind::None;
  }
}

mind::AnswerKind SceneView::shown_answer(const std::string& id) const {
  auto it = answers_.find(id);
  return it == answers_.end() ? mind::AnswerKind::None : it->second.kind;
}

std::vector<SceneView::Drawn> SceneView::figures(const sim::Session& s, const std::vector<sim::AgentView>& agents, double alpha,
                                                 double felt_security, float clock, bool still) const {
  std::vector<Drawn> out;
  sf::Vector2f child{0, 0};
  for (const auto& a : agents)
    if (a.role == "child") child = lerp_px(a.previous, a.position, alpha);
  bool stranger_hazard = false;
  double stranger_intensity = 0;
  if (const sim::StoryRuntime* story = s.story())
    for (const ActiveHazard& h : active_hazards(*story))
      if (h.def->kind == scenario::HazardKind::Stranger) stranger_hazard = true, stranger_intensity = h.def->intensity;
  const float breath_clock = still ? 0.8f : clock;
  for (const sim::AgentView& a : agents) {
    if (!a.present) continue;
    Drawn d{&a, look_for_role(a.role), {}, false};
    if (a.role == "child" && grown_up_) {
      // In the adult scenes the player is a grown-up: an adult's proportions, their own colours.
      d.look = look_for_role("caregiver");
      d.look.shirt = pal::kChildShirt;
      d.look.hair = pal::kChildHair;
    }
    if (a.role == "teacher" || a.role == "mentor") d.look.shirt = pal::kPlant;
    if (a.role == "partner") d.look.shirt = pal::kStrangerShirt;
    auto phase = walk_phase_.find(a.id);
    d.pose = base_pose(a, alpha, child, breath_clock, phase == walk_phase_.end() ? 0.f : phase->second, d.look.adult, room_);
    FigurePose& p = d.pose;
    if (a.role != "child") {
      const sf::Vector2f to_child = child - p.feet;
      const AnswerPosture ap = posture_for(shown_answer(a.id), std::hypot(to_child.x, to_child.y) / kPixelsPerMetre);
      if (ap.kneel && !p.sitting) p.kneeling = true;
      if (ap.warmth >= 0) p.warmth = ap.warmth;
      p.looming = shown_answer(a.id) == mind::AnswerKind::Frighten;
      p.face = face_for(a, shown_answer(a.id));
      if (p.sitting && a.pose == sim::Pose::Sit)
        if (const world::ObstacleDef* seat = seat_near(room_, a.position))
          p.feet = sf::Vector2f{seat->rect.x + seat->rect.w / 2, seat->rect.y + seat->rect.h + 0.05f} * kPixelsPerMetre;
      if (ap.look_away) p.gaze = -p.gaze;
      if (ap.blank) p.gaze = {0, 0};
      d.blank = ap.blank;
      p.feet += unit(to_child, {0, 0}) * ap.lean;
      d.look.scale *= ap.scale;
      // A stranger looms larger when the child feels unsafe (the stranger is a hazard here).
      if (stranger_hazard && is_adult_stranger(a.role)) d.look.scale *= std::min(1.35f, 0.85f + 0.3f * loom_factor(felt_security, stranger_intensity));
    }
    out.push_back(d);
  }
  // The child in arms: a stage pick-up, or the caregiver comforting in contact.
  int kid = -1;
  for (std::size_t i = 0; i < out.size(); ++i)
    if (out[i].agent->role == "child") kid = static_cast<int>(i);
  if (kid >= 0 && !grown_up_) {
    const sim::AgentView& c = *out[static_cast<std::size_t>(kid)].agent;
    int holder = -1;
    for (std::size_t i = 0; i < out.size(); ++i) {
      const sim::AgentView& a = *out[i].agent;
      if (static_cast<int>(i) == kid) continue;
      const float gap = std::hypot(a.position.x - c.position.x, a.position.y - c.position.y) - a.radius - c.radius;
      if ((!c.held_by.empty() && a.id == c.held_by) ||
          (c.held_by.empty() && a.role == "caregiver" && shown_answer(a.id) == mind::AnswerKind::Comfort && gap < 0.12f))
        holder = static_cast<int>(i);
    }
    if (holder >= 0) {
      Drawn& h = out[static_cast<std::size_t>(holder)];
      Drawn& k = out[static_cast<std::size_t>(kid)];
      h.pose.holding = true;
      h.pose.sitting = h.pose.kneeling = h.pose.looming = false;
      k.holder = holder;
      k.carried = true;
      k.pose.feet = held_child_feet(h.look, h.pose);
      k.pose.speed = 0;
      k.pose.gaze = unit(h.pose.feet + sf::Vector2f{0, -100} - k.pose.feet, {-1, 0});
    }
  }
  return out;
}

std::string SceneView::child_held_by(const sim::Session& s, double alpha) const {
  const auto agents = s.agents();
  const auto drawn = figures(s, agents, alpha, s.child().felt_security, 0, true);
  for (const Drawn& d : drawn)
    if (d.holder >= 0) return drawn[static_cast<std::size_t>(d.holder)].agent->id;
  return {};
}

std::optional<FigurePose> SceneView::pose_of(const sim::Session& s, const std::string& id, double alpha) const {
  const auto agents = s.agents();
  for (const Drawn& d : figures(s, agents, alpha, s.child().felt_security, 0, true))
    if (d.agent->id == id) return d.pose;
  return std::nullopt;
}

std::optional<sf::Vector2f> SceneView::shirt_of(const sim::Session& s, const std::string& id, double alpha) const {
  const auto agents = s.agents();
  for (const Drawn& d : figures(s, agents, alpha, s.child().felt_security, 0, true))
    if (d.agent->id == id) return shirt_point(d.look, d.pose);
  return std::nullopt;
}

void SceneView::draw(Canvas& t, const Layout& layout, const sim::Session& s, sf::Vector2f cam, double alpha,
                     double felt_security, float clock, bool still) {
  const float device = layout.ui_scale * kZoom;
  const sf::Vector2f snapped{std::round(cam.x * device) / device, std::round(cam.y * device) / device};
  const sf::View world_view = layout.world_view(snapped, {kViewWidth, kViewHeight});
  const sf::FloatRect painted = room_art_area(room_);
  const sf::FloatRect seen{snapped.x - kViewWidth / 2, snapped.y - kViewHeight / 2, kViewWidth, kViewHeight};
  if (seen.left < painted.left || seen.top < painted.top || seen.left + seen.width > painted.left + painted.width ||
      seen.top + seen.height > painted.top + painted.height) {
    // Only the strips beyond the painted room: a full-screen fill is a whole extra
    // pass on a software renderer.
    t.set_view(world_view);
    const float left = seen.left, top = seen.top, right = seen.left + seen.width, bottom = seen.top + seen.height;
    const float p_right = painted.left + painted.width, p_bottom = painted.top + painted.height;
    auto strip = [&](float x0, float y0, float x1, float y1) {
      if (x1 <= x0 || y1 <= y0) return;
      sf::RectangleShape r({x1 - x0 + 2, y1 - y0 + 2}); // a pixel of overlap hides seams
      r.setPosition(x0 - 1, y0 - 1);
      r.setFillColor(pal::kOutside);
      t.draw(r);
    };
    strip(left, top, right, std::min(painted.top, bottom));
    strip(left, std::max(p_bottom, top), right, bottom);
    strip(left, std::max(painted.top, top), std::min(painted.left, right), std::min(p_bottom, bottom));
    strip(std::max(p_right, left), std::max(painted.top, top), right, std::min(p_bottom, bottom));
  }
  t.set_view(world_view);
  t.flush();
  floor_->draw(t.target(), device);

  std::vector<ActiveHazard> hazards;
  if (const sim::StoryRuntime* story = s.story()) hazards = active_hazards(*story);

  struct Item { float depth; int kind; std::size_t index; };
  std::vector<Item> items;
  for (std::size_t i = 0; i < room_.obstacles.size(); ++i) items.push_back({depth_of(room_.obstacles[i]), 0, i});
  const auto toys = s.toys();
  for (std::size_t i = 0; i < toys.size(); ++i)
    items.push_back({lerp_px(toys[i].previous, toys[i].position, alpha).y + toys[i].radius * kPixelsPerMetre, 1, i});
  const auto agents = s.agents();
  const auto drawn = figures(s, agents, alpha, felt_security, clock, still);
  for (std::size_t i = 0; i < drawn.size(); ++i)
    if (!drawn[i].carried) items.push_back({drawn[i].pose.feet.y + 4, 2, i});
  for (std::size_t i = 0; i < hazards.size(); ++i)
    if (is_world_hazard(*hazards[i].def)) items.push_back({static_cast<float>(*hazards[i].def->y) * kPixelsPerMetre, 3, i});
  std::stable_sort(items.begin(), items.end(), [](const Item& a, const Item& b) { return a.depth < b.depth; });

  // A pool of warm light around a caregiver who comforts, cooler when they turn away.
  for (const Drawn& d : drawn)
    if (d.agent->role == "caregiver") {
      const float glow = std::clamp(d.pose.warmth, 0.f, 1.f);
      draw::radial_glow(t, d.pose.feet, 200 + 90 * glow, sf::Color(255, 214, 150, static_cast<sf::Uint8>(30 + 60 * glow)),
                        sf::Color(255, 214, 150, 0), sf::BlendAdd);
    }
  for (const Item& it : items) {
    if (it.kind == 0) {
      t.flush();
      furniture_[it.index]->draw(t.target(), device);
    } else if (it.kind == 1) {
      const sim::ToyView& toy = toys[it.index];
      draw_toy(t, toy.kind, lerp_px(toy.previous, toy.position, alpha), toy.radius * kPixelsPerMetre, toy.angle,
               static_cast<int>(it.index));
    } else if (it.kind == 2) {
      const Drawn& d = drawn[it.index];
      if (d.look.scale > 1.2f)
        draw::radial_glow(t, d.pose.feet + sf::Vector2f{0, -60}, 120 * d.look.scale, sf::Color(40, 30, 50, 90),
                          sf::Color(40, 30, 50, 0));
      draw_figure(t, d.look, d.pose);
      for (const Drawn& k : drawn) // a child in these arms: drawn now, the arms round it
        if (k.carried && &drawn[static_cast<std::size_t>(k.holder)] == &d) {
          draw_figure(t, k.look, k.pose);
          draw_holding_arms(t, d.look, d.pose);
        }
      if (d.blank) {
        // A pale, absent wash over the face: there, and not there.
        const sf::Vector2f head = d.pose.feet + sf::Vector2f{0, d.pose.sitting ? -87.f : d.pose.kneeling ? -90.f : -106.f} * d.look.scale;
        t.draw(draw::ellipse(head, sf::Vector2f{20, 20} * d.look.scale, sf::Color(220, 226, 236, 120)));
      }
    } else {
      const ActiveHazard& h = hazards[it.index];
      const sf::Vector2f at{static_cast<float>(*h.def->x) * kPixelsPerMetre, static_cast<float>(*h.def->y) * kPixelsPerMetre};
      draw_world_hazard(t, h, at, loom_factor(felt_security, h.def->intensity), clock, still);
    }
  }

  // The sky and the dark: on the canvas, around the child.
  t.set_view(layout.canvas_view());
  sf::Vector2f child{0, 0};
  for (const auto& a : agents)
    if (a.role == "child") child = lerp_px(a.previous, a.position, alpha);
  const sf::Vector2f focus = to_canvas(child + sf::Vector2f{0, -40}, snapped);
  for (const ActiveHazard& h : hazards)
    if (!is_world_hazard(*h.def)) draw_sky_hazard(t, h, focus, loom_factor(felt_security, h.def->intensity), clock, still, &haze_);
  haze_.lay(t);
}

}  // namespace sb::app
