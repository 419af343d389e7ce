#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "scenario/reloader.hpp"

using namespace sb::scenario;
namespace fs = std::filesystem;

namespace {
std::string read(const std::string& p) {
  std::ifstream in(p);
  std::ostringstream os;
  os << in.rdbuf();
  return os.str();
}
void write(const fs::path& p, const std::string& text, int tick) {
  std::ofstream(p) << text;
  // File systems keep coarse time stamps; make each save visibly newer.
  fs::last_write_time(p, fs::file_time_type::clock::now() + std::chrono::seconds(tick));
}
}  // namespace

TEST_CASE("a live edit reloads, and a broken edit keeps the last good scenario") {
  const fs::path dir = fs::temp_directory_path() / "sb-reload-test" / "scenarios";
  fs::create_directories(dir);
  const fs::path file = dir / "minimal.xml";
  const std::string good = read((fs::path(SB_TEST_DATA) / "scenario" / "data" / "minimal.xml").string());
  write(file, good, 1);

  ScenarioReloader r(file.string());
  REQUIRE(r.reload().ok());
  CHECK(r.current()->title == "Minimal");
  CHECK_FALSE(r.poll().has_value()); // unchanged

  std::string edited = good;
  edited.replace(edited.find("title=\"Minimal\""), 15, "title=\"Edited\"");
  write(file, edited, 2);
  auto res = r.poll();
  REQUIRE(res.has_value());
  CHECK(res->ok());
  CHECK(r.current()->title == "Edited");

  std::string broken = edited;
  broken.replace(broken.find("<meta"), 5, "<mtea");
  write(file, broken, 3);
  res = r.poll();
  REQUIRE(res.has_value());
  CHECK_FALSE(res->ok());
  CHECK_FALSE(res->diagnostics.empty());
  CHECK(r.current()->title == "Edited"); // play goes on with the last good version
  fs::remove_all(dir.parent_path());
}

TEST_CASE("a watcher that already has the file answers only to later saves") {
  const fs::path dir = fs::temp_directory_path() / "sb-reload-seen-test";
  fs::create_directories(dir);
  const fs::path file = dir / "minimal.xml";
  const std::string good = read((fs::path(SB_TEST_DATA) / "scenario" / "data" / "minimal.xml").string());
  write(file, good, 1);

  ScenarioReloader r(file.string());
  r.mark_seen();
  CHECK_FALSE(r.poll().has_value()); // the play screen already runs this version
  CHECK(r.current() == nullptr);     // and nothing was loaded to find that out

  write(file, good, 2);
  const auto res = r.poll();
  REQUIRE(res.has_value());
  CHECK(res->ok());
  fs::remove_all(dir);
}
