// The SVG writer on its own: what a chart draws through it comes back out of the
// XML unchanged (text with markup characters included), in painting order, and the
// document is well-formed with or without its namespace.
#include <catch2/catch.hpp>

#include <string>

#include <tinyxml2.h>

#include "report/svg_drawer.hpp"

using namespace sb::report;

TEST_CASE("text with markup characters survives the SVG and keeps its alignment") {
  SvgDrawer svg(200, 100, {250, 241, 224}, "A <chart> & \"its\" title");
  svg.text("Tom & Jerry <3 \"quoted\" 'single'", 100, 10, 20, {78, 60, 54}, true, Align::Centre);
  tinyxml2::XMLDocument doc;
  REQUIRE(doc.Parse(svg.svg().c_str()) == tinyxml2::XML_SUCCESS);
  const auto* root = doc.FirstChildElement("svg");
  REQUIRE(root);
  CHECK(std::string(root->FirstChildElement("title")->GetText()) == "A <chart> & \"its\" title");
  const auto* text = root->FirstChildElement("text");
  REQUIRE(text);
  CHECK(std::string(text->GetText()) == "Tom & Jerry <3 \"quoted\" 'single'");
  CHECK(std::string(text->Attribute("text-anchor")) == "middle");
  CHECK(std::string(text->Attribute("font-weight")) == "bold");
  CHECK(text->FloatAttribute("x") == 100.f);
  // The baseline sits below the top of the line box.
  CHECK(text->FloatAttribute("y") > 10.f + 20 * 0.7f);
}

TEST_CASE("shapes come out in painting order with their colours and a value's shapes under its title") {
  SvgDrawer svg(300, 200, {255, 255, 255});
  svg.begin_item("Proximity seeking: 5.0");
  svg.rect(10, 150, 20, -60, {70, 150, 140, 120}); // a negative height is turned round
  svg.end_item();
  svg.line(0, 0, 100, 50, 2.5f, {206, 66, 72});
  svg.circle(50, 50, 4, {80, 160, 90});
  svg.triangle(1, 2, 3, 4, 5, 6, {0, 0, 0});
  tinyxml2::XMLDocument doc;
  REQUIRE(doc.Parse(svg.inline_svg().c_str()) == tinyxml2::XML_SUCCESS);
  const auto* root = doc.FirstChildElement("svg");
  REQUIRE(root);
  CHECK(root->Attribute("xmlns") == nullptr); // inline in HTML: no web address anywhere
  const auto* paper = root->FirstChildElement("rect");
  REQUIRE(paper);
  CHECK(std::string(paper->Attribute("fill")) == "#ffffff");
  const auto* g = paper->NextSiblingElement();
  REQUIRE(g);
  CHECK(std::string(g->Name()) == "g");
  CHECK(std::string(g->FirstChildElement("title")->GetText()) == "Proximity seeking: 5.0");
  const auto* bar = g->FirstChildElement("rect");
  REQUIRE(bar);
  CHECK(bar->FloatAttribute("y") == 90.f);
  CHECK(bar->FloatAttribute("height") == 60.f);
  CHECK(std::string(bar->Attribute("fill")) == "#46968c");
  CHECK(std::string(bar->Attribute("fill-opacity")) == "47.1%");
  const auto* line = g->NextSiblingElement();
  REQUIRE(line);
  CHECK(std::string(line->Name()) == "line");
  CHECK(std::string(line->Attribute("stroke")) == "#ce4248");
  CHECK(line->FloatAttribute("stroke-width") == 2.5f);
  CHECK(std::string(line->NextSiblingElement()->Name()) == "circle");
  CHECK(std::string(line->NextSiblingElement()->NextSiblingElement()->Name()) == "polygon");
  CHECK(std::string(line->NextSiblingElement()->NextSiblingElement()->Attribute("points")) == "1,2 3,4 5,6");
}

TEST_CASE("an item left open is closed and wider text is measured wider") {
  SvgDrawer svg(100, 100, {0, 0, 0});
  svg.begin_item("open");
  svg.rect(0, 0, 1, 1, {1, 2, 3});
  tinyxml2::XMLDocument doc;
  CHECK(doc.Parse(svg.svg().c_str()) == tinyxml2::XML_SUCCESS);
  CHECK(svg.text_width("Wiedervereinigung", 16) > svg.text_width("Reunion", 16));
  CHECK(svg.text_width("Ä", 16) == svg.text_width("A", 16)); // letters, not bytes
  CHECK(svg.text_width("Bold", 16, true) > svg.text_width("Bold", 16, false));
}
