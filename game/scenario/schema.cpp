// The format's element table and the XSD generated from it.
#include "scenario/schema.hpp"

#include "scenario/adult_acts.hpp"

#include "scenario/model.hpp"

#include <sstream>
#include <unordered_map>

namespace sb::scenario {

namespace {

using T = AttrType;
const std::vector<std::string> kStyles = {"sensitive", "rejecting", "inconsistent", "frightening", "custom"};

AttrSpec req(std::string n, T t, std::vector<std::string> v = {}) { return {std::move(n), t, true, std::move(v), {}}; }
AttrSpec opt(std::string n, T t, std::vector<std::string> v = {}) { return {std::move(n), t, false, std::move(v), {}}; }
ChildSpec any(std::string n, int rank = 0) { return {std::move(n), 0, -1, rank}; }
ChildSpec one(std::string n, int rank) { return {std::move(n), 1, 1, rank}; }
ChildSpec maybe(std::string n, int rank) { return {std::move(n), 0, 1, rank}; }

// Effects and stage directions go together after a line's text.
std::vector<ChildSpec> effects(int rank) { return {any("set", rank), any("add", rank), any("child", rank), any("stage", rank)}; }

std::vector<ElementSpec> build() {
  std::vector<ElementSpec> s;
  s.push_back({"scenario", {req("id", T::Id), opt("format", T::Enum, {"1", "2"})},
               {one("meta", 0), one("world", 1), one("actors", 2), maybe("caregiving", 3), one("episodes", 4),
                maybe("story", 5), one("endings", 6)},
               TextRule::None, "The whole scenario."});
  s.push_back({"meta",
               {req("title", T::Text), req("life-stage", T::Enum, {"infancy", "toddlerhood", "school", "adulthood", "later-life"}),
                req("minutes", T::Positive), opt("time-scale", T::Positive)},
               {one("summary", 0), any("goal", 1), any("content-note", 2), any("reference", 3)},
               TextRule::None, "What the scenario is, for menus and the debrief."});
  s.push_back({"summary", {}, {}, TextRule::Required, ""});
  s.push_back({"goal", {}, {}, TextRule::Required, ""});
  s.push_back({"content-note", {}, {}, TextRule::Required, ""});
  s.push_back({"reference", {req("key", T::Id)}, {}, TextRule::Required, ""});

  s.push_back({"world", {req("width", T::Positive), req("height", T::Positive)},
               {any("region"), any("obstacle"), any("toy"), any("hazard"), any("spawn")}, TextRule::None, ""});
  s.push_back({"region",
               {req("id", T::Id), req("kind", T::Enum, {"rug", "room", "yard", "gate", "door"}), req("x", T::NonNegative),
                req("y", T::NonNegative), req("w", T::Positive), req("h", T::Positive)},
               {}, TextRule::None, ""});
  s.push_back({"obstacle",
               {req("id", T::Id),
                req("kind", T::Enum, {"chair", "shelf", "table", "wall", "bench", "bed", "sofa", "tree", "car", "slide",
                                      "climbing-frame", "planter", "railings", "other"}),
                req("x", T::NonNegative), req("y", T::NonNegative), req("w", T::Positive), req("h", T::Positive),
                opt("image", T::AssetPath)},
               {}, TextRule::None, ""});
  s.push_back({"toy",
               {req("id", T::Id), req("kind", T::Enum, {"ball", "blocks", "bear", "rabbit", "book", "car", "doll", "phone", "mug", "plant", "tissues", "keys", "coat", "photo", "cushion", "other"}),
                opt("shape", T::Enum, {"circle", "box"}), req("x", T::NonNegative), req("y", T::NonNegative),
                opt("radius", T::Positive), opt("image", T::AssetPath)},
               {}, TextRule::None, ""});
  s.push_back({"hazard",
               {req("id", T::Id), req("kind", T::Enum, {"dog", "thunder", "stranger", "nightmare", "noise", "other"}),
                req("intensity", T::Unit), opt("episodes", T::IdRefs), opt("from", T::NonNegative),
                opt("until", T::NonNegative), opt("x", T::NonNegative), opt("y", T::NonNegative), opt("sound", T::AssetPath)},
               {}, TextRule::None, ""});
  s.push_back({"spawn", {req("actor", T::IdRef), req("x", T::NonNegative), req("y", T::NonNegative)}, {}, TextRule::None, ""});

  s.push_back({"actors", {}, {{"actor", 1, -1, 0}}, TextRule::None, ""});
  s.push_back({"actor",
               {req("id", T::Id),
                req("role", T::Enum, {"child", "caregiver", "stranger", "teacher", "partner", "mentor", "other"}),
                req("name", T::Text)},
               {}, TextRule::None, ""});

  s.push_back({"caregiving", {req("default", T::Enum, kStyles)}, {{"style", 1, -1, 0}, any("adjust", 1)}, TextRule::None, ""});
  s.push_back({"style", {req("name", T::Enum, kStyles)}, {}, TextRule::None, ""});
  s.push_back({"adjust",
               {req("param", T::Enum, {"sensitivity", "acceptance", "cooperation", "accessibility", "frightening"}),
                opt("style", T::Enum, kStyles), opt("set", T::Number), opt("add", T::Number)},
               {}, TextRule::None, ""});

  s.push_back({"episodes", {}, {{"episode", 1, -1, 0}}, TextRule::None, ""});
  s.push_back({"episode",
               {req("id", T::Id), req("title", T::Text),
                req("role", T::Enum, {"introduction", "exploration", "stranger", "separation", "alone", "reunion", "free"}),
                req("present", T::IdRefs), req("min", T::NonNegative), req("max", T::NonNegative),
                opt("light", T::Enum, {"day", "evening", "night"})},
               {maybe("note", 0), any("enter", 1), any("leave", 1), any("presence", 1), any("end-early", 2), maybe("extend", 3)},
               TextRule::None, ""});
  s.push_back({"note", {}, {}, TextRule::Required, ""});
  s.push_back({"enter", {req("actor", T::IdRef), req("at", T::NonNegative)}, {}, TextRule::None, ""});
  s.push_back({"leave", {req("actor", T::IdRef), req("at", T::NonNegative)}, {}, TextRule::None, ""});
  s.push_back({"presence", {req("actor", T::IdRef), req("when", T::Condition)}, {}, TextRule::None,
               "The actor is in the room during this episode exactly while the condition holds."});
  s.push_back({"end-early", {req("when", T::Condition), opt("for", T::NonNegative)}, {}, TextRule::None, ""});
  s.push_back({"extend", {req("until", T::Condition)}, {}, TextRule::None, ""});

  s.push_back({"story", {opt("start", T::IdRef)},
               {maybe("variables", 0), any("trigger", 1), any("narration", 1), any("say", 1), any("choice", 1),
                any("answer", 1), any("jump", 1), any("end", 1)},
               TextRule::None, ""});
  s.push_back({"variables", {}, {any("var")}, TextRule::None, ""});
  s.push_back({"var",
               {req("name", T::Id), req("type", T::Enum, {"bool", "int", "float"}), opt("min", T::Number),
                opt("max", T::Number), opt("init", T::Text)},
               {}, TextRule::None, ""});
  s.push_back({"trigger",
               {req("id", T::Id), req("on", T::Enum, {"episode-start", "region", "arousal", "bid", "timer"}),
                req("next", T::IdRef), opt("episode", T::IdRef), opt("region", T::IdRef), opt("above", T::Unit),
                opt("after", T::NonNegative), opt("when", T::Condition), opt("once", T::Bool)},
               {}, TextRule::None, ""});
  s.push_back({"narration", {req("id", T::Id), req("line", T::LineId), opt("next", T::IdRef)}, effects(0),
               TextRule::Required, ""});
  s.push_back({"say", {req("id", T::Id), req("line", T::LineId), req("speaker", T::IdRef), opt("next", T::IdRef)},
               effects(0), TextRule::Required, ""});
  s.push_back({"choice", {req("id", T::Id)}, {maybe("prompt", 0), {"option", 1, -1, 1}}, TextRule::None, ""});
  s.push_back({"prompt", {req("line", T::LineId), opt("speaker", T::IdRef)}, {}, TextRule::Required, ""});
  s.push_back({"option",
               {req("id", T::Id), req("line", T::LineId), opt("next", T::IdRef), opt("when", T::Condition),
                opt("default", T::Bool), opt("act", T::Enum, option_act_names()), opt("to", T::IdRef)},
               effects(0), TextRule::Required, ""});
  s.push_back({"answer", {req("id", T::Id), req("speaker", T::IdRef)}, {{"case", 1, -1, 0}}, TextRule::None, ""});
  s.push_back({"case",
               {opt("style", T::EnumList, kStyles), opt("when", T::Condition), req("line", T::LineId), opt("next", T::IdRef)},
               effects(0), TextRule::Required, ""});
  s.push_back({"jump", {req("id", T::Id), opt("next", T::IdRef)}, {any("if")}, TextRule::None, ""});
  s.push_back({"if", {req("when", T::Condition), req("next", T::IdRef)}, {}, TextRule::None, ""});
  s.push_back({"end", {req("id", T::Id), req("ending", T::IdRef)}, {}, TextRule::None, ""});
  s.push_back({"set", {req("var", T::IdRef), req("value", T::Text)}, {}, TextRule::None, ""});
  s.push_back({"add", {req("var", T::IdRef), req("value", T::Number)}, {}, TextRule::None, ""});
  s.push_back({"child", {opt("felt_security", T::Delta), opt("arousal", T::Delta), opt("expressed_distress", T::Delta)},
               {}, TextRule::None, ""});
  s.push_back({"stage",
               {req("actor", T::IdRef), req("do", T::Enum, stage_act_names()), opt("to", T::IdRef), opt("toy", T::IdRef),
                opt("expression", T::Enum, expression_names())},
               {}, TextRule::None, "What an actor visibly does when the line is shown."});

  s.push_back({"endings", {}, {{"ending", 1, -1, 0}}, TextRule::None, ""});
  s.push_back({"ending",
               {req("id", T::Id), req("outcome", T::Enum, {"secure", "avoidant", "anxious", "disorganized", "dismissing", "preoccupied", "fearful"}),
                opt("by", T::Enum, {"classification", "path"}), req("title", T::Text)},
               {{"epilogue", 1, -1, 0}, any("debrief", 1)}, TextRule::None, ""});
  s.push_back({"epilogue", {opt("when", T::Condition), opt("line", T::LineId)}, {}, TextRule::Required, ""});
  s.push_back({"debrief", {req("key", T::Id)}, {}, TextRule::None, ""});
  return s;
}

// ---- XSD generation --------------------------------------------------------------
std::string simple_type(const AttrSpec& a) {
  switch (a.type) {
    case T::Id: case T::IdRef: return "id";
    case T::IdRefs: return "ids";
    case T::LineId: return "lineId";
    case T::Text: case T::Condition: return "text";
    case T::Number: return "xs:decimal";
    case T::NonNegative: return "nonNegative";
    case T::Positive: return "positive";
    case T::Unit: return "unit";
    case T::Delta: return "delta";
    case T::Integer: return "xs:integer";
    case T::Bool: return "xs:boolean";
    case T::AssetPath: return "assetPath";
    default: return "";
  }
}

void write_attr(std::ostringstream& os, const AttrSpec& a, const std::string& ind) {
  const char* use = a.required ? "required" : "optional";
  const std::string t = simple_type(a);
  if (!t.empty()) {
    os << ind << "<xs:attribute name=\"" << a.name << "\" type=\"" << t << "\" use=\"" << use << "\"/>\n";
    return;
  }
  os << ind << "<xs:attribute name=\"" << a.name << "\" use=\"" << use << "\">\n" << ind << "  <xs:simpleType>\n";
  std::string inner = ind + "    ";
  if (a.type == T::EnumList) {
    os << inner << "<xs:list>\n" << inner << "  <xs:simpleType>\n";
    inner += "    ";
  }
  os << inner << "<xs:restriction base=\"xs:token\">\n";
  for (const auto& v : a.values) os << inner << "  <xs:enumeration value=\"" << v << "\"/>\n";
  os << inner << "</xs:restriction>\n";
  if (a.type == T::EnumList) {
    inner.resize(inner.size() - 4);
    os << inner << "  </xs:simpleType>\n" << inner << "</xs:list>\n";
  }
  os << ind << "  </xs:simpleType>\n" << ind << "</xs:attribute>\n";
}

std::string occurs(int min, int max) {
  std::string s;
  if (min != 1) s += " minOccurs=\"" + std::to_string(min) + "\"";
  if (max != 1) s += " maxOccurs=\"" + (max < 0 ? std::string("unbounded") : std::to_string(max)) + "\"";
  return s;
}

void write_children(std::ostringstream& os, const ElementSpec& e, const std::string& ind) {
  os << ind << "<xs:sequence>\n";
  std::size_t i = 0;
  while (i < e.children.size()) {
    std::size_t j = i;
    while (j < e.children.size() && e.children[j].rank == e.children[i].rank) ++j;
    if (j - i == 1) {
      const ChildSpec& c = e.children[i];
      os << ind << "  <xs:element name=\"" << c.name << "\" type=\"el-" << c.name << "\"" << occurs(c.min, c.max) << "/>\n";
    } else {
      os << ind << "  <xs:choice minOccurs=\"0\" maxOccurs=\"unbounded\">\n";
      for (std::size_t k = i; k < j; ++k)
        os << ind << "    <xs:element name=\"" << e.children[k].name << "\" type=\"el-" << e.children[k].name << "\"/>\n";
      os << ind << "  </xs:choice>\n";
    }
    i = j;
  }
  os << ind << "</xs:sequence>\n";
}

}  // namespace

const std::vector<ElementSpec>& schema() {
  static const std::vector<ElementSpec> s = build();
  return s;
}

const ElementSpec* element_spec(const std::string& name) {
  static const std::unordered_map<std::string, const ElementSpec*> index = [] {
    std::unordered_map<std::string, const ElementSpec*> m;
    for (const auto& e : schema()) m.emplace(e.name, &e);
    return m;
  }();
  const auto it = index.find(name);
  return it == index.end() ? nullptr : it->second;
}

std::string schema_xsd() {
  std::ostringstream os;
  os << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<!-- Secure Base scenario format, version 2 (version 1 files are valid version 2 files). Generated from game/scenario/schema.cpp;\n"
        "     do not edit by hand. Regenerate: sb_scenario_tool schema > assets/scenarios/scenario.xsd\n"
        "     (a ctest fails when this file and the validator's table differ).\n"
        "     Documentation: FORMAT.md beside this file. Cross-references, reachability and\n"
        "     condition checks are beyond XSD: run `securebase validate` for those. -->\n"
        "<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\">\n\n";
  // Simple types shared by attributes.
  os << R"(  <xs:simpleType name="id">
    <xs:restriction base="xs:string"><xs:pattern value="[A-Za-z][A-Za-z0-9_.\-]{0,63}"/></xs:restriction>
  </xs:simpleType>
  <xs:simpleType name="ids">
    <xs:list itemType="id"/>
  </xs:simpleType>
  <xs:simpleType name="lineId">
    <xs:restriction base="xs:string"><xs:pattern value="[A-Za-z0-9][A-Za-z0-9_.\-]{0,127}"/></xs:restriction>
  </xs:simpleType>
  <xs:simpleType name="text">
    <xs:restriction base="xs:string"><xs:pattern value="[\s\S]*\S[\s\S]*"/></xs:restriction>
  </xs:simpleType>
  <xs:simpleType name="nonNegative">
    <xs:restriction base="xs:decimal"><xs:minInclusive value="0"/></xs:restriction>
  </xs:simpleType>
  <xs:simpleType name="positive">
    <xs:restriction base="xs:decimal"><xs:minExclusive value="0"/></xs:restriction>
  </xs:simpleType>
  <xs:simpleType name="unit">
    <xs:restriction base="xs:decimal"><xs:minInclusive value="0"/><xs:maxInclusive value="1"/></xs:restriction>
  </xs:simpleType>
  <xs:simpleType name="delta">
    <xs:restriction base="xs:decimal"><xs:minInclusive value="-1"/><xs:maxInclusive value="1"/></xs:restriction>
  </xs:simpleType>
  <xs:simpleType name="assetPath">
    <xs:restriction base="xs:string"><xs:pattern value="[A-Za-z0-9_\-][A-Za-z0-9_.\-]*(/[A-Za-z0-9_\-][A-Za-z0-9_.\-]*)*"/></xs:restriction>
  </xs:simpleType>

  <xs:element name="scenario" type="el-scenario"/>

)";
  for (const ElementSpec& e : schema()) {
    const bool has_children = !e.children.empty();
    const bool has_text = e.text != TextRule::None;
    if (has_text && !has_children) {
      os << "  <xs:complexType name=\"el-" << e.name << "\">\n    <xs:simpleContent>\n"
         << "      <xs:extension base=\"text\">\n";
      for (const auto& a : e.attrs) write_attr(os, a, "        ");
      os << "      </xs:extension>\n    </xs:simpleContent>\n  </xs:complexType>\n";
      continue;
    }
    os << "  <xs:complexType name=\"el-" << e.name << "\"" << (has_text ? " mixed=\"true\"" : "") << ">\n";
    if (has_children) write_children(os, e, "    ");
    for (const auto& a : e.attrs) write_attr(os, a, "    ");
    if (e.name == "scenario")
      os << "    <xs:anyAttribute namespace=\"http://www.w3.org/2001/XMLSchema-instance\" processContents=\"lax\"/>\n";
    os << "  </xs:complexType>\n";
  }
  os << "</xs:schema>\n";
  return os.str();
}

}  // namespace sb::scenario
