#include "scenario/commands.hpp"

#include <algorithm>
#include <filesystem>

#include "scenario/dot_export.hpp"
#include "scenario/loader.hpp"
#include "scenario/schema.hpp"
#include "scenario/stats.hpp"

namespace sb::scenario {

namespace fs = std::filesystem;

namespace {

void print(const LoadResult& r, std::ostream& err) {
  for (const auto& d : r.diagnostics) err << d << '\n';
}

// Loads one file for graph/stats; prints problems and returns the exit status.
int load_for_tool(const std::string& file, LoadResult& r, std::ostream& err) {
  r = load_file(file);
  print(r, err);
  if (r.unreadable) return kExitUnreadable;
  if (!r.ok()) {
    err << file << ": " << r.errors() << " error(s); fix them first (securebase validate " << file << ")\n";
    return kExitInvalid;
  }
  return kExitOk;
}

}  // namespace

int validate_command(const std::vector<std::string>& files_or_dirs, std::ostream& out, std::ostream& err) {
  std::vector<std::string> files;
  bool unreadable = false;
  for (const auto& arg : files_or_dirs) {
    std::error_code ec;
    if (fs::is_directory(arg, ec)) {
      std::vector<std::string> found;
      for (auto it = fs::recursive_directory_iterator(arg, fs::directory_options::skip_permission_denied, ec);
           !ec && it != fs::recursive_directory_iterator(); it.increment(ec))
        if (it->path().extension() == ".xml" && it->is_regular_file(ec)) found.push_back(it->path().string());
      if (ec) {
        err << arg << ":0:0: error: cannot read the folder: " << ec.message() << '\n';
        unreadable = true;
      }
      std::sort(found.begin(), found.end());
      if (found.empty()) err << arg << ":0:0: warning: no .xml scenarios in this folder\n";
      files.insert(files.end(), found.begin(), found.end());
    } else {
      files.push_back(arg);
    }
  }
  int valid = 0, invalid = 0, errors = 0, warnings = 0;
  for (const auto& f : files) {
    const LoadResult r = load_file(f);
    print(r, err);
    unreadable = unreadable || r.unreadable;
    (r.ok() ? valid : invalid)++;
    errors += r.errors();
    warnings += r.warnings();
  }
  out << files.size() << (files.size() == 1 ? " file" : " files") << " checked: " << valid << " valid, " << invalid
      << " invalid (" << errors << (errors == 1 ? " error, " : " errors, ") << warnings
      << (warnings == 1 ? " warning)" : " warnings)") << '\n';
  if (unreadable) return kExitUnreadable;
  return (invalid > 0 || files.empty()) ? kExitInvalid : kExitOk;
}

int graph_command(const std::string& file, std::ostream& out, std::ostream& err) {
  LoadResult r;
  if (int rc = load_for_tool(file, r, err); rc != kExitOk) return rc;
  write_dot(*r.scenario, out);
  return kExitOk;
}

int stats_command(const std::string& file, bool json, std::ostream& out, std::ostream& err) {
  LoadResult r;
  if (int rc = load_for_tool(file, r, err); rc != kExitOk) return rc;
  const Stats st = compute_stats(*r.scenario);
  out << (json ? stats_json(*r.scenario, st) : stats_text(*r.scenario, st));
  return kExitOk;
}

int schema_command(std::ostream& out) {
  out << schema_xsd();
  return kExitOk;
}

}  // namespace sb::scenario
