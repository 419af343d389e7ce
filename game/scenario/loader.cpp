#include "scenario/loader.hpp"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "scenario/xml_tree.hpp"

namespace sb::scenario {

namespace fs = std::filesystem;

int LoadResult::errors() const {
  return static_cast<int>(std::count_if(diagnostics.begin(), diagnostics.end(),
                                        [](const Diagnostic& d) { return d.severity == Severity::Error; }));
}
int LoadResult::warnings() const { return static_cast<int>(diagnostics.size()) - errors(); }

LoadResult load_string(std::string_view text, const std::string& name, const std::string& assets_root) {
  LoadResult result;
  detail::Sink sink;
  sink.file = name;
  detail::XNode root;
  auto model = std::make_shared<Scenario>();
  model->source_name = name;
  if (detail::parse_tree(text, sink, root)) {
    detail::check_structure(root, sink);
    if (root.name == "scenario") {
      detail::build_scenario(root, sink, *model, assets_root);
      // Graph checks on a model with broken references would only repeat those errors.
      if (!sink.has_errors) detail::analyse_graph(*model, sink);
    }
  }
  std::stable_sort(sink.items.begin(), sink.items.end(), [](const Diagnostic& a, const Diagnostic& b) {
    return a.line != b.line ? a.line < b.line : a.column < b.column;
  });
  result.diagnostics = std::move(sink.items);
  if (!sink.has_errors) result.scenario = std::move(model);
  return result;
}

LoadResult load_file(const std::string& path) {
  LoadResult result;
  auto fail = [&](std::string msg) {
    result.unreadable = true;
    result.diagnostics.push_back({path, 0, 0, Severity::Error, std::move(msg)});
    return result;
  };
  std::error_code ec;
  if (!fs::is_regular_file(path, ec)) return fail(fs::exists(path, ec) ? "not a regular file" : "no such file");
  const auto size = fs::file_size(path, ec);
  if (ec) return fail("cannot read the file: " + ec.message());
  if (size > detail::kMaxFileBytes) {
    result.diagnostics.push_back({path, 0, 0, Severity::Error,
                                  "file is " + std::to_string(size) + " bytes; the limit is " +
                                      std::to_string(detail::kMaxFileBytes) + " bytes"});
    return result;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) return fail("cannot open the file for reading");
  std::string text(static_cast<std::size_t>(size), '\0');
  in.read(text.data(), static_cast<std::streamsize>(size));
  text.resize(static_cast<std::size_t>(in.gcount()));
  if (in.bad()) return fail("cannot read the file");

  // Asset paths are checked in the assets folder the game will use (SECUREBASE_ASSETS, the
  // installed data, the source tree: asset_dirs()); without one, beside the scenarios folder.
  const fs::path p(path);
  const auto dirs = asset_dirs();
  std::string assets_root = dirs.empty() ? fs::absolute(p, ec).parent_path().parent_path().string() : dirs.front();
  result = load_string(text, path, assets_root.empty() ? "/" : assets_root);
  if (result.scenario && p.stem().string() != result.scenario->id) {
    Diagnostic d{path, 1, 1, Severity::Warning,
                 "the file is named '" + p.filename().string() + "' but the scenario id is '" + result.scenario->id +
                     "'; `--scenario ID` finds files by name"};
    result.diagnostics.insert(result.diagnostics.begin(), d);
  }
  spdlog::debug("loaded scenario {}: {} errors, {} warnings", path, result.errors(), result.warnings());
  return result;
}

std::vector<std::string> asset_dirs() {
  std::vector<std::string> out;
  std::error_code ec;
  auto add = [&](const fs::path& d) {
    if (d.empty() || !fs::is_directory(d, ec)) return;
    const std::string s = fs::weakly_canonical(d, ec).string();
    if (std::find(out.begin(), out.end(), s) == out.end()) out.push_back(s);
  };
  if (const char* env = std::getenv("SECUREBASE_ASSETS"); env && *env) add(env);
  const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    add(exe.parent_path() / ".." / SB_INSTALL_DATA_SUBDIR);
    add(exe.parent_path() / ".." / "assets");
  }
  // The source tree only for programs run from the build tree, so an installed copy never
  // quietly uses the files of the machine it was built on.
  const std::string build_tree = fs::weakly_canonical(SB_BUILD_TREE_DIR, ec).string() + "/";
  if (!exe.empty() && fs::weakly_canonical(exe, ec).string().starts_with(build_tree)) add(SB_SOURCE_ASSETS_DIR);
  return out;
}

std::optional<std::string> find_scenario(const std::string& id_or_path) {
  std::error_code ec;
  if (id_or_path.empty()) return std::nullopt;
  const bool looks_like_path = id_or_path.find('/') != std::string::npos || id_or_path.ends_with(".xml");
  if (looks_like_path) {
    if (fs::is_regular_file(id_or_path, ec)) return id_or_path;
    return std::nullopt;
  }
  // An id is a plain name: never let it climb out of the scenarios folder.
  for (char c : id_or_path)
    if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == '.')) return std::nullopt;
  if (id_or_path.find("..") != std::string::npos) return std::nullopt;
  for (const auto& dir : asset_dirs()) {
    const fs::path f = fs::path(dir) / "scenarios" / (id_or_path + ".xml");
    if (fs::is_regular_file(f, ec)) return f.string();
  }
  return std::nullopt;
}

}  // namespace sb::scenario
