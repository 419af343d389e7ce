#include "sim/paths.hpp"

#include <algorithm>
#include <cmath>
#include <queue>

namespace sb::sim {

namespace {
bool inside(const world::Rect& r, world::Vec2 p) { return p.x > r.x && p.x < r.x + r.w && p.y > r.y && p.y < r.y + r.h; }
float dist(world::Vec2 a, world::Vec2 b) { return std::hypot(a.x - b.x, a.y - b.y); }
}  // namespace

PathGrid::PathGrid(const world::RoomDef& room, float clearance)
    : width_(room.width), height_(room.height), clearance_(clearance) {
  for (const auto& o : room.obstacles)
    grown_.push_back({o.rect.x - clearance, o.rect.y - clearance, o.rect.w + 2 * clearance, o.rect.h + 2 * clearance});
  cols_ = std::max(1, static_cast<int>(std::ceil(width_ / cell_)));
  rows_ = std::max(1, static_cast<int>(std::ceil(height_ / cell_)));
  solid_.assign(static_cast<std::size_t>(cols_ * rows_), 0);
  for (int r = 0; r < rows_; ++r)
    for (int c = 0; c < cols_; ++c) solid_[static_cast<std::size_t>(index(c, r))] = blocked(centre(c, r)) ? 1 : 0;
}

world::Vec2 PathGrid::centre(int c, int r) const { return {(c + 0.5f) * cell_, (r + 0.5f) * cell_}; }

bool PathGrid::solid(int c, int r) const {
  return c < 0 || r < 0 || c >= cols_ || r >= rows_ || solid_[static_cast<std::size_t>(index(c, r))];
}

bool PathGrid::blocked(world::Vec2 p) const {
  const float m = clearance_ * 0.9f;
  if (p.x < m || p.y < m || p.x > width_ - m || p.y > height_ - m) return true;
  return std::any_of(grown_.begin(), grown_.end(), [p](const world::Rect& r) { return inside(r, p); });
}

bool PathGrid::clear_line(world::Vec2 a, world::Vec2 b) const {
  const float d = dist(a, b);
  const int steps = std::max(1, static_cast<int>(d / 0.1f));
  for (int i = 1; i <= steps; ++i) {
    const float t = float(i) / float(steps);
    const world::Vec2 p{a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t};
    // Obstacles only: the wall margin is for planning, not for a last step to the door.
    if (std::any_of(grown_.begin(), grown_.end(), [p](const world::Rect& r) { return inside(r, p); })) return false;
  }
  return true;
}

world::Vec2 PathGrid::free_near(world::Vec2 p) const {
  if (!blocked(p)) return p;
  world::Vec2 best = p;
  float best_d = 1e9f;
  for (int r = 0; r < rows_; ++r)
    for (int c = 0; c < cols_; ++c)
      if (!solid(c, r))
        if (const float d = dist(centre(c, r), p); d < best_d) best_d = d, best = centre(c, r);
  return best;
}

std::vector<world::Vec2> PathGrid::path(world::Vec2 from, world::Vec2 to) const {
  auto cell_of = [this](world::Vec2 p) {
    return std::pair{std::clamp(static_cast<int>(p.x / cell_), 0, cols_ - 1), std::clamp(static_cast<int>(p.y / cell_), 0, rows_ - 1)};
  };
  // A free point may still lie in a solid cell (at a grown edge): then the nearest free cell.
  auto free_cell = [&](world::Vec2 p) {
    auto cr = cell_of(p);
    if (!solid(cr.first, cr.second)) return cr;
    float best = 1e9f;
    for (int r = 0; r < rows_; ++r)
      for (int c = 0; c < cols_; ++c)
        if (!solid(c, r))
          if (const float d = dist(centre(c, r), p); d < best) best = d, cr = {c, r};
    return cr;
  };
  const world::Vec2 goal_p = free_near(to);
  const auto [sc, sr] = free_cell(free_near(from));
  const auto [gc, gr] = free_cell(goal_p);
  if (solid(sc, sr) || solid(gc, gr)) return {};
  const Route& route = search(index(sc, sr), index(gc, gr));
  if (!route.found) return {};
  std::vector<world::Vec2> cells;
  cells.reserve(route.cells.size() + 1);
  for (const int at : route.cells) cells.push_back(centre(at % cols_, at / cols_));
  cells.push_back(goal_p);
  // Keep only the corners: skip every point the walker can already see past.
  std::vector<world::Vec2> out;
  world::Vec2 here = from;
  std::size_t i = 0;
  while (i < cells.size()) {
    std::size_t far = i;
    for (std::size_t k = cells.size(); k-- > i;)
      if (clear_line(here, cells[k])) { far = k; break; }
    out.push_back(cells[far]);
    here = cells[far];
    i = far + 1;
  }
  return out;
}

const PathGrid::Route& PathGrid::search(int start, int goal) const {
  for (const Route& r : routes_)
    if (r.start == start && r.goal == goal) return r;
  constexpr std::size_t kRemembered = 8;
  if (routes_.size() < kRemembered) routes_.emplace_back();
  Route& route = routes_[next_route_];
  next_route_ = (next_route_ + 1) % kRemembered;
  route.start = start;
  route.goal = goal;
  route.cells.clear();

  const int n = cols_ * rows_;
  cost_.assign(static_cast<std::size_t>(n), 1e9f);
  came_.assign(static_cast<std::size_t>(n), -1);
  const int gc = goal % cols_, gr = goal / cols_;
  using Item = std::pair<float, int>;
  std::priority_queue<Item, std::vector<Item>, std::greater<>> open;
  cost_[static_cast<std::size_t>(start)] = 0;
  open.push({0, start});
  while (!open.empty()) {
    const auto [f, cur] = open.top();
    open.pop();
    if (cur == goal) break;
    const int c = cur % cols_, r = cur / cols_;
    for (int dr = -1; dr <= 1; ++dr)
      for (int dc = -1; dc <= 1; ++dc) {
        if (!dc && !dr) continue;
        const int nc = c + dc, nr = r + dr;
        if (solid(nc, nr) || (dc && dr && (solid(c + dc, r) || solid(c, r + dr)))) continue; // no corner cutting
        const int next = index(nc, nr);
        const float step = (dc && dr) ? 1.4142f : 1.f;
        const float cost = cost_[static_cast<std::size_t>(cur)] + step;
        if (cost >= cost_[static_cast<std::size_t>(next)]) continue;
        cost_[static_cast<std::size_t>(next)] = cost;
        came_[static_cast<std::size_t>(next)] = cur;
        const float h = std::hypot(float(nc - gc), float(nr - gr));
        open.push({cost + h, next});
      }
  }
  route.found = goal == start || came_[static_cast<std::size_t>(goal)] >= 0;
  if (route.found) {
    for (int at = goal; at != start; at = came_[static_cast<std::size_t>(at)]) route.cells.push_back(at);
    std::reverse(route.cells.begin(), route.cells.end());
  }
  return route;
}

world::Vec2 PathGrid::next_step(world::Vec2 from, world::Vec2 to) const {
  if (clear_line(from, to)) return to;
  const auto p = path(from, to);
  return p.empty() ? to : p.front();
}

float PathGrid::length(world::Vec2 from, world::Vec2 to) const {
  if (clear_line(from, to)) return dist(from, to);
  const auto p = path(from, to);
  if (p.empty()) return dist(from, to);
  float total = 0;
  world::Vec2 here = from;
  for (const auto& q : p) total += dist(here, q), here = q;
  return total;
}

}  // namespace sb::sim
