#include "app/platform/logging.hpp"

#include <memory>
#include <stdexcept>
#include <vector>

#include <spdlog/sinks/basic_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include "storage/paths.hpp"

namespace sb::app {

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
  std::string problem;
  try {
    // The log can name scenarios and reflections' times: keep it readable by the
    // user alone, like every other file of the game (folder 0700, file 0600).
    const std::filesystem::path dir = state_dir();
    if (auto p = storage::ensure_private_dir(dir)) throw std::runtime_error(p->describe());
    std::filesystem::permissions(dir, std::filesystem::perms::owner_all, std::filesystem::perm_options::replace);
    file = dir / "securebase.log";
    auto file_sink = std::make_shared<spdlog::sinks::basic_file_sink_mt>(file->string(), false);
    std::filesystem::permissions(*file, std::filesystem::perms::owner_read | std::filesystem::perms::owner_write,
                                 std::filesystem::perm_options::replace);
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
  return file;
}

}  // namespace sb::app
