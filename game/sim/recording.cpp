#include "sim/recording.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <istream>
#include <ostream>
#include <sstream>

namespace sb::sim {
namespace {

int to_step(float v) { return int(std::lround(std::clamp(v, -1.f, 1.f) * 127.f)); }

bool same(const InputCommand& a, const InputCommand& b) {
  return a.move_x == b.move_x && a.move_y == b.move_y && a.action == b.action && a.choice == b.choice &&
         a.advance == b.advance && a.caregiver_act == b.caregiver_act;
}

}  // namespace

InputCommand quantize(const InputCommand& in) {
  InputCommand q = in;
  q.move_x = float(to_step(in.move_x)) / 127.f;
  q.move_y = float(to_step(in.move_y)) / 127.f;
  return q;
}

std::uint64_t Recording::ticks() const {
  std::uint64_t n = 0;
  for (const InputRun& r : inputs) n += r.count;
  return n;
}

void Recording::push(const InputCommand& raw) {
  const InputCommand in = quantize(raw);
  if (!inputs.empty() && same(inputs.back().input, in) && inputs.back().count < 0xFFFFFFFFu)
    ++inputs.back().count;
  else
    inputs.push_back({1, in});
}

void write_recording(std::ostream& out, const Recording& r) {
  out << "securebase-replay " << Recording::kFormat << "\n";
  out << "scenario " << r.scenario << "\n";
  out << "caregiver " << r.caregiver << "\n";
  out << "style " << r.caregiver_style << "\n";
  out << "seed " << r.seed << "\n";
  out << "ai " << (r.ai_child ? 1 : 0) << "\n";
  out << "time_scale " << r.time_scale << "\n";
  out << "player_paces_lines " << (r.player_paces_lines ? 1 : 0) << "\n";
  if (r.caregiver_played) out << "caregiver_played 1\n";
  out << "ticks " << r.ticks() << "\n";
  out << "hash " << std::hex << r.final_hash << std::dec << "\n";
  out << "# count move_x move_y action choice advance [caregiver_act] (moves in 1/127)\n";
  for (const InputRun& run : r.inputs) {
    const InputCommand& c = run.input;
    out << run.count << ' ' << to_step(c.move_x) << ' ' << to_step(c.move_y) << ' ' << int(c.action) << ' '
        << int(c.choice) << ' ' << (c.advance ? 1 : 0);
    // The player's answer as the caregiver; files without the column (older, or the
    // child's role) read as no act.
    if (c.caregiver_act != mind::CaregiverAct::None) out << ' ' << int(c.caregiver_act);
    out << "\n";
  }
}

std::optional<Recording> read_recording(std::istream& in, std::string* error) {
  Recording r;
  std::string line;
  int number = 0;
  auto fail = [&](const std::string& why) -> std::optional<Recording> {
    if (error) *error = "line " + std::to_string(number) + ": " + why;
    return std::nullopt;
  };
  if (!std::getline(in, line)) return fail("empty file");
  ++number;
  if (line != "securebase-replay 1") return fail("not a Secure Base replay (expected 'securebase-replay 1')");
  std::uint64_t declared_ticks = 0, total_ticks = 0;
  auto too_long = [](std::uint64_t ticks) {
    return "the file says " + std::to_string(ticks) + " ticks; a replay holds at most " +
           std::to_string(Recording::kMaxTicks) + " (three hours)";
  };
  bool header = true;
  while (std::getline(in, line)) {
    ++number;
    if (line.empty() || line[0] == '#') {
      if (line.rfind("# count", 0) == 0) header = false;
      continue;
    }
    std::istringstream ls(line);
    if (header && !std::isdigit(static_cast<unsigned char>(line[0]))) {
      std::string key, value;
      ls >> key;
      std::getline(ls >> std::ws, value);
      if (key == "scenario") r.scenario = value;
      else if (key == "caregiver") r.caregiver = value;
      else if (key == "style") r.caregiver_style = value;
      else if (key == "seed") r.seed = std::strtoull(value.c_str(), nullptr, 10);
      else if (key == "ai") r.ai_child = value == "1";
      else if (key == "time_scale") r.time_scale = std::strtod(value.c_str(), nullptr);
      else if (key == "player_paces_lines") r.player_paces_lines = value == "1";
      else if (key == "caregiver_played") r.caregiver_played = value == "1";
      else if (key == "ticks") {
        declared_ticks = std::strtoull(value.c_str(), nullptr, 10);
        if (declared_ticks > Recording::kMaxTicks) return fail(too_long(declared_ticks));
      }
      else if (key == "hash") r.final_hash = std::strtoull(value.c_str(), nullptr, 16);
      else return fail("unknown key '" + key + "'");
      continue;
    }
    header = false;
    long long count;
    int mx, my, action, choice, advance;
    if (!(ls >> count >> mx >> my >> action >> choice >> advance))
      return fail("expected six numbers: count move_x move_y action choice advance");
    int act = 0;  // the optional seventh column
    if (!(ls >> std::ws).eof() && !(ls >> act)) return fail("the seventh number, the caregiver's act, is not a number");
    if (count < 1 || count > 0xFFFFFFFFll || std::abs(mx) > 127 || std::abs(my) > 127 || action < 0 ||
        action >= mind::kActionCount || choice < -1 || choice > 99 || (advance != 0 && advance != 1) || act < 0 ||
        act >= mind::kCaregiverActCount)
      return fail("a value is out of range");
    InputCommand c;
    c.move_x = float(mx) / 127.f;
    c.move_y = float(my) / 127.f;
    c.action = static_cast<mind::Action>(action);
    c.choice = static_cast<std::int8_t>(choice);
    c.advance = advance == 1;
    c.caregiver_act = static_cast<mind::CaregiverAct>(act);
    r.inputs.push_back({std::uint32_t(count), c});
    total_ticks += static_cast<std::uint64_t>(count);
    if (total_ticks > Recording::kMaxTicks) return fail(too_long(total_ticks));
  }
  if (total_ticks != declared_ticks) return fail("the file says " + std::to_string(declared_ticks) + " ticks but holds " + std::to_string(total_ticks));
  return r;
}

std::optional<Recording> read_recording_file(const std::string& path, std::string* error, bool* unreadable) {
  auto fail = [&](const std::string& why, bool cannot_read) -> std::optional<Recording> {
    if (error) *error = path + ": " + why;
    if (unreadable) *unreadable = cannot_read;
    return std::nullopt;
  };
  // O_NONBLOCK: opening a FIFO returns at once instead of waiting for a writer.
  const int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
  if (fd < 0) return fail(std::string("cannot be read (") + std::strerror(errno) + ")", true);
  struct stat info {};
  const bool regular = ::fstat(fd, &info) == 0 && S_ISREG(info.st_mode);
  std::string bytes;
  std::string problem;
  if (!regular) problem = "not a regular file";
  else if (static_cast<std::uint64_t>(info.st_size) > Recording::kMaxFileBytes)
    problem = "is " + std::to_string(info.st_size) + " bytes; a replay is at most " + std::to_string(Recording::kMaxFileBytes);
  char buffer[65536];
  while (problem.empty()) {
    const ssize_t n = ::read(fd, buffer, sizeof buffer);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) problem = std::string("cannot be read (") + std::strerror(errno) + ")";
    if (n <= 0) break;
    if (bytes.size() + static_cast<std::size_t>(n) > Recording::kMaxFileBytes) problem = "grew past the replay size limit while being read";
    bytes.append(buffer, static_cast<std::size_t>(n));
  }
  ::close(fd);
  if (!problem.empty()) return fail(problem, true);
  std::istringstream in(std::move(bytes));
  std::string why;
  auto r = read_recording(in, &why);
  if (!r) return fail(why, false);
  if (unreadable) *unreadable = false;
  return r;
}

}  // namespace sb::sim
