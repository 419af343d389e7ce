#include "storage/delete_my_data.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>

#include <sys/stat.h>
#include <unistd.h>

namespace sb::app::storage {
namespace fs = std::filesystem;
namespace {

void note_failure(DeletionReport& report, const fs::path& where, std::string detail) {
  Problem p;
  p.kind = Problem::Kind::CouldNotDelete;
  p.file = where;
  p.detail = std::move(detail);
  report.problems.push_back(std::move(p));
}

// Removes `path` and, if it is a real folder, everything below it, recording each removal.
void remove_tree(const fs::path& path, DeletionReport& report) {
  struct stat info{};
  if (::lstat(path.c_str(), &info) != 0) {
    if (errno != ENOENT) note_failure(report, path, std::strerror(errno));
    return;
  }
  if (S_ISDIR(info.st_mode)) {
    std::error_code ec;
    std::vector<fs::path> children;
    for (fs::directory_iterator it(path, ec), end; !ec && it != end; it.increment(ec)) children.push_back(it->path());
    if (ec) note_failure(report, path, "cannot list: " + ec.message());
    std::sort(children.begin(), children.end());
    for (const fs::path& child : children) remove_tree(child, report);
    if (::rmdir(path.c_str()) != 0) return note_failure(report, path, std::strerror(errno));
  } else if (::unlink(path.c_str()) != 0) {
    return note_failure(report, path, std::strerror(errno));
  }
  report.removed.push_back(path);
}

}  // namespace

DeletionReport delete_my_data(const Paths& paths) {
  DeletionReport report;
  std::vector<fs::path> roots;
  for (const fs::path& root : {paths.data, paths.config, paths.state}) {
    fs::path normal = root.lexically_normal();
    if (!normal.has_filename()) normal = normal.parent_path();  // "/x/securebase/" -> "/x/securebase"
    if (std::find(roots.begin(), roots.end(), normal) != roots.end()) continue;  // XDG dirs may coincide
    if (normal.filename() != kAppFolderName) {
      note_failure(report, normal, "refused: not a folder named securebase");
      continue;
    }
    roots.push_back(normal);
  }
  for (const fs::path& root : roots) remove_tree(root, report);
  return report;
}

}  // namespace sb::app::storage
