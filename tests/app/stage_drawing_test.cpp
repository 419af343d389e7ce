// The world draws what the text says: a stage direction's pose (sitting in the
// chair, kneeling, a child held in arms) and expression show on the figures, and
// adult faces follow what the adult does — nobody smiles while frightening.
#include <catch2/catch.hpp>

#include <cmath>
#include <fstream>
#include <sstream>

#include "app/art/figure_pose.hpp"
#include "app/art/figures.hpp"
#include "app/art/palette.hpp"
#include "app/art/room_art.hpp"
#include "app/screens/play/scene_view.hpp"
#include "pixel_checks.hpp"
#include "scenario/loader.hpp"

using namespace sb;
using namespace sb::app;
using sb::test::best_match;
namespace pal = sb::app::palette;

namespace {

const sf::Color kOpenMouth(110, 40, 44);

// Pixels within `half` of p that are (nearly) `want`: an open mouth, not an ink line.
int count_near(const sf::Image& img, sf::Vector2f p, sf::Color want, int half) {
  int n = 0;
  for (int dy = -half; dy <= half; ++dy)
    for (int dx = -half; dx <= half; ++dx) {
      const int x = int(std::lround(p.x)) + dx, y = int(std::lround(p.y)) + dy;
      if (x >= 0 && y >= 0 && x < int(img.getSize().x) && y < int(img.getSize().y) &&
          sb::test::distance(img.getPixel(unsigned(x), unsigned(y)), want) < 20)
        ++n;
    }
  return n;
}

// The loader's minimal scenario with `stage` acted out on its first line.
std::shared_ptr<const scenario::Scenario> minimal_with(const std::string& stage) {
  std::ifstream in(std::string(SB_TEST_DATA) + "/scenario/data/minimal.xml");
  std::stringstream ss;
  ss << in.rdbuf();
  std::string text = ss.str();
  auto replace = [&text](const std::string& from, const std::string& to) {
    const auto at = text.find(from);
    REQUIRE(at != std::string::npos);
    text.replace(at, from.size(), to);
  };
  replace("format=\"1\"", "format=\"2\"");
  replace(">Hello.</narration>", ">Hello." + stage + "</narration>");
  const scenario::LoadResult r = scenario::load_string(text, "stage-drawing.xml");
  for (const auto& d : r.diagnostics) INFO(d.message);
  REQUIRE(r.ok());
  return r.scenario;
}

struct Scene {
  sim::Session session;
  SceneView view;
  explicit Scene(const std::string& stage)
      : session([&] {
          sim::SessionConfig c;
          c.scenario = minimal_with(stage);
          c.caregiver = mind::preset("sensitive");
          c.caregiver_style = "sensitive";
          c.seed = 2;
          c.ai_child = true;
          return c;
        }()),
        view(session.world().def()) {}
  // Plays until `done` holds (true) or `seconds` pass (false).
  template <class Done>
  bool run_until(Done done, double seconds) {
    for (int i = 0; i < static_cast<int>(seconds * sim::kTicksPerSecond); ++i) {
      session.step({});
      view.tick(session);
      if (done()) return true;
    }
    return false;
  }
  bool pose_is(const std::string& id, bool FigurePose::*flag) const {
    const auto p = view.pose_of(session, id, 1.0);
    return p && (*p).*flag;
  }
  sf::Vector2f feet(const std::string& id) const {
    for (const auto& a : session.agents())
      if (a.id == id) return to_px(a.position);
    FAIL("no " << id);
    return {};
  }
  // The scene through a camera on `centre` (world pixels), as the play screen draws it.
  sf::Image render(sf::Vector2f centre) {
    sf::RenderTexture target;
    REQUIRE(target.create(1280, 720));
    target.clear(sf::Color(40, 32, 38));
    {
      Canvas c(target);
      view.draw(c, Layout::fit({1280, 720}), session, centre, 1.0, 0.9, 0, true);
    }
    target.display();
    return target.getTexture().copyToImage();
  }
};

// One target per test: a second GL context in a process after the first is gone fails on some X servers.
sf::Image render_figure(sf::RenderTexture& target, const FigureLook& look, const FigurePose& pose) {
  if (target.getSize() != sf::Vector2u(300, 320)) REQUIRE(target.create(300, 320));
  target.clear(sf::Color::White);
  {
    Canvas c(target);
    draw_figure(c, look, pose);
  }
  target.display();
  return target.getTexture().copyToImage();
}

}  // namespace

TEST_CASE("an adult's face follows the story's expression, else their act; no smile while frightening or turning away") {
  sim::AgentView a;
  a.role = "caregiver";
  a.warmth = 0.8;
  CHECK(face_for(a, mind::AnswerKind::None) == Face::Warm);
  CHECK(face_for(a, mind::AnswerKind::Frighten) == Face::Frightening);
  CHECK(face_for(a, mind::AnswerKind::Dismiss) == Face::Flat);
  CHECK(face_for(a, mind::AnswerKind::Dissociate) == Face::Dazed);
  a.expression = scenario::Expression::Angry; // the story's word wins over the act
  CHECK(face_for(a, mind::AnswerKind::Comfort) == Face::Angry);
  a.expression = scenario::Expression::None;
  a.warmth = 0.1; // a cool parent does not smile by default
  CHECK(face_for(a, mind::AnswerKind::None) == Face::Flat);
  for (Face f : {Face::Flat, Face::Tense, Face::Angry, Face::Frightened, Face::Frightening, Face::Dazed})
    CHECK(mouth_for(f, 0).bend <= 0);
  CHECK(mouth_for(Face::Warm, 0).bend > 0);
  CHECK(mouth_for(Face::Frightening, 0).open > 0);
}

