// Settings that change the look take effect at once, in pictures: the largest
// text size makes labels bigger, high contrast meets WCAG AA (in fact AAA) for
// text, the colour-blind palette keeps the figures apart for red-green colour
// blindness, and reduced motion stills the idle animation. The PNGs are kept in
// <build>/tests/care-shots/ for a person to look at.
#include <catch2/catch.hpp>

#include "app/platform/app_context.hpp"
#include "app/game_app.hpp"
#include "app/art/palette.hpp"
#include "app/render/comfort.hpp"
#include "app/screens/settings/settings_screen.hpp"
#include "app/screens/title/title_screen.hpp"
#include "settings_test_support.hpp"

using namespace sb;
using namespace sb::app;
using care_test::contrast;
using care_test::ink_box;
using care_test::shot_path;

namespace {

sf::Image shot(const std::string& screen) {
  ScreenshotRequest r;
  r.screen = screen;
  std::string error;
  auto img = render_screenshot(r, &error);
  INFO(error);
  REQUIRE(img);
  return *img;
}

storage::Settings with_size(int step) {
  storage::Settings s;
  s.text_size_step = step;
  return s;
}


}  // namespace

TEST_CASE("the largest text size makes the settings and title text bigger") {
  care_test::DefaultLookAfter restore;
  apply_look(with_size(0));
  const sf::Image small = shot("settings");
  const sf::Image small_title = shot("title");
  small.saveToFile(shot_path("settings-100.png").string());
  apply_look(with_size(storage::kTextSizeSteps - 1));
  REQUIRE(comfort().text_scale == Approx(2.0));
  const sf::Image big = shot("settings");
  const sf::Image big_title = shot("title");
  big.saveToFile(shot_path("settings-200.png").string());
  big_title.saveToFile(shot_path("title-200.png").string());

  // The label of the second row ("Font", on plain paper): its letters are about twice as tall.
  Audio silent(false);
  AppContext ctx;
  ctx.audio = &silent;
  auto label_area = [&] {
    SettingsScreen probe(ctx); // the list's geometry at the current text size
    const sf::FloatRect r = probe.list().row_rect(1);
    return sf::IntRect{static_cast<int>(r.left) + 4, static_cast<int>(r.top) + 2, 560, static_cast<int>(r.height) - 4};
  };
  apply_look(with_size(0));
  const sf::IntRect a = ink_box(small, label_area());
  apply_look(with_size(storage::kTextSizeSteps - 1));
  const sf::IntRect b = ink_box(big, label_area());
  INFO("label ink " << a.height << " px -> " << b.height << " px");
  CHECK(a.height > 10);
  CHECK(b.height >= a.height * 17 / 10);
  // The title's tagline (25 px) grows too, up to the 44 px heading cap.
  const sf::IntRect tag{84, 200, 600, 76};
  const sf::IntRect t0 = ink_box(small_title, tag), t1 = ink_box(big_title, tag);
  INFO("tagline ink " << t0.height << " px -> " << t1.height << " px");
  CHECK(t1.height >= t0.height * 15 / 10);
  // Rows grow with the text, so the list still fits its labels.
  SettingsScreen screen(ctx);
  CHECK(screen.list().row_height() >= scaled_text_size(22.f) + 20.f);
}

TEST_CASE("high contrast gives text a WCAG AA contrast everywhere it is drawn") {
  care_test::DefaultLookAfter restore;
  storage::Settings s;
  s.high_contrast = true;
  apply_look(s);
  REQUIRE(palette::kPaper == sf::Color(255, 255, 255));
  const sf::Image img = shot("settings");
  img.saveToFile(shot_path("settings-high-contrast.png").string());
  const sf::Image title = shot("title");
  title.saveToFile(shot_path("title-high-contrast.png").string());

  // Darkest ink in each text area against the page around it.
  auto darkest = [](const sf::Image& im, sf::IntRect r) {
    sf::Color best = im.getPixel(static_cast<unsigned>(r.left), static_cast<unsigned>(r.top));
    for (int y = r.top; y < r.top + r.height; ++y)
      for (int x = r.left; x < r.left + r.width; ++x) {
        const sf::Color c = im.getPixel(static_cast<unsigned>(x), static_cast<unsigned>(y));
        if (care_test::luminance(c) < care_test::luminance(best)) best = c;
      }
    return best;
  };
  const sf::Color page = img.getPixel(1230, 110);
  CHECK(page == sf::Color::White);
  const double foot = contrast(darkest(img, {80, 640, 1000, 78}), page);
  const double heading = contrast(darkest(img, {90, 20, 400, 70}), page);
  INFO("foot " << foot << ":1, heading " << heading << ":1");
  CHECK(foot >= 4.5);
  CHECK(heading >= 7.0);
  // The same colours as named, checked without antialiasing: every text colour on every page colour.
  for (sf::Color ink : {palette::kInk, palette::kInkSoft})
    for (sf::Color paper : {palette::kPaper, palette::kPaperDeep, palette::kButton, palette::kButtonHot})
      CHECK(contrast(ink, paper) >= 7.0);
  // The title's tagline, drawn in the soft ink.
  const double tagline = contrast(darkest(title, {84, 205, 600, 50}), title.getPixel(70, 230));
  INFO("tagline " << tagline << ":1");
  CHECK(tagline >= 4.5);
}

