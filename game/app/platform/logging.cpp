#include "app/platform/logging.hpp"

#include <cerrno>
#include <cstring>
#include <memory>
#include <mutex>
#include <stdexcept>
#include <vector>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <spdlog/sinks/base_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include "storage/atomic_file.hpp"
#include "storage/paths.hpp"

namespace sb::app {
namespace {

// The log file, written through a descriptor we opened ourselves (see open_log).
class LogFileSink final : public spdlog::sinks::base_sink<std::mutex> {
 public:
  explicit LogFileSink(int fd) : fd_(fd) {}
  ~LogFileSink() override { ::close(fd_); }
  LogFileSink(const LogFileSink&) = delete;
  LogFileSink& operator=(const LogFileSink&) = delete;

 protected:
  void sink_it_(const spdlog::details::log_msg& msg) override {
    spdlog::memory_buf_t line;
    formatter_->format(msg, line);
    const char* p = line.data();
    std::size_t left = line.size();
    while (left > 0) {
      const ssize_t n = ::write(fd_, p, left);
      if (n < 0 && errno == EINTR) continue;
      if (n <= 0) return;  // a full disk loses log lines, never the game
      p += n;
      left -= static_cast<std::size_t>(n);
    }
  }
  void flush_() override {}  // write() is unbuffered

 private:
  int fd_;
};

// Opens the log to append, never through a symbolic link: a link planted where the
// log belongs must not make the game write into, or chmod, another file. Such a
// link is kept aside (not followed, not deleted) and a fresh log begun. A FIFO or
// anything else that is not a regular file is refused without waiting on it.
int open_log(const std::filesystem::path& file, std::string* note) {
  const int flags = O_WRONLY | O_CREAT | O_APPEND | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK | O_NOCTTY;
  int fd = ::open(file.c_str(), flags, 0600);
  if (fd < 0 && errno == ELOOP) {
    std::string error;
    const auto moved = storage::set_aside(file, &error);
    if (!moved) throw std::runtime_error(file.string() + " is a symbolic link and could not be moved aside: " + error);
    *note = file.string() + " was a symbolic link; it was not followed and is kept as " + moved->string();
    fd = ::open(file.c_str(), flags | O_EXCL, 0600);
  }
  if (fd < 0) throw std::runtime_error("cannot open " + file.string() + ": " + std::strerror(errno));
  struct stat info{};
  if (::fstat(fd, &info) != 0 || !S_ISREG(info.st_mode)) {
    ::close(fd);
    throw std::runtime_error(file.string() + " is not a regular file");
  }
  ::fchmod(fd, 0600);  // an older log may have been wider
  return fd;
}

}  // namespace

std::filesystem::path state_dir() {
  // The storage module's rules (XDG, then HOME, then the password database); only
  // when no home exists at all do logs and screenshots go to the temporary folder.
  if (auto paths = storage::Paths::from_environment()) return paths->log_dir();
  return std::filesystem::temp_directory_path() / storage::kAppFolderName;
}

std::optional<std::filesystem::path> init_logging(const std::string& level) {
  // The console gets the messages; stderr keeps stdout clean for tools that print data.
  auto console = std::make_shared<spdlog::sinks::stderr_color_sink_mt>();
  console->set_pattern("%^securebase: %l: %v%$");
  std::vector<spdlog::sink_ptr> sinks{console};
  std::optional<std::filesystem::path> file;
  std::string problem, note;
  try {
    // The log can name scenarios and reflections' times: keep it readable by the
    // user alone, like every other file of the game (folder 0700, file 0600).
    const std::filesystem::path dir = state_dir();
    if (auto p = storage::ensure_private_dir(dir)) throw std::runtime_error(p->describe());
    std::filesystem::permissions(dir, std::filesystem::perms::owner_all, std::filesystem::perm_options::replace);
    file = dir / "securebase.log";
    auto file_sink = std::make_shared<LogFileSink>(open_log(*file, &note));
    file_sink->set_pattern("[%Y-%m-%d %H:%M:%S.%e] [%l] %v");
    sinks.push_back(file_sink);
  } catch (const std::exception& e) {
    problem = e.what();
    file.reset();
  }
  auto logger = std::make_shared<spdlog::logger>("securebase", sinks.begin(), sinks.end());
  logger->set_level(spdlog::level::from_str(level));
  logger->flush_on(spdlog::level::info); // tests and players read the file while the game runs
  spdlog::set_default_logger(logger);
  if (!problem.empty()) spdlog::warn("logging to the console only: {}", problem);
  if (!note.empty()) spdlog::warn("log: {}", note);
  return file;
}

}  // namespace sb::app
