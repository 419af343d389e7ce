#include "storage/paths.hpp"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

namespace sb::storage {
namespace fs = std::filesystem;
namespace {

std::optional<fs::path> absolute_env(const char* name) {
  const char* value = std::getenv(name);
  if (value == nullptr || *value == '\0') return std::nullopt;
  fs::path p(value);
  if (!p.is_absolute()) return std::nullopt;
  return p;
}

std::optional<fs::path> home_dir() {
  if (auto home = absolute_env("HOME")) return home;
  // No HOME (a bare service environment): ask the password database.
  std::vector<char> buffer(16384);
  passwd entry{};
  passwd* found = nullptr;
  if (getpwuid_r(getuid(), &entry, buffer.data(), buffer.size(), &found) == 0 && found && found->pw_dir &&
      found->pw_dir[0] == '/')
    return fs::path(found->pw_dir);
  return std::nullopt;
}

}  // namespace

std::optional<Paths> Paths::from_environment(Problem* problem) {
  const auto home = home_dir();
  auto pick = [&](const char* var, const fs::path& fallback) -> std::optional<fs::path> {
    if (auto xdg = absolute_env(var)) return *xdg / kAppFolderName;
    if (home) return *home / fallback / kAppFolderName;
    return std::nullopt;
  };
  auto data = pick("XDG_DATA_HOME", fs::path(".local") / "share");
  auto config = pick("XDG_CONFIG_HOME", ".config");
  auto state = pick("XDG_STATE_HOME", fs::path(".local") / "state");
  if (!data || !config || !state) {
    if (problem) {
      *problem = Problem{};
      problem->kind = Problem::Kind::NoHome;
      problem->detail = "HOME is unset and the password database has no home folder";
    }
    return std::nullopt;
  }
  return Paths{data->lexically_normal(), config->lexically_normal(), state->lexically_normal()};
}

namespace {
// Walks down from the first missing ancestor so each new folder gets 0700; with
// `narrow_existing`, an existing `dir` is set to 0700 too.
std::optional<Problem> make_dirs(const fs::path& dir, bool narrow_existing) {
  auto fail = [&](const fs::path& where, int err) {
    Problem p;
    p.kind = Problem::Kind::CouldNotSave;
    p.file = where;
    p.detail = std::string("cannot create a private folder: ") + std::strerror(err);
    return p;
  };
  std::vector<fs::path> missing;
  for (fs::path p = dir; !p.empty(); p = p.parent_path()) {
    struct stat info{};
    if (::stat(p.c_str(), &info) == 0) {
      if (!S_ISDIR(info.st_mode)) return fail(p, ENOTDIR);
      break;
    }
    if (errno != ENOENT) return fail(p, errno);
    missing.push_back(p);
    if (p == p.parent_path()) break;
  }
  for (auto it = missing.rbegin(); it != missing.rend(); ++it) {
    if (::mkdir(it->c_str(), 0700) != 0) {
      if (errno != EEXIST) return fail(*it, errno);
      continue;  // made by someone else meanwhile: not ours to change
    }
    if (::chmod(it->c_str(), 0700) != 0) return fail(*it, errno);  // the umask may have taken bits away
  }
  if (narrow_existing && missing.empty() && ::chmod(dir.c_str(), 0700) != 0) return fail(dir, errno);
  return std::nullopt;
}
}  // namespace

std::optional<Problem> ensure_private_dir(const fs::path& dir) { return make_dirs(dir, true); }

std::optional<Problem> create_private_dirs(const fs::path& dir) { return make_dirs(dir, false); }

}  // namespace sb::storage
