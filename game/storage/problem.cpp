#include "storage/problem.hpp"

namespace sb::app::storage {

std::string_view Problem::message_id() const {
  switch (kind) {
    case Kind::Unreadable: return "storage.problem.unreadable";
    case Kind::Damaged: return "storage.problem.damaged";
    case Kind::NewerVersion: return "storage.problem.newer_version";
    case Kind::WrongKind: return "storage.problem.wrong_kind";
    case Kind::CouldNotSetAside: return "storage.problem.could_not_set_aside";
    case Kind::CouldNotSave: return "storage.problem.could_not_save";
    case Kind::CouldNotDelete: return "storage.problem.could_not_delete";
    case Kind::NoHome: return "storage.problem.no_home";
  }
  return "storage.problem.damaged";
}

std::string Problem::player_message() const {
  const std::string name = file.filename().string();
  const std::string kept = moved_to.empty() ? std::string()
                                            : " The old file is kept, untouched, as " + moved_to.string() + ".";
  switch (kind) {
    case Kind::Unreadable:
    case Kind::Damaged:
    case Kind::WrongKind:
      return "The game could not read " + name + ", so it started fresh with defaults." + kept;
    case Kind::NewerVersion:
      return name + " was saved by a newer version of the game, so this version started fresh with defaults." + kept;
    case Kind::CouldNotSetAside:
      return "The game could not read " + name + " and could not move it aside either; it is still at " +
             file.string() + ". The game is using defaults for now.";
    case Kind::CouldNotSave:
      return "The game could not save " + name + " just now. The previous copy is unchanged.";
    case Kind::CouldNotDelete:
      return "The game could not remove " + file.string() + ". You can delete it yourself.";
    case Kind::NoHome:
      return "The game could not find your home folder, so it cannot save anything in this session.";
  }
  return {};
}

std::string Problem::describe() const {
  std::string out(message_id());
  out.append(": ").append(file.string());
  if (line > 0) out.append(":").append(std::to_string(line));
  if (found_version > 0) out.append(" (format ").append(std::to_string(found_version)).append(")");
  if (!detail.empty()) out.append(": ").append(detail);
  if (!moved_to.empty()) out.append("; moved aside to ").append(moved_to.string());
  return out;
}

}  // namespace sb::app::storage
