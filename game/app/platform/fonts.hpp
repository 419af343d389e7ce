#pragma once
// Fonts come from Debian packages (fonts-andika, else fonts-dejavu-core), never
// from the repository. Andika was designed for early readers, which suits a
// game about childhood and a projector in a classroom.
#include <optional>
#include <string>

#include <SFML/Graphics/Font.hpp>

namespace sb::app {

enum class FontWeight { Regular, Bold };
// Andika by default; OpenDyslexic (fonts-opendyslexic) when the player asks for it.
enum class FontFace { Andika, OpenDyslexic };

// The path of the best font installed, or nullopt if none of ours is.
std::optional<std::string> find_font(FontWeight weight);

struct Fonts {
  sf::Font regular, bold;
  std::string regular_path, bold_path;
};

// Loads both weights (bold falls back to regular); false if no font is found.
bool load_fonts(Fonts& fonts);
// The same for a chosen face; OpenDyslexic falls back to Andika when it is not
// installed. Safe while screens run: labels are made afresh every frame.
bool load_fonts(Fonts& fonts, FontFace face);
std::optional<std::string> find_font(FontFace face, FontWeight weight);

}  // namespace sb::app