TEST_CASE("a frightening face opens its mouth wide; a warm one smiles: the pixels differ at the mouth") {
  FigureLook look = look_for_role("caregiver");
  look.scale = 2.5f;
  FigurePose pose;
  pose.feet = {150, 310};
  pose.face = Face::Frightening;
  sf::RenderTexture target;
  const sf::Image scary = render_figure(target, look, pose);
  pose.face = Face::Warm;
  const sf::Image warm = render_figure(target, look, pose);
  const sf::Vector2f m = mouth_point(look, pose);
  CHECK(count_near(scary, m, kOpenMouth, 6) > 20);
  CHECK(count_near(warm, m, kOpenMouth, 6) == 0);
}

TEST_CASE("frightening looms with arms raised; rejecting folds them: the two poses differ") {
  const FigureLook look = look_for_role("caregiver");
  FigurePose pose;
  pose.feet = {150, 300};
  pose.warmth = 0.15f;
  auto skin_above_shoulders_outside_head = [&](const sf::Image& img) {
    int n = 0;
    for (unsigned y = 0; y < static_cast<unsigned>(pose.feet.y - 84); ++y)
      for (unsigned x = 0; x < img.getSize().x; ++x)
        if (std::abs(float(x) - pose.feet.x) > 26 && sb::test::distance(img.getPixel(x, y), look.skin) < 25) ++n;
    return n;
  };
  sf::RenderTexture target;
  const sf::Image folded = render_figure(target, look, pose);
  pose.looming = true;
  const sf::Image looming = render_figure(target, look, pose);
  CHECK(skin_above_shoulders_outside_head(folded) == 0);
  CHECK(skin_above_shoulders_outside_head(looming) > 40); // two raised hands
}

TEST_CASE("\"picks you up\": the child is drawn in the parent's arms, off the floor") {
  Scene s("<stage actor=\"mum\" do=\"pick-up\" to=\"kid\"/>");
  REQUIRE(s.run_until([&] { return s.pose_is("mum", &FigurePose::holding); }, 10));
  CHECK(s.view.child_held_by(s.session, 1.0) == "mum");
  const auto mum = s.view.pose_of(s.session, "mum", 1.0);
  REQUIRE(mum);
  CHECK(mum->holding);
  const auto kid_shirt = s.view.shirt_of(s.session, "kid", 1.0);
  REQUIRE(kid_shirt);
  const sf::Vector2f mum_feet = s.feet("mum");
  CHECK(kid_shirt->y < mum_feet.y - 40);               // carried at the chest, not standing
  CHECK(std::abs(kid_shirt->x - mum_feet.x) < 45);     // in her arms, not beside her
  const sf::Image img = s.render(mum_feet + sf::Vector2f{0, -60});
  const sf::Vector2f on_canvas = SceneView::to_canvas(*kid_shirt, mum_feet + sf::Vector2f{0, -60});
  CHECK(best_match(img, on_canvas, pal::kChildShirt, 4) < 40);
}

TEST_CASE("\"sits down in the chair\": the parent is drawn sitting on the chair, not standing beside it") {
  Scene s("<stage actor=\"mum\" do=\"sit\" to=\"chair\"/>");
  REQUIRE(s.run_until([&] { return s.pose_is("mum", &FigurePose::sitting); }, 10));
  const auto mum = s.view.pose_of(s.session, "mum", 1.0);
  REQUIRE(mum);
  const world::ObstacleDef& chair = s.session.world().def().obstacles.front();
  CHECK(std::abs(mum->feet.x - (chair.rect.x + chair.rect.w / 2) * kPixelsPerMetre) < 2);
  const sf::Image img = s.render(mum->feet + sf::Vector2f{0, -60});
  const auto shirt = s.view.shirt_of(s.session, "mum", 1.0);
  REQUIRE(shirt);
  CHECK(best_match(img, SceneView::to_canvas(*shirt, mum->feet + sf::Vector2f{0, -60}), pal::kCaregiverShirt, 4) < 40);
}

TEST_CASE("\"kneels by you\" draws the parent low, and an expression set by the story shows on the face") {
  Scene s("<stage actor=\"mum\" do=\"kneel\" to=\"kid\" expression=\"frightening\"/>");
  REQUIRE(s.run_until([&] { return s.pose_is("mum", &FigurePose::kneeling); }, 10));
  const auto mum = s.view.pose_of(s.session, "mum", 1.0);
  REQUIRE(mum);
  CHECK(mum->face == Face::Frightening);
  FigurePose standing = *mum;
  standing.kneeling = false;
  const FigureLook look = look_for_role("caregiver");
  CHECK(mouth_point(look, *mum).y > mouth_point(look, standing).y + 10); // her face is lower
  const sf::Vector2f cam = mum->feet + sf::Vector2f{0, -60};
  const sf::Image img = s.render(cam);
  CHECK(count_near(img, SceneView::to_canvas(mouth_point(look, *mum), cam), kOpenMouth, 5) > 8);
}
