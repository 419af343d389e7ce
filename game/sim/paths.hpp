#pragma once
// Walking round furniture: a coarse grid over the room (0.2 m cells) with every
// obstacle grown by the walker's radius, searched with A* when the straight line is
// blocked. Straight lines stay straight, so open rooms move exactly as before.
#include <vector>

#include "world/world.hpp"

namespace sb::sim {

class PathGrid {
 public:
  PathGrid(const world::RoomDef& room, float clearance);

  bool blocked(world::Vec2 p) const;          // inside a grown obstacle or a wall margin
  bool clear_line(world::Vec2 a, world::Vec2 b) const;
  // The nearest point to `p` a walker can stand on (p itself when free).
  world::Vec2 free_near(world::Vec2 p) const;
  // Corners to walk through, ending at `to` (or the free point nearest it); empty
  // when there is no way at all.
  std::vector<world::Vec2> path(world::Vec2 from, world::Vec2 to) const;
  // Where to head now: `to` when the line is clear, else the path's first corner.
  world::Vec2 next_step(world::Vec2 from, world::Vec2 to) const;
  // Metres along the path (the straight distance when clear).
  float length(world::Vec2 from, world::Vec2 to) const;

 private:
  int cols_ = 0, rows_ = 0;
  float cell_ = 0.2f, width_ = 0, height_ = 0, clearance_ = 0;
  std::vector<world::Rect> grown_; // obstacles grown by the clearance
  std::vector<unsigned char> solid_;
  // A walker asks for its route every tick but crosses a cell only every dozen or so,
  // so searches are remembered by (start cell, goal cell); the answer depends on
  // nothing else. Scratch arrays are kept to spare an allocation per search.
  struct Route {
    int start = -1, goal = -1;
    bool found = false;
    std::vector<int> cells;  // from the cell after start to goal
  };
  mutable std::vector<Route> routes_;
  mutable std::size_t next_route_ = 0;
  mutable std::vector<float> cost_;
  mutable std::vector<int> came_;
  const Route& search(int start, int goal) const;
  int index(int c, int r) const { return r * cols_ + c; }
  bool solid(int c, int r) const;
  world::Vec2 centre(int c, int r) const;
};

}  // namespace sb::sim
