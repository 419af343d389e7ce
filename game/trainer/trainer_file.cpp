// The trainer's file (see trainer_file.hpp).
#include "trainer/trainer_file.hpp"

#include <algorithm>
#include <charconv>

#include "storage/record_fields.hpp"
#include "storage/timestamp.hpp"

namespace sb::trainer {
namespace {

constexpr std::string_view kTopComment =
    "Secure Base coding practice: the trials you scored, both score sheets, and the sets you imported.\n"
    "It stays on this computer. Times are UTC.";

const storage::DocumentSchema& schema() {
  static const storage::DocumentSchema s{"trainer", kTrainerFormat, {}};
  return s;
}

std::uint64_t required_seed(const storage::Section& s, std::string_view key) {
  const std::string& v = storage::required_text(s, key);
  std::uint64_t seed = 0;
  auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), seed);
  if (v.empty() || ec != std::errc() || end != v.data() + v.size())
    throw storage::RecordError(std::string(key) + " is not a seed", s.find(key)->line);
  return seed;
}

int number_in(const std::string& v, int lo, int hi, const storage::Entry& e) {
  int n = 0;
  auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), n);
  if (v.empty() || ec != std::errc() || end != v.data() + v.size() || n < lo || n > hi)
    throw storage::RecordError(e.key + " holds '" + v + "', not " + std::to_string(lo) + ".." + std::to_string(hi), e.line);
  return n;
}

const storage::Entry& required_entry(const storage::Section& s, std::string_view key) {
  const storage::Entry* e = s.find(key);
  if (!e) throw storage::RecordError("[" + s.name + "] lacks " + std::string(key), s.line);
  return *e;
}

// A sheet as three keys: PREFIX.scales (four per reunion, 0 = unscored), .rating, .class.
void write_sheet(storage::Section& s, const std::string& prefix, const ScoreSheet& sheet) {
  std::vector<std::string> scales;
  for (const ReunionScores& r : sheet.reunions)
    for (int v : r.scale) scales.push_back(std::to_string(v));
  s.set_list(prefix + ".scales", scales).set(prefix + ".rating", std::to_string(sheet.disorganization));
  s.set_list(prefix + ".class", {sheet.subgroup});
}

ScoreSheet read_sheet(const storage::Section& s, const std::string& prefix, const std::vector<int>& episodes) {
  ScoreSheet sheet;
  const storage::Entry& scales = required_entry(s, prefix + ".scales");
  if (scales.values.size() != 4 * episodes.size())
    throw storage::RecordError(scales.key + " needs four scores per reunion", scales.line);
  for (std::size_t r = 0; r < episodes.size(); ++r) {
    ReunionScores rs;
    rs.episode = episodes[r];
    for (int k = 0; k < 4; ++k) rs.scale[k] = number_in(scales.values[4 * r + k], 0, kScaleMax, scales);
    sheet.reunions.push_back(rs);
  }
  const storage::Entry& rating = required_entry(s, prefix + ".rating");
  if (rating.values.size() != 1) throw storage::RecordError(rating.key + " must be one value", rating.line);
  sheet.disorganization = number_in(rating.values[0], 0, kRatingMax, rating);
  const storage::Entry& klass = required_entry(s, prefix + ".class");
  if (klass.values.size() != 1 || (!klass.values[0].empty() && !is_subgroup(klass.values[0])))
    throw storage::RecordError(klass.key + " is not a subgroup", klass.line);
  sheet.subgroup = klass.values[0];
  return sheet;
}

storage::Document to_document(const TrainerData& data) {
  storage::Document doc;
  for (const TrialSet& set : data.imported) {
    std::vector<std::string> seeds;
    for (std::uint64_t seed : set.seeds) seeds.push_back(std::to_string(seed));
    doc.add_section("set").set("id", set.id).set_list("title", {set.title}).set("difficulty", to_string(set.kind)).set_list("seeds", seeds);
  }
  for (const Attempt& a : data.progress.attempts) {
    storage::Section& s = doc.add_section("attempt").set("when", a.when).set("set", a.set).set("seed", std::to_string(a.seed));
    std::vector<std::string> episodes;
    for (const ReunionScores& r : a.observer.reunions) episodes.push_back(std::to_string(r.episode));
    s.set_list("episodes", episodes);
    write_sheet(s, "student", a.student);
    write_sheet(s, "observer", a.observer);
  }
  return doc;
}

