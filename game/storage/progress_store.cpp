#include "storage/progress_store.hpp"

#include <algorithm>
#include <set>
#include <unordered_map>
#include <utility>

#include "storage/record_fields.hpp"
#include "storage/timestamp.hpp"

namespace sb::storage {
namespace {

constexpr std::string_view kTopComment =
    "Secure Base progress: the scenarios you have played and the endings you have seen.\n"
    "It stays on this computer. Times are UTC.";

ScenarioProgress* find_mut(Progress& p, std::string_view id) {
  auto it = std::find_if(p.scenarios.begin(), p.scenarios.end(), [&](const ScenarioProgress& s) { return s.id == id; });
  return it == p.scenarios.end() ? nullptr : &*it;
}

ScenarioProgress& find_or_add(Progress& p, std::string_view id) {
  if (ScenarioProgress* s = find_mut(p, id)) return *s;
  p.scenarios.push_back(ScenarioProgress{std::string(id), 0, {}, {}, {}});
  return p.scenarios.back();
}

bool valid_time(std::string& when) {
  if (when.empty()) when = utc_now_iso();
  return is_iso_utc(when);
}

Document progress_to_document(const Progress& progress) {
  Document doc;
  for (const ScenarioProgress& s : progress.scenarios) {
    Section& sec = doc.add_section("scenario").set("id", s.id).set("times_played", std::to_string(s.times_played));
    // A scenario met only through an outcome has not been played yet: no dates to write.
    if (!s.first_played.empty()) sec.set("first_played", s.first_played).set("last_played", s.last_played);
    for (const OutcomeSeen& o : s.outcomes)
      doc.add_section("outcome")
          .set("scenario", s.id)
          .set("id", o.id)
          .set("times_seen", std::to_string(o.times_seen))
          .set("first_seen", o.first_seen)
          .set("last_seen", o.last_seen);
  }
  return doc;
}

Progress progress_from_document(const Document& doc) {
  for (const Entry& e : doc.header.entries)
    if (e.key != "kind" && e.key != "format") throw RecordError("unexpected header key " + e.key, e.line);
  Progress p;
  // Indexes keep loading linear: a long-time player may have many records.
  std::unordered_map<std::string, std::size_t> scenario_index;
  std::set<std::pair<std::size_t, std::string>> outcomes_seen;
  for (const Section& sec : doc.sections) {
    if (sec.name == "scenario") {
      only_keys(sec, {"id", "times_played", "first_played", "last_played"});
      std::string id = required_id(sec, "id");
      if (!scenario_index.emplace(id, p.scenarios.size()).second)
        throw RecordError("scenario " + id + " is listed twice", sec.line);
      ScenarioProgress s{std::move(id), required_count(sec, "times_played"), {}, {}, {}};
      if (sec.find("first_played") || s.times_played > 0) {
        s.first_played = required_time(sec, "first_played");
        s.last_played = required_time(sec, "last_played");
      }
      p.scenarios.push_back(std::move(s));
    } else if (sec.name == "outcome") {
      only_keys(sec, {"scenario", "id", "times_seen", "first_seen", "last_seen"});
      const auto it = scenario_index.find(required_id(sec, "scenario"));
      if (it == scenario_index.end()) throw RecordError("an outcome comes before its scenario", sec.line);
      OutcomeSeen o{required_id(sec, "id"), required_count(sec, "times_seen"), required_time(sec, "first_seen"),
                    required_time(sec, "last_seen")};
      if (!outcomes_seen.emplace(it->second, o.id).second)
        throw RecordError("outcome " + o.id + " is listed twice", sec.line);
      p.scenarios[it->second].outcomes.push_back(std::move(o));
    } else {
      throw RecordError("unexpected section [" + sec.name + "]", sec.line);
    }
  }
  return p;
}

}  // namespace

const OutcomeSeen* ScenarioProgress::find(std::string_view outcome) const {
  auto it = std::find_if(outcomes.begin(), outcomes.end(), [&](const OutcomeSeen& o) { return o.id == outcome; });
  return it == outcomes.end() ? nullptr : &*it;
}

const ScenarioProgress* Progress::find(std::string_view scenario) const {
  auto it = std::find_if(scenarios.begin(), scenarios.end(), [&](const ScenarioProgress& s) { return s.id == scenario; });
  return it == scenarios.end() ? nullptr : &*it;
}

bool Progress::record_played(std::string_view scenario, std::string when) {
  if (!is_valid_name(scenario) || !valid_time(when)) return false;
  ScenarioProgress& s = find_or_add(*this, scenario);
  ++s.times_played;
  if (s.first_played.empty()) s.first_played = when;
  s.last_played = when;
  return true;
}

bool Progress::record_outcome(std::string_view scenario, std::string_view outcome, std::string when) {
  if (!is_valid_name(scenario) || !is_valid_name(outcome) || !valid_time(when)) return false;
  ScenarioProgress& s = find_or_add(*this, scenario);
  auto it = std::find_if(s.outcomes.begin(), s.outcomes.end(), [&](const OutcomeSeen& o) { return o.id == outcome; });
  if (it == s.outcomes.end()) {
    s.outcomes.push_back(OutcomeSeen{std::string(outcome), 1, when, when});
  } else {
    ++it->times_seen;
    it->last_seen = when;
  }
  return true;
}

const DocumentSchema& progress_schema() {
  static const DocumentSchema schema{"progress", kProgressFormat, {}};
  return schema;
}

Loaded<Progress> load_progress(const Paths& paths) {
  return load_records<Progress>(paths.progress_file(), progress_schema(), progress_from_document);
}

std::string progress_to_text(const Progress& progress) {
  Document doc = progress_to_document(progress);
  doc.header.set("kind", "progress").set("format", std::to_string(kProgressFormat));
  return write_document(doc, kTopComment);
}

std::optional<Problem> save_progress(const Paths& paths, const Progress& progress) {
  Document doc = progress_to_document(progress);
  try {
    // Refuse to write what load_progress would set aside (an id with spaces, a missing date).
    (void)progress_from_document(doc);
  } catch (const RecordError& e) {
    return Problem{Problem::Kind::CouldNotSave, paths.progress_file(), {}, 0, 0, e.what()};
  }
  return save_document(paths.progress_file(), progress_schema(), std::move(doc), kTopComment);
}

}  // namespace sb::storage