TEST_CASE("the colour-blind palette keeps the three figures apart for red-green colour blindness") {
  care_test::DefaultLookAfter restore;
  // Vienot, Brettel & Mollon (1999) simulation, on linear RGB.
  auto simulate = [](sf::Color c, bool protan) {
    const double r = care_test::channel(c.r), g = care_test::channel(c.g), b = care_test::channel(c.b);
    double R, G, B;
    if (protan) {
      R = 0.11238 * r + 0.88762 * g;
      G = 0.11238 * r + 0.88762 * g;
    } else {
      R = 0.29275 * r + 0.70725 * g;
      G = 0.29275 * r + 0.70725 * g;
    }
    B = -0.00000 * r + 0.02018 * g + 0.97982 * b;
    auto back = [](double v) { return 255.0 * (v <= 0.0031308 ? 12.92 * v : 1.055 * std::pow(v, 1 / 2.4) - 0.055); };
    return std::array<double, 3>{back(R), back(G), back(std::clamp(B, 0.0, 1.0))};
  };
  auto apart = [&](sf::Color a, sf::Color b, bool protan) {
    const auto x = simulate(a, protan), y = simulate(b, protan);
    return std::hypot(x[0] - y[0], x[1] - y[1], x[2] - y[2]);
  };
  storage::Settings s;
  s.colour_blind_palette = true;
  apply_look(s);
  for (bool protan : {true, false}) {
    INFO((protan ? "protanopia" : "deuteranopia"));
    CHECK(apart(palette::kChildShirt, palette::kCaregiverShirt, protan) > 90);
    CHECK(apart(palette::kCaregiverShirt, palette::kStrangerShirt, protan) > 60);
    CHECK(apart(palette::kChildShirt, palette::kStrangerShirt, protan) > 60);
  }
  shot("title").saveToFile(shot_path("title-colour-blind.png").string());
  // Back to the storybook colours, exactly.
  apply_look(storage::Settings{});
  CHECK(palette::kCaregiverShirt == sf::Color(102, 146, 196));
  CHECK(palette::kPaper == sf::Color(250, 241, 224));
}

TEST_CASE("reduced motion stills the breathing figures and the rising heart") {
  care_test::DefaultLookAfter restore;
  Audio silent(false);
  AppContext ctx;
  ctx.audio = &silent;
  auto frame = [&](double clock) {
    ctx.clock = clock;
    sf::RenderTexture t;
    REQUIRE(t.create(1280, 720));
    t.clear(sf::Color::White);
    {
      Canvas c(t);
      draw_title_figures(c, ctx);
    }
    t.display();
    return t.getTexture().copyToImage();
  };
  auto differing = [](const sf::Image& a, const sf::Image& b) {
    int n = 0;
    for (unsigned y = 200; y < 700; ++y)
      for (unsigned x = 700; x < 1200; ++x) n += a.getPixel(x, y) != b.getPixel(x, y);
    return n;
  };
  const int moving = differing(frame(0.3), frame(1.7));
  storage::Settings s;
  s.reduced_motion = true;
  apply_look(s);
  REQUIRE(reduced_motion());
  const int still = differing(frame(0.3), frame(1.7));
  INFO("pixels that change between two moments: " << moving << " normally, " << still << " with reduced motion");
  CHECK(moving > 200);
  CHECK(still == 0);
}
