#include "storage/saved_play.hpp"

#include <charconv>
#include <system_error>

#include "storage/record_fields.hpp"
#include "storage/timestamp.hpp"

namespace sb::storage {
namespace {

constexpr std::string_view kTopComment =
    "Secure Base: the scene you left, to continue where you were.\n"
    "It stays on this computer and goes when the scene ends. Times are UTC.";

bool required_flag(const Section& s, std::string_view key) {
  const std::string& v = required_text(s, key);
  if (v != "true" && v != "false") throw RecordError(std::string(key) + " must be true or false", s.find(key)->line);
  return v == "true";
}

std::uint64_t required_ticks(const Section& s, std::string_view key) {
  const std::string& v = required_text(s, key);
  std::uint64_t n = 0;
  auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), n);
  // Three hours at 60 Hz, the most a recording may hold (sim::Recording::kMaxTicks).
  if (ec != std::errc() || end != v.data() + v.size() || n > 3ull * 60 * 60 * 60)
    throw RecordError(std::string(key) + " is not a tick count", s.find(key)->line);
  return n;
}

Document to_document(const SavedPlay& p) {
  Document doc;
  doc.add_section("play")
      .set("scenario", p.scenario)
      .set("style", p.style)
      .set("surprise", p.surprise ? "true" : "false")
      .set("autoplay", p.autoplay ? "true" : "false")
      .set("tick", std::to_string(p.tick))
      .set("saved", p.saved)
      .set_list("changed_choices", p.changed_choices);
  doc.add_section("recording").set("text", p.recording);
  return doc;
}

SavedPlay from_document(const Document& doc) {
  for (const Entry& e : doc.header.entries)
    if (e.key != "kind" && e.key != "format") throw RecordError("unexpected header key " + e.key, e.line);
  const Section* play = doc.find_section("play");
  const Section* rec = doc.find_section("recording");
  if (!play) throw RecordError("no [play] section", 0);
  if (!rec) throw RecordError("no [recording] section", 0);
  if (doc.sections.size() != 2) throw RecordError("unexpected sections", doc.sections.back().line);
  only_keys(*play, {"scenario", "style", "surprise", "autoplay", "tick", "saved", "changed_choices"});
  only_keys(*rec, {"text"});
  SavedPlay p;
  p.scenario = required_id(*play, "scenario");
  p.style = required_id(*play, "style");
  p.surprise = required_flag(*play, "surprise");
  p.autoplay = required_flag(*play, "autoplay");
  p.tick = required_ticks(*play, "tick");
  p.saved = required_time(*play, "saved");
  if (const Entry* c = play->find("changed_choices")) p.changed_choices = c->values;
  p.recording = required_text(*rec, "text");
  if (p.recording.empty()) throw RecordError("the recording is empty", rec->line);
  return p;
}

}  // namespace

const DocumentSchema& saved_play_schema() {
  static const DocumentSchema schema{"saved-play", kSavedPlayFormat, {}};
  return schema;
}

std::filesystem::path saved_play_file(const Paths& paths) { return paths.data / "saved-play.ini"; }

Loaded<std::optional<SavedPlay>> load_saved_play(const Paths& paths) {
  return load_records<std::optional<SavedPlay>>(saved_play_file(paths), saved_play_schema(), from_document);
}

std::optional<Problem> save_play(const Paths& paths, SavedPlay play) {
  if (play.saved.empty()) play.saved = utc_now_iso();
  Document doc = to_document(play);
  try {
    (void)from_document(doc); // never write what loading would set aside
  } catch (const RecordError& e) {
    return Problem{Problem::Kind::CouldNotSave, saved_play_file(paths), {}, 0, 0, e.what()};
  }
  if (auto p = ensure_private_dir(paths.data)) return p;
  return save_document(saved_play_file(paths), saved_play_schema(), std::move(doc), kTopComment);
}

std::optional<Problem> forget_saved_play(const Paths& paths) {
  std::error_code ec;
  std::filesystem::remove(saved_play_file(paths), ec);
  if (ec) return Problem{Problem::Kind::CouldNotDelete, saved_play_file(paths), {}, 0, 0, ec.message()};
  return std::nullopt;
}

}  // namespace sb::storage
