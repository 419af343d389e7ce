// Issue 16 part 4: the life map marks the scenes a player has played (a tick on the
// place) and the endings seen in each (a dot per pattern, in the debrief's colours), and
// the chosen place's card says it in words. The marks come from the progress file a
// finished scene writes (remember_play), read when the map opens.
#include <catch2/catch.hpp>

#include <cmath>

#include "app/report/chart_picture.hpp"
#include "app/screens/play/life_map_screen.hpp"
#include "app/screens/play/play_memory.hpp"
#include "play_helpers.hpp"
#include "report/charts.hpp"
#include "settings_test_support.hpp"
#include "../storage/storage_test_env.hpp"

using namespace sb;
using namespace sb::app;

namespace {
int place_of(const std::string& id) {
  const auto& list = scenario_list();
  for (std::size_t i = 0; i < list.size(); ++i)
    if (list[i].id == id) return static_cast<int>(i);
  FAIL(id << " is not on the life map");
  return -1;
}

sf::Image picture(LifeMapScreen& map) {
  sf::RenderTexture target;
  REQUIRE(target.create(1280, 720));
  target.clear();
  map.draw(target, Layout::fit({1280, 720}), 1.0);
  target.display();
  return target.getTexture().copyToImage();
}

// Pixels of `colour` within `radius` of `c`.
int count_near(const sf::Image& img, sf::Vector2f c, float radius, sf::Color colour) {
  int n = 0;
  for (int y = static_cast<int>(c.y - radius); y <= static_cast<int>(c.y + radius); ++y)
    for (int x = static_cast<int>(c.x - radius); x <= static_cast<int>(c.x + radius); ++x)
      if (x >= 0 && y >= 0 && x < 1280 && y < 720 && img.getPixel(static_cast<unsigned>(x), static_cast<unsigned>(y)) == colour) ++n;
  return n;
}
}  // namespace

TEST_CASE("life map: the scenes played are ticked, the endings seen dotted, and the card says both", "[app][life-map]") {
  storage_test::TempHome home;
  care_test::DefaultLookAfter restore;
  // Two plays of the Strange Situation (a secure ending, then an avoidant one) and one of the park that ended unclassified.
  remember_play("strange-situation", std::string("secure"));
  remember_play("strange-situation", std::string("avoidant"));
  remember_play("park", std::nullopt);

  play_test::QuietApp app(false);  // not still: the map reads the player's progress file
  const int ss = place_of("strange-situation"), park = place_of("park"), school = place_of("first-day");
  LifeMapScreen map(app.ctx, school);  // the chosen place is drawn larger; the others keep their size
  const storage::ScenarioProgress* p = map.progress().find("strange-situation");
  REQUIRE(p);
  CHECK(p->times_played == 2);
  REQUIRE(p->outcomes.size() == 2);
  CHECK(p->find("secure"));
  CHECK(p->find("avoidant"));
  CHECK_FALSE(p->find("disorganized"));

  // In words, on the chosen place's card.
  CHECK(map.played_line(ss) == "You played this 2 times  \xC2\xB7  endings seen: Secure, Avoidant");
  CHECK(map.played_line(park) == "You played this once");
  CHECK(map.played_line(school).empty());
  text::set_language("de");
  CHECK(map.played_line(ss).find("2") != std::string::npos);
  CHECK(map.played_line(ss).find("Sicher") != std::string::npos);
  text::set_language("en");

  // On the map: the same picture without the progress has no tick and no dots there.
  const sf::Image marked = picture(map);
  LifeMapScreen plain(app.ctx, school);
  plain.set_progress({});
  const sf::Image bare = picture(plain);
  const sf::Vector2f c = LifeMapScreen::place_centre(ss);
  const sf::Color secure = to_sf(report::chart_colours::pattern(mind::Pattern::Secure));
  const sf::Color avoidant = to_sf(report::chart_colours::pattern(mind::Pattern::Avoidant));
  const sf::Color anxious = to_sf(report::chart_colours::pattern(mind::Pattern::Anxious));
  CHECK(count_near(marked, c, 48, secure) > 30);
  CHECK(count_near(marked, c, 48, avoidant) > 30);
  CHECK(count_near(marked, c, 48, anxious) < count_near(marked, c, 48, secure) / 4);  // not seen, not dotted
  CHECK(count_near(bare, c, 48, secure) < count_near(marked, c, 48, secure) / 4);
  // The tick: ink on the circle's upper right shoulder, where the bare map has none.
  const sf::Vector2f shoulder = c + sf::Vector2f{34 * 0.74f, -34 * 0.74f};
  int changed = 0;
  for (int dy = -10; dy <= 10; ++dy)
    for (int dx = -10; dx <= 10; ++dx) {
      const auto x = static_cast<unsigned>(shoulder.x + static_cast<float>(dx)), y = static_cast<unsigned>(shoulder.y + static_cast<float>(dy));
      changed += marked.getPixel(x, y) != bare.getPixel(x, y);
    }
  CHECK(changed > 120);
  // The park was played too (a tick), but it has no ending seen (no dots).
  const sf::Vector2f pc = LifeMapScreen::place_centre(park);
  int park_changed = 0;
  for (int dy = -10; dy <= 10; ++dy)
    for (int dx = -10; dx <= 10; ++dx) {
      const auto x = static_cast<unsigned>(pc.x + 34 * 0.74f + static_cast<float>(dx)), y = static_cast<unsigned>(pc.y - 34 * 0.74f + static_cast<float>(dy));
      park_changed += marked.getPixel(x, y) != bare.getPixel(x, y);
    }
  CHECK(park_changed > 120);
  CHECK(count_near(marked, pc, 48, secure) == count_near(bare, pc, 48, secure));
}
