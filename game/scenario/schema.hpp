#pragma once
// The format's structure as data: which elements exist, their attributes and types,
// and which children they take in what order. The validator checks files against it
// and scenario.xsd is generated from it (`schema_xsd()`), so the two cannot drift.

#include <string>
#include <vector>

namespace sb::scenario {

enum class AttrType {
  Id,          // a name: letter, then letters, digits, _ . -
  IdRef,       // the id of something declared elsewhere
  IdRefs,      // ids separated by spaces
  LineId,      // a stable line id: letters, digits, _ . -
  Text,        // any text
  Number,      // decimal
  NonNegative, // decimal >= 0
  Positive,    // decimal > 0
  Unit,        // decimal in 0..1
  Delta,       // decimal in -1..1
  Integer,     // whole number
  Bool,        // true | false
  Condition,   // see condition.hpp
  AssetPath,   // relative path inside the assets folder
  Enum,        // one of `values`
  EnumList,    // space-separated values from `values`
};

struct AttrSpec {
  std::string name;
  AttrType type = AttrType::Text;
  bool required = false;
  std::vector<std::string> values; // Enum, EnumList
  std::string doc;
};

struct ChildSpec {
  std::string name;
  int min = 0;
  int max = 1; // -1 = unbounded
  int rank = 0; // children must appear in non-decreasing rank; equal ranks mix freely
};

enum class TextRule { None, Required, Optional };

struct ElementSpec {
  std::string name;
  std::vector<AttrSpec> attrs;
  std::vector<ChildSpec> children;
  TextRule text = TextRule::None;
  std::string doc;
};

const std::vector<ElementSpec>& schema();
const ElementSpec* element_spec(const std::string& name);
std::string schema_xsd(); // the XML Schema equivalent of schema()

}  // namespace sb::scenario
