#include "storage/replays.hpp"

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstring>
#include <ctime>

#include <sys/stat.h>
#include <unistd.h>

namespace sb::app::storage {
namespace fs = std::filesystem;
namespace {

std::string utc_iso(std::time_t t) {
  std::tm parts{};
  gmtime_r(&t, &parts);
  std::array<char, 32> buffer{};
  return std::string(buffer.data(), std::strftime(buffer.data(), buffer.size(), "%Y-%m-%dT%H:%M:%SZ", &parts));
}

}  // namespace

std::optional<fs::path> ensure_replays_dir(const Paths& paths, Problem* problem) {
  for (const fs::path& dir : {paths.data, paths.replays_dir()}) {
    if (auto p = ensure_private_dir(dir)) {
      if (problem) *problem = *p;
      return std::nullopt;
    }
  }
  return paths.replays_dir();
}

std::vector<ReplayFile> list_replays(const Paths& paths) {
  std::vector<ReplayFile> out;
  std::vector<std::time_t> times;
  std::error_code ec;
  for (fs::directory_iterator it(paths.replays_dir(), ec), end; !ec && it != end; it.increment(ec)) {
    const std::string name = it->path().filename().string();
    if (name.empty() || name.front() == '.') continue;
    struct stat info{};
    if (::lstat(it->path().c_str(), &info) != 0 || !S_ISREG(info.st_mode)) continue;
    out.push_back(ReplayFile{name, it->path(), static_cast<std::uintmax_t>(info.st_size), utc_iso(info.st_mtime)});
  }
  std::sort(out.begin(), out.end(), [](const ReplayFile& a, const ReplayFile& b) {
    return a.modified != b.modified ? a.modified > b.modified : a.name < b.name;
  });
  return out;
}

std::optional<Problem> delete_replay(const Paths& paths, std::string_view name) {
  Problem p;
  p.kind = Problem::Kind::CouldNotDelete;
  p.file = paths.replays_dir() / std::string(name);
  if (name.empty() || name == "." || name == ".." || name.find('/') != std::string_view::npos ||
      name.find('\0') != std::string_view::npos) {
    p.detail = "not a plain file name";
    return p;
  }
  struct stat info{};
  if (::lstat(p.file.c_str(), &info) != 0 || !S_ISREG(info.st_mode)) {
    p.detail = "no such replay";
    return p;
  }
  if (::unlink(p.file.c_str()) != 0) {
    p.detail = std::strerror(errno);
    return p;
  }
  return std::nullopt;
}

}  // namespace sb::app::storage
