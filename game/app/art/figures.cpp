#include "app/art/figures.hpp"

#include <algorithm>
#include <cmath>

#include "app/art/draw_kit.hpp"
#include "app/art/palette.hpp"
#include "app/render/comfort.hpp"

namespace sb::app {
namespace {
namespace pal = palette;
constexpr float kOutline = 2.f;

struct Geometry {
  sf::Vector2f shadow_r, body_c, body_r, head_c;
  float head_r;
  sf::Vector2f leg_c[2], leg_r;
  sf::Vector2f shoulder[2], hand[2];
  float arm_w;
};

Geometry geometry(const FigureLook& look, const FigurePose& pose) {
  Geometry g{};
  const float bob = -std::abs(std::sin(pose.walk_phase)) * 3.f * std::clamp(pose.speed, 0.f, 1.f);
  const float breath = reduced_motion() ? 0.f : std::sin(pose.breath) * 0.8f; // breathing is a pulse
  const float warm = std::clamp(pose.warmth, 0.f, 1.f);
  if (!look.adult) {
    g.shadow_r = {22, 8};
    g.leg_c[0] = {-6, -5};
    g.leg_c[1] = {6, -5};
    g.leg_r = {5.5f, 7};
    g.body_c = {0, -20 + bob};
    g.body_r = {14, 15 + breath * 0.5f};
    g.head_c = {0, -48 + bob};
    g.head_r = 17;
    g.shoulder[0] = {-10, -29 + bob};
    g.shoulder[1] = {10, -29 + bob};
    const bool up = pose.action == mind::Action::ReachUp;
    const float swing = std::sin(pose.walk_phase) * 4.f * pose.speed;
    g.hand[0] = up ? sf::Vector2f{-16, -60 + bob} : sf::Vector2f{-17, -13 + bob + swing};
    g.hand[1] = up ? sf::Vector2f{16, -60 + bob} : sf::Vector2f{17, -13 + bob - swing};
    g.arm_w = 6;
  } else if (pose.kneeling) {
    // Down on one knee by the child: the body low, the head near a small child's.
    g.shadow_r = {40, 12};
    g.leg_c[0] = {-12, -9};
    g.leg_c[1] = {15, -16};
    g.leg_r = {18, 10};
    g.body_c = {0, -46};
    g.body_r = {22, 26 + breath};
    g.head_c = {0, -90 + breath};
    g.head_r = 19;
    g.shoulder[0] = {-17, -64};
    g.shoulder[1] = {17, -64};
    g.hand[0] = warm >= 0.35f ? sf::Vector2f{-36, -40} : sf::Vector2f{8, -44};
    g.hand[1] = warm >= 0.35f ? sf::Vector2f{36, -40} : sf::Vector2f{-8, -48};
    g.arm_w = 9;
  } else if (pose.sitting) {
    g.shadow_r = {44, 13};
    g.leg_c[0] = {-14, -9};
    g.leg_c[1] = {14, -9};
    g.leg_r = {24, 11};
    g.body_c = {0, -40};
    g.body_r = {24, 28 + breath};
    const float lean = (warm - 0.5f) * 12.f * std::clamp(pose.gaze.x, -1.f, 1.f);
    g.head_c = {lean, -87 + breath};
    g.head_r = 19;
    g.shoulder[0] = {-19, -58};
    g.shoulder[1] = {19, -58};
    // Warm: open hands on the knees, ready to receive; cool: arms folded.
    g.hand[0] = warm >= 0.35f ? sf::Vector2f{-34 - 6 * warm, -20} : sf::Vector2f{8, -38};
    g.hand[1] = warm >= 0.35f ? sf::Vector2f{34 + 6 * warm, -20} : sf::Vector2f{-8, -42};
    g.arm_w = 9;
  } else {
    const float swing = std::sin(pose.walk_phase) * 5.f * pose.speed;
    g.shadow_r = {32, 10};
    g.leg_c[0] = {-9, -18 + swing * 0.3f};
    g.leg_c[1] = {9, -18 - swing * 0.3f};
    g.leg_r = {8, 19};
    g.body_c = {0, -60 + bob};
    g.body_r = {21, 29 + breath};
    g.head_c = {0, -106 + bob};
    g.head_r = 19;
    g.shoulder[0] = {-17, -80 + bob};
    g.shoulder[1] = {17, -80 + bob};
    g.hand[0] = warm >= 0.35f ? sf::Vector2f{-30, -52 + bob + swing} : sf::Vector2f{8, -60 + bob};
    g.hand[1] = warm >= 0.35f ? sf::Vector2f{30, -52 + bob - swing} : sf::Vector2f{-8, -64 + bob};
    g.arm_w = 9;
  }
  if (look.adult && pose.holding) {
    // Round the child at the chest: one hand under it, one across its back.
    g.hand[0] = {g.body_c.x + 14, g.body_c.y + 20};
    g.hand[1] = {g.body_c.x + 30, g.body_c.y};
  } else if (look.adult && pose.looming) {
    // Arms raised and wide over the child: big, sudden, nowhere to go.
    g.hand[0] = {g.shoulder[0].x - 26, g.shoulder[0].y - 36};
    g.hand[1] = {g.shoulder[1].x + 26, g.shoulder[1].y - 40};
  }
  const float s = look.scale;
  auto sc = [s](sf::Vector2f& v) { v *= s; };
  sc(g.shadow_r), sc(g.body_c), sc(g.body_r), sc(g.head_c), sc(g.leg_r);
  for (int i = 0; i < 2; ++i) sc(g.leg_c[i]), sc(g.shoulder[i]), sc(g.hand[i]);
  g.head_r *= s;
  g.arm_w *= s;
  return g;
}

void draw_hair_back(Canvas& t, const FigureLook& look, sf::Vector2f c, float r) {
  if (look.adult) t.draw(draw::ellipse(c + sf::Vector2f{0, -0.08f * r}, {r * 1.12f, r * 1.1f}, look.hair, pal::kInk, kOutline));
}

void draw_hair_front(Canvas& t, const FigureLook& look, sf::Vector2f c, float r) {
  // A fringe over the top of the head; the child gets a little curl, the adult a bun.
  sf::ConvexShape fringe = draw::ellipse(c + sf::Vector2f{0, -0.52f * r}, {r * 0.9f, r * 0.5f}, look.hair);
  t.draw(fringe);
  if (!look.adult) {
    draw::curve(t, c + sf::Vector2f{-0.05f * r, -0.95f * r}, c + sf::Vector2f{0.1f * r, -1.45f * r},
                c + sf::Vector2f{0.35f * r, -1.1f * r}, 0.16f * r, look.hair);
  } else if (look.hair != pal::kStrangerHair) {
    t.draw(draw::ellipse(c + sf::Vector2f{0, -1.08f * r}, {r * 0.42f, r * 0.36f}, look.hair, pal::kInk, kOutline));
  }
}

void draw_arms(Canvas& t, const FigureLook& look, const Geometry& g, sf::Vector2f f, float ol) {
  for (int i = 0; i < 2; ++i) {
    draw::line(t, f + g.shoulder[i], f + g.hand[i], g.arm_w + 2 * ol, pal::kInk);
    draw::line(t, f + g.shoulder[i], f + g.hand[i], g.arm_w, look.shirt);
    t.draw(draw::ellipse(f + g.hand[i], {g.arm_w * 0.62f, g.arm_w * 0.62f}, look.skin, pal::kInk, ol * 0.75f));
  }
}

}  // namespace

FigureLook look_for_role(const std::string& role) {
  if (role == "child") return {pal::kChildShirt, pal::kChildSkin, pal::kChildHair, pal::kTrousers, false, 1.f};
  if (role == "stranger") return {pal::kStrangerShirt, pal::kStrangerSkin, pal::kStrangerHair, pal::kTrousers, true, 1.f};
  return {pal::kCaregiverShirt, pal::kCaregiverSkin, pal::kCaregiverHair, sf::Color(96, 112, 120), true, 1.f};
}

MouthShape mouth_for(Face face, float distress) {
  switch (face) {
    case Face::FromDistress: return {(0.4f - std::clamp(distress, 0.f, 1.f)) * 0.5f, 0};
    case Face::Warm: return {0.2f, 0};
    case Face::Attentive: return {0.07f, 0};
    case Face::Flat: return {0, 0};
    case Face::Tense: return {-0.06f, 0};
    case Face::Angry: return {-0.18f, 0};
    case Face::Frightened: return {0, 0.16f};
    case Face::Frightening: return {-0.1f, 0.2f};
    case Face::Dazed: return {0, 0.07f};
  }
  return {};
}

void draw_face(Canvas& t, sf::Vector2f c, float r, float distress, sf::Vector2f gaze, bool eyes_closed, Face face) {
  distress = std::clamp(distress, 0.f, 1.f);
  const bool dazed = face == Face::Dazed;
  const sf::Vector2f look = dazed ? sf::Vector2f{0, 0} : gaze * (0.07f * r);
  const float w = std::max(1.2f, 0.09f * r); // line width for the features
  const bool crying = face == Face::FromDistress && distress > 0.72f;
  const bool warm = face == Face::FromDistress || face == Face::Warm || face == Face::Attentive;
  // Cheeks first, so eyes and mouth sit on top; only a warm face is rosy.
  if (warm)
    for (float side : {-1.f, 1.f})
      t.draw(draw::ellipse(c + sf::Vector2f{side * 0.55f * r, 0.25f * r}, {0.17f * r, 0.11f * r}, pal::kCheek));
  // Brows: how far the inner ends rise (worry, fear) or fall (anger, menace), in head radii.
  float inner_lift = distress * 0.22f;
  switch (face) {
    case Face::Warm: inner_lift = 0.04f; break;
    case Face::Attentive: inner_lift = 0.08f; break;
    case Face::Flat: case Face::Dazed: inner_lift = 0; break;
    case Face::Tense: inner_lift = -0.07f; break;
    case Face::Angry: inner_lift = -0.16f; break;
    case Face::Frightened: inner_lift = 0.26f; break;
    case Face::Frightening: inner_lift = -0.2f; break;
    case Face::FromDistress: break;
  }
  const bool wide = face == Face::Frightened || face == Face::Frightening;
  for (float side : {-1.f, 1.f}) {
    const sf::Vector2f eye = c + sf::Vector2f{side * 0.36f * r, -0.02f * r};
    if (eyes_closed || crying) {
      // Squeezed shut when crying, soft arcs when content and eyes closed.
      const float bend = crying ? -0.12f * r : 0.12f * r;
      draw::curve(t, eye + sf::Vector2f{-0.13f * r, 0}, eye + sf::Vector2f{0, bend}, eye + sf::Vector2f{0.13f * r, 0}, w, pal::kInk);
    } else if (wide) {
      // Whites all round the pupil: staring.
      t.draw(draw::ellipse(eye, {0.15f * r, 0.17f * r}, sf::Color::White, pal::kInk, std::max(1.f, w * 0.6f)));
      t.draw(draw::ellipse(eye + look, {0.07f * r, 0.08f * r}, pal::kInk));
    } else {
      t.draw(draw::ellipse(eye + look, {0.1f * r, 0.13f * r}, pal::kInk));
      t.draw(draw::ellipse(eye + look + sf::Vector2f{0.035f * r, -0.05f * r}, {0.035f * r, 0.035f * r}, sf::Color::White));
      if (dazed) // heavy lids: the eyes half shut and far away
        draw::line(t, eye + sf::Vector2f{-0.14f * r, -0.06f * r}, eye + sf::Vector2f{0.14f * r, -0.06f * r}, 0.1f * r, pal::kInk);
    }
    draw::line(t, eye + sf::Vector2f{side * 0.17f * r, -0.3f * r},
               eye + sf::Vector2f{-side * 0.12f * r, -0.27f * r - inner_lift * r}, w * (wide || inner_lift < 0 ? 1.2f : 0.8f),
               pal::with_alpha(pal::kInk, 200));
  }
  const sf::Vector2f m = c + sf::Vector2f{0, 0.42f * r};
  const MouthShape mouth = mouth_for(face, distress);
  if (crying) {
    t.draw(draw::ellipse(m + sf::Vector2f{0, 0.03f * r}, {0.2f * r, 0.13f * r + 0.08f * r * (distress - 0.72f) / 0.28f},
                         sf::Color(150, 70, 70), pal::kInk, std::max(1.f, w * 0.6f)));
    for (float side : {-1.f, 1.f})
      t.draw(draw::ellipse(c + sf::Vector2f{side * 0.42f * r, 0.22f * r}, {0.06f * r, 0.1f * r}, sf::Color(140, 190, 235)));
  } else if (mouth.open > 0) {
    // An open mouth: a gasp (frightened), a bared grimace (frightening), slack (dazed).
    const float half = (face == Face::Frightening ? 0.26f : 0.13f) * r;
    t.draw(draw::ellipse(m + sf::Vector2f{0, 0.03f * r}, {half, mouth.open * r}, sf::Color(110, 40, 44), pal::kInk,
                         std::max(1.f, w * 0.6f)));
    if (face == Face::Frightening) // teeth
      t.draw(draw::ellipse(m + sf::Vector2f{0, 0.03f * r - mouth.open * r * 0.55f}, {half * 0.8f, mouth.open * r * 0.3f},
                           sf::Color(250, 248, 240)));
  } else {
    // From a smile through a straight line to a frown.
    const float half = 0.22f * r;
    draw::curve(t, m + sf::Vector2f{-half, 0}, m + sf::Vector2f{0, mouth.bend * r}, m + sf::Vector2f{half, 0}, w, pal::kInk);
  }
}

void draw_figure(Canvas& t, const FigureLook& look, const FigurePose& pose) {
  const Geometry g = geometry(look, pose);
  const sf::Vector2f f = pose.feet;
  draw::soft_shadow(t, f, g.shadow_r, pal::kShadow);
  const float ol = kOutline * std::max(1.f, look.scale * 0.8f);
  for (int i = 0; i < 2; ++i) t.draw(draw::ellipse(f + g.leg_c[i], g.leg_r, look.trousers, pal::kInk, ol));
  // Arms behind the body when they hang, in front when they fold or reach.
  auto arms = [&] { draw_arms(t, look, g, f, ol); };
  // Folded (cool) or raised (looming) arms go in front of the body; a holder's come after the child.
  const bool in_front = look.adult && !pose.holding && (pose.looming || pose.warmth < 0.35f);
  if (!in_front && !pose.holding) arms();
  t.draw(draw::ellipse(f + g.body_c, g.body_r, look.shirt, pal::kInk, ol));
  // A soft highlight on the shirt gives it roundness.
  t.draw(draw::ellipse(f + g.body_c + sf::Vector2f{-g.body_r.x * 0.3f, -g.body_r.y * 0.35f},
                       {g.body_r.x * 0.35f, g.body_r.y * 0.25f}, sf::Color(255, 255, 255, 45)));
  if (in_front) arms();
  const sf::Vector2f head = f + g.head_c;
  draw_hair_back(t, look, head, g.head_r);
  t.draw(draw::ellipse(head, {g.head_r, g.head_r}, look.skin, pal::kInk, ol));
  draw_hair_front(t, look, head, g.head_r);
  draw_face(t, head + sf::Vector2f{0, 0.12f * g.head_r}, g.head_r, pose.distress, pose.gaze, false,
            look.adult ? pose.face : Face::FromDistress);
}

void draw_holding_arms(Canvas& t, const FigureLook& look, const FigurePose& pose) {
  if (!look.adult || !pose.holding) return;
  const Geometry g = geometry(look, pose);
  const sf::Vector2f f = pose.feet;
  draw_arms(t, look, g, f, kOutline * std::max(1.f, look.scale * 0.8f));
}

sf::Vector2f held_child_feet(const FigureLook& holder_look, const FigurePose& holder) {
  const Geometry g = geometry(holder_look, holder);
  // Carried on the hip, a little to one side so both faces show.
  return holder.feet + g.body_c + sf::Vector2f{20, 26} * holder_look.scale;
}

sf::Vector2f mouth_point(const FigureLook& look, const FigurePose& pose) {
  const Geometry g = geometry(look, pose);
  return pose.feet + g.head_c + sf::Vector2f{0, 0.12f * g.head_r + 0.45f * g.head_r};
}

sf::Vector2f shirt_point(const FigureLook& look, const FigurePose& pose) {
  const Geometry g = geometry(look, pose);
  return pose.feet + g.body_c + sf::Vector2f{g.body_r.x * 0.25f, g.body_r.y * 0.35f};
}

}  // namespace sb::app
