#pragma once
// Text made safe inside XML and HTML elements and attributes (& < > " ' escaped,
// control characters XML 1.0 forbids turned into spaces). The SVG charts and the
// HTML report share it.
#include <string>

namespace sb::report {

std::string xml_escape(const std::string& s);

}  // namespace sb::report
