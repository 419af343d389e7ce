#pragma once
// A throwaway home for one storage test: HOME and the XDG variables point into
// a fresh folder under /tmp, restored and removed when the test ends.
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <optional>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include <sys/stat.h>
#include <unistd.h>

#include "storage/paths.hpp"

namespace sb::storage_test {

class TempHome {
 public:
  enum class Xdg { Unset, Set };
  explicit TempHome(Xdg xdg = Xdg::Set) {
    std::string pattern = (std::filesystem::temp_directory_path() / "sb-storage-XXXXXX").string();
    if (!::mkdtemp(pattern.data())) throw std::runtime_error("mkdtemp failed");
    root_ = pattern;
    home_ = root_ / "home";
    std::filesystem::create_directories(home_);
    remember_and_set("HOME", home_.string());
    for (const char* name : {"XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME"}) {
      const std::string value = xdg == Xdg::Set ? (root_ / "xdg" / name).string() : std::string();
      remember_and_set(name, value);
    }
  }
  ~TempHome() {
    for (auto it = saved_.rbegin(); it != saved_.rend(); ++it) {
      if (it->second) ::setenv(it->first.c_str(), it->second->c_str(), 1);
      else ::unsetenv(it->first.c_str());
    }
    std::error_code ec;
    std::filesystem::permissions(root_, std::filesystem::perms::owner_all, ec);
    std::filesystem::remove_all(root_, ec);
  }
  TempHome(const TempHome&) = delete;
  TempHome& operator=(const TempHome&) = delete;

  const std::filesystem::path& root() const { return root_; }
  const std::filesystem::path& home() const { return home_; }
  app::storage::Paths paths() const { return *app::storage::Paths::from_environment(); }

 private:
  void remember_and_set(const std::string& name, const std::string& value) {
    const char* old = std::getenv(name.c_str());
    saved_.emplace_back(name, old ? std::optional<std::string>(old) : std::nullopt);
    if (value.empty()) ::unsetenv(name.c_str());
    else ::setenv(name.c_str(), value.c_str(), 1);
  }

  std::filesystem::path root_, home_;
  std::vector<std::pair<std::string, std::optional<std::string>>> saved_;
};

// Sets the umask for one scope.
class ScopedUmask {
 public:
  explicit ScopedUmask(mode_t mask) : old_(::umask(mask)) {}
  ~ScopedUmask() { ::umask(old_); }
  ScopedUmask(const ScopedUmask&) = delete;
  ScopedUmask& operator=(const ScopedUmask&) = delete;

 private:
  mode_t old_;
};

inline unsigned mode_of(const std::filesystem::path& p) {
  struct stat info{};
  if (::lstat(p.c_str(), &info) != 0) return 0;
  return info.st_mode & 07777;
}

inline std::string read_bytes(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

inline void write_bytes(const std::filesystem::path& p, const std::string& bytes) {
  std::filesystem::create_directories(p.parent_path());
  std::ofstream(p, std::ios::binary) << bytes;
}

// Files in dir whose name starts with `prefix`.
inline std::vector<std::filesystem::path> files_starting_with(const std::filesystem::path& dir,
                                                             const std::string& prefix) {
  std::vector<std::filesystem::path> out;
  std::error_code ec;
  for (std::filesystem::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec))
    if (it->path().filename().string().rfind(prefix, 0) == 0) out.push_back(it->path());
  return out;
}

}  // namespace sb::storage_test
