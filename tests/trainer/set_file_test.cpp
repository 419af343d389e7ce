// Set files a teacher hands out: written, read back, and refused when broken or hostile.
#include <catch2/catch.hpp>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <future>
#include <sstream>

#include "temp_dir.hpp"
#include "trainer/set_file.hpp"
#include "trainer/trainer_command.hpp"
#include "trainer/trainer_file.hpp"

using namespace sb::trainer;
using testing::TempDir;

namespace {

const TrialSet kWeek3{"week-3", "Week 3: borderline cases, für alle", SetKind::Borderline, {7311460154032516251ull, 0, 42}};

std::string good_text() { return set_to_text(kWeek3, {"B1", "", "B4"}); }

// The errors for a text, or a failure when it was accepted.
std::vector<std::string> refused(const std::string& text) {
  const SetFileResult r = parse_set(text, "set.ini");
  CHECK_FALSE(r.file);
  CHECK_FALSE(r.errors.empty());
  for (const std::string& e : r.errors) UNSCOPED_INFO(e);  // shown when a check on them fails
  return r.errors;
}

bool mentions(const std::vector<std::string>& errors, const std::string& words) {
  return std::any_of(errors.begin(), errors.end(), [&](const std::string& e) { return e.find(words) != std::string::npos; });
}

std::string replaced(std::string text, const std::string& from, const std::string& to) {
  const auto at = text.find(from);
  REQUIRE(at != std::string::npos);
  return text.replace(at, from.size(), to);
}

}  // namespace

TEST_CASE("a set written to text reads back the same, with the observer's classes") {
  const SetFileResult r = parse_set(good_text(), "set.ini");
  INFO((r.errors.empty() ? "" : r.errors.front()));
  REQUIRE(r.file);
  CHECK(r.file->set == kWeek3);
  CHECK(r.file->observer == std::vector<std::string>{"B1", "", "B4"});
}

TEST_CASE("export then import through files round-trips a set, written private (0600)") {
  TempDir dir;
  const auto file = dir.path / "week-3.set";
  REQUIRE_FALSE(write_set_file(file, kWeek3));
  struct stat st {};
  REQUIRE(stat(file.c_str(), &st) == 0);
  CHECK((st.st_mode & 0777) == 0600);
  const SetFileResult r = read_set_file(file);
  REQUIRE(r.file);
  CHECK(r.file->set == kWeek3);

  std::ostringstream out, err;
  CHECK(import_set_command(file.string(), dir.paths(), out, err) == 0);
  CHECK(out.str().find("Imported the set \"week-3\" (3 trials)") != std::string::npos);
  const auto loaded = load_trainer_data(dir.paths());
  CHECK_FALSE(loaded.problem);
  REQUIRE(loaded.value.imported.size() == 1);
  CHECK(loaded.value.imported.front() == kWeek3);

  // Exporting the imported set writes the same set again.
  ExportOptions o;
  o.file = (dir.path / "again.set").string();
  o.set = "week-3";
  CHECK(export_set_command(o, dir.paths(), out, err) == 0);
  const SetFileResult again = read_set_file(o.file);
  REQUIRE(again.file);
  CHECK(again.file->set == kWeek3);
  CHECK(again.file->observer.size() == 3);
  for (const std::string& c : again.file->observer) CHECK(is_subgroup(c));
}

TEST_CASE("broken set files are refused with the line and the reason") {
  const std::string good = good_text();
  CHECK(mentions(refused(""), "not a trainer-set"));
  CHECK(mentions(refused("\x7f" "ELF\x01\x01\x01\x00\x00\x00"), "set.ini:"));
  CHECK(mentions(refused(replaced(good, "kind = \"trainer-set\"", "kind = \"settings\"")), "not a set file"));
  CHECK(mentions(refused(replaced(good, "format = 1", "format = 2")), "format 2 is not one this game reads"));
  CHECK(mentions(refused(replaced(good, "[set]", "[sett]")), "unknown section [sett]"));
  CHECK(mentions(refused(replaced(good, "seed = 42", "seed = 42x")), "expected digit"));
  CHECK(mentions(refused(replaced(good, "seed = 42", "seed = -1")), "seed must be a whole number"));
  CHECK(mentions(refused(replaced(good, "seed = 42", "seed = 18446744073709551616")), "not representable in 64 bits"));
  CHECK(mentions(refused(replaced(good, "seed = 42", "seed = 0")), "seed 0 is listed twice"));
  CHECK(mentions(refused(replaced(good, "difficulty = \"borderline\"", "difficulty = \"hard\"")), "difficulty must be"));
  CHECK(mentions(refused(replaced(good, "scenario = \"strange-situation\"", "scenario = \"bedtime\"")), "scenario must be strange-situation"));
  CHECK(mentions(refused(replaced(good, "id = \"week-3\"", "id = \"../../etc\"")), "id must be"));
  CHECK(mentions(refused(replaced(good, "id = \"week-3\"", "id = \"prototypes\"")), "name of a curated set"));
  CHECK(mentions(refused(replaced(good, "observer = \"B1\"", "observer = \"Z9\"")), "observer must be a subgroup"));
  CHECK(mentions(refused(replaced(good, "seed = 42", "seed = 42\nsecret = \"yes\"")), "unknown key 'secret'"));
  CHECK(mentions(refused(good + "\n[set]\nid = two\ndifficulty = custom\nscenario = strange-situation\n"), "cannot redefine existing table 'set'"));
  CHECK(mentions(refused(replaced(good, "week-3\"\n", "week-3\"\n[[trial]]\n")), "[trial] needs seed"));
}

