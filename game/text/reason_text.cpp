#include "text/reason_text.hpp"

#include "text/strings.hpp"

namespace sb::app {

std::string reason_text(const mind::Reason& r) {
  const std::string id = "reason." + r.key;
  if (r.key.empty() || !has_string(id)) return r.text;
  std::string said = tr(id, r.values);
  if (r.at.size() == 2) said = tr("reason.at", r.at) + " " + said;
  return said;
}

}  // namespace sb::app
