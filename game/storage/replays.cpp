#include "storage/replays.hpp"

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstring>
#include <ctime>
#include <mutex>

#include <sys/stat.h>
#include <unistd.h>

#include "storage/atomic_file.hpp"

namespace sb::storage {
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

std::string replay_file_name(std::string_view scenario_file, std::time_t when, int n) {
  std::tm parts{};
  gmtime_r(&when, &parts);
  std::array<char, 32> stamp{};
  const std::string base = scenario_file.empty() ? "playroom" : fs::path(scenario_file).stem().string();
  std::string name = base + "-" + std::string(stamp.data(), std::strftime(stamp.data(), stamp.size(), "%Y%m%d-%H%M%S", &parts));
  if (n > 1) name += "-" + std::to_string(n);
  return name + ".sbreplay";
}

std::optional<fs::path> save_replay(const Paths& paths, std::string_view scenario_file, const std::string& bytes,
                                    Problem* problem) {
  auto dir = ensure_replays_dir(paths, problem);
  if (!dir) return std::nullopt;
  const std::time_t now = std::time(nullptr);
  fs::path file = *dir / replay_file_name(scenario_file, now);
  std::error_code ec;
  for (int n = 2; fs::exists(file, ec); ++n) file = *dir / replay_file_name(scenario_file, now, n);
  if (auto p = atomic_write_file(file, bytes, Folder::GameOwn)) {
    if (problem) *problem = *p;
    return std::nullopt;
  }
  return file;
}

namespace {
std::mutex last_play_mutex;
std::optional<std::string>& last_play_bytes() {
  static std::optional<std::string> bytes;
  return bytes;
}
}  // namespace

void remember_last_play(std::string replay_bytes) {
  std::lock_guard lock(last_play_mutex);
  last_play_bytes() = std::move(replay_bytes);
}

bool find_last_play(const Paths* paths, const std::function<bool(const std::string&)>& try_one) {
  std::optional<std::string> remembered;
  {
    std::lock_guard lock(last_play_mutex);
    remembered = last_play_bytes();
  }
  if (remembered && try_one(*remembered)) return true;
  if (!paths) return false;
  for (const ReplayFile& f : list_replays(*paths)) {
    auto read = read_whole_file(f.path);
    if (read.status == ReadResult::Status::Ok && try_one(read.bytes)) return true;
  }
  return false;
}

}  // namespace sb::storage
