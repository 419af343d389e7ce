// The screen stack and the screens' transitions: title -> play -> pause -> title.
#include <catch2/catch.hpp>

#include "app/platform/app_context.hpp"
#include "app/screens/play/pause_screen.hpp"
#include "app/screens/play/play_screen.hpp"
#include "app/screens/screen_stack.hpp"
#include "app/screens/title/title_screen.hpp"

using namespace sb::app;

namespace {
struct Probe : Screen {
  std::string label;
  bool overlay;
  std::vector<std::string>* drawn;
  Probe(std::string l, bool o, std::vector<std::string>* d) : label(std::move(l)), overlay(o), drawn(d) {}
  std::string_view name() const override { return label; }
  bool covers_below() const override { return !overlay; }
  void draw(sf::RenderTarget&, const Layout&, double) override { drawn->push_back(label); }
};

struct NullTarget : sf::RenderTarget {
  sf::Vector2u getSize() const override { return {1280, 720}; }
};

AppContext quiet_context(Audio& audio) {
  AppContext ctx;
  ctx.audio = &audio;
  return ctx;
}

void press(Screen& s, ScreenStack& stack, Action a) {
  s.on_action(a, stack);
  stack.apply();
}
}  // namespace

TEST_CASE("changes wait until apply, then happen in order") {
  std::vector<std::string> drawn;
  ScreenStack stack;
  std::vector<std::string> changes;
  stack.on_change([&](const std::string& a, const std::string& b) { changes.push_back(a + ">" + b); });
  stack.push(std::make_unique<Probe>("a", false, &drawn));
  CHECK(stack.empty());
  CHECK(stack.apply());
  stack.push(std::make_unique<Probe>("b", false, &drawn));
  stack.replace(std::make_unique<Probe>("c", false, &drawn));
  CHECK(stack.names() == std::vector<std::string>{"a"});
  stack.apply();
  CHECK(stack.names() == std::vector<std::string>{"a", "c"});
  stack.pop();
  stack.apply();
  CHECK(stack.names() == std::vector<std::string>{"a"});
  stack.reset(std::make_unique<Probe>("d", false, &drawn));
  stack.apply();
  CHECK(stack.names() == std::vector<std::string>{"d"});
  CHECK(changes == std::vector<std::string>{"none>a", "a>c", "c>a", "a>d"});
  CHECK_FALSE(stack.apply()); // nothing pending
  stack.quit();
  stack.apply();
  CHECK(stack.empty());
}

TEST_CASE("an overlay is drawn over the screen below it; a full screen hides what is under") {
  std::vector<std::string> drawn;
  ScreenStack stack;
  stack.push(std::make_unique<Probe>("title", false, &drawn));
  stack.push(std::make_unique<Probe>("play", false, &drawn));
  stack.push(std::make_unique<Probe>("pause", true, &drawn));
  stack.apply();
  NullTarget target;
  stack.draw(target, Layout::fit({1280, 720}), 0.5);
  CHECK(drawn == std::vector<std::string>{"play", "pause"});
}

TEST_CASE("on the title, Play moves on and Esc then Enter quits") {
  Audio audio(false);
  AppContext ctx = quiet_context(audio);
  ScreenStack stack;
  stack.push(std::make_unique<TitleScreen>(ctx));
  stack.apply();
  press(*stack.top(), stack, Action::Confirm); // Play is first
  REQUIRE(stack.size() == 1);
  CHECK(stack.names().front() != "title"); // the life map (or the playroom)
  stack.reset(std::make_unique<TitleScreen>(ctx));
  stack.apply();
  press(*stack.top(), stack, Action::Back); // Esc goes to Quit ...
  CHECK_FALSE(stack.empty());
  press(*stack.top(), stack, Action::Confirm); // ... and Enter takes it
  CHECK(stack.empty());
}

TEST_CASE("play -> pause -> resume -> pause -> back to title, by keys alone") {
  Audio audio(false);
  AppContext ctx = quiet_context(audio);
  ScreenStack stack;
  stack.push(std::make_unique<PlayScreen>(ctx)); // the free playroom, as `securebase play` opens it
  stack.apply();
  press(*stack.top(), stack, Action::Pause);
  REQUIRE(stack.names() == std::vector<std::string>{"play", "pause"});
  press(*stack.top(), stack, Action::Back); // Esc resumes
  REQUIRE(stack.names() == std::vector<std::string>{"play"});
  press(*stack.top(), stack, Action::Pause);
  press(*stack.top(), stack, Action::MoveUp); // the menus wrap: the last item is the way out
  press(*stack.top(), stack, Action::Confirm); // Back to title
  CHECK(stack.names() == std::vector<std::string>{"title"});
}

TEST_CASE("the mouse chooses on the title by hovering and clicking") {
  Audio audio(false);
  AppContext ctx = quiet_context(audio);
  ScreenStack stack;
  auto title = std::make_unique<TitleScreen>(ctx);
  TitleScreen& t = *title;
  stack.push(std::move(title));
  stack.apply();
  const int last = static_cast<int>(t.menu().size()) - 1; // Quit
  const sf::FloatRect quit = t.menu().button(last);
  const sf::Vector2f centre{quit.left + quit.width / 2, quit.top + quit.height / 2};
  t.on_pointer(centre, false, stack);
  CHECK(t.menu().selected() == last);
  CHECK_FALSE(stack.has_pending());
  t.on_pointer({5, 5}, true, stack); // a click on nothing does nothing
  CHECK_FALSE(stack.has_pending());
  t.on_pointer(centre, true, stack);
  stack.apply();
  CHECK(stack.empty());
}

TEST_CASE("the menu wraps around with up and down") {
  Audio audio(false);
  AppContext ctx = quiet_context(audio);
  Menu m({"Play", "Quit"}, {340, 330});
  m.on_action(Action::MoveUp, ctx);
  CHECK(m.selected() == 1);
  m.on_action(Action::MoveDown, ctx);
  CHECK(m.selected() == 0);
  CHECK(m.on_action(Action::Confirm, ctx) == 0);
}

TEST_CASE("a paused game does not tick: the child stays where it was") {
  Audio audio(false);
  AppContext ctx = quiet_context(audio);
  ScreenStack stack;
  auto play = std::make_unique<PlayScreen>(ctx);
  PlayScreen& p = *play;
  stack.push(std::move(play));
  stack.apply();
  InputMapper in;
  sf::Event e;
  e.type = sf::Event::KeyPressed;
  e.key = {sf::Keyboard::D, false, false, false, false};
  in.on_event(e);
  press(*stack.top(), stack, Action::Pause);
  const auto before = p.session().tick();
  // The loop ticks only the top screen; the pause card has nothing to tick.
  for (int i = 0; i < 30; ++i) stack.top()->tick(in, stack);
  CHECK(p.session().tick() == before);
}
