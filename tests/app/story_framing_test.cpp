// The camera frames the people a line is about, and the story's box and choices never
// cover the child or them (issue 11, part 6): while "Your parent sits down in the
// chair" is up, the parent is in the picture beside the child, in her colours, clear
// of the box; across the Strange Situation, the park and bedtime no line's box or
// choice covers the child or the line's subject.
#include <catch2/catch.hpp>

#include "app/art/palette.hpp"
#include "app/art/security_shader.hpp"
#include "app/screens/play/play_screenshot.hpp"
#include "app/screens/play/scenario_screen.hpp"
#include "pixel_checks.hpp"
#include "play_helpers.hpp"

using namespace sb::app;
using sb::test::best_match;
namespace pal = sb::app::palette;

namespace {

void watch(play_test::QuietApp& app, const std::string& id) {
  app.ctx.session = {};
  app.ctx.session.scenario = play_test::entry(id).scenario;
  app.ctx.session.caregiver = sb::mind::preset("sensitive");
  app.ctx.session.caregiver_style = "sensitive";
  app.ctx.session.seed = 3;
  app.ctx.session.ai_child = true;
}

std::string rect_text(const sf::FloatRect& r) {
  return "(" + std::to_string(int(r.left)) + "," + std::to_string(int(r.top)) + " " + std::to_string(int(r.width)) + "x" +
         std::to_string(int(r.height)) + ")";
}

// Nobody who matters is under the box or a choice: the rectangles of the child and the line's subjects.
void check_clear(const ScenarioScreen& screen) {
  const std::vector<sf::FloatRect> people = screen.framed_on_canvas();
  for (const sf::FloatRect& p : people) {
    INFO("line " << screen.paced_line_id() << ": figure " << rect_text(p) << ", box " << rect_text(dialogue_rect()));
    CHECK_FALSE(p.intersects(dialogue_rect()));
    for (int i = 0; i < static_cast<int>(screen.choices().size()); ++i)
      if (screen.choices().shown(i)) CHECK_FALSE(p.intersects(screen.choices().option_rect(i)));
  }
}

}  // namespace

TEST_CASE("while the text says the parent sits down in the chair, the picture shows her beside the child, clear of the box") {
  play_test::QuietApp app;
  watch(app, "strange-situation");
  auto screen = scenario_screenshot_screen(app.ctx, 0);
  REQUIRE(screen);
  for (int i = 0; i < 60 * 120 && screen->paced_line_id() != "ss.e2.open"; ++i) screen->advance(1);
  REQUIRE(screen->paced_line_id() == "ss.e2.open");
  bool sat = false;
  int looked = 0;
  for (int i = 0; i < 20 * 60 && screen->paced_line_id() == "ss.e2.open"; i += 30) {
    screen->advance(30);
    if (screen->paced_line_id() != "ss.e2.open") break;
    if (i < 270) continue; // the episode's title card is still up over the top of the room
    ++looked;
    screen->set_shader(false); // the plain colours: this test asks where people are drawn
    const sf::Image img = play_test::render(*screen);
    const std::vector<sf::FloatRect> people = screen->framed_on_canvas();
    REQUIRE(people.size() >= 2); // the child and the parent the line is about
    check_clear(*screen);
    const auto parent = screen->shirt_on_canvas("parent");
    REQUIRE(parent);
    INFO("parent's shirt at " << parent->x << "," << parent->y);
    CHECK(sf::FloatRect(0, 40, 1280, 680).contains(*parent));
    const SecurityLook look = security_look(screen->drawn_light());
    auto seen = [&](sf::Color c) { return screen->shader_active() ? seen_through(c, look) : c; };
    CHECK(best_match(img, *parent, seen(pal::kCaregiverShirt), 4) < 60);
    const auto child = screen->shirt_on_canvas(screen->session().agents().front().id);
    REQUIRE(child);
    INFO("child's shirt at " << child->x << "," << child->y << "; framed " << rect_text(people[0]) << " " << rect_text(people[1]) << " light " << screen->drawn_light());
    CHECK(best_match(img, *child, seen(pal::kChildShirt), 4) < 60);
    for (const auto& a : screen->session().agents()) sat |= a.id == "parent" && a.pose == sb::sim::Pose::Sit;
  }
  CHECK(looked >= 2);
  CHECK(sat); // she sat while the line was up, in the picture
}

TEST_CASE("in the Strange Situation, the park and bedtime no line's box or choice covers the child or the line's subject") {
  for (const char* id : {"strange-situation", "park", "bedtime"}) {
    DYNAMIC_SECTION(id) {
      play_test::QuietApp app;
      watch(app, id);
      auto screen = scenario_screenshot_screen(app.ctx, 0);
      REQUIRE(screen);
      int checked = 0, moved = 0;
      std::string last;
      for (int t = 0; t < 60 * 240 && !screen->session().ended(); t += 30) {
        screen->advance(30);
        const auto* story = screen->session().story();
        const bool up = story && (story->line() || !story->choices().empty());
        const std::string now = story && story->line() ? story->line()->id : std::string(up ? "choice" : "");
        if (!up || now == last) continue;
        last = now;
        play_test::render(*screen);
        check_clear(*screen);
        ++checked;
        moved += dialogue_rect().top < 360;
      }
      INFO(checked << " lines looked at, " << moved << " with the box at the top");
      CHECK(checked >= 8);
    }
  }
}
