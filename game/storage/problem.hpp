#pragma once
// What went wrong with a saved file, in one value the UI can show (by string id,
// so it can be translated) and the log can print (describe()).
#include <filesystem>
#include <string>
#include <string_view>

namespace sb::app::storage {

struct Problem {
  enum class Kind {
    Unreadable,      // the file exists but could not be read (permissions, a folder in its place, too large)
    Damaged,         // it could not be understood: syntax, a missing field, a value out of shape
    NewerVersion,    // written by a newer game: format version above what this one knows
    WrongKind,       // another kind of file in this place (e.g. progress where settings belong)
    CouldNotSetAside,// one of the above, and renaming it aside failed too (it was left where it was)
    CouldNotSave,    // writing failed (disk full, no permission); the old file is unchanged
    CouldNotDelete,  // "delete my data" could not remove something
    NoHome,          // neither XDG variables nor a home folder say where data belongs
  };
  Kind kind = Kind::Damaged;
  std::filesystem::path file;      // the file concerned
  std::filesystem::path moved_to;  // where the unreadable copy now is; empty when it was not moved
  int line = 0;                    // where reading stopped, 0 when not about a line
  int found_version = 0;           // for NewerVersion: the version in the file
  std::string detail;              // technical detail in English, for the log

  // Stable id for the string tables, e.g. "storage.problem.damaged".
  std::string_view message_id() const;
  // A calm English sentence for the player, used until translations exist.
  std::string player_message() const;
  // One line for the log, with every detail.
  std::string describe() const;
};

}  // namespace sb::app::storage
