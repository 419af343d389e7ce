// securebase: the game and its tools on one command line (see DESIGN.md,
// "Command-line contract"). Each subcommand is added by its own small function
// that sets `run`; main parses, starts logging and runs what was chosen.
// Exit codes: 0 ok, 1 invalid input, 2 usage, 3 environment.
#include <charconv>
#include <cstdio>
#include <functional>
#include <iostream>
#include <memory>
#include <string>

#include <CLI/CLI.hpp>
#include <spdlog/spdlog.h>

#include "app/screens/debrief/moment_screen.hpp"
#include "app/screens/play/caregiver_screen.hpp"
#include "app/screens/play/first_year_screen.hpp"
#include "app/screens/play/play_screenshot.hpp"
#include "app/game_app.hpp"
#include "report/report_command.hpp"
#include "app/screens/title/title_screen.hpp"
#include "app/screens/trainer/trainer_screen.hpp"
#include "app/platform/logging.hpp"
#include "mind/caregiver_params.hpp"
#include "text/lang_check.hpp"
#include "text/strings.hpp"
#include "scenario/commands.hpp"
#include "scenario/loader.hpp"
#include "sim/recording.hpp"
#include "sim/session.hpp"
#include "sim/caregiver_player.hpp"
#include "sim/simulate.hpp"
#include "sim/simulate_validate.hpp"
#include "storage/paths.hpp"
#include "trainer/trainer_command.hpp"

