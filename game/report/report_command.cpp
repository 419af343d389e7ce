#include "report/report_command.hpp"

#include <chrono>
#include <fstream>
#include <ostream>

#include "report/debrief_data.hpp"
#include "report/report.hpp"
#include "text/strings.hpp"
#include "mind/coding.hpp"
#include "sim/replay.hpp"

namespace sb::report {

std::unique_ptr<sim::Session> autoplay(const sim::SessionConfig& config, sim::Recording* recording) {
  auto s = std::make_unique<sim::Session>(config);
  // An hour of real play is far beyond any scenario; the free playroom never ends on its own,
  // so it stops after ten minutes.
  const std::uint64_t limit = config.scenario ? 60ull * 60 * sim::kTicksPerSecond : 10ull * 60 * sim::kTicksPerSecond;
  const sim::InputCommand none{};
  while (!s->ended() && s->tick() < limit) {
    s->step(none);
    if (recording) recording->push(none);
  }
  if (recording) recording->final_hash = s->hash();
  return s;
}

std::optional<sim::Recording> load_replay(const std::string& path, std::string* error) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    if (error) *error = path + ": cannot be read";
    return std::nullopt;
  }
  std::string why;
  auto r = sim::read_recording(in, &why);
  if (!r && error) *error = path + ": " + why;
  return r;
}

namespace {
int write(const DebriefData& d, const std::string& out_dir, std::ostream& out, std::ostream& err) {
  const auto t0 = std::chrono::steady_clock::now();
  std::string error;
  auto files = write_report(d, out_dir, &error);
  if (!files) {
    err << "securebase report: " << error << "\n";
    return 3;
  }
  const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
  out << "outcome: " << pattern_key(d.outcome.pattern) << (d.outcome.subgroup.empty() ? "" : " " + d.outcome.subgroup) << "\n";
  out << "wrote: " << files->markdown.string() << "\n" << "wrote: " << files->html.string() << "\n";
  for (const auto& c : files->charts) out << "wrote: " << c.string() << "\n";
  if (files->replay) out << "wrote: " << files->replay->string() << "\n";
  out << "report written in " << static_cast<int>(ms) << " ms\n";
  return 0;
}
}  // namespace

int report_from_session(const sim::SessionConfig& config, const std::string& scenario_id, const std::string& out_dir,
                        std::ostream& out, std::ostream& err) {
  sim::SessionConfig c = config;
  c.ai_child = true;
  sim::Recording rec = sim::start_recording(c, scenario_id);
  auto s = autoplay(c, &rec);
  if (!s->ended()) err << "securebase report: the scenario did not reach an ending; reporting the play so far\n";
  return write(from_session(*s, rec), out_dir, out, err);
}

int report_from_replay(const std::string& file, const std::string& out_dir, std::ostream& out, std::ostream& err) {
  std::string error;
  auto rec = load_replay(file, &error);
  if (!rec) {
    err << "securebase report: " << error << "\n";
    return 1;
  }
  auto result = sim::replay_headless(*rec, &error);
  if (!result.session) {
    err << "securebase report: " << file << ": " << error << "\n";
    return 1;
  }
  if (!result.hash_matches) {
    err << "securebase report: " << file << ": the replay does not reproduce the recorded play (state hash differs)\n";
    return 1;
  }
  return write(from_session(*result.session, *rec), out_dir, out, err);
}

int replay_headless_command(const std::string& file, std::ostream& out, std::ostream& err) {
  std::string error;
  auto rec = load_replay(file, &error);
  if (!rec) {
    err << "securebase replay: " << error << "\n";
    return 1;
  }
  auto result = sim::replay_headless(*rec, &error);
  if (!result.session) {
    err << "securebase replay: " << file << ": " << error << "\n";
    return 1;
  }
  const auto& s = *result.session;
  const auto outcome = s.outcome() ? *s.outcome() : s.mind().classify();
  out << "scenario: " << (rec->scenario.empty() ? "playroom" : rec->scenario) << "\n";
  out << "caregiver: " << rec->caregiver_style << "\n";
  out << "ticks: " << s.tick() << " (" << mind::clock(s.scenario_time()) << " of scenario time)\n";
  out << "ended: " << (s.ended() ? "yes" : "no") << "\n";
  out << "outcome: " << pattern_key(outcome.pattern) << (outcome.subgroup.empty() ? "" : " " + outcome.subgroup) << "\n";
  char buf[64];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(s.hash()));
  out << "hash: " << buf << (result.hash_matches ? " (matches the recording)" : " (DIFFERS from the recording)") << "\n";
  return result.hash_matches ? 0 : 1;
}

}  // namespace sb::report