TrainerData from_document(const storage::Document& doc) {
  for (const storage::Entry& e : doc.header.entries)
    if (e.key != "kind" && e.key != "format") throw storage::RecordError("unexpected header key " + e.key, e.line);
  TrainerData data;
  for (const storage::Section& s : doc.sections) {
    if (s.name == "set") {
      storage::only_keys(s, {"id", "title", "difficulty", "seeds"});
      TrialSet set;
      set.id = storage::required_id(s, "id");
      if (!is_set_id(set.id)) throw storage::RecordError("set id " + set.id + " is not a set id", s.line);
      const storage::Entry& title = required_entry(s, "title");
      if (title.values.size() != 1) throw storage::RecordError("title must be one value", title.line);
      set.title = title.values[0];
      const auto kind = set_kind_from_string(storage::required_text(s, "difficulty"));
      if (!kind) throw storage::RecordError("unknown difficulty", s.line);
      set.kind = *kind;
      const storage::Entry& seeds = required_entry(s, "seeds");
      if (seeds.values.empty() || seeds.values.size() > kMaxSetTrials) throw storage::RecordError("a set needs 1.." + std::to_string(kMaxSetTrials) + " seeds", seeds.line);
      for (const std::string& v : seeds.values) {
        std::uint64_t seed = 0;
        auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), seed);
        if (v.empty() || ec != std::errc() || end != v.data() + v.size()) throw storage::RecordError("a seed is not a number", seeds.line);
        set.seeds.push_back(seed);
      }
      if (data.find_set(set.id)) throw storage::RecordError("set " + set.id + " is listed twice", s.line);
      data.imported.push_back(std::move(set));
    } else if (s.name == "attempt") {
      storage::only_keys(s, {"when", "set", "seed", "episodes", "student.scales", "student.rating", "student.class",
                             "observer.scales", "observer.rating", "observer.class"});
      Attempt a;
      a.when = storage::required_time(s, "when");
      a.set = storage::required_id(s, "set");
      a.seed = required_seed(s, "seed");
      const storage::Entry& eps = required_entry(s, "episodes");
      std::vector<int> episodes;
      for (const std::string& v : eps.values) episodes.push_back(number_in(v, 0, 99, eps));
      if (episodes.empty()) throw storage::RecordError("an attempt needs its reunions' episodes", eps.line);
      a.student = read_sheet(s, "student", episodes);
      a.observer = read_sheet(s, "observer", episodes);
      data.progress.attempts.push_back(std::move(a));
    } else {
      throw storage::RecordError("unexpected section [" + s.name + "]", s.line);
    }
  }
  return data;
}

}  // namespace

const TrialSet* TrainerData::find_set(std::string_view id) const {
  auto it = std::find_if(imported.begin(), imported.end(), [&](const TrialSet& s) { return s.id == id; });
  return it == imported.end() ? nullptr : &*it;
}

std::filesystem::path trainer_file(const storage::Paths& paths) { return paths.data / "trainer.ini"; }

storage::Loaded<TrainerData> load_trainer_data(const storage::Paths& paths) {
  storage::Loaded<TrainerData> out;
  storage::LoadedDocument loaded = storage::load_document(trainer_file(paths), schema());
  out.problem = std::move(loaded.problem);
  if (!loaded.document) return out;
  try {
    out.value = from_document(*loaded.document);
    out.from_file = true;
  } catch (const storage::RecordError& e) {
    out.problem = storage::set_aside_problem(trainer_file(paths), storage::Problem::Kind::Damaged, e.what(), e.line);
  }
  return out;
}

std::optional<storage::Problem> save_trainer_data(const storage::Paths& paths, const TrainerData& data) {
  if (auto problem = storage::ensure_private_dir(paths.data)) return problem;
  return storage::save_document(trainer_file(paths), schema(), to_document(data), kTopComment);
}

bool add_imported_set(TrainerData& data, const TrialSet& set) {
  for (TrialSet& s : data.imported)
    if (s.id == set.id) {
      s = set;
      return true;
    }
  data.imported.push_back(set);
  return false;
}

void record_attempt(TrainerData& data, const std::string& set, std::uint64_t seed, const ScoreSheet& student,
                    const ScoreSheet& observer, std::string when) {
  if (when.empty()) when = storage::utc_now_iso();
  data.progress.attempts.push_back({std::move(when), set, seed, student, observer});
}

}  // namespace sb::trainer