TEST_CASE("hostile set files are refused: huge, endless trials, control characters, broken UTF-8") {
  const std::string good = good_text();
  CHECK(mentions(refused(good + "\n# " + std::string(70 * 1024, 'x') + "\n"), "larger than a set can be"));
  std::string many = replaced(good, "seed = 42\n", "");
  for (int i = 0; i < 120; ++i) many += "\n[[trial]]\nseed = " + std::to_string(1000 + i) + "\n";
  CHECK(mentions(refused(many), "more than 100 trials"));
  // Titles as a hostile file would quote them: escapes for control bytes and broken UTF-8.
  const std::string title_line = "title = \"Week 3: borderline cases, für alle\"";
  REQUIRE(good.find(title_line) != std::string::npos);
  CHECK(mentions(refused(replaced(good, title_line, "title = \"Week \\u001b[2J3\"")), "title must be UTF-8 text without control characters"));
  CHECK(mentions(refused(replaced(good, title_line, "title = \"Week \xff" "3\"")), "invalid utf-8"));
  CHECK(mentions(refused(replaced(good, title_line, "title = \"Week \xed\xa0\x80\"")), "invalid utf-8"));
  CHECK(mentions(refused(replaced(good, title_line, "title = \"caf\xc3\"")), "invalid utf-8"));
  CHECK(mentions(refused(replaced(good, "Week 3", std::string(300, 'w'))), "title is longer than"));
  // Every problem is listed, not only the first.
  const auto errors = refused(replaced(replaced(good, "seed = 42", "seed = \"x\""), "difficulty = \"borderline\"", "difficulty = \"?\""));
  CHECK(errors.size() == 2);
}

TEST_CASE("a refused set file changes nothing on disk") {
  TempDir dir;
  TrainerData data;
  add_imported_set(data, kWeek3);
  REQUIRE_FALSE(save_trainer_data(dir.paths(), data));
  const std::string before = testing::slurp(trainer_file(dir.paths()));

  const auto bad = dir.path / "bad.set";
  testing::spill(bad, replaced(good_text(), "seed = 42", "seed = \"forty-two\""));
  std::ostringstream out, err;
  CHECK(import_set_command(bad.string(), dir.paths(), out, err) == 1);
  CHECK(err.str().find(bad.string() + ":") != std::string::npos);
  CHECK(err.str().find("seed must be a whole number") != std::string::npos);
  CHECK(err.str().find("nothing was changed") != std::string::npos);
  CHECK(out.str().empty());
  CHECK(testing::slurp(trainer_file(dir.paths())) == before);

  CHECK(import_set_command((dir.path / "missing.set").string(), dir.paths(), out, err) == 1);
  CHECK(err.str().find("no such file") != std::string::npos);
  CHECK(testing::slurp(trainer_file(dir.paths())) == before);
}

TEST_CASE("a FIFO given as a set file is refused at once, never waited on") {
  TempDir dir;
  const auto fifo = dir.path / "class.set";
  REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
  auto result = std::async(std::launch::async, [&] {
    std::ostringstream out, err;
    const int rc = import_set_command(fifo.string(), dir.paths(), out, err);
    return std::make_pair(rc, err.str());
  });
  const bool finished = result.wait_for(std::chrono::seconds(5)) == std::future_status::ready;
  if (!finished) {  // blocked on open(): a writer lets it go, and the test fails
    const int fd = ::open(fifo.c_str(), O_WRONLY | O_NONBLOCK);
    if (fd >= 0) ::close(fd);
  }
  CHECK(finished);
  const auto [rc, err] = result.get();
  CHECK(rc == 1);
  CHECK(err.find("not a regular file") != std::string::npos);
  CHECK_FALSE(std::filesystem::exists(trainer_file(dir.paths())));  // nothing changed
}

TEST_CASE("a curated set exported for a class imports under an id of its own") {
  TempDir dir;
  ExportOptions o;
  o.file = (dir.path / "class.set").string();
  o.set = "prototypes";
  o.trials = 1;
  std::ostringstream out, err;
  REQUIRE(export_set_command(o, dir.paths(), out, err) == 0);
  const SetFileResult read = read_set_file(o.file);
  REQUIRE(read.file);
  CHECK(read.file->set.id == "prototypes-1");
  CHECK(read.file->set.kind == SetKind::Prototypes);
  REQUIRE(read.file->observer.size() == 1);
  CHECK(read.file->observer.front() == "A1");  // prototypes begin with an avoidant child
  CHECK(import_set_command(o.file, dir.paths(), out, err) == 0);
  CHECK(load_trainer_data(dir.paths()).value.imported.front().seeds == read.file->set.seeds);
}
