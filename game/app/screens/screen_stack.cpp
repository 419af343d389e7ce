#include "app/screens/screen_stack.hpp"

namespace sb::app {

void ScreenStack::push(std::unique_ptr<Screen> s) { pending_.push_back({Op::Kind::Push, std::move(s)}); }
void ScreenStack::pop() { pending_.push_back({Op::Kind::Pop, nullptr}); }
void ScreenStack::replace(std::unique_ptr<Screen> s) { pending_.push_back({Op::Kind::Replace, std::move(s)}); }
void ScreenStack::reset(std::unique_ptr<Screen> s) { pending_.push_back({Op::Kind::Reset, std::move(s)}); }
void ScreenStack::quit() { pending_.push_back({Op::Kind::Quit, nullptr}); }

bool ScreenStack::apply() {
  if (pending_.empty()) return false;
  const std::string before = top() ? std::string(top()->name()) : std::string("none");
  // Ops may queue more ops from constructors; take the batch first.
  std::vector<Op> ops = std::move(pending_);
  pending_.clear();
  for (Op& op : ops) {
    switch (op.kind) {
      case Op::Kind::Push:
        if (op.screen) screens_.push_back(std::move(op.screen));
        break;
      case Op::Kind::Pop:
        if (!screens_.empty()) screens_.pop_back();
        break;
      case Op::Kind::Replace:
        if (!screens_.empty()) screens_.pop_back();
        if (op.screen) screens_.push_back(std::move(op.screen));
        break;
      case Op::Kind::Reset:
        screens_.clear();
        if (op.screen) screens_.push_back(std::move(op.screen));
        break;
      case Op::Kind::Quit: screens_.clear(); break;
    }
  }
  const std::string after = top() ? std::string(top()->name()) : std::string("none");
  if (listener_) listener_(before, after);
  return true;
}

std::vector<std::string> ScreenStack::names() const {
  std::vector<std::string> out;
  for (const auto& s : screens_) out.emplace_back(s->name());
  return out;
}

void ScreenStack::draw(sf::RenderTarget& target, const Layout& layout, double alpha) {
  if (screens_.empty()) return;
  std::size_t first = screens_.size() - 1;
  while (first > 0 && !screens_[first]->covers_below()) --first;
  for (std::size_t i = first; i < screens_.size(); ++i) screens_[i]->draw(target, layout, alpha);
}

void ScreenStack::notify_quit() {
  for (auto it = screens_.rbegin(); it != screens_.rend(); ++it) (*it)->on_quit();
}

}  // namespace sb::app