namespace {

using Runner = std::function<int()>;
constexpr int kOk = 0, kInvalid = 1, kUsage = 2, kEnvironment = 3;

// A seed is a plain decimal number that fits 64 bits: "-1", "0x10" or 2^64 would
// otherwise be wrapped or read in another base by strtoull.
const CLI::Validator kSeed(
    [](std::string& text) {
      std::uint64_t v = 0;
      const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
      if (text.empty() || ec != std::errc() || end != text.data() + text.size())
        return std::string("a seed is a whole number from 0 to 18446744073709551615");
      return std::string();
    },
    "SEED");

// A finite number in [lo, hi]: CLI::Range lets "nan" through (it compares false both ways).
CLI::Validator finite_range(double lo, double hi) {
  return CLI::Validator(
      [lo, hi](std::string& text) {
        double v = 0;
        const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
        if (text.empty() || ec != std::errc() || end != text.data() + text.size() || !(v >= lo && v <= hi))
          return "must be a number from " + std::to_string(static_cast<long>(lo)) + " to " +
                 std::to_string(static_cast<long>(hi));
        return std::string();
      },
      "NUMBER");
}

// --scenario ID|FILE and --caregiver STYLE|SPEC -> a session config, or an exit code.
struct SessionArgs {
  std::string as;        // "caregiver": the player is the caregiver (issue 14)
  std::string scenario;
  std::string caregiver = "sensitive";
  std::uint64_t seed = 1;
};

int session_config(const SessionArgs& args, sb::sim::SessionConfig& out) {
  std::string error;
  const auto params = sb::mind::parse_caregiver(args.caregiver, &error);
  if (!params) {
    spdlog::error("--caregiver {}: {}", args.caregiver, error);
    return kUsage;
  }
  out.caregiver = *params;
  const bool preset = args.caregiver == "sensitive" || args.caregiver == "rejecting" ||
                      args.caregiver == "inconsistent" || args.caregiver == "frightening";
  out.caregiver_style = preset ? args.caregiver : "custom";
  out.seed = args.seed;
  out.caregiver_played = args.as == "caregiver";
  // The caregiver's role needs a scene: the Strange Situation unless one is named.
  const std::string scenario = args.scenario.empty() && out.caregiver_played ? "strange-situation" : args.scenario;
  if (scenario.empty()) return kOk;
  const auto path = sb::scenario::find_scenario(scenario);
  if (!path) {
    spdlog::error("--scenario {}: no such scenario file or id", scenario);
    return kEnvironment;
  }
  sb::scenario::LoadResult loaded = sb::scenario::load_file(*path);
  for (const auto& d : loaded.diagnostics) spdlog::warn("{}", sb::scenario::format(d));
  if (loaded.unreadable) {
    spdlog::error("cannot read {}", *path);
    return kEnvironment;
  }
  if (!loaded.ok()) {
    spdlog::error("{} has {} error(s); `securebase validate {}` lists them", *path, loaded.errors(), *path);
    return kInvalid;
  }
  out.scenario = loaded.scenario;
  return kOk;
}

void add_session_options(CLI::App& cmd, SessionArgs& args) {
  cmd.add_option("--scenario", args.scenario, "A scenario id (strange-situation) or an XML file");
  cmd.add_option("--caregiver", args.caregiver,
                 "sensitive | rejecting | inconsistent | frightening, or a SPEC like "
                 "sensitivity=7,acceptance=6,cooperation=7,accessibility=8,frightening=0.05");
  cmd.add_option("--seed", args.seed, "Seed for everything random in the session")->check(kSeed);
  cmd.add_option("--as", args.as, "caregiver: you are the caregiver and the AI child plays (issue 14)")
      ->check(CLI::IsMember({"child", "caregiver"}));
}

// A replay file is checked the way every user file is (no FIFO, no device, bounded size
// and ticks) before a command reads it. Returns kOk, or the exit code after one line.
int check_replay_file(const std::string& file, const char* command) {
  std::string error;
  bool unreadable = false;
  if (sb::sim::read_recording_file(file, &error, &unreadable)) return kOk;
  std::cerr << "securebase " << command << ": " << error << "\n";
  return unreadable ? kEnvironment : kInvalid;
}

// securebase [play] [--scenario ID|FILE] [--caregiver STYLE|SPEC] [--autoplay] [--fullscreen]
// Returns what runs when no subcommand is named: the title, then play.
Runner add_play(CLI::App& app, Runner& run) {
  struct Args {
    SessionArgs session;
    bool autoplay = false, fullscreen = false;
    bool first_year = false; // with --as caregiver: months in minutes, then the Strange Situation
    bool for_class = false;  // with --as caregiver: the projector mode (game/app/screens/play/FACILITATOR.md)
  };
  auto args = std::make_shared<Args>();
  auto play_with = [args](bool straight_to_play) {
    sb::app::RunOptions o;
    if (int rc = session_config(args->session, o.session); rc != kOk) return rc;
    o.session.ai_child = args->autoplay;
    o.fullscreen = args->fullscreen;
    o.straight_to_play = straight_to_play;
    if (args->first_year) {
      if (!o.session.caregiver_played) {
        spdlog::error("--first-year needs --as caregiver");
        return kUsage;
      }
      o.first_screen = [](sb::app::AppContext& ctx) { return sb::app::first_year_first_screen(ctx); };
    }
    if (args->for_class) {
      if (!o.session.caregiver_played) {
        spdlog::error("--class needs --as caregiver");
        return kUsage;
      }
      o.first_screen = [](sb::app::AppContext& ctx) -> std::unique_ptr<sb::app::Screen> {
        auto screen = std::make_unique<sb::app::CaregiverScreen>(ctx, sb::app::choice_from_session(ctx));
        screen->set_class_mode(true);
        return screen;
      };
    }
    return sb::app::run_game(o);
  };
  // The same options work with and without the word `play`; without it the title comes first.
  auto add = [&](CLI::App& cmd) {
    add_session_options(cmd, args->session);
    cmd.add_flag("--autoplay", args->autoplay, "The AI child plays; you watch");
    cmd.add_flag("--class", args->for_class, "With --as caregiver: for a class on a projector; each cue waits for the class's answer (1-4)");
    cmd.add_flag("--first-year", args->first_year, "With --as caregiver: a first year in minutes, then the Strange Situation");
    cmd.add_flag("--fullscreen", args->fullscreen, "Start in full screen (F11 toggles)");
  };
  add(app);
  CLI::App* play = app.add_subcommand("play", "Play (straight into the room, skipping the title)");
  play->fallthrough(); // `securebase play --log-level debug` works too
  add(*play);
  play->callback([&run, play_with] { run = [play_with] { return play_with(true); }; });
  return [play_with] { return play_with(false); };
}

// securebase screenshot --screen SCREEN --out FILE.png [--scenario ID] [--caregiver STYLE] [--at SECONDS]
//                       [--lang CODE] [--text-size PERCENT]
void add_screenshot(CLI::App& app, Runner& run) {
  struct Args {
    SessionArgs session;
    std::string screen = "title", out;
    double at = 0;
    std::string lang;  // empty: English, as a fresh player sees it
    int text_size = 0; // 0: 100 %
  };
  auto args = std::make_shared<Args>();
  CLI::App* cmd = app.add_subcommand("screenshot", "Render one 1280x720 frame offscreen into a PNG");
  cmd->add_option("--screen", args->screen, "title, play or pause")
      ->check(CLI::IsMember(sb::app::screenshot_screens()));
  cmd->add_option("--out", args->out, "The PNG to write")->required();
  add_session_options(*cmd, args->session);
  cmd->add_option("--at", args->at, "Seconds the AI child plays before the picture")->check(finite_range(0.0, 3600.0));
  cmd->add_option("--lang", args->lang, "Language of the interface and the scenario lines (en, de)")
      ->check(CLI::IsMember(sb::text::available_languages()));
  cmd->add_option("--text-size", args->text_size, "Text size in percent: 100, 125, 150 or 200")
      ->check(CLI::IsMember({100, 125, 150, 200}));
  cmd->callback([&run, args] {
    run = [args] {
      sb::app::ScreenshotRequest r;
      r.screen = args->screen;
      r.at = args->at;
      if (!args->lang.empty()) r.lang = args->lang;
      if (args->text_size != 0) r.text_size_percent = args->text_size;
      if (int rc = session_config(args->session, r.session); rc != kOk) return rc;
      return sb::app::write_screenshot(r, args->out);
    };
  });
}

// securebase validate FILE|DIR... [--lang CODE]: scenario files, or what a translation lacks.
void add_validate(CLI::App& app, Runner& run) {
  struct Args {
    std::vector<std::string> paths;
    std::string lang;
  };
  auto args = std::make_shared<Args>();
  CLI::App* cmd = app.add_subcommand("validate", "Check scenario files; with --lang CODE, list what a translation lacks");
  cmd->add_option("paths", args->paths, "Scenario files or folders");
  cmd->add_option("--lang", args->lang,
                  "A language code (de): list interface strings and scenario lines (of PATHS, else of every "
                  "scenario) it lacks; exit 1 when any are missing");
  cmd->callback([&run, args] {
    run = [args] {
      if (!args->lang.empty()) return sb::text::validate_language(args->lang, args->paths, std::cout, std::cerr);
      if (args->paths.empty()) {
        std::cerr << "securebase validate: name scenario files or folders, or --lang CODE\n";
        return 2;
      }
      return sb::scenario::validate_command(args->paths, std::cout, std::cerr);
    };
  });
}


// securebase replay FILE [--headless]: a recorded playthrough, played back identically.
void add_replay(CLI::App& app, Runner& run) {
  struct Args {
    std::string file;
    bool headless = false, fullscreen = false;
  };
  auto args = std::make_shared<Args>();
  CLI::App* cmd = app.add_subcommand("replay", "Play a recorded playthrough back (same state hash); --headless prints the outcome");
  cmd->add_option("file", args->file, "A replay file (the game keeps them in $XDG_DATA_HOME/securebase/replays)")->required();
  cmd->add_flag("--headless", args->headless, "No window: print the outcome and whether the state hash matched (exit 1 if not)");
  cmd->add_flag("--fullscreen", args->fullscreen, "Start in full screen (F11 toggles)");
  cmd->callback([&run, args] {
    run = [args] {
      if (args->headless) {
        if (int rc = check_replay_file(args->file, "replay"); rc != kOk) return rc;
        return sb::report::replay_headless_command(args->file, std::cout, std::cerr);
      }
      std::string error;
      bool unreadable = false;
      auto recording = sb::sim::read_recording_file(args->file, &error, &unreadable);
      if (!recording) {
        std::cerr << "securebase replay: " << error << "\n";
        return unreadable ? kEnvironment : kInvalid;
      }
      sb::app::RunOptions o;
      o.fullscreen = args->fullscreen;
      auto bad = std::make_shared<std::string>();
      o.first_screen = [recording, bad](sb::app::AppContext& ctx) -> std::unique_ptr<sb::app::Screen> {
        auto screen = sb::app::debrief::MomentScreen::whole(ctx, *recording, bad.get());
        if (screen) return screen;
        spdlog::error("replay: {}", *bad);
        return std::make_unique<sb::app::TitleScreen>(ctx);
      };
      return sb::app::run_game(o);
    };
  });
}

// securebase report --scenario ID --caregiver STYLE [--seed N] --out DIR | --replay FILE --out DIR
void add_report(CLI::App& app, Runner& run) {
  struct Args {
    SessionArgs session;
    std::string replay, out;
  };
  auto args = std::make_shared<Args>();
  CLI::App* cmd = app.add_subcommand("report", "Write a report (Markdown, HTML, SVG charts) of an autoplayed run or a replay");
  add_session_options(*cmd, args->session);
  auto* replay = cmd->add_option("--replay", args->replay, "A replay file to report on instead of an autoplayed run");
  cmd->add_option("--out", args->out, "The folder to write report.md, report.html and the charts into")->required();
  cmd->callback([&run, args, cmd, replay] {
    run = [args, cmd, replay] {
      const bool scenario = !args->session.scenario.empty();
      if (scenario == !replay->empty()) {
        std::cerr << "securebase report: give either --scenario ID (with --caregiver STYLE) or --replay FILE\n";
        (void)cmd;
        return 2;
      }
      if (!replay->empty()) {
        if (int rc = check_replay_file(args->replay, "report"); rc != kOk) return rc;
        return sb::report::report_from_replay(args->replay, args->out, std::cout, std::cerr);
      }
      sb::sim::SessionConfig config;
      if (int rc = session_config(args->session, config); rc != kOk) return rc;
      return sb::report::report_from_session(config, args->session.scenario, args->out, std::cout, std::cerr);
    };
  });
}

// securebase graph FILE: the scenario's story as Graphviz DOT on stdout.
void add_graph(CLI::App& app, Runner& run) {
  auto file = std::make_shared<std::string>();
  CLI::App* cmd = app.add_subcommand("graph", "Print a scenario's story graph as Graphviz DOT (pipe into dot -Tpng)");
  cmd->add_option("file", *file, "A scenario file")->required();
  cmd->callback([&run, file] { run = [file] { return sb::scenario::graph_command(*file, std::cout, std::cerr); }; });
}

// securebase stats FILE [--json]: words, nodes, choices, endings, reachable outcomes.
void add_stats(CLI::App& app, Runner& run) {
  struct Args {
    std::string file;
    bool json = false;
  };
  auto args = std::make_shared<Args>();
  CLI::App* cmd = app.add_subcommand("stats", "Count a scenario's words, nodes, choices and endings; list reachable outcomes");
  cmd->add_option("file", args->file, "A scenario file")->required();
  cmd->add_flag("--json", args->json, "One JSON object instead of text");
  cmd->callback([&run, args] {
    run = [args] { return sb::scenario::stats_command(args->file, args->json, std::cout, std::cerr); };
  });
}

// securebase simulate --scenario ID|FILE --caregiver STYLE|SPEC --runs N [--seed N] [--json] [--sweep K=A..B] [--population]
//                     [--observer ideal|realistic] [--per-run FILE] [--validate]
void add_simulate(CLI::App& app, Runner& run) {
  auto o = std::make_shared<sb::sim::SimulateOptions>();
  CLI::App* cmd = app.add_subcommand("simulate", "Play a scenario headless with the AI child many times and count the outcomes");
  cmd->add_option("--scenario", o->scenario, "A scenario id or file")->capture_default_str();
  cmd->add_option("--caregiver", o->caregiver, "sensitive, rejecting, inconsistent, frightening, or a SPEC")
      ->capture_default_str();
  cmd->add_option("--runs", o->runs, "How many runs")->check(CLI::Range(1, 1000000))->capture_default_str();
  cmd->add_option("--seed", o->seed, "Run i uses a seed derived from this and i")->check(kSeed)->capture_default_str();
  cmd->add_flag("--json", o->json, "One JSON object: runs, seed, outcomes, mean scale scores");
  cmd->add_option("--sweep", o->sweep, "Outcome rates per value of one parameter, e.g. sensitivity=1..9");
  cmd->add_flag("--population", o->population, "Draw each run's caregiver from a documented population; compare with published rates");
  cmd->add_option("--threads", o->threads, "Worker threads (0 = all cores)")->check(CLI::Range(0, 256));
  cmd->add_option("--observer", o->observer, "Who codes the sessions: ideal, or realistic (with a trained coder's error)")
      ->check(CLI::IsMember({"ideal", "realistic"}))
      ->capture_default_str();
  cmd->add_option("--per-run", o->per_run, "Write one row per run to FILE (.csv, or JSON Lines for .jsonl)");
  auto validate = std::make_shared<bool>(false);
  cmd->add_flag("--validate", *validate,
                "Measure every target of the attachment model (MODEL.md, Validation): --runs population runs (600 if not given)");
  // Playing the caregiver (issue 14): a scripted player answers the AI child's cues.
  auto roles = std::make_shared<std::pair<std::string, std::string>>();  // --as, --policy
  cmd->add_option("--as", roles->first, "Whose role the script plays: caregiver")->check(CLI::IsMember({"caregiver"}));
  cmd->add_option("--policy", roles->second,
                  "With --as caregiver: warm-prompt, busy, intrusive, unpredictable or frightening");
  cmd->callback([&run, o, roles, validate, cmd] {
    if (*validate) {
      run = [o, runs_given = cmd->count("--runs") > 0] {
        sb::sim::ValidateOptions v;
        v.runs = runs_given ? o->runs : 600;
        v.seed = o->seed;
        v.threads = o->threads;
        return sb::sim::validate_command(v, std::cout, std::cerr);
      };
      return;
    }
    if (roles->first == "caregiver" || !roles->second.empty()) {
      run = [o, roles] {
        if (roles->first != "caregiver") {
          std::cerr << "error: --policy needs --as caregiver\n";
          return 2;
        }
        sb::sim::CaregiverSimulateOptions c;
        c.scenario = o->scenario;
        c.policy = roles->second;
        c.runs = o->runs;
        c.seed = o->seed;
        c.json = o->json;
        c.threads = o->threads;
        c.observer = o->observer;
        return sb::sim::caregiver_simulate_command(c, std::cout, std::cerr);
      };
      return;
    }
    run = [o] { return sb::sim::simulate_command(*o, std::cout, std::cerr); };
  });
}


// securebase trainer [--export-set FILE [--set ID] [--trials N] | --import-set FILE]: coding practice.
void add_trainer(CLI::App& app, Runner& run) {
  struct Args {
    sb::trainer::ExportOptions export_set;
    std::string import_set;
    bool fullscreen = false;
  };
  auto args = std::make_shared<Args>();
  CLI::App* cmd = app.add_subcommand("trainer", "Practise coding the Strange Situation; hand sets of trials between teacher and class");
  auto* ex = cmd->add_option("--export-set", args->export_set.file, "Write a set of trials to FILE for a class");
  cmd->add_option("--set", args->export_set.set, "With --export-set: prototypes, borderline, d-cases, or an imported set's id")
      ->capture_default_str();
  cmd->add_option("--trials", args->export_set.trials, "With --export-set: how many trials a curated set gets")
      ->check(CLI::Range(1, 100))->capture_default_str();
  auto* im = cmd->add_option("--import-set", args->import_set, "Add a set from FILE to Coding practice (a broken file changes nothing)");
  ex->excludes(im);
  cmd->add_flag("--fullscreen", args->fullscreen, "Start in full screen (F11 toggles)");
  cmd->callback([&run, args] {
    run = [args] {
      if (!args->export_set.file.empty() || !args->import_set.empty()) {
        sb::trainer::storage::Problem problem;
        const auto paths = sb::trainer::storage::Paths::from_environment(&problem);
        if (!paths) {
          std::cerr << "securebase trainer: " << problem.describe() << "\n";
          return kEnvironment;
        }
        if (!args->import_set.empty()) return sb::trainer::import_set_command(args->import_set, *paths, std::cout, std::cerr);
        return sb::trainer::export_set_command(args->export_set, *paths, std::cout, std::cerr);
      }
      sb::app::RunOptions o;
      o.fullscreen = args->fullscreen;
      o.first_screen = [](sb::app::AppContext& ctx) -> std::unique_ptr<sb::app::Screen> {
        return std::make_unique<sb::app::trainer_ui::TrainerScreen>(ctx);
      };
      return sb::app::run_game(o);
    };
  });
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"Secure Base: a gentle game about attachment, played as a small child."};
  app.name("securebase");
  app.set_version_flag("--version", std::string("securebase ") + SB_VERSION);
  std::string log_level = "info";
  app.add_option("--log-level", log_level, "trace, debug, info, warn, error, critical or off")
      ->check(CLI::IsMember({"trace", "debug", "info", "warn", "error", "critical", "off"}))
      ->capture_default_str();

  Runner run;
  add_screenshot(app, run);
  add_validate(app, run);
  add_graph(app, run);
  add_stats(app, run);
  add_simulate(app, run);
  add_replay(app, run);
  add_report(app, run);
  add_trainer(app, run);
  const Runner play_from_title = add_play(app, run);

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    std::cerr << "securebase: " << e.what() << "\n\n" << app.help();
    return 2;
  }
  sb::app::init_logging(log_level);
  return run ? run() : play_from_title();
}
