#pragma once
// The stack of screens. Changes asked for while a screen is handling input are
// queued and applied afterwards, so a screen never destroys itself mid-call.
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "app/screens/screen.hpp"

namespace sb::app {

class ScreenStack {
 public:
  using ChangeListener = std::function<void(const std::string& from, const std::string& to)>;

  void push(std::unique_ptr<Screen> s);
  void pop();
  void replace(std::unique_ptr<Screen> s); // the top screen is swapped for s
  void reset(std::unique_ptr<Screen> s);   // everything goes; s is alone
  void quit();                             // empties the stack: the game ends
  void notify_quit();                      // tells every screen, top first, that the game closes (Screen::on_quit)

  // Applies the queued changes in order; true if anything changed.
  bool apply();
  bool has_pending() const { return !pending_.empty(); }

  Screen* top() const { return screens_.empty() ? nullptr : screens_.back().get(); }
  bool empty() const { return screens_.empty(); }
  std::size_t size() const { return screens_.size(); }
  std::vector<std::string> names() const; // bottom to top

  void draw(sf::RenderTarget& target, const Layout& layout, double alpha);
  void on_change(ChangeListener l) { listener_ = std::move(l); }

 private:
  struct Op {
    enum class Kind { Push, Pop, Replace, Reset, Quit } kind;
    std::unique_ptr<Screen> screen;
  };
  std::vector<std::unique_ptr<Screen>> screens_;
  std::vector<Op> pending_;
  ChangeListener listener_;
};

}  // namespace sb::app
