#include "app/platform/fonts.hpp"

#include <array>
#include <cstdio>
#include <filesystem>

#include <spdlog/spdlog.h>

namespace sb::app {
namespace {

bool exists(const std::string& p) {
  std::error_code ec;
  return !p.empty() && std::filesystem::is_regular_file(p, ec);
}

// Asks fontconfig (when the package path differs, e.g. on other distributions).
std::string fc_match(const char* pattern) {
  std::string cmd = std::string("fc-match -f '%{file}' '") + pattern + "' 2>/dev/null";
  std::string out;
  if (FILE* f = popen(cmd.c_str(), "r")) {
    std::array<char, 512> buf{};
    while (std::fgets(buf.data(), static_cast<int>(buf.size()), f)) out += buf.data();
    pclose(f);
  }
  return out;
}

}  // namespace

std::optional<std::string> find_font(FontWeight weight) {
  const bool bold = weight == FontWeight::Bold;
  const std::string andika = bold ? "/usr/share/fonts/truetype/andika/Andika-Bold.ttf"
                                  : "/usr/share/fonts/truetype/andika/Andika-Regular.ttf";
  if (exists(andika)) return andika;
  const std::string fc_andika = fc_match(bold ? "Andika:bold" : "Andika");
  if (fc_andika.find("Andika") != std::string::npos && exists(fc_andika)) return fc_andika;
  const std::string dejavu = bold ? "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
                                  : "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
  if (exists(dejavu)) return dejavu;
  const std::string fc_dejavu = fc_match(bold ? "DejaVu Sans:bold" : "DejaVu Sans");
  if (exists(fc_dejavu)) return fc_dejavu;
  return std::nullopt;
}

std::optional<std::string> find_font(FontFace face, FontWeight weight) {
  if (face == FontFace::OpenDyslexic) {
    const bool bold = weight == FontWeight::Bold;
    const std::string dir = "/usr/share/fonts/opentype/opendyslexic/";
    const std::string file = dir + (bold ? "OpenDyslexic-Bold.otf" : "OpenDyslexic-Regular.otf");
    if (exists(file)) return file;
    const std::string fc = fc_match(bold ? "OpenDyslexic:bold" : "OpenDyslexic");
    if (fc.find("OpenDyslexic") != std::string::npos && exists(fc)) return fc;
  }
  return find_font(weight);
}

bool load_fonts(Fonts& fonts, FontFace face) {
  if (face == FontFace::Andika) return load_fonts(fonts);
  const auto regular = find_font(face, FontWeight::Regular);
  const auto bold = find_font(face, FontWeight::Bold);
  if (!regular || regular->find("OpenDyslexic") == std::string::npos) {
    spdlog::warn("OpenDyslexic is not installed (fonts-opendyslexic); keeping Andika");
    return load_fonts(fonts);
  }
  sf::Font r, b;
  if (!r.loadFromFile(*regular)) return load_fonts(fonts);
  if (!bold || !b.loadFromFile(*bold)) b = r;
  fonts.regular = r;
  fonts.bold = b;
  fonts.regular_path = *regular;
  fonts.bold_path = bold ? *bold : *regular;
  spdlog::info("fonts: {} and {}", fonts.regular_path, fonts.bold_path);
  return true;
}

bool load_fonts(Fonts& fonts) {
  const auto regular = find_font(FontWeight::Regular);
  if (!regular || !fonts.regular.loadFromFile(*regular)) {
    spdlog::error("no usable font found (install fonts-andika or fonts-dejavu-core)");
    return false;
  }
  fonts.regular_path = *regular;
  const auto bold = find_font(FontWeight::Bold);
  if (bold && fonts.bold.loadFromFile(*bold)) {
    fonts.bold_path = *bold;
  } else {
    fonts.bold.loadFromFile(*regular);
    fonts.bold_path = *regular;
  }
  spdlog::debug("fonts: {} and {}", fonts.regular_path, fonts.bold_path);
  return true;
}

}  // namespace sb::app
