#include "storage/atomic_file.hpp"

#include <atomic>
#include <cerrno>
#include <charconv>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <utility>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "storage/paths.hpp"
#include "storage/timestamp.hpp"

namespace sb::storage {
namespace fs = std::filesystem;
namespace {

constexpr std::string_view kTempMarker = ".tmp-";

std::string errno_text(const char* what) { return std::string(what) + ": " + std::strerror(errno); }

Problem save_problem(const fs::path& target, std::string detail) {
  Problem p;
  p.kind = Problem::Kind::CouldNotSave;
  p.file = target;
  p.detail = std::move(detail);
  return p;
}

// Closes on scope exit; close errors are checked explicitly where they matter.
class Fd {
 public:
  explicit Fd(int fd) : fd_(fd) {}
  ~Fd() {
    if (fd_ >= 0) ::close(fd_);
  }
  Fd(const Fd&) = delete;
  Fd& operator=(const Fd&) = delete;
  int get() const { return fd_; }
  int release() { return std::exchange(fd_, -1); }

 private:
  int fd_;
};

bool write_all(int fd, std::string_view bytes) {
  while (!bytes.empty()) {
    const ssize_t n = ::write(fd, bytes.data(), bytes.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    bytes.remove_prefix(static_cast<std::size_t>(n));
  }
  return true;
}

bool fsync_dir(const fs::path& dir) {
  Fd fd(::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
  if (fd.get() < 0) return false;
  return ::fsync(fd.get()) == 0;
}

// ".settings.ini.tmp-1234-7" -> 1234 when the name belongs to `target_name`.
std::optional<pid_t> temp_owner(std::string_view filename, std::string_view target_name) {
  std::string prefix(1, '.');
  prefix.append(target_name).append(kTempMarker);
  if (filename.substr(0, prefix.size()) != prefix) return std::nullopt;
  std::string_view rest = filename.substr(prefix.size());
  long pid = 0;
  auto [end, ec] = std::from_chars(rest.data(), rest.data() + rest.size(), pid);
  if (ec != std::errc() || end == rest.data() || pid <= 0) return std::nullopt;
  return static_cast<pid_t>(pid);
}

// A killed writer leaves its temporary behind; remove those whose process is gone.
void remove_stale_temporaries(const fs::path& dir, const std::string& target_name) {
  std::error_code ec;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    const std::string name = it->path().filename().string();
    const auto owner = temp_owner(name, target_name);
    if (!owner || *owner == ::getpid()) continue;
    if (::kill(*owner, 0) != 0 && errno == ESRCH) ::unlink(it->path().c_str());
  }
}

bool rename_no_replace(const fs::path& from, const fs::path& to) {
  if (::renameat2(AT_FDCWD, from.c_str(), AT_FDCWD, to.c_str(), RENAME_NOREPLACE) == 0) return true;
  if (errno != EINVAL && errno != ENOSYS) return false;
  // A filesystem without RENAME_NOREPLACE: a hard link fails with EEXIST instead of replacing.
  if (::link(from.c_str(), to.c_str()) == 0) return ::unlink(from.c_str()) == 0;
  if (errno == EEXIST) return false;
  struct stat info{};
  if (::lstat(to.c_str(), &info) == 0) {
    errno = EEXIST;
    return false;
  }
  return ::rename(from.c_str(), to.c_str()) == 0;
}

}  // namespace

bool is_temporary_name(std::string_view filename) {
  return !filename.empty() && filename.front() == '.' && filename.find(kTempMarker) != std::string_view::npos;
}

std::optional<Problem> atomic_write_file(const fs::path& target, std::string_view bytes, Folder folder) {
  static std::atomic<unsigned> counter{0};
  const fs::path dir = target.parent_path().empty() ? fs::path(".") : target.parent_path();
  if (auto problem = folder == Folder::GameOwn ? ensure_private_dir(dir) : create_private_dirs(dir)) {
    problem->file = target;
    return problem;
  }
  const std::string name = target.filename().string();
  remove_stale_temporaries(dir, name);
  const fs::path temp = dir / ("." + name + std::string(kTempMarker) + std::to_string(::getpid()) + "-" +
                               std::to_string(counter.fetch_add(1)));

  Fd fd(::open(temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0600));
  if (fd.get() < 0) return save_problem(target, errno_text("cannot create a temporary file"));
  auto abandon = [&](std::string detail) {
    ::unlink(temp.c_str());
    return save_problem(target, std::move(detail));
  };
  if (::fchmod(fd.get(), 0600) != 0) return abandon(errno_text("cannot make the file private"));
  if (!write_all(fd.get(), bytes)) return abandon(errno_text("cannot write"));
  if (::fsync(fd.get()) != 0) return abandon(errno_text("cannot flush to disk"));
  if (::close(fd.release()) != 0) return abandon(errno_text("cannot close"));
  if (::rename(temp.c_str(), target.c_str()) != 0) return abandon(errno_text("cannot replace the old file"));
  // The new name must reach the disk too, or a power cut could bring the old file back.
  if (!fsync_dir(dir)) return save_problem(target, errno_text("saved, but cannot flush the folder"));
  return std::nullopt;
}

ReadResult read_whole_file(const fs::path& file, std::size_t max_bytes) {
  ReadResult result;
  // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer forever.
  Fd fd(::open(file.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY));
  if (fd.get() < 0) {
    result.status = errno == ENOENT ? ReadResult::Status::Missing : ReadResult::Status::Failed;
    if (errno != ENOENT) result.error = errno_text("cannot open");
    return result;
  }
  struct stat info{};
  if (::fstat(fd.get(), &info) != 0 || !S_ISREG(info.st_mode)) {
    result.status = ReadResult::Status::Failed;
    result.error = "not a regular file";
    return result;
  }
  char buffer[65536];
  for (;;) {
    const ssize_t n = ::read(fd.get(), buffer, sizeof buffer);
    if (n < 0) {
      if (errno == EINTR) continue;
      result.status = ReadResult::Status::Failed;
      result.error = errno_text("cannot read");
      return result;
    }
    if (n == 0) break;
    if (result.bytes.size() + static_cast<std::size_t>(n) > max_bytes) {
      result.status = ReadResult::Status::Failed;
      result.error = "larger than " + std::to_string(max_bytes) + " bytes";
      result.bytes.clear();
      return result;
    }
    result.bytes.append(buffer, static_cast<std::size_t>(n));
  }
  result.status = ReadResult::Status::Ok;
  return result;
}

std::optional<fs::path> set_aside(const fs::path& file, std::string* error) {
  const std::string base = file.filename().string() + ".damaged-" + utc_now_compact();
  for (int attempt = 1; attempt <= 1000; ++attempt) {
    const fs::path to = file.parent_path() / (attempt == 1 ? base : base + "-" + std::to_string(attempt));
    if (rename_no_replace(file, to)) return to;
    if (errno != EEXIST) {
      if (error) *error = errno_text("cannot rename");
      return std::nullopt;
    }
  }
  if (error) *error = "too many damaged copies with the same time";
  return std::nullopt;
}

}  // namespace sb::storage
